// Scores as the app keeps them: the engine run on a vendor's stored data (hits, allegations, answers) under the
// methodology in force, kept as snapshots with the methodology version, and a history of what changed and why.
// Reading a score keeps nothing; the writes that change its inputs keep the snapshots (keep(), scoring/snapshots.ts).
// Its own tables (methodology versions, snapshots) are on the store (db/store.ts): read as committed data, written in
// store transactions of their own, after the write that changed a score's inputs has committed (scoring/snapshots.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { AllegationRegister } from '../allegations/register';
import { appendEvents } from '../audit/log';
import type { Assessments } from '../assessment/assessments';
import type { Findings } from '../findings/findings';
import type { Vendor } from '../vendors/model';
import { nextSeq, type Sql, type Store } from '../db/store';
import { VetterError } from '../errors';
import type { Screening } from '../screening/screening';
import type { VendorRepository } from '../vendors/repository';
import { allegationFrom, designationFromHit, scoringVendorFrom } from './adapters';
import { applyChanges, type ComparedScore, compareScores, describeChange, type ScoreComparison, type ScoringChange } from './changes';
import { scoreVendor } from './engine';
import { methodologyInForce } from './in-force';
import { keptScore, storedScore } from './kept-score';
import { DEFAULT_METHODOLOGY, type Methodology, SHIPPED_METHODOLOGIES, validateMethodology } from './methodology';
import type { ScoreSnapshot } from './model';
import type { DesignationInput, ScoreResult, ScoringInput } from './types';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Up to this many vendors are scored one by one; more are scored as computeAll() does, reading each table once. */
const FEW = 20;
/** Beyond this many vendors their latest snapshots are read with every vendor's, in one statement. */
const MANY_VENDORS = 5_000;

/**
 * What makes two results the same for the history: score, tier, methodology and every factor's points and state.
 * Details are left out: their day counts move daily without anything a reader would call a change.
 */
const digest = (r: ScoreResult): string =>
  createHash('sha256')
    .update(JSON.stringify([r.score, r.tier, r.methodology, r.factors.map((f) => [f.factor, f.contribution, f.state])]))
    .digest('hex');

/** A score to keep as a snapshot: its result (as stored: kept-score.ts), what changed since the last one, and its digest. */
export interface SnapshotDue {
  vendorId: string;
  methodologyVersion: number;
  score: number;
  tier: string;
  /** As stored (kept-score.ts); text crosses from a worker thread far cheaper than the object. */
  result: string;
  reason: string;
  digest: string;
  /** The snapshot it follows (its `seq`), or null for a vendor's first. */
  basedOn: number | null;
}

/**
 * A vendor's latest snapshot, as far as comparing needs it: its number (`seq`), and its digest (null when kept before
 * snapshots had one: the next score is then kept as a new snapshot).
 */
interface LastSnapshot {
  seq: number;
  digest: string | null;
}

/** Vendors ready to score: the i-th scored on demand, so that a caller need not hold every result at once. */
interface Scorer {
  vendors: readonly Vendor[];
  /** Every index of `vendors`, vendors of alike records side by side: scored in this order, each record is scored once. */
  order: readonly number[];
  score(i: number): ScoreResult;
}

/** Indices 0 to n - 1, in order. */
const inTurn = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export class Scores {
  private readonly read: Sql;

  constructor(
    private readonly store: Store,
    private readonly vendors: VendorRepository,
    private readonly screening: Screening,
    private readonly allegations: AllegationRegister,
    private readonly assessments: Assessments,
    private readonly findings: Findings,
  ) {
    this.read = store.read;
  }

  /** The methodology in force: the newest saved version, or the shipped default (version 2). */
  methodology(sql: Sql = this.read): Promise<Methodology> {
    return methodologyInForce(sql);
  }

  async methodologyVersions(): Promise<{ version: number; note: string; createdBy: string; createdAt: string }[]> {
    const saved = await this.read.all<{ version: number; note: string; created_by: string; created_at: string }>(
      'SELECT version, note, created_by, created_at FROM methodology_versions ORDER BY version',
    );
    // A version saved here before Vetter shipped one of the same number stands for it in this workspace.
    const shipped = SHIPPED_METHODOLOGIES.filter((m) => !saved.some((r) => Number(r.version) === m.version));
    return [
      ...shipped.map((m) => ({ version: m.version, note: m.version === DEFAULT_METHODOLOGY.version ? 'Shipped with Vetter (the default)' : 'Shipped with Vetter', createdBy: 'Vetter', createdAt: '' })),
      ...saved.map((r) => ({ version: r.version, note: r.note, createdBy: r.created_by, createdAt: r.created_at })),
    ];
  }

  /** Saves edited parameters as the next methodology version; old snapshots keep theirs. */
  async updateMethodology(parameters: Methodology['parameters'], note: string, actor: string): Promise<Methodology> {
    return this.store.transaction(async (tx) => {
      const before = await this.methodology(tx);
      const next: Methodology = { ...structuredClone(before), version: before.version + 1, parameters };
      let problems: string[];
      try {
        problems = validateMethodology(next);
      } catch {
        // Parameters of the wrong shape make the validator itself trip: that is a bad input too.
        problems = ['the parameters are incomplete or of the wrong shape; start from the current methodology and change values only'];
      }
      if (problems.length) throw new VetterError('invalid_input', `The methodology was not saved: ${problems[0]}`, { parameters: problems.join('; ') });
      await tx.run('INSERT INTO methodology_versions (id, version, data, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        randomUUID(),
        next.version,
        JSON.stringify(next),
        note,
        actor,
        new Date().toISOString(),
      ]);
      await appendEvents(tx, [
        {
          actor,
          action: 'methodology.update',
          entityType: 'methodology',
          entityId: String(next.version),
          summary: `Methodology version ${next.version}: ${note}`,
          before: before.parameters,
          after: next.parameters,
        },
      ]);
      return next;
    });
  }

  async input(vendorId: string, day = today()): Promise<ScoringInput> {
    return this.inputOf(await this.vendors.get(vendorId), day);
  }

  private async inputOf(vendor: Vendor, day = today()): Promise<ScoringInput> {
    const screening = await this.screening.storedFor(vendor.id);
    return {
      vendor: scoringVendorFrom(vendor),
      designations: screening.hits.map(designationFromHit),
      screened: screening.screenedAt !== null,
      allegations: (await this.allegations.forVendor(vendor)).map(allegationFrom),
      answers: await this.assessments.scoringAnswers(vendor.id),
      findings: (await this.findings.forScoring(vendor.id)).get(vendor.id) ?? [],
      today: day,
    };
  }

  /** Scores a vendor now, under the methodology in force. A read: nothing is kept (see keep()). */
  async score(vendorId: string): Promise<ScoreResult> {
    const input = await this.input(vendorId);
    return scoreVendor(input, await this.methodology());
  }

  /** Every vendor (or these vendors) scored now, as score() does one. */
  async computeAll(vendorIds?: readonly string[]): Promise<{ vendor: Vendor; result: ScoreResult }[]> {
    const { vendors, order, score } = await this.scorer(vendorIds);
    const results: ScoreResult[] = [];
    for (const i of order) results[i] = score(i);
    return vendors.map((vendor, i) => ({ vendor, result: results[i]! }));
  }

  /**
   * Every vendor (or these vendors) ready to score, reading each table once for all vendors (not once per vendor).
   * Nothing is written, so it runs on a read-only connection, off the thread that answers requests.
   */
  private async scorer(vendorIds?: readonly string[]): Promise<Scorer> {
    const day = today();
    const methodology = await this.methodology();
    const wanted = vendorIds && new Set(vendorIds);
    const live = await this.vendors.list();
    const vendors = wanted ? live.filter((v) => wanted.has(v.id)) : live;
    const allegations = await this.allegations.forVendors(vendors);
    const answers = await this.assessments.allScoringAnswers();
    const designations = await this.currentHits(vendors);
    const screened = await this.screening.screenedIds(this.read);
    const findings = await this.findings.forScoring();
    const inputOf = (i: number): ScoringInput => {
      const vendor = vendors[i]!;
      return {
        vendor: scoringVendorFrom(vendor),
        designations: designations.get(vendor.id) ?? [],
        allegations: allegations[i]!.map(allegationFrom),
        answers: answers.get(vendor.id) ?? {},
        findings: findings.get(vendor.id) ?? [],
        screened: screened.has(vendor.id),
        today: day,
      };
    };
    // A vendor with nothing of its own but its record (no hits, allegations, answers or findings: every vendor just
    // imported) scores as any other with the same record: the engine reads neither id nor name. Such vendors are
    // ordered by their record, so that each record is scored once and only the last result is remembered; the rest,
    // each with data of its own, are scored one by one.
    const records = vendors.map((_, i) => {
      const { vendor, designations: d, allegations: a, answers: q, findings: f, screened: s } = inputOf(i);
      const alone = d.length + a.length + Object.keys(q).length + (f?.length ?? 0) === 0;
      return alone ? JSON.stringify({ ...vendor, id: undefined, name: undefined, screened: s }) : null;
    });
    const order = inTurn(vendors.length).sort((a, b) => {
      const [x, y] = [records[a] ?? '', records[b] ?? ''];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    let last: { record: string; result: ScoreResult } | null = null;
    return {
      vendors,
      order,
      score: (i) => {
        const record = records[i];
        if (record === null || record === undefined) return scoreVendor(inputOf(i), methodology);
        if (last?.record !== record) last = { record, result: scoreVendor(inputOf(i), methodology) };
        return last.result;
      },
    };
  }

  /**
   * The snapshots due for these vendors (every vendor without ids): scores that differ from the vendor's last
   * snapshot. Nothing is written: keepSnapshots() stores them, so this can run in the scoring worker.
   */
  async snapshotsDue(vendorIds?: readonly string[]): Promise<SnapshotDue[]> {
    const pages: SnapshotDue[][] = [];
    await this.duePages(vendorIds, Number.POSITIVE_INFINITY, (page) => pages.push(page));
    return pages.flat();
  }

  /**
   * snapshotsDue(), handed to `onPage` `pageSize` at a time as they are found. Each vendor is scored and compared in
   * turn, so only a page of results is held at once (100,000 results at once were gigabytes for the collector), and
   * the scoring worker's caller keeps each page while the next is computed (snapshots.ts).
   */
  async duePages(vendorIds: readonly string[] | undefined, pageSize: number, onPage: (due: SnapshotDue[]) => void): Promise<void> {
    const few = vendorIds && vendorIds.length <= FEW ? vendorIds : undefined;
    const { vendors, order, score } = few ? await this.scoredNow(await this.vendors.live(few)) : await this.scorer(vendorIds);
    const last = await this.lastSnapshots(vendorIds);
    // Vendors scored alike share their result (scorer()): its digest and stored form are made once.
    const made = new WeakMap<ScoreResult, { digest: string; stored: string }>();
    const madeOf = (result: ScoreResult) => {
      let m = made.get(result);
      if (!m) made.set(result, (m = { digest: digest(result), stored: keptScore(result) }));
      return m;
    };
    let page: SnapshotDue[] = [];
    // A block of vendors scored and compared at a time: only their results are held, and only a changed score's last
    // result is read back (to say what changed), for the whole block in a few statements.
    for (let from = 0; from < order.length; from += SNAPSHOTS_PER_STATEMENT) {
      const changed = order.slice(from, from + SNAPSHOTS_PER_STATEMENT).flatMap((i) => {
        const vendor = vendors[i]!;
        const result = score(i);
        const { digest: now, stored } = madeOf(result);
        const before = last.get(vendor.id);
        return before?.digest === now ? [] : [{ vendor, result, now, stored, before }];
      });
      const previous = await this.storedResults(changed.flatMap((c) => (c.before ? [Number(c.before.seq)] : [])));
      for (const c of changed) {
        page.push({
          vendorId: c.vendor.id,
          methodologyVersion: c.result.methodology.version,
          score: c.result.score,
          tier: c.result.tier,
          result: c.stored,
          reason: describeChange(c.before ? (previous.get(Number(c.before.seq)) ?? null) : null, c.result),
          digest: c.now,
          basedOn: c.before?.seq ?? null,
        });
        if (page.length >= pageSize) {
          onPage(page);
          page = [];
        }
      }
    }
    if (page.length > 0) onPage(page);
  }

  /** A few vendors scored one by one, as score() does. */
  private async scoredNow(vendors: readonly Vendor[]): Promise<Scorer> {
    const methodology = await this.methodology();
    const results = await Promise.all(vendors.map(async (vendor) => scoreVendor(await this.inputOf(vendor), methodology)));
    return { vendors, order: inTurn(vendors.length), score: (i) => results[i]! };
  }

  /**
   * Keeps a snapshot of each of these vendors whose score differs from its last one. Called after the writes that
   * change a score's inputs (a vendor, its hits or their review, allegations reaching it, its answers) have committed;
   * reads never keep one.
   */
  async keep(vendorIds: readonly string[]): Promise<void> {
    // Scored outside any transaction: scored under the write lock, eight writers on a workspace waited for each other's
    // scoring. Only the insert holds the lock, and it skips a snapshot whose vendor had another kept since it was
    // scored (insertSnapshots). What it keeps may still be scored from data older than a write that committed
    // meanwhile, whose own keep found its score already kept (an edit undone) or had its snapshot skipped: so the
    // vendors are scored again after each insert, until none differs from its last snapshot. The last snapshot kept is
    // then as new as the last write, since each write's keep starts once it has committed. A vendor whose last snapshot
    // is still the one its due snapshot followed is not scored again: what was kept went in behind it (stamped earlier,
    // by an app whose clock is behind another's), and would go in behind it again.
    let due = await this.snapshotsDue(vendorIds);
    while (due.length > 0) {
      await this.keepSnapshots(due);
      const followed = new Map(due.map((s) => [s.vendorId, s.basedOn]));
      due = (await this.snapshotsDue([...followed.keys()])).filter((s) => s.basedOn !== followed.get(s.vendorId));
    }
  }

  /**
   * Keeps snapshots snapshotsDue() found, in one transaction. One is skipped when another snapshot of its vendor
   * was kept meanwhile: that one is newer than what was computed.
   */
  async keepSnapshots(due: readonly SnapshotDue[]): Promise<void> {
    if (due.length === 0) return;
    await this.store.transaction((tx) => insertSnapshots(tx, due));
  }

  /** These vendors' current hits, as designations. */
  private async currentHits(vendors: readonly Vendor[]): Promise<Map<string, DesignationInput[]>> {
    const hits = await this.screening.currentHitsOf(vendors.map((v) => v.id), this.read);
    return new Map([...hits].map(([id, list]) => [id, list.map(designationFromHit)]));
  }

  /** These vendors' latest snapshots (every vendor's without ids, or for many ids), else a batch of vendors per statement. */
  private async lastSnapshots(vendorIds?: readonly string[]): Promise<Map<string, LastSnapshot>> {
    type Row = LastSnapshot & { vendor_id: string };
    if (!vendorIds || vendorIds.length > MANY_VENDORS) {
      const rows = await this.read.all<Row>(
        `SELECT v.vendor_id, s.seq, s.digest FROM (SELECT DISTINCT vendor_id FROM score_snapshots) v
         JOIN score_snapshots s ON s.id = (SELECT id FROM score_snapshots WHERE vendor_id = v.vendor_id ORDER BY at DESC, seq DESC LIMIT 1)`,
      );
      const wanted = vendorIds && new Set(vendorIds);
      return new Map(rows.filter((r) => !wanted || wanted.has(r.vendor_id)).map((r) => [r.vendor_id, r]));
    }
    const out = new Map<string, LastSnapshot>();
    for (let i = 0; i < vendorIds.length; i += SNAPSHOTS_PER_STATEMENT) {
      const chunk = vendorIds.slice(i, i + SNAPSHOTS_PER_STATEMENT);
      const rows = await this.read.all<Row>(
        `SELECT s.vendor_id, s.seq, s.digest FROM score_snapshots s WHERE s.vendor_id IN (${chunk.map(() => '?').join(', ')})
           AND s.id = (SELECT id FROM score_snapshots WHERE vendor_id = s.vendor_id ORDER BY at DESC, seq DESC LIMIT 1)`,
        chunk,
      );
      for (const r of rows) out.set(r.vendor_id, r);
    }
    return out;
  }

  /** The stored results of these snapshots (either form: kept-score.ts), by seq: what a new snapshot's reason compares with. */
  private async storedResults(seqs: readonly number[]): Promise<Map<number, ComparedScore>> {
    const out = new Map<number, ComparedScore>();
    for (let i = 0; i < seqs.length; i += SNAPSHOTS_PER_STATEMENT) {
      const chunk = seqs.slice(i, i + SNAPSHOTS_PER_STATEMENT);
      const rows = await this.read.all<{ seq: number | string; result: string }>(`SELECT seq, result FROM score_snapshots WHERE seq IN (${chunk.map(() => '?').join(', ')})`, chunk);
      for (const r of rows) out.set(Number(r.seq), storedScore(r.result));
    }
    return out;
  }

  async history(vendorId: string): Promise<ScoreSnapshot[]> {
    const rows = await this.read.all<{ id: string; at: string; methodology_version: number; score: number; tier: string; reason: string }>(
      'SELECT id, at, methodology_version, score, tier, reason FROM score_snapshots WHERE vendor_id = ? ORDER BY at DESC, seq DESC',
      [vendorId],
    );
    return rows.map((r) => ({ id: r.id, at: r.at, methodologyVersion: r.methodology_version, score: r.score, tier: r.tier, reason: r.reason }));
  }

  /** A sandbox: the score with some answers or review decisions changed, nothing saved. */
  async whatIf(vendorId: string, changes: readonly ScoringChange[]): Promise<{ before: ScoreResult; after: ScoreResult; comparison: ScoreComparison }> {
    const input = await this.input(vendorId);
    const methodology = await this.methodology();
    const before = scoreVendor(input, methodology);
    let after: ScoreResult;
    try {
      after = scoreVendor(applyChanges(input, changes), methodology);
    } catch (err) {
      throw new VetterError('invalid_input', err instanceof Error ? err.message : 'That change does not apply to this vendor.');
    }
    return { before, after, comparison: compareScores(before, after) };
  }
}

/** Snapshots per statement: 10 parameters each, well under either engine's limit. */
const SNAPSHOTS_PER_STATEMENT = 500;

/** One snapshot's values, cast so that PostgreSQL knows their types inside VALUES (SQLite takes the casts as they are). */
const SNAPSHOT_ROW =
  '(?, ?, CAST(? AS INTEGER), CAST(? AS DOUBLE PRECISION), ?, ?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER))';

/**
 * Inserts each snapshot unless its vendor's latest snapshot is no longer the one it was computed from: many to a
 * statement (one statement per snapshot took 100,000 round trips after an import). Each row's condition and `seq`
 * (the next before the statement, plus its place in the batch) are read as the table stood before the statement,
 * on both engines (SQLite fills a statement that reads its own table into a temporary table first), so `due` holds
 * one snapshot per vendor, as snapshotsDue() gives them; skipped rows leave gaps in `seq`, which orders, not counts.
 */
async function insertSnapshots(tx: Sql, due: readonly SnapshotDue[]): Promise<void> {
  const at = new Date().toISOString();
  for (let start = 0; start < due.length; start += SNAPSHOTS_PER_STATEMENT) {
    const batch = due.slice(start, start + SNAPSHOTS_PER_STATEMENT);
    await tx.run(
      `WITH due (id, vendor_id, methodology_version, score, tier, result, reason, digest, at, based_on, n) AS (VALUES ${batch.map(() => SNAPSHOT_ROW).join(', ')})
       INSERT INTO score_snapshots (id, vendor_id, methodology_version, score, tier, result, reason, digest, at, seq)
       SELECT id, vendor_id, methodology_version, score, tier, result, reason, digest, at, ${nextSeq('score_snapshots')} + n
       FROM due
       WHERE (SELECT seq FROM score_snapshots s WHERE s.vendor_id = due.vendor_id ORDER BY s.at DESC, s.seq DESC LIMIT 1) IS NOT DISTINCT FROM due.based_on`,
      batch.flatMap((s, n) => [randomUUID(), s.vendorId, s.methodologyVersion, s.score, s.tier, s.result, s.reason, s.digest, at, s.basedOn, n]),
    );
  }
}
