// Screening as the app keeps it: every vendor's names and parent against the current version of every list,
// hits stored with their explanation, review decisions kept across re-screens while the entry is unchanged,
// and each run's "what changed" (new hits, resolved hits, changed entries).
import { randomUUID } from 'node:crypto';
import { appendEvent } from '../audit/log';
import type { HitChange, ListVersion, Output, ScreeningHit, ScreeningRun, Vendor, VendorScreening } from '../contract';
import { type Db, stmt } from '../db/open';
import { VetterError } from '../errors';
import { type Job, yieldToEventLoop } from '../jobs/jobs';
import type { ListVersions, StoredEntry } from '../lists/versions';
import type { VendorRepository } from '../vendors/repository';
import { type IndexedName, ScreeningIndex } from './candidate-index';
import { type Hit, screen, type VendorName } from './matcher';

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
  via: 'name' | 'alias' | 'parent';
  via_list_parent: number;
  score: number;
  band: 'match' | 'review';
  explanation: string;
  screened_at: string;
  resolved_at: string | null;
  resolution: string | null;
  decision: 'open' | 'confirmed' | 'dismissed';
  decision_reason: string | null;
  reviewer: string | null;
  decided_at: string | null;
  decided_fingerprint: string | null;
}

/** A hit found now, before it is stored. */
interface Found {
  hit: Hit;
  stored: StoredEntry;
  viaListParent: boolean;
}

interface Loaded {
  signature: string;
  index: ScreeningIndex;
  /** Entry key (version id + entry id) -> the stored entry. */
  entries: Map<string, StoredEntry>;
  versions: Map<string, ListVersion>;
  /** hitKey(list, entry id) of every entry still listed, to tell "removed" from "no longer matches". */
  listed: Set<string>;
}

const CHUNK = 200;
const entryKey = (versionId: string, entryId: string): string => `${versionId}\u0000${entryId}`;
const hitKey = (listKey: string, entryId: string): string => `${listKey}\u0000${entryId}`;

export class Screening {
  private loaded: Loaded | null = null;

  constructor(
    private readonly db: Db,
    private readonly lists: ListVersions,
    private readonly vendors: VendorRepository,
  ) {}

  /** The index over the current version of every list; rebuilt only when the versions in use change. */
  private load(): Loaded {
    const current = this.lists.current();
    const signature = current.map((v) => v.id).sort().join(',');
    if (this.loaded?.signature === signature) return this.loaded;
    const entries = new Map<string, StoredEntry>();
    const listed = new Set<string>();
    const names: IndexedName[] = [];
    for (const version of current) {
      for (const stored of this.lists.entries(version.id)) {
        // Delisted entries stay in the version for the record but no longer screen anyone.
        if (stored.entry.status === 'removed') continue;
        const key = entryKey(version.id, stored.entry.entryId);
        entries.set(key, stored);
        listed.add(hitKey(version.listKey, stored.entry.entryId));
        const base = { entryKey: key, listKey: version.listKey, countries: stored.entry.countries, type: stored.entry.type };
        names.push({ ...base, name: stored.entry.name, kind: 'primary' });
        for (const alias of stored.entry.aliases) names.push({ ...base, name: alias, kind: 'alias' });
      }
    }
    this.loaded = { signature, index: ScreeningIndex.build(names), entries, versions: new Map(current.map((v) => [v.id, v])), listed };
    return this.loaded;
  }

  /** Hits for one vendor: its names, its parent, and the parents the lists themselves name for what it matched. */
  private find(loaded: Loaded, vendor: Pick<Vendor, 'legalName' | 'otherNames' | 'parentName' | 'countryOfIncorporation' | 'countryOfHeadquarters'>): Found[] {
    const names: VendorName[] = [{ name: vendor.legalName, via: 'name' }, ...vendor.otherNames.map((n) => ({ name: n.name, via: 'alias' as const }))];
    if (vendor.parentName) names.push({ name: vendor.parentName, via: 'parent' });
    const countries = [vendor.countryOfIncorporation, vendor.countryOfHeadquarters].filter((c): c is string => c !== null);
    const found = new Map<string, Found>();
    const keep = (hit: Hit, viaListParent: boolean) => {
      const stored = loaded.entries.get(hit.entryKey);
      if (!stored) return;
      const version = loaded.versions.get(stored.versionId)!;
      const key = hitKey(version.listKey, stored.entry.entryId);
      const prior = found.get(key);
      if (!prior || prior.hit.score < hit.score) found.set(key, { hit, stored, viaListParent });
    };
    const direct = screen(loaded.index, { names, countries });
    for (const hit of direct) keep(hit, false);
    // Section 805's "subject to control" and OFAC's 50% rule: a listed parent named by the list data reaches the vendor.
    const listParents = new Set(direct.filter((h) => h.band === 'match').flatMap((h) => loaded.entries.get(h.entryKey)?.entry.parents ?? []));
    if (listParents.size > 0) {
      for (const hit of screen(loaded.index, { names: [...listParents].map((name) => ({ name, via: 'parent' as const })), countries })) {
        if (!found.has(hitKey(hit.listKey, loaded.entries.get(hit.entryKey)?.entry.entryId ?? ''))) keep(hit, true);
      }
    }
    return [...found.values()];
  }

  /** Screens names that are not in the inventory (the CLI's batch screening); nothing is stored. */
  check(vendors: { name: string; aliases: string[]; countries: string[]; parent: string | null }[]): Output<'screening.check'> {
    const loaded = this.load();
    const versions = [...loaded.versions.values()];
    const results = vendors.map((v) => {
      const found = this.find(loaded, {
        legalName: v.name,
        otherNames: v.aliases.map((name) => ({ name, kind: 'other' as const })),
        parentName: v.parent,
        countryOfIncorporation: v.countries[0] ?? null,
        countryOfHeadquarters: v.countries[1] ?? null,
      });
      const hits = found
        .map((f) => {
          const version = loaded.versions.get(f.stored.versionId)!;
          return {
            list: version.listKey,
            listName: version.listName,
            entryId: f.stored.entry.entryId,
            entryName: f.stored.entry.name,
            matchedName: f.hit.listName,
            score: Math.round(f.hit.score * 1000) / 1000,
            band: f.hit.band,
            via: f.hit.via,
            explanation: f.hit.explanation.text,
          };
        })
        .sort((a, b) => b.score - a.score);
      const status = hits.some((h) => h.band === 'match') ? 'match' : hits.length > 0 ? 'review' : 'clear';
      return { status: status as 'clear' | 'review' | 'match', hits };
    });
    return { lists: versions.map((v) => ({ id: v.listKey, name: v.listName, asOf: v.asOf, entries: v.entryCount, stale: v.stale })), results };
  }

  /** Screens the given vendors (all when omitted), stores the outcome and returns what changed. */
  async run(opts: { vendorIds?: string[]; trigger: string; actor: string; job?: Job }): Promise<ScreeningRun> {
    opts.job?.progress('Preparing the lists', 0, 1);
    await yieldToEventLoop();
    const loaded = this.load();
    const vendors = opts.vendorIds ? opts.vendorIds.map((id) => this.vendors.get(id)) : this.vendors.list();
    const run: ScreeningRun = {
      id: randomUUID(),
      at: new Date().toISOString(),
      trigger: opts.trigger,
      vendorCount: vendors.length,
      counts: { clear: 0, review: 0, match: 0 },
      newHits: [],
      resolvedHits: [],
      changedEntries: [],
    };
    // Work is computed in chunks (so progress shows and cancel is heard) and written in one transaction at the end.
    const results: { vendor: Vendor; found: Found[] }[] = [];
    for (let i = 0; i < vendors.length; i += CHUNK) {
      opts.job?.throwIfCancelled();
      for (const vendor of vendors.slice(i, i + CHUNK)) results.push({ vendor, found: this.find(loaded, vendor) });
      opts.job?.progress('Screening vendors', Math.min(i + CHUNK, vendors.length), vendors.length);
      await yieldToEventLoop();
    }
    opts.job?.throwIfCancelled();
    this.db.transaction(() => {
      for (const { vendor, found } of results) {
        this.store(loaded, vendor, found, run);
        run.counts[this.statusOf(vendor.id).status as 'clear' | 'review' | 'match'] += 1;
      }
      stmt(this.db, 'INSERT INTO screening_runs (id, at, trigger, vendor_count, summary) VALUES (?, ?, ?, ?, ?)').run(
        run.id,
        run.at,
        run.trigger,
        run.vendorCount,
        JSON.stringify(run),
      );
      appendEvent(this.db, {
        actor: opts.actor,
        action: 'screening.run',
        entityType: 'screening',
        entityId: run.id,
        summary: `Screened ${run.vendorCount} vendor(s): ${run.counts.match} match, ${run.counts.review} review, ${run.counts.clear} clear; ${run.newHits.length} new hit(s), ${run.resolvedHits.length} resolved`,
        after: { counts: run.counts, lists: [...loaded.versions.values()].map((v) => ({ list: v.listKey, version: v.id, asOf: v.asOf, sha256: v.sha256 })) },
      });
    })();
    return run;
  }

  /** Diffs a vendor's hits now against its stored ones. */
  private store(loaded: Loaded, vendor: Vendor, found: Found[], run: ScreeningRun): void {
    const now = run.at;
    const stored = new Map(
      (stmt(this.db, 'SELECT * FROM screening_hits WHERE vendor_id = ?').all(vendor.id) as HitRow[]).map((r) => [hitKey(r.list_key, r.entry_id), r]),
    );
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
      listDisplayName: [...loaded.versions.values()].find((v) => v.listKey === listKey)?.listName ?? listKey,
      entryId,
      entryName,
      band,
      score,
      via,
      reason,
    });
    const seen = new Set<string>();
    for (const f of found) {
      const version = loaded.versions.get(f.stored.versionId)!;
      const key = hitKey(version.listKey, f.stored.entry.entryId);
      seen.add(key);
      const prior = stored.get(key);
      const row = {
        vendor_id: vendor.id,
        list_key: version.listKey,
        entry_id: f.stored.entry.entryId,
        version_id: version.id,
        entry_fingerprint: f.stored.fingerprint,
        entry_name: f.stored.entry.name,
        matched_name: f.hit.matchedName,
        list_name: f.hit.listName,
        via: f.hit.via,
        via_list_parent: f.viaListParent ? 1 : 0,
        score: f.hit.score,
        band: f.hit.band,
        explanation: JSON.stringify(f.hit.explanation),
        screened_at: now,
      };
      const summary = change(version.listKey, f.stored.entry.entryId, f.stored.entry.name, f.hit.band, f.hit.score, f.hit.via, null);
      if (!prior) {
        stmt(
          this.db,
          `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, via_list_parent, score, band, explanation, screened_at)
           VALUES (@id, @vendor_id, @list_key, @entry_id, @version_id, @entry_fingerprint, @entry_name, @matched_name, @list_name, @via, @via_list_parent, @score, @band, @explanation, @screened_at)`,
        ).run({ id: randomUUID(), ...row });
        run.newHits.push(summary);
        continue;
      }
      if (prior.resolved_at !== null) run.newHits.push(summary);
      const entryChanged = prior.entry_fingerprint !== f.stored.fingerprint;
      if (entryChanged) run.changedEntries.push({ ...summary, reason: 'The list entry changed since the last screening' });
      // A decision stands while the entry it was made on is unchanged; otherwise the hit is open again.
      const decisionStands = prior.decision !== 'open' && prior.decided_fingerprint === f.stored.fingerprint;
      stmt(
        this.db,
        `UPDATE screening_hits SET version_id = @version_id, entry_fingerprint = @entry_fingerprint, entry_name = @entry_name, matched_name = @matched_name,
           list_name = @list_name, via = @via, via_list_parent = @via_list_parent, score = @score, band = @band, explanation = @explanation,
           screened_at = @screened_at, resolved_at = NULL, resolution = NULL, decision = @decision
         WHERE id = @id`,
      ).run({ ...row, id: prior.id, decision: decisionStands ? prior.decision : 'open' });
    }
    for (const [key, prior] of stored) {
      if (seen.has(key) || prior.resolved_at !== null) continue;
      const resolution = loaded.listed.has(key) ? 'No longer matches (the vendor or the list entry changed)' : this.removal(loaded, prior);
      stmt(this.db, 'UPDATE screening_hits SET resolved_at = ?, resolution = ? WHERE id = ?').run(now, resolution, prior.id);
      run.resolvedHits.push(change(prior.list_key, prior.entry_id, prior.entry_name, prior.band, prior.score, prior.via, resolution));
    }
    stmt(this.db, 'INSERT INTO vendor_screening (vendor_id, screened_at) VALUES (?, ?) ON CONFLICT (vendor_id) DO UPDATE SET screened_at = excluded.screened_at').run(
      vendor.id,
      now,
    );
  }

  /**
   * Why a stored hit's entry no longer screens anyone. When the current version still carries the entry (as
   * removed, like 1260H delistings), the hit is moved onto that version so it shows the removal and its date.
   */
  private removal(loaded: Loaded, prior: HitRow): string {
    const current = [...loaded.versions.values()].find((v) => v.listKey === prior.list_key);
    const row = current
      ? (stmt(this.db, 'SELECT data, fingerprint FROM list_entries WHERE version_id = ? AND entry_id = ?').get(current.id, prior.entry_id) as
          | { data: string; fingerprint: string }
          | undefined)
      : undefined;
    if (!current || !row) return 'The entry is no longer on the list';
    stmt(this.db, 'UPDATE screening_hits SET version_id = ?, entry_fingerprint = ? WHERE id = ?').run(current.id, row.fingerprint, prior.id);
    const removed = (JSON.parse(row.data) as { removedDate: string | null }).removedDate;
    return `The entry was removed from the list${removed ? ` on ${removed}` : ''}`;
  }

  /** Clear, review or match from the open hits: a dismissed hit no longer counts, a confirmed one is a match. */
  statusOf(vendorId: string): VendorScreening {
    const screened = stmt(this.db, 'SELECT 1 FROM vendor_screening WHERE vendor_id = ?').get(vendorId) !== undefined;
    const rows = stmt(this.db, "SELECT band, via, decision FROM screening_hits WHERE vendor_id = ? AND resolved_at IS NULL AND decision != 'dismissed'").all(vendorId) as Pick<
      HitRow,
      'band' | 'via' | 'decision'
    >[];
    return statusFrom(screened, rows);
  }

  statuses(): Record<string, VendorScreening> {
    const out: Record<string, VendorScreening> = {};
    for (const { vendor_id } of stmt(this.db, 'SELECT vendor_id FROM vendor_screening').all() as { vendor_id: string }[]) out[vendor_id] = statusFrom(true, []);
    const rows = stmt(this.db, "SELECT vendor_id, band, via, decision FROM screening_hits WHERE resolved_at IS NULL AND decision != 'dismissed'").all() as (Pick<
      HitRow,
      'band' | 'via' | 'decision'
    > & { vendor_id: string })[];
    const byVendor = new Map<string, typeof rows>();
    for (const r of rows) {
      const list = byVendor.get(r.vendor_id);
      if (list) list.push(r);
      else byVendor.set(r.vendor_id, [r]);
    }
    for (const [id, hits] of byVendor) out[id] = statusFrom(true, hits);
    return out;
  }

  forVendor(vendorId: string): { screening: VendorScreening; screenedAt: string | null; hits: ScreeningHit[]; resolved: ScreeningHit[] } {
    this.vendors.get(vendorId);
    const at = stmt(this.db, 'SELECT screened_at FROM vendor_screening WHERE vendor_id = ?').get(vendorId) as { screened_at: string } | undefined;
    const rows = stmt(this.db, 'SELECT * FROM screening_hits WHERE vendor_id = ? ORDER BY score DESC').all(vendorId) as HitRow[];
    const hits = rows.map((r) => this.describe(r));
    return { screening: this.statusOf(vendorId), screenedAt: at?.screened_at ?? null, hits: hits.filter((h) => !h.resolvedAt), resolved: hits.filter((h) => h.resolvedAt) };
  }

  review(hitId: string, decision: 'open' | 'confirmed' | 'dismissed', reason: string, actor: string): ScreeningHit {
    return this.db.transaction(() => {
      const row = stmt(this.db, 'SELECT * FROM screening_hits WHERE id = ?').get(hitId) as HitRow | undefined;
      if (!row) throw new VetterError('not_found', 'That hit no longer exists. Screen the vendor again.');
      const before = this.describe(row).review;
      const open = decision === 'open';
      stmt(this.db, 'UPDATE screening_hits SET decision = ?, decision_reason = ?, reviewer = ?, decided_at = ?, decided_fingerprint = ? WHERE id = ?').run(
        decision,
        open ? null : reason,
        open ? null : actor,
        open ? null : new Date().toISOString(),
        open ? null : row.entry_fingerprint,
        hitId,
      );
      const after = this.describe(stmt(this.db, 'SELECT * FROM screening_hits WHERE id = ?').get(hitId) as HitRow);
      const vendor = this.vendors.get(row.vendor_id);
      const verb = { open: 'Reopened', confirmed: 'Confirmed as a true match', dismissed: 'Dismissed as a false positive' }[decision];
      appendEvent(this.db, {
        actor,
        action: `screening.${decision === 'open' ? 'reopen' : decision}`,
        entityType: 'vendor',
        entityId: row.vendor_id,
        summary: `${verb}: ${vendor.legalName} against ${row.entry_name} (${row.list_key})${open ? '' : ` — ${reason}`}`,
        before,
        after: { ...after.review, listKey: row.list_key, entryId: row.entry_id, entryFingerprint: row.entry_fingerprint, score: row.score, band: row.band },
      });
      return after;
    })();
  }

  lastRun(): ScreeningRun | null {
    const row = stmt(this.db, 'SELECT summary FROM screening_runs ORDER BY at DESC, rowid DESC LIMIT 1').get() as { summary: string } | undefined;
    return row ? (JSON.parse(row.summary) as ScreeningRun) : null;
  }

  private describe(r: HitRow): ScreeningHit {
    const version = this.lists.history().find((v) => v.id === r.version_id);
    const entryRow = stmt(this.db, 'SELECT data FROM list_entries WHERE version_id = ? AND entry_id = ?').get(r.version_id, r.entry_id) as { data: string } | undefined;
    const entry = entryRow ? JSON.parse(entryRow.data) : null;
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
      viaListParent: r.via_list_parent === 1,
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
      review: { decision: r.decision, reason: r.decision_reason, reviewer: r.reviewer, decidedAt: r.decided_at },
    };
  }
}

function statusFrom(screened: boolean, open: Pick<HitRow, 'band' | 'via' | 'decision'>[]): VendorScreening {
  if (!screened) return { status: 'unscreened', viaParent: false, openHits: 0 };
  const matches = open.filter((h) => h.band === 'match' || h.decision === 'confirmed');
  const driving = matches.length > 0 ? matches : open;
  return {
    status: matches.length > 0 ? 'match' : open.length > 0 ? 'review' : 'clear',
    viaParent: driving.length > 0 && driving.every((h) => h.via === 'parent'),
    openHits: open.filter((h) => h.decision === 'open').length,
  };
}
