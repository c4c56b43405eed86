// Scores as the app keeps them: the engine run on a vendor's stored data (hits, allegations, answers) under the
// methodology in force, kept as snapshots with the methodology version, and a history of what changed and why.
// Reading a score keeps nothing; the writes that change its inputs keep the snapshots (keep(), scoring/snapshots.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { AllegationRegister } from '../allegations/register';
import { appendEvent } from '../audit/log';
import type { Assessments } from '../assessment/assessments';
import type { Vendor } from '../vendors/model';
import { type Db, stmt } from '../db/open';
import { VetterError } from '../errors';
import type { Screening } from '../screening/screening';
import type { VendorRepository } from '../vendors/repository';
import { allegationFrom, designationFromHit, scoringVendorFrom } from './adapters';
import { applyChanges, compareScores, describeChange, type ScoreComparison, type ScoringChange } from './changes';
import { scoreVendor } from './engine';
import { DEFAULT_METHODOLOGY, type Methodology, validateMethodology } from './methodology';
import type { ScoreSnapshot } from './model';
import type { DesignationInput, ScoreResult, ScoringInput } from './types';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Up to this many vendors are scored one by one; more are scored as computeAll() does, reading each table once. */
const FEW = 20;

/**
 * What makes two results the same for the history: score, tier, methodology and every factor's points and state.
 * Details are left out: their day counts move daily without anything a reader would call a change.
 */
const digest = (r: ScoreResult): string =>
  createHash('sha256')
    .update(JSON.stringify([r.score, r.tier, r.methodology, r.factors.map((f) => [f.factor, f.contribution, f.state])]))
    .digest('hex');

/** A score to keep as a snapshot: its result (as stored, JSON), what changed since the last one, and its digest. */
export interface SnapshotDue {
  vendorId: string;
  methodologyVersion: number;
  score: number;
  tier: string;
  result: string;
  reason: string;
  digest: string;
  /** The snapshot it follows (its row), or null for a vendor's first. */
  basedOn: number | null;
}

/**
 * A vendor's latest snapshot, as far as comparing needs it: its row, and its digest (null when kept before snapshots
 * had one: the next score is then kept as a new snapshot).
 */
interface LastSnapshot {
  row: number;
  digest: string | null;
}

export class Scores {
  constructor(
    private readonly db: Db,
    private readonly vendors: VendorRepository,
    private readonly screening: Screening,
    private readonly allegations: AllegationRegister,
    private readonly assessments: Assessments,
  ) {}

  /** The methodology in force: the newest saved version, or the shipped version 1. */
  methodology(): Methodology {
    const row = stmt(this.db, 'SELECT data FROM methodology_versions ORDER BY version DESC LIMIT 1').get() as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Methodology) : DEFAULT_METHODOLOGY;
  }

  methodologyVersions(): { version: number; note: string; createdBy: string; createdAt: string }[] {
    const saved = stmt(this.db, 'SELECT version, note, created_by, created_at FROM methodology_versions ORDER BY version').all() as {
      version: number;
      note: string;
      created_by: string;
      created_at: string;
    }[];
    return [
      { version: DEFAULT_METHODOLOGY.version, note: 'Shipped with Vetter', createdBy: 'Vetter', createdAt: '' },
      ...saved.map((r) => ({ version: r.version, note: r.note, createdBy: r.created_by, createdAt: r.created_at })),
    ];
  }

  /** Saves edited parameters as the next methodology version; old snapshots keep theirs. */
  updateMethodology(parameters: Methodology['parameters'], note: string, actor: string): Methodology {
    const before = this.methodology();
    const next: Methodology = { ...structuredClone(before), version: before.version + 1, parameters };
    let problems: string[];
    try {
      problems = validateMethodology(next);
    } catch {
      // Parameters of the wrong shape make the validator itself trip: that is a bad input too.
      problems = ['the parameters are incomplete or of the wrong shape; start from the current methodology and change values only'];
    }
    if (problems.length) throw new VetterError('invalid_input', `The methodology was not saved: ${problems[0]}`, { parameters: problems.join('; ') });
    this.db.transaction(() => {
      stmt(this.db, 'INSERT INTO methodology_versions (id, version, data, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        randomUUID(),
        next.version,
        JSON.stringify(next),
        note,
        actor,
        new Date().toISOString(),
      );
      appendEvent(this.db, {
        actor,
        action: 'methodology.update',
        entityType: 'methodology',
        entityId: String(next.version),
        summary: `Methodology version ${next.version}: ${note}`,
        before: before.parameters,
        after: next.parameters,
      });
    })();
    return next;
  }

  input(vendorId: string, day = today()): ScoringInput {
    return this.inputOf(this.vendors.get(vendorId), day);
  }

  private inputOf(vendor: Vendor, day = today()): ScoringInput {
    return {
      vendor: scoringVendorFrom(vendor),
      designations: this.screening.forVendor(vendor.id).hits.map(designationFromHit),
      allegations: this.allegations.forVendor(vendor).map(allegationFrom),
      answers: this.assessments.scoringAnswers(vendor.id),
      today: day,
    };
  }

  /** Scores a vendor now, under the methodology in force. A read: nothing is kept (see keep()). */
  score(vendorId: string): ScoreResult {
    return scoreVendor(this.input(vendorId), this.methodology());
  }

  /**
   * Every vendor (or these vendors) scored now, as score() does one, reading each table once for all vendors (not
   * once per vendor). Nothing is written, so it runs on a read-only connection, off the thread that answers requests.
   */
  computeAll(vendorIds?: readonly string[]): { vendor: Vendor; result: ScoreResult }[] {
    const day = today();
    const methodology = this.methodology();
    const wanted = vendorIds && new Set(vendorIds);
    const vendors = wanted ? this.vendors.list().filter((v) => wanted.has(v.id)) : this.vendors.list();
    const allegations = this.allegations.forVendors(vendors);
    const answers = this.assessments.allScoringAnswers();
    const designations = this.currentHits(vendors);
    return vendors.map((vendor, i) => ({
      vendor,
      result: scoreVendor(
        {
          vendor: scoringVendorFrom(vendor),
          designations: designations.get(vendor.id) ?? [],
          allegations: allegations[i]!.map(allegationFrom),
          answers: answers.get(vendor.id) ?? {},
          today: day,
        },
        methodology,
      ),
    }));
  }

  /**
   * The snapshots due for these vendors (every vendor without ids): scores that differ from the vendor's last
   * snapshot. Nothing is written: keepSnapshots() stores them, so this can run in the scoring worker.
   */
  snapshotsDue(vendorIds?: readonly string[]): SnapshotDue[] {
    if (vendorIds && vendorIds.length <= FEW) {
      const methodology = this.methodology();
      return this.vendors.live(vendorIds).flatMap((v) => this.snapshotDue(v.id, scoreVendor(this.inputOf(v), methodology), this.lastSnapshot(v.id)) ?? []);
    }
    const last = this.lastSnapshots();
    return this.computeAll(vendorIds).flatMap(({ vendor, result }) => this.snapshotDue(vendor.id, result, last.get(vendor.id)) ?? []);
  }

  /**
   * Keeps a snapshot of each of these vendors whose score differs from its last one. Called by the writes that change
   * a score's inputs (a vendor, its hits or their review, allegations reaching it, its answers), inside the write
   * queue; reads never keep one.
   */
  keep(vendorIds: readonly string[]): void {
    this.keepSnapshots(this.snapshotsDue(vendorIds));
  }

  /**
   * Keeps snapshots snapshotsDue() found, in one transaction. One is skipped when another snapshot of its vendor
   * was kept meanwhile: that one is newer than what was computed.
   */
  keepSnapshots(due: readonly SnapshotDue[]): void {
    this.db.transaction(() => {
      for (const snapshot of due) {
        if ((this.lastSnapshot(snapshot.vendorId)?.row ?? null) === snapshot.basedOn) this.insertSnapshot(snapshot);
      }
    })();
  }

  /**
   * These vendors' current hits. Screening reads hits one vendor at a time, so only the vendors that have any are
   * read: a few in a portfolio where most vendors are clear.
   */
  private currentHits(vendors: readonly Vendor[]): Map<string, DesignationInput[]> {
    const withHits = new Set((stmt(this.db, 'SELECT DISTINCT vendor_id FROM screening_hits WHERE resolved_at IS NULL').all() as { vendor_id: string }[]).map((r) => r.vendor_id));
    return new Map(vendors.filter((v) => withHits.has(v.id)).map((v) => [v.id, this.screening.forVendor(v.id).hits.map(designationFromHit)]));
  }

  private lastSnapshot(vendorId: string): LastSnapshot | undefined {
    return stmt(this.db, 'SELECT rowid AS row, digest FROM score_snapshots WHERE vendor_id = ? ORDER BY at DESC, rowid DESC LIMIT 1').get(vendorId) as
      | LastSnapshot
      | undefined;
  }

  /** Every vendor's latest snapshot. */
  private lastSnapshots(): Map<string, LastSnapshot> {
    const rows = stmt(
      this.db,
      `SELECT v.vendor_id, s.rowid AS row, s.digest FROM (SELECT DISTINCT vendor_id FROM score_snapshots) v
       JOIN score_snapshots s ON s.rowid = (SELECT rowid FROM score_snapshots WHERE vendor_id = v.vendor_id ORDER BY at DESC, rowid DESC LIMIT 1)`,
    ).all() as (LastSnapshot & { vendor_id: string })[];
    return new Map(rows.map((r) => [r.vendor_id, r]));
  }

  /**
   * The snapshot to keep when the result differs from the last one, with what changed as its reason; null when it
   * does not. Only then is the last result read back: comparing needs its digest alone.
   */
  private snapshotDue(vendorId: string, result: ScoreResult, last: LastSnapshot | undefined): SnapshotDue | null {
    const now = digest(result);
    if (last?.digest === now) return null;
    const previous = last ? (JSON.parse((stmt(this.db, 'SELECT result FROM score_snapshots WHERE rowid = ?').get(last.row) as { result: string }).result) as ScoreResult) : null;
    return {
      vendorId,
      methodologyVersion: result.methodology.version,
      score: result.score,
      tier: result.tier,
      // As text: it is what is stored, and text crosses from a worker thread far cheaper than the object.
      result: JSON.stringify(result),
      reason: describeChange(previous, result),
      digest: now,
      basedOn: last?.row ?? null,
    };
  }

  private insertSnapshot(s: SnapshotDue): void {
    stmt(this.db, 'INSERT INTO score_snapshots (id, vendor_id, methodology_version, score, tier, result, reason, digest, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      randomUUID(),
      s.vendorId,
      s.methodologyVersion,
      s.score,
      s.tier,
      s.result,
      s.reason,
      s.digest,
      new Date().toISOString(),
    );
  }

  history(vendorId: string): ScoreSnapshot[] {
    return (
      stmt(this.db, 'SELECT id, at, methodology_version, score, tier, reason FROM score_snapshots WHERE vendor_id = ? ORDER BY at DESC, rowid DESC').all(vendorId) as {
        id: string;
        at: string;
        methodology_version: number;
        score: number;
        tier: string;
        reason: string;
      }[]
    ).map((r) => ({ id: r.id, at: r.at, methodologyVersion: r.methodology_version, score: r.score, tier: r.tier, reason: r.reason }));
  }

  /** A sandbox: the score with some answers or review decisions changed, nothing saved. */
  whatIf(vendorId: string, changes: readonly ScoringChange[]): { before: ScoreResult; after: ScoreResult; comparison: ScoreComparison } {
    const input = this.input(vendorId);
    const methodology = this.methodology();
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
