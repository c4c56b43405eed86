// Screening as the app keeps it: every vendor's names and parent against the current version of every list,
// hits stored with their explanation, review decisions kept across re-screens while the entry is unchanged,
// and each run's "what changed" (new hits, resolved hits, changed entries). The matching itself runs in the
// screening worker (engine.ts); this side stores what it found.
import { randomUUID } from 'node:crypto';
import { appendEvents, type NewEvent } from '../audit/log';
import type { ListVersion } from '../lists/model';
import type { EntryHit, HitChange, HitDecision, HitVia, ScreeningCheck, ScreeningHit, ScreeningRun, VendorScreening } from './model';
import { dismissalStep, fourEyesOn } from '../assessment/four-eyes';
import { needsSecondReviewer } from '../lists/registry';
import { nextSeq, type Sql, type Store } from '../db/store';
import { VetterError } from '../errors';
import { type Job, yieldToEventLoop } from '../jobs/jobs';
import type { Identifier } from '../identifiers';
import type { TaskWorker } from '../jobs/worker';
import type { ListEntry } from '../lists/entry';
import type { ListVersions } from '../lists/versions';
import { vendorGone, type VendorRepository } from '../vendors/repository';
import type { EngineVersion, FoundHit } from './engine';
import type { ScreenedResult, ScreeningTasks } from './tasks';
import { ownerDetail } from './owner-hit';
import { supplierDetail } from './supplier-hit';
import { MATCHER_VERSION } from './version';

interface HitRow {
  id: string;
  vendor_id: string;
  list_key: string;
  entry_id: string;
  version_id: string;
  entry_fingerprint: string;
  entry_name: string;
  matched_name: string;
  list_name: string;
  via: ScreeningHit['via'];
  /** MATCHER_VERSION; null for hits stored before versions were recorded. */
  matcher: string | null;
  score: number;
  band: 'match' | 'review';
  /** 1 once the hit has been in the match band (migration 18). */
  ever_matched: number;
  explanation: string;
  screened_at: string;
  resolved_at: string | null;
  resolution: string | null;
  decision: 'open' | 'confirmed' | 'dismissed';
  decision_reason: string | null;
  reviewer: string | null;
  decided_at: string | null;
  decided_fingerprint: string | null;
  proposed_by: string | null;
  proposed_reason: string | null;
  proposed_at: string | null;
}

/** What the worker found for some vendors against some list versions, before it is stored. */
export interface ScreeningPlan {
  versions: ListVersion[];
  /** Each vendor as it was screened (its updatedAt tells whether it changed since: see commit). */
  results: ScreenedResult[];
}

/** The columns of a new hit, in the order INSERT_HIT takes them. */
const HIT_COLUMNS =
  'id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, matcher, score, band, explanation, screened_at, ever_matched';
const INSERT_HIT = `INSERT INTO screening_hits (${HIT_COLUMNS}) VALUES (${HIT_COLUMNS.split(',').map(() => '?').join(', ')})`;
const UPDATE_HIT = `UPDATE screening_hits SET version_id = ?, entry_fingerprint = ?, entry_name = ?, matched_name = ?, list_name = ?, via = ?, matcher = ?,
  score = ?, band = ?, explanation = ?, screened_at = ?, ever_matched = CASE WHEN ever_matched = 1 OR ? = 1 THEN 1 ELSE 0 END, resolved_at = NULL,
  resolution = NULL, decision = ? WHERE id = ?`;
/** A proposed dismissal lapses with the entry it was proposed on, as a decision does. */
const DROP_PROPOSAL = 'UPDATE screening_hits SET proposed_by = NULL, proposed_reason = NULL, proposed_at = NULL WHERE id = ?';

/** Every transaction that writes hits says so: it waits for a list import's re-screen (Store.screeningTransaction). */
const SCREENING_WRITE = { screening: true } as const;

/** Vendors whose outcome is stored between two yields of a commit: the reads waiting meanwhile are answered. */
const COMMIT_CHUNK = 250;

const hitKey = (listKey: string, entryId: string): string => `${listKey}\u0000${entryId}`;

type Via = ScreeningHit['via'];
/** A hit as the vendor's status counts it. */
type Counted = { band: HitRow['band']; via: Via; decision: HitRow['decision'] };

const counted = (r: Pick<HitRow, 'band' | 'via' | 'decision'>): Counted => ({ band: r.band, via: r.via, decision: r.decision });

/** What a vendor's page shows of its screening. */
export interface VendorScreeningDetail {
  screening: VendorScreening;
  screenedAt: string | null;
  hits: ScreeningHit[];
  resolved: ScreeningHit[];
}

export class Screening {
  constructor(
    private readonly store: Store,
    private readonly lists: ListVersions,
    private readonly vendors: VendorRepository,
    /** The screening worker; absent in a worker thread's own domains, which read hits but do not screen. */
    private readonly worker?: TaskWorker<ScreeningTasks>,
  ) {}

  private get engine(): TaskWorker<ScreeningTasks> {
    if (!this.worker) throw new Error('Screening runs in the core, which holds the screening worker');
    return this.worker;
  }

  /** Builds the worker's index over the lists in use ahead of need, so the first screening starts at once. */
  async prepare(): Promise<void> {
    await this.engine.call('prepare', { versions: (await this.lists.current()).map((v) => ({ id: v.id, listKey: v.listKey })) });
  }

  /**
   * Screens the given vendors (all when omitted) in the worker, against the lists in use or the versions given (an
   * import screens against its new version before publishing it). Nothing is stored: commit() does that.
   */
  async plan(opts: { vendorIds?: readonly string[]; versions?: ListVersion[]; job?: Job; liveOnly?: boolean }): Promise<ScreeningPlan> {
    const versions = opts.versions ?? (await this.lists.current());
    // Named vendors must exist (get() says which does not), unless those deleted meanwhile are to be left out
    // (`liveOnly`); the worker reads the live ones through its own connection.
    if (opts.vendorIds && !opts.liveOnly) {
      const known = await this.vendors.liveIds(opts.vendorIds);
      const unknown = opts.vendorIds.find((id) => !known.has(id));
      if (unknown !== undefined) await this.vendors.get(unknown);
    }
    const results: ScreenedResult[] = [];
    await this.engine.call(
      'screen',
      { versions: versions.map((v) => ({ id: v.id, listKey: v.listKey })), vendorIds: opts.vendorIds ? [...opts.vendorIds] : null },
      opts.job,
      { onPart: (part) => results.push(...part) },
    );
    return { versions, results };
  }

  /**
   * Screens names that are not in the inventory (the CLI's batch screening); nothing is stored. `owned`: the
   * ownership graph holds parties of these names, so their owners are screened too.
   */
  async check(
    vendors: { name: string; aliases: string[]; countries: string[]; parent: string | null; identifiers: Identifier[] }[],
    versions: (ListVersion & Pick<EngineVersion, 'packFile'>)[],
    owned: boolean,
  ): Promise<ScreeningCheck> {
    const listName = new Map(versions.map((v) => [v.listKey, v.listName]));
    const found = await this.engine.call('screenNames', {
      owned,
      versions: versions.map((v) => ({ id: v.id, listKey: v.listKey, packFile: v.packFile })),
      vendors: vendors.map((v, i) => ({
        id: String(i),
        legalName: v.name,
        otherNames: v.aliases.map((name) => ({ name, kind: 'other' as const })),
        parentName: v.parent,
        countryOfIncorporation: v.countries[0] ?? null,
        countryOfHeadquarters: v.countries[1] ?? null,
        identifiers: v.identifiers,
      })),
    });
    const results = found.map((hits) => {
      const listed = hits
        .map((f) => ({
          list: f.listKey,
          listName: listName.get(f.listKey) ?? f.listKey,
          entryId: f.entryId,
          entryName: f.entryName,
          matchedName: f.hit.listName,
          score: Math.round(f.hit.score * 1000) / 1000,
          band: f.hit.band,
          via: f.hit.via,
          ...(f.hit.via === 'owner' && { path: f.hit.explanation.parts.owner.path, aggregate: f.hit.explanation.parts.owner.aggregate }),
          ...(f.hit.via === 'supplier' && { supplier: f.hit.explanation.parts.supplier }),
          explanation: f.hit.explanation.text,
          matcher: f.matcher,
        }))
        // Best first; equal scores by the evidence (the vendor's own before the links the lists make), then by list and
        // entry, so the same lists print the same order wherever they were read from.
        .sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.via) - TIE_ORDER.indexOf(b.via) || compare(a.list, b.list) || compare(a.entryId, b.entryId));
      const status = listed.some((h) => h.band === 'match') ? 'match' : listed.length > 0 ? 'review' : 'clear';
      return { status: status as 'clear' | 'review' | 'match', hits: listed };
    });
    return {
      matcher: MATCHER_VERSION,
      lists: versions.map((v) => ({ id: v.listKey, name: v.listName, asOf: v.asOf, entries: v.entryCount, stale: v.stale, coverage: v.coverage })),
      results,
    };
  }

  /**
   * Stores a plan in a transaction of its own and says what changed. Vendors deleted since they were screened are left
   * out; those changed since are returned as `stale`, for the caller to screen again, and those whose hits changed in
   * a way a score can see as `rescored`, for the caller to keep their snapshots.
   */
  commit(plan: ScreeningPlan, opts: { trigger: string; actor: string }): Promise<{ run: ScreeningRun; stale: string[]; rescored: string[] }> {
    return this.store.transaction(
      async (tx) => {
        const outcome = newOutcome(opts.trigger);
        const stale = await this.storeOutcome(tx, plan, outcome);
        await this.record(tx, outcome, plan.versions, opts.actor);
        return { run: outcome.run, stale, rescored: [...outcome.rescored] };
      },
      SCREENING_WRITE,
    );
  }

  /**
   * Stores what a plan found in `tx`, into `outcome`, and gives the vendors changed since they were screened (those
   * deleted since are left out). A vendor stored again in the same outcome (screened again after an edit) counts once,
   * as last stored. Writes screening rows only: no audit event, no run (record()).
   */
  async storeOutcome(tx: Sql, plan: ScreeningPlan, outcome: Outcome): Promise<string[]> {
    const { run } = outcome;
    const stale: string[] = [];
    const versions = new Map(plan.versions.map((v) => [v.id, v]));
    const listNames = new Map(plan.versions.map((v) => [v.listKey, v.listName]));
    const planned = plan.results.map((r) => r.vendor.id);
    // Everything the diff needs is read at once: a vendor at a time would be tens of thousands of queries.
    const now = new Map(
      (await rowsOf<{ id: string; updated_at: string }>(tx, 'SELECT id, updated_at FROM vendors WHERE deleted_at IS NULL', 'id', planned)).map((r) => [r.id, r.updated_at]),
    );
    const storedHits = new Map<string, HitRow[]>();
    for (const row of await rowsOf<HitRow>(tx, 'SELECT * FROM screening_hits WHERE true', 'vendor_id', planned)) {
      const list = storedHits.get(row.vendor_id);
      if (list) list.push(row);
      else storedHits.set(row.vendor_id, [row]);
    }
    const screenedIds: string[] = [];
    for (const [i, { vendor, found }] of plan.results.entries()) {
      // Reads go on, on their own connection, while this transaction is open: a long outcome lets them through.
      if (i > 0 && i % COMMIT_CHUNK === 0) await yieldToEventLoop();
      const updatedAt = now.get(vendor.id);
      if (updatedAt === undefined) continue; // deleted meanwhile
      if (updatedAt !== vendor.updatedAt) {
        stale.push(vendor.id);
        continue;
      }
      const stored = storedHits.get(vendor.id) ?? [];
      // Most vendors have no hit, before or after: nothing of theirs is written but when they were screened.
      const { open, changed } = found.length === 0 && stored.length === 0 ? NOTHING_FOUND : await this.storeHits(tx, versions, listNames, vendor, found, stored, run);
      if (changed) outcome.rescored.add(vendor.id);
      screenedIds.push(vendor.id);
      outcome.statuses.set(vendor.id, statusFrom(true, open).status as Band);
    }
    await tx.runMany(
      'INSERT INTO vendor_screening (vendor_id, screened_at) VALUES (?, ?) ON CONFLICT (vendor_id) DO UPDATE SET screened_at = excluded.screened_at',
      screenedIds.map((id) => [id, run.at]),
    );
    return stale;
  }

  /** Records an outcome's run and its audit event in `tx`, which must hold the write lock (the run's number, the chain). */
  async record(tx: Sql, { run, statuses }: Outcome, versions: readonly ListVersion[], actor: string): Promise<void> {
    run.vendorCount = statuses.size;
    for (const band of statuses.values()) run.counts[band] += 1;
    await tx.run(`INSERT INTO screening_runs (id, at, trigger, vendor_count, summary, seq) VALUES (?, ?, ?, ?, ?, ${nextSeq('screening_runs')})`, [
      run.id,
      run.at,
      run.trigger,
      run.vendorCount,
      JSON.stringify(run),
    ]);
    await appendEvents(tx, [
      {
        actor,
        action: 'screening.run',
        entityType: 'screening',
        entityId: run.id,
        summary: `Screened ${run.vendorCount} vendor(s): ${run.counts.match} match, ${run.counts.review} review, ${run.counts.clear} clear; ${run.newHits.length} new hit(s), ${run.resolvedHits.length} resolved`,
        after: { counts: run.counts, lists: versions.map((v) => ({ list: v.listKey, version: v.id, asOf: v.asOf, sha256: v.sha256 })) },
      },
    ]);
  }

  /** Diffs a vendor's hits now against its stored ones; returns the hits that count now (not resolved or dismissed)
   *  and whether any hit changed as a score sees it (found, gone, or another band, route, decision or list version). */
  private async storeHits(
    tx: Sql,
    versions: Map<string, ListVersion>,
    listNames: Map<string, string>,
    vendor: ScreenedResult['vendor'],
    found: FoundHit[],
    storedRows: HitRow[],
    run: ScreeningRun,
  ): Promise<{ open: Counted[]; changed: boolean }> {
    const now = run.at;
    let changed = false;
    const stored = new Map(storedRows.map((r) => [hitKey(r.list_key, r.entry_id), r]));
    const counting: Counted[] = [];
    const change = (
      listKey: string,
      entryId: string,
      entryName: string,
      band: 'match' | 'review',
      score: number,
      via: HitChange['via'],
      reason: string | null,
    ): HitChange => ({
      vendorId: vendor.id,
      vendorName: vendor.legalName,
      listKey,
      listDisplayName: listNames.get(listKey) ?? listKey,
      entryId,
      entryName,
      band,
      score,
      via,
      reason,
    });
    const seen = new Set<string>();
    for (const f of found) {
      const version = versions.get(f.versionId)!;
      const key = hitKey(version.listKey, f.entryId);
      seen.add(key);
      const prior = stored.get(key);
      // What a screening sets on a hit, found first or again (INSERT_HIT and UPDATE_HIT take them in this order).
      const screened = [
        version.id,
        f.fingerprint,
        f.entryName,
        f.hit.matchedName,
        f.hit.listName,
        f.hit.via,
        f.matcher,
        f.hit.score,
        f.hit.band,
        JSON.stringify(f.hit.explanation),
        now,
        f.hit.band === 'match' ? 1 : 0,
      ];
      const summary = change(version.listKey, f.entryId, f.entryName, f.hit.band, f.hit.score, f.hit.via, null);
      if (!prior) {
        await tx.run(INSERT_HIT, [randomUUID(), vendor.id, version.listKey, f.entryId, ...screened]);
        run.newHits.push(summary);
        counting.push({ band: f.hit.band, via: f.hit.via, decision: 'open' });
        changed = true;
        continue;
      }
      if (prior.resolved_at !== null) run.newHits.push(summary);
      const entryChanged = prior.entry_fingerprint !== f.fingerprint;
      if (entryChanged) run.changedEntries.push({ ...summary, reason: 'The list entry changed since the last screening' });
      // A decision stands while the entry it was made on is unchanged; otherwise the hit is open again.
      const decision = prior.decision !== 'open' && prior.decided_fingerprint === f.fingerprint ? prior.decision : 'open';
      await tx.run(UPDATE_HIT, [...screened, decision, prior.id]);
      if (entryChanged && prior.proposed_by !== null) await tx.run(DROP_PROPOSAL, [prior.id]);
      changed ||=
        prior.resolved_at !== null || entryChanged || prior.version_id !== version.id || prior.band !== f.hit.band || prior.via !== f.hit.via || prior.decision !== decision;
      if (decision !== 'dismissed') counting.push({ band: f.hit.band, via: f.hit.via, decision });
    }
    for (const [key, prior] of stored) {
      if (seen.has(key) || prior.resolved_at !== null) continue;
      const resolution = await this.resolution(tx, versions, prior);
      await tx.run('UPDATE screening_hits SET resolved_at = ?, resolution = ? WHERE id = ?', [now, resolution, prior.id]);
      run.resolvedHits.push(change(prior.list_key, prior.entry_id, prior.entry_name, prior.band, prior.score, prior.via, resolution));
      changed = true;
    }
    return { open: counting, changed };
  }

  /**
   * Why a stored hit no longer shows. When the version in use still carries the entry as removed (like 1260H
   * delistings), the hit is moved onto that version so it shows the removal and its date.
   */
  private async resolution(tx: Sql, versions: Map<string, ListVersion>, prior: HitRow): Promise<string> {
    const current = [...versions.values()].find((v) => v.listKey === prior.list_key);
    const row = current
      ? await tx.get<{ data: string; fingerprint: string }>('SELECT data, fingerprint FROM list_entries WHERE version_id = ? AND entry_id = ?', [current.id, prior.entry_id])
      : undefined;
    if (!current || !row) return 'The entry is no longer on the list';
    const entry = JSON.parse(row.data) as { status: string; removedDate: string | null };
    if (entry.status !== 'removed') return 'No longer matches (the vendor or the list entry changed)';
    await tx.run('UPDATE screening_hits SET version_id = ?, entry_fingerprint = ? WHERE id = ?', [current.id, row.fingerprint, prior.id]);
    return `The entry was removed from the list${entry.removedDate ? ` on ${entry.removedDate}` : ''}`;
  }

  /** Clear, review or match from the open hits: a dismissed hit no longer counts, a confirmed one is a match. */
  async statusOf(vendorId: string, sql: Sql = this.store.read): Promise<VendorScreening> {
    const [screened, rows] = await Promise.all([
      sql.get('SELECT 1 AS one FROM vendor_screening WHERE vendor_id = ?', [vendorId]),
      sql.all<Pick<HitRow, 'band' | 'via' | 'decision'>>("SELECT band, via, decision FROM screening_hits WHERE vendor_id = ? AND resolved_at IS NULL AND decision <> 'dismissed'", [
        vendorId,
      ]),
    ]);
    return statusFrom(screened !== undefined, rows.map(counted));
  }

  /** The vendors screened at least once. */
  async screenedIds(sql: Sql = this.store.read): Promise<Set<string>> {
    return new Set((await sql.all<{ vendor_id: string }>('SELECT vendor_id FROM vendor_screening')).map((r) => r.vendor_id));
  }

  /**
   * Every screened vendor's status (or these vendors', up to REVIEW_BATCH: a window of the vendor list, read in two
   * statements rather than two per row); a vendor left out is not screened.
   */
  async statuses(vendorIds?: readonly string[]): Promise<Record<string, VendorScreening>> {
    const among = vendorIds ? `vendor_id IN (${vendorIds.map(() => '?').join(', ') || 'NULL'})` : 'TRUE';
    const ids = vendorIds ?? [];
    const [screened, rows] = await Promise.all([
      this.store.read.all<{ vendor_id: string }>(`SELECT vendor_id FROM vendor_screening WHERE ${among}`, ids),
      this.store.read.all<Pick<HitRow, 'vendor_id' | 'band' | 'via' | 'decision'>>(
        `SELECT vendor_id, band, via, decision FROM screening_hits WHERE resolved_at IS NULL AND decision <> 'dismissed' AND ${among}`,
        ids,
      ),
    ]);
    const out: Record<string, VendorScreening> = {};
    for (const { vendor_id } of screened) out[vendor_id] = statusFrom(true, []);
    const byVendor = new Map<string, Counted[]>();
    for (const r of rows) {
      const list = byVendor.get(r.vendor_id);
      if (list) list.push(counted(r));
      else byVendor.set(r.vendor_id, [counted(r)]);
    }
    for (const [id, hits] of byVendor) out[id] = statusFrom(true, hits);
    return out;
  }

  /** Per vendor, the hits no one has decided yet, and since when the oldest was found (the work queue). */
  async undecided(): Promise<{ vendorId: string; hits: number; since: string }[]> {
    const rows = await this.store.read.all<{ vendor_id: string; hits: number | string; since: string }>(
      "SELECT vendor_id, count(*) AS hits, min(screened_at) AS since FROM screening_hits WHERE resolved_at IS NULL AND decision = 'open' GROUP BY vendor_id",
    );
    return rows.map((r) => ({ vendorId: r.vendor_id, hits: Number(r.hits), since: r.since }));
  }

  /** A vendor's screening: its status, when it was screened, its hits and those resolved; not found for a vendor not there. */
  async forVendor(vendorId: string): Promise<VendorScreeningDetail> {
    await this.vendors.get(vendorId);
    return this.storedFor(vendorId);
  }

  /** forVendor for a vendor the caller has already read (scores, reports): the vendor is not looked up again. */
  async storedFor(vendorId: string): Promise<VendorScreeningDetail> {
    const sql = this.store.read;
    const [at, rows, screening, versions, fourEyes] = await Promise.all([
      sql.get<{ screened_at: string }>('SELECT screened_at FROM vendor_screening WHERE vendor_id = ?', [vendorId]),
      sql.all<HitRow>(`SELECT * FROM screening_hits WHERE vendor_id = ? ORDER BY ${HIT_ORDER}`, [vendorId]),
      this.statusOf(vendorId, sql),
      this.lists.history(sql),
      fourEyesOn(sql),
    ]);
    const hits = await Promise.all(rows.map((r) => this.describe(sql, r, versions, fourEyes)));
    return { screening, screenedAt: at?.screened_at ?? null, hits: hits.filter((h) => !h.resolvedAt), resolved: hits.filter((h) => h.resolvedAt) };
  }

  /**
   * The current (unresolved) hits of these vendors, as storedFor() gives each one's: read a batch of vendors per
   * statement (scores read them for hundreds of vendors at once, where a vendor at a time cost round trips each).
   */
  async currentHitsOf(vendorIds: readonly string[], sql: Sql = this.store.read): Promise<Map<string, ScreeningHit[]>> {
    const [versions, fourEyes] = await Promise.all([this.lists.history(sql), fourEyesOn(sql)]);
    const rows: HitRow[] = [];
    if (vendorIds.length > MANY_VENDORS) {
      // Most of a portfolio: every current hit in one statement (few vendors have any), those of others left out.
      const wanted = new Set(vendorIds);
      rows.push(...(await sql.all<HitRow>(`SELECT * FROM screening_hits WHERE resolved_at IS NULL ORDER BY ${HIT_ORDER}`)).filter((r) => wanted.has(r.vendor_id)));
    } else {
      for (let i = 0; i < vendorIds.length; i += REVIEW_BATCH) {
        const chunk = vendorIds.slice(i, i + REVIEW_BATCH);
        rows.push(...(await sql.all<HitRow>(`SELECT * FROM screening_hits WHERE resolved_at IS NULL AND vendor_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY ${HIT_ORDER}`, chunk)));
      }
    }
    const entries = await this.entryData(sql, rows);
    const out = new Map<string, ScreeningHit[]>();
    for (const r of rows) {
      const hit = describeHit(r, entries.get(entryKey(r.version_id, r.entry_id)), versions, fourEyes);
      const list = out.get(r.vendor_id);
      if (list) list.push(hit);
      else out.set(r.vendor_id, [hit]);
    }
    return out;
  }

  /**
   * A reviewer's decision on a hit. Dismissing one that needs a second reviewer (four eyes: describe()) first records
   * `actor`'s proposal, the hit counting meanwhile; another reviewer's dismissal then agrees with it, their
   * confirmation or a reopening declines or withdraws it. `shared`: others work on this workspace (four-eyes.ts).
   */
  review(hitId: string, decision: HitDecision, reason: string, actor: string, shared = false): Promise<ScreeningHit> {
    return this.store.transaction(async (tx) => {
      const plan = await this.planReviews(tx, [hitId], decision, reason, actor, shared);
      const refusal = plan.refused.values().next().value;
      if (refusal) throw refusal.error;
      return (await this.applyReviews(tx, plan, decision, reason, actor))[0]!;
    }, SCREENING_WRITE);
  }

  /**
   * One decision and reason on many hits, in one transaction: each hit goes through review()'s own step (four eyes,
   * proposals, its own audit event). All or nothing: when any hit is refused, none is changed and the error's details
   * name each refused hit with why.
   */
  reviewMany(hitIds: readonly string[], decision: HitDecision, reason: string, actor: string, shared = false): Promise<ScreeningHit[]> {
    return this.store.transaction((tx) => this.reviewAll(tx, [...new Set(hitIds)], decision, reason, actor, shared), SCREENING_WRITE);
  }

  /** reviewMany over every vendor's open hits on one list entry, found inside the transaction that reviews them. */
  reviewEntry(listKey: string, entryId: string, decision: HitDecision, reason: string, actor: string, shared = false): Promise<ScreeningHit[]> {
    return this.store.transaction(async (tx) => {
      const ids = (await this.entryHits(listKey, entryId, tx)).map((h) => h.hitId);
      if (ids.length === 0) throw new VetterError('not_found', `No vendor has an open hit on ${listKey} entry ${entryId}. Nothing was changed.`);
      return this.reviewAll(tx, ids, decision, reason, actor, shared);
    }, SCREENING_WRITE);
  }

  /** Every vendor's undecided hit in use on a list entry, with the vendor's name (a deleted vendor's left out). */
  async entryHits(listKey: string, entryId: string, sql: Sql = this.store.read): Promise<EntryHit[]> {
    const rows = await sql.all<{ id: string; vendor_id: string; legal_name: string }>(
      `SELECT h.id, h.vendor_id, v.legal_name FROM screening_hits h JOIN vendors v ON v.id = h.vendor_id
        WHERE h.list_key = ? AND h.entry_id = ? AND h.resolved_at IS NULL AND h.decision = 'open' AND v.deleted_at IS NULL
        ORDER BY lower(v.legal_name), h.id`,
      [listKey, entryId],
    );
    return rows.map((r) => ({ hitId: r.id, vendorId: r.vendor_id, vendorName: r.legal_name }));
  }

  private async reviewAll(tx: Sql, hitIds: readonly string[], decision: HitDecision, reason: string, actor: string, shared: boolean): Promise<ScreeningHit[]> {
    const plan = await this.planReviews(tx, hitIds, decision, reason, actor, shared);
    const { refused } = plan;
    if (refused.size > 0) {
      const details: Record<string, string> = {};
      for (const [id, { error }] of refused) details[id] = `${await this.hitLabel(tx, id)}: ${error.message}`;
      const first = Object.values(details)[0];
      throw new VetterError(
        'forbidden',
        `${refused.size} of ${hitIds.length} hit(s) could not be reviewed, so none was changed. ${refused.size === 1 ? first : `The first: ${first}`}`,
        details,
      );
    }
    return this.applyReviews(tx, plan, decision, reason, actor);
  }

  /**
   * Each hit's review worked out before anything is written, from reads made a few at a time (a statement per hit
   * would cost a round trip each on a team workspace): whether it proposes a dismissal or decides, and why a hit is
   * refused (gone, its vendor gone, four eyes).
   */
  private async planReviews(
    tx: Sql,
    hitIds: readonly string[],
    decision: HitDecision,
    reason: string,
    actor: string,
    shared: boolean,
  ): Promise<ReviewPlan> {
    const { versions, fourEyes } = await this.reviewContext(tx);
    const rows = new Map<string, HitRow>();
    for (let i = 0; i < hitIds.length; i += REVIEW_BATCH) {
      const chunk = hitIds.slice(i, i + REVIEW_BATCH);
      for (const r of await tx.all<HitRow>(`SELECT * FROM screening_hits WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)) rows.set(r.id, r);
    }
    // Read in this transaction: a vendor deleted meanwhile is not found, and nothing is written.
    const vendors = new Map((await this.vendors.live([...new Set([...rows.values()].map((r) => r.vendor_id))], tx)).map((v) => [v.id, v]));
    const entries = await this.entryData(tx, [...rows.values()]);
    const now = new Date().toISOString();
    const planned: PlannedReview[] = [];
    const refused = new Map<string, { error: VetterError }>();
    for (const id of hitIds) {
      try {
        const row = rows.get(id);
        if (!row) throw new VetterError('not_found', 'That hit no longer exists. Screen the vendor again.');
        const vendor = vendors.get(row.vendor_id);
        if (!vendor) throw vendorGone();
        const entry = entries.get(entryKey(row.version_id, row.entry_id));
        const before = describeHit(row, entry, versions, fourEyes).review;
        const proposing =
          decision === 'dismissed' && row.decision !== 'dismissed' && before.needsSecondReviewer && dismissalStep(actor, shared, row.proposed_by) === 'propose';
        const after = reviewedRow(row, proposing, decision, reason, actor, now);
        planned.push({ row, proposing, vendorName: vendor.legalName, before, after: describeHit(after, entry, versions, fourEyes) });
      } catch (e) {
        // Refusals are found before anything is written, so every one can be named; a statement the database refuses
        // (PostgreSQL's triggers) ends the whole transaction instead.
        if (!(e instanceof VetterError) || (e.code !== 'forbidden' && e.code !== 'not_found')) throw e;
        refused.set(id, { error: e });
      }
    }
    return { planned, refused, now };
  }

  /** Writes planned reviews, a statement per kind of step and batch of hits, and their audit events. */
  private async applyReviews(tx: Sql, { planned, now }: ReviewPlan, decision: HitDecision, reason: string, actor: string): Promise<ScreeningHit[]> {
    const open = decision === 'open';
    const proposals = planned.filter((p) => p.proposing).map((p) => p.row.id);
    const decisions = planned.filter((p) => !p.proposing).map((p) => p.row.id);
    for (let i = 0; i < proposals.length; i += REVIEW_BATCH) {
      const chunk = proposals.slice(i, i + REVIEW_BATCH);
      await tx.run(`UPDATE screening_hits SET proposed_by = ?, proposed_reason = ?, proposed_at = ? WHERE id IN (${chunk.map(() => '?').join(', ')})`, [actor, reason, now, ...chunk]);
    }
    for (let i = 0; i < decisions.length; i += REVIEW_BATCH) {
      const chunk = decisions.slice(i, i + REVIEW_BATCH);
      // A decision ends a proposal: the dismissal agreed to keeps its proposer on record, any other drops it. The
      // fingerprint decided on is each hit's own entry's, as the row has it.
      await tx.run(
        `UPDATE screening_hits SET decision = ?, decision_reason = ?, reviewer = ?, decided_at = ?, decided_fingerprint = ${open ? 'NULL' : 'entry_fingerprint'}${decision === 'dismissed' ? '' : ', proposed_by = NULL, proposed_reason = NULL, proposed_at = NULL'} WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        [decision, open ? null : reason, open ? null : actor, open ? null : now, ...chunk],
      );
    }
    await appendEvents(tx, planned.map((p) => reviewEvent(p, decision, reason, actor)));
    return planned.map((p) => p.after);
  }

  /** A hit as a refusal names it: "Vendor against Entry (list)", or its id when it is gone. */
  private async hitLabel(sql: Sql, hitId: string): Promise<string> {
    const row = await sql.get<{ legal_name: string; entry_name: string; list_key: string }>(
      'SELECT v.legal_name, h.entry_name, h.list_key FROM screening_hits h JOIN vendors v ON v.id = h.vendor_id WHERE h.id = ?',
      [hitId],
    );
    return row ? `${row.legal_name} against ${row.entry_name} (${row.list_key})` : `Hit ${hitId}`;
  }

  /** What every review in a transaction reads once: the list versions and whether four eyes hold. */
  private async reviewContext(tx: Sql): Promise<ReviewContext> {
    const versions = await this.lists.history(tx);
    return { versions, fourEyes: await fourEyesOn(tx) };
  }

  /** The list entries these hits are on, by entryKey(), read a batch of entries of one version at a time. */
  private async entryData(sql: Sql, rows: readonly HitRow[]): Promise<Map<string, EntryData>> {
    const byVersion = new Map<string, Set<string>>();
    for (const r of rows) byVersion.set(r.version_id, (byVersion.get(r.version_id) ?? new Set()).add(r.entry_id));
    const out = new Map<string, EntryData>();
    for (const [versionId, entryIds] of byVersion) {
      const ids = [...entryIds];
      for (let i = 0; i < ids.length; i += REVIEW_BATCH) {
        const chunk = ids.slice(i, i + REVIEW_BATCH);
        const found = await sql.all<{ entry_id: string; data: string }>(
          `SELECT entry_id, data FROM list_entries WHERE version_id = ? AND entry_id IN (${chunk.map(() => '?').join(', ')})`,
          [versionId, ...chunk],
        );
        for (const f of found) out.set(entryKey(versionId, f.entry_id), JSON.parse(f.data) as EntryData);
      }
    }
    return out;
  }

  async lastRun(): Promise<ScreeningRun | null> {
    const row = await this.store.read.get<{ summary: string }>('SELECT summary FROM screening_runs ORDER BY at DESC, seq DESC LIMIT 1');
    return row ? (JSON.parse(row.summary) as ScreeningRun) : null;
  }

  /** A stored hit as the app shows it, with its list entry read (describeHit). */
  private async describe(sql: Sql, r: HitRow, versions: readonly ListVersion[], fourEyes: boolean): Promise<ScreeningHit> {
    const entryRow = await sql.get<{ data: string }>('SELECT data FROM list_entries WHERE version_id = ? AND entry_id = ?', [r.version_id, r.entry_id]);
    return describeHit(r, entryRow ? (JSON.parse(entryRow.data) as EntryData) : undefined, versions, fourEyes);
  }
}

/** A stored hit as the app shows it, with its list entry and its list's version (one of `versions`); `fourEyes`: whether they hold. */
function describeHit(r: HitRow, entry: EntryData | undefined, versions: readonly ListVersion[], fourEyes: boolean): ScreeningHit {
  const version = versions.find((v) => v.id === r.version_id);
  const explanation = JSON.parse(r.explanation);
  return {
    id: r.id,
    vendorId: r.vendor_id,
    listKey: r.list_key,
    listDisplayName: version?.listName ?? r.list_key,
    versionId: r.version_id,
    asOf: version?.asOf ?? null,
    stale: version?.stale ?? true,
    entryId: r.entry_id,
    entryName: r.entry_name,
    entryStatus: entry?.status ?? 'listed',
    entryDetails: {
      type: entry?.type ?? 'unknown',
      aliases: entry?.aliases ?? [],
      weakAliases: entry?.weakAliases ?? [],
      identifiers: entry?.identifiers ?? [],
      countries: entry?.countries ?? [],
      programmes: entry?.programmes ?? [],
      listedDate: entry?.listedDate ?? null,
      removedDate: entry?.removedDate ?? null,
      parents: entry?.parents ?? [],
      remarks: entry?.remarks ?? null,
      sourceUrl: entry?.sourceUrl ?? version?.sourceUrl ?? null,
      subList: entry?.subList ?? null,
    },
    matchedName: r.matched_name,
    listName: r.list_name,
    via: r.via,
    ...ownerFields(r.via === 'owner' ? explanation.parts : null),
    supplier: r.via === 'supplier' ? supplierDetail(explanation.parts) : null,
    matcherVersion: r.matcher,
    score: r.score,
    band: r.band,
    explanation: {
      text: explanation.text,
      vendorName: explanation.vendorName,
      listName: explanation.listName,
      vendorTokens: explanation.vendorTokens,
      listTokens: explanation.listTokens,
      alignment: explanation.alignment,
      parts: explanation.parts,
      thresholds: explanation.thresholds,
    },
    screenedAt: r.screened_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
    review: {
      decision: r.decision,
      reason: r.decision_reason,
      reviewer: r.reviewer,
      decidedAt: r.decided_at,
      proposal: r.proposed_by === null ? null : { by: r.proposed_by, reason: r.proposed_reason ?? '', at: r.proposed_at ?? '' },
      // Once a match, always four eyes: a band lowered later (a new matcher, a hand in the database) does not lift it.
      needsSecondReviewer: fourEyes && (r.band === 'match' || r.ever_matched === 1) && needsSecondReviewer(r.list_key),
    },
  };
}

const NOTHING_FOUND = { open: [], changed: false } as const;

type Band = keyof ScreeningRun['counts'];

/** What one run stored so far: the run (its changes), each vendor's status as last stored, those whose score moved. */
export interface Outcome {
  run: ScreeningRun;
  statuses: Map<string, Band>;
  rescored: Set<string>;
}

export const newOutcome = (trigger: string): Outcome => ({
  run: { id: randomUUID(), at: new Date().toISOString(), trigger, vendorCount: 0, counts: { clear: 0, review: 0, match: 0 }, newHits: [], resolvedHits: [], changedEntries: [] },
  statuses: new Map(),
  rescored: new Set(),
});

interface ReviewContext {
  versions: ListVersion[];
  fourEyes: boolean;
}

/** Hits (and list entries) read or written per statement in a review: well under every engine's parameter limit. */
const REVIEW_BATCH = 500;
/**
 * A vendor's hits, strongest first, in one order wherever they are read (its page, the portfolio's scores): the
 * score counts a list's strongest hit, so ties must fall the same way on every engine and every plan.
 */
const HIT_ORDER = 'score DESC, list_key, entry_id, via, matched_name, id';
/** Beyond this many vendors, their current hits are read with every vendor's. */
const MANY_VENDORS = 5_000;

/** A list entry's stored data (older versions stored fewer fields: describeHit fills in what is missing). */
type EntryData = Partial<ListEntry>;

const entryKey = (versionId: string, entryId: string) => `${versionId}\u0000${entryId}`;

/** One hit's review, worked out before it is written: its row, the step it takes, and the hit before and after. */
interface PlannedReview {
  row: HitRow;
  proposing: boolean;
  vendorName: string;
  before: ScreeningHit['review'];
  after: ScreeningHit;
}

/** The reviews planned in a transaction, at one time `now`, and the hits refused (by id) with why. */
interface ReviewPlan {
  planned: PlannedReview[];
  refused: Map<string, { error: VetterError }>;
  now: string;
}

/** The row as the review's UPDATE leaves it (applyReviews writes the same). */
function reviewedRow(row: HitRow, proposing: boolean, decision: HitDecision, reason: string, actor: string, now: string): HitRow {
  if (proposing) return { ...row, proposed_by: actor, proposed_reason: reason, proposed_at: now };
  const open = decision === 'open';
  return {
    ...row,
    decision,
    decision_reason: open ? null : reason,
    reviewer: open ? null : actor,
    decided_at: open ? null : now,
    decided_fingerprint: open ? null : row.entry_fingerprint,
    ...(decision === 'dismissed' ? {} : { proposed_by: null, proposed_reason: null, proposed_at: null }),
  };
}

/** The audit event of one review: what it did, to which vendor's hit, and why. */
function reviewEvent({ row, proposing, vendorName, before, after }: PlannedReview, decision: HitDecision, reason: string, actor: string): NewEvent {
  const step = proposing ? 'dismissal-proposed' : decision === 'open' ? 'reopen' : decision;
  const pending = row.proposed_by !== null && row.decision !== 'dismissed' ? row.proposed_by : null;
  const verb = {
    'dismissal-proposed': 'Proposed to dismiss as a false positive (a second reviewer must agree)',
    reopen: pending ? `Reopened, withdrawing ${pending}'s proposed dismissal` : 'Reopened',
    confirmed: pending ? `Confirmed as a true match, declining ${pending}'s proposed dismissal` : 'Confirmed as a true match',
    dismissed: pending ? `Dismissed as a false positive, agreeing with ${pending}` : 'Dismissed as a false positive',
  }[step];
  return {
    actor,
    action: `screening.${step}`,
    entityType: 'vendor',
    entityId: row.vendor_id,
    summary: `${verb}: ${vendorName} against ${row.entry_name} (${row.list_key})${decision === 'open' ? '' : ` — ${reason}`}`,
    before,
    after: { ...after.review, listKey: row.list_key, entryId: row.entry_id, entryFingerprint: row.entry_fingerprint, score: row.score, band: row.band },
  };
}

/** An owner hit's path and aggregate, from its explanation's parts (null for any other hit). */
function ownerFields(parts: Record<string, unknown> | null): { path: ScreeningHit['path']; aggregate: number | null } {
  const owner = parts && ownerDetail(parts);
  return { path: owner?.path ?? null, aggregate: owner?.aggregate ?? null };
}

/**
 * The rows of `select` (which ends in a WHERE clause) whose `column` is one of `vendorIds`. Screening everyone reads
 * the whole table once and keeps the wanted rows (an IN list of 10,000 ids costs three times as much); a few
 * vendors are looked up in batches of plain placeholders.
 */
async function rowsOf<T>(sql: Sql, select: string, column: 'id' | 'vendor_id', vendorIds: readonly string[]): Promise<T[]> {
  if (vendorIds.length > 1_000) {
    const wanted = new Set(vendorIds);
    return (await sql.all<Record<string, unknown>>(select)).filter((r) => wanted.has(r[column] as string)) as T[];
  }
  const rows: T[] = [];
  for (let i = 0; i < vendorIds.length; i += 500) {
    const batch = vendorIds.slice(i, i + 500);
    rows.push(...(await sql.all<T>(`${select} AND ${column} IN (${batch.map(() => '?').join(', ')})`, batch)));
  }
  return rows;
}

function statusFrom(screened: boolean, open: readonly Counted[]): VendorScreening {
  if (!screened) return { status: 'unscreened', viaParent: false, openHits: 0 };
  const matches = open.filter((h) => h.band === 'match' || h.decision === 'confirmed');
  const driving = matches.length > 0 ? matches : open;
  return {
    status: matches.length > 0 ? 'match' : open.length > 0 ? 'review' : 'clear',
    viaParent: driving.length > 0 && driving.every((h) => h.via === 'parent'),
    openHits: open.filter((h) => h.decision === 'open').length,
  };
}

const TIE_ORDER: readonly HitVia[] = ['identifier', 'name', 'alias', 'parent', 'list-link', 'owner', 'supplier'];

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
