// The allegations register: sourced claims against a company, with their status history, the vendor's
// response and the analyst's credibility rating. An allegation names a company; it applies to the vendor of
// that name and, through the parent link, to every vendor whose parent it is.
import { randomUUID } from 'node:crypto';
import { appendEvents } from '../audit/log';
import type { Param, Sql, Store } from '../db/store';
import type { Vendor } from '../vendors/model';
import type { Allegation, AllegationInput, AllegationSource, AllegationSourceInput } from './model';
import { VetterError } from '../errors';
import { vendorNameKey } from '../vendors/names';

interface AllegationRow {
  id: string;
  subject_name: string;
  source_title: string;
  publisher: string;
  source_type: Allegation['sourceType'];
  url: string | null;
  published_at: string;
  claims: string;
  status: Allegation['status'];
  status_history: string;
  vendor_response: string | null;
  /** bigint: text from PostgreSQL, a number from SQLite. */
  credibility: number | string;
  credibility_rationale: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

interface SourceRow {
  id: string;
  allegation_id: string;
  /** bigint: text from PostgreSQL, a number from SQLite. */
  position: number | string;
  source_title: string;
  publisher: string;
  source_type: Allegation['sourceType'];
  url: string | null;
  published_at: string;
  evidence: string | null;
  added_by: string;
  added_at: string;
}

function toSource(r: SourceRow): AllegationSource {
  return {
    id: r.id,
    position: Number(r.position),
    sourceTitle: r.source_title,
    publisher: r.publisher,
    sourceType: r.source_type,
    url: r.url,
    publishedAt: r.published_at,
    evidence: r.evidence,
    addedBy: r.added_by,
    addedAt: r.added_at,
  };
}

/** The sources (not removed) of these allegations, or of every allegation, by allegation id, in position order. */
async function sourcesOf(sql: Sql, allegationId?: string): Promise<Map<string, AllegationSource[]>> {
  const rows = await sql.all<SourceRow>(
    `SELECT * FROM allegation_sources WHERE removed_at IS NULL${allegationId === undefined ? '' : ' AND allegation_id = ?'} ORDER BY allegation_id, position`,
    allegationId === undefined ? [] : [allegationId],
  );
  const by = new Map<string, AllegationSource[]>();
  for (const r of rows) by.set(r.allegation_id, [...(by.get(r.allegation_id) ?? []), toSource(r)]);
  return by;
}

function toAllegation(r: AllegationRow, sources: Map<string, AllegationSource[]>): Allegation {
  return {
    id: r.id,
    subjectName: r.subject_name,
    sourceTitle: r.source_title,
    publisher: r.publisher,
    sourceType: r.source_type,
    url: r.url,
    publishedAt: r.published_at,
    claims: JSON.parse(r.claims),
    status: r.status,
    statusHistory: JSON.parse(r.status_history),
    vendorResponse: r.vendor_response,
    credibility: Number(r.credibility),
    credibilityRationale: r.credibility_rationale,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    sources: sources.get(r.id) ?? [],
  };
}

const today = (): string => new Date().toISOString().slice(0, 10);

type NamedVendor = Pick<Vendor, 'legalName' | 'otherNames' | 'parentName'>;

/** How an allegation naming a company reaches a vendor: it names the vendor, or the vendor's parent, or neither. */
function reach(vendor: NamedVendor): (subjectNorm: string) => 'vendor' | 'parent' | null {
  const own = new Set([vendor.legalName, ...vendor.otherNames.map((n) => n.name)].map(vendorNameKey));
  const parent = vendor.parentName ? vendorNameKey(vendor.parentName) : null;
  return (subjectNorm) => (own.has(subjectNorm) ? 'vendor' : subjectNorm === parent ? 'parent' : null);
}

/** The columns an allegation's input sets, and their values (in the same order). */
const INPUT_COLUMNS = [
  'subject_name', 'subject_norm', 'source_title', 'publisher', 'source_type', 'url', 'published_at', 'claims', 'status', 'vendor_response', 'credibility',
  'credibility_rationale',
] as const;

function inputValues(a: AllegationInput): Param[] {
  return [
    a.subjectName.trim(),
    vendorNameKey(a.subjectName),
    a.sourceTitle.trim(),
    a.publisher.trim(),
    a.sourceType,
    a.url?.trim() || null,
    a.publishedAt,
    JSON.stringify(a.claims),
    a.status,
    a.vendorResponse?.trim() || null,
    a.credibility,
    a.credibilityRationale.trim(),
  ];
}

/** The first source's title, publisher, type, address and date: the allegation's own. */
function firstSourceValues(a: AllegationInput): Param[] {
  return [a.sourceTitle.trim(), a.publisher.trim(), a.sourceType, a.url?.trim() || null, a.publishedAt];
}

export class AllegationRegister {
  /** On the store: reads are committed data (store.read), each write one transaction with its audit event. */
  constructor(private readonly store: Store) {}

  /** `sql`: where to read; a transaction reads its own writes through its `tx`. */
  async get(id: string, sql: Sql = this.store.read): Promise<Allegation> {
    const row = await sql.get<AllegationRow>('SELECT * FROM allegations WHERE id = ? AND deleted_at IS NULL', [id]);
    if (!row) throw new VetterError('not_found', 'That allegation no longer exists.');
    return toAllegation(row, await sourcesOf(sql, id));
  }

  async list(sql: Sql = this.store.read): Promise<Allegation[]> {
    const sources = await sourcesOf(sql);
    return (await sql.all<AllegationRow>('SELECT * FROM allegations WHERE deleted_at IS NULL ORDER BY published_at DESC, created_at DESC')).map((r) => toAllegation(r, sources));
  }

  /** The allegations that reach a vendor: against the vendor itself, or against its parent company. */
  async forVendor(vendor: NamedVendor): Promise<Allegation[]> {
    return (await this.forVendors([vendor]))[0]!;
  }

  /** forVendor for many vendors (in their order), reading the register once. */
  async forVendors(vendors: readonly NamedVendor[]): Promise<Allegation[][]> {
    const sources = await sourcesOf(this.store.read);
    const recorded = (await this.store.read.all<AllegationRow & { subject_norm: string }>('SELECT * FROM allegations WHERE deleted_at IS NULL ORDER BY published_at DESC')).map(
      (row) => ({ norm: row.subject_norm, allegation: toAllegation(row, sources) }),
    );
    return vendors.map((vendor) => {
      const via = reach(vendor);
      return recorded.flatMap(({ norm, allegation }) => {
        const appliesVia = via(norm);
        return appliesVia ? [{ ...allegation, appliesVia }] : [];
      });
    });
  }

  /** The ids of these vendors that an allegation naming any of these companies reaches: whose scores it moves. */
  vendorsReachedBy(subjectNames: readonly string[], vendors: readonly (NamedVendor & { id: string })[]): string[] {
    const subjects = subjectNames.map(vendorNameKey);
    return vendors.filter((v) => subjects.some(reach(v))).map((v) => v.id);
  }

  /** Every allegation, deleted ones included, that names the vendor or its parent: whose audit events belong in the vendor's history. */
  async idsEverReaching(vendor: NamedVendor): Promise<string[]> {
    const via = reach(vendor);
    return (await this.store.read.all<{ id: string; subject_norm: string }>('SELECT id, subject_norm FROM allegations')).filter((r) => via(r.subject_norm) !== null).map((r) => r.id);
  }

  /** Records an allegation: in a transaction of its own, or in `tx` when given (the demo's, with its vendors). */
  create(input: AllegationInput, actor: string, tx?: Sql): Promise<Allegation> {
    const work = async (sql: Sql): Promise<Allegation> => {
      const id = randomUUID();
      const now = new Date().toISOString();
      const history = [{ status: input.status, date: input.statusDate ?? today(), recordedBy: actor, recordedAt: now }];
      await sql.run(
        `INSERT INTO allegations (${INPUT_COLUMNS.join(', ')}, id, status_history, created_at, created_by, updated_at)
         VALUES (${INPUT_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
        [...inputValues(input), id, JSON.stringify(history), now, actor, now],
      );
      await sql.run(
        `INSERT INTO allegation_sources (id, allegation_id, position, source_title, publisher, source_type, url, published_at, evidence, added_by, added_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, NULL, ?, ?)`,
        [`${id}:1`, id, ...firstSourceValues(input), actor, now],
      );
      const created = await this.get(id, sql);
      await appendEvents(sql, [
        { actor, action: 'allegation.create', entityType: 'allegation', entityId: id, summary: `Recorded an allegation against ${created.subjectName}: ${created.sourceTitle}`, after: created },
      ]);
      return created;
    };
    return tx ? work(tx) : this.store.transaction(work);
  }

  /**
   * Edits an allegation; a new status is appended to its dated history, never overwriting the old ones. Gives the
   * allegation before and after: both name the companies whose vendors' scores move.
   */
  update(id: string, input: AllegationInput, actor: string): Promise<{ before: Allegation; after: Allegation }> {
    return this.store.transaction(async (tx) => {
      const before = await this.get(id, tx);
      const now = new Date().toISOString();
      const history =
        input.status === before.status
          ? before.statusHistory
          : [...before.statusHistory, { status: input.status, date: input.statusDate ?? today(), recordedBy: actor, recordedAt: now }];
      await tx.run(`UPDATE allegations SET ${INPUT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, status_history = ?, updated_at = ? WHERE id = ?`, [
        ...inputValues(input),
        JSON.stringify(history),
        now,
        id,
      ]);
      // The source it was recorded with is edited with it.
      await tx.run('UPDATE allegation_sources SET source_title = ?, publisher = ?, source_type = ?, url = ?, published_at = ? WHERE allegation_id = ? AND position = 1', [
        ...firstSourceValues(input),
        id,
      ]);
      const after = await this.get(id, tx);
      await appendEvents(tx, [{ actor, action: 'allegation.update', entityType: 'allegation', entityId: id, summary: `Edited the allegation "${after.sourceTitle}"`, before, after }]);
      return { before, after };
    });
  }

  /**
   * Another report of the same event, added as a further source: corroboration from an independent publisher raises
   * the allegation's weight (methodology v2), a repeat by the same publisher does not. Gives the allegation after.
   */
  addSource(allegationId: string, input: AllegationSourceInput, actor: string): Promise<Allegation> {
    return this.store.transaction(async (tx) => {
      const before = await this.get(allegationId, tx);
      const now = new Date().toISOString();
      const last = await tx.get<{ n: number | string | null }>('SELECT MAX(position) AS n FROM allegation_sources WHERE allegation_id = ?', [allegationId]);
      const position = Number(last?.n ?? 0) + 1;
      await tx.run(
        `INSERT INTO allegation_sources (id, allegation_id, position, source_title, publisher, source_type, url, published_at, evidence, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), allegationId, position, input.sourceTitle.trim(), input.publisher.trim(), input.sourceType, input.url?.trim() || null, input.publishedAt, input.evidence?.trim() || null, actor, now],
      );
      await tx.run('UPDATE allegations SET updated_at = ? WHERE id = ?', [now, allegationId]);
      const after = await this.get(allegationId, tx);
      await appendEvents(tx, [
        {
          actor,
          action: 'allegation.source.add',
          entityType: 'allegation',
          entityId: allegationId,
          summary: `Added a source to the allegation "${after.sourceTitle}": ${input.sourceTitle.trim()} (${input.publisher.trim()})`,
          before,
          after,
        },
      ]);
      return after;
    });
  }

  /** Takes a further source off (marked removed, kept in the database and the audit log); the first is edited with the allegation. */
  removeSource(allegationId: string, sourceId: string, actor: string): Promise<Allegation> {
    return this.store.transaction(async (tx) => {
      const before = await this.get(allegationId, tx);
      const source = before.sources.find((x) => x.id === sourceId);
      if (!source) throw new VetterError('not_found', 'That source is no longer on this allegation.');
      if (source.position === 1) throw new VetterError('invalid_input', 'The source the allegation was recorded with is edited with the allegation, not taken off.');
      const now = new Date().toISOString();
      await tx.run('UPDATE allegation_sources SET removed_at = ? WHERE id = ?', [now, sourceId]);
      await tx.run('UPDATE allegations SET updated_at = ? WHERE id = ?', [now, allegationId]);
      const after = await this.get(allegationId, tx);
      await appendEvents(tx, [
        {
          actor,
          action: 'allegation.source.remove',
          entityType: 'allegation',
          entityId: allegationId,
          summary: `Took the source "${source.sourceTitle}" (${source.publisher}) off the allegation "${after.sourceTitle}"`,
          before,
          after,
        },
      ]);
      return after;
    });
  }

  /** Deletes an allegation softly; gives it as it was. */
  delete(id: string, actor: string): Promise<Allegation> {
    return this.store.transaction(async (tx) => {
      const before = await this.get(id, tx);
      await tx.run('UPDATE allegations SET deleted_at = ? WHERE id = ?', [new Date().toISOString(), id]);
      await appendEvents(tx, [{ actor, action: 'allegation.delete', entityType: 'allegation', entityId: id, summary: `Deleted the allegation "${before.sourceTitle}"`, before }]);
      return before;
    });
  }
}
