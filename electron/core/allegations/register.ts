// The allegations register: sourced claims against a company, with their status history, the vendor's
// response and the analyst's credibility rating. An allegation names a company; it applies to the vendor of
// that name and, through the parent link, to every vendor whose parent it is.
import { randomUUID } from 'node:crypto';
import { appendEvent } from '../audit/log';
import type { Vendor } from '../vendors/model';
import type { Allegation, AllegationInput } from './model';
import { type Db, stmt } from '../db/open';
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
  credibility: number;
  credibility_rationale: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

function toAllegation(r: AllegationRow): Allegation {
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
    credibility: r.credibility,
    credibilityRationale: r.credibility_rationale,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
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

function columns(a: AllegationInput) {
  return {
    subject_name: a.subjectName.trim(),
    subject_norm: vendorNameKey(a.subjectName),
    source_title: a.sourceTitle.trim(),
    publisher: a.publisher.trim(),
    source_type: a.sourceType,
    url: a.url?.trim() || null,
    published_at: a.publishedAt,
    claims: JSON.stringify(a.claims),
    status: a.status,
    vendor_response: a.vendorResponse?.trim() || null,
    credibility: a.credibility,
    credibility_rationale: a.credibilityRationale.trim(),
  };
}

export class AllegationRegister {
  constructor(private readonly db: Db) {}

  get(id: string): Allegation {
    const row = stmt(this.db, 'SELECT * FROM allegations WHERE id = ? AND deleted_at IS NULL').get(id) as AllegationRow | undefined;
    if (!row) throw new VetterError('not_found', 'That allegation no longer exists.');
    return toAllegation(row);
  }

  list(): Allegation[] {
    return (stmt(this.db, 'SELECT * FROM allegations WHERE deleted_at IS NULL ORDER BY published_at DESC, created_at DESC').all() as AllegationRow[]).map(toAllegation);
  }

  /** The allegations that reach a vendor: against the vendor itself, or against its parent company. */
  forVendor(vendor: NamedVendor): Allegation[] {
    return this.forVendors([vendor])[0]!;
  }

  /** forVendor for many vendors (in their order), reading the register once. */
  forVendors(vendors: readonly NamedVendor[]): Allegation[][] {
    const recorded = (stmt(this.db, 'SELECT * FROM allegations WHERE deleted_at IS NULL ORDER BY published_at DESC').all() as (AllegationRow & { subject_norm: string })[]).map(
      (row) => ({ norm: row.subject_norm, allegation: toAllegation(row) }),
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
  idsEverReaching(vendor: NamedVendor): string[] {
    const via = reach(vendor);
    return (stmt(this.db, 'SELECT id, subject_norm FROM allegations').all() as { id: string; subject_norm: string }[]).filter((r) => via(r.subject_norm) !== null).map((r) => r.id);
  }

  create(input: AllegationInput, actor: string): Allegation {
    return this.db.transaction(() => {
      const id = randomUUID();
      const now = new Date().toISOString();
      const history = [{ status: input.status, date: input.statusDate ?? today(), recordedBy: actor, recordedAt: now }];
      stmt(
        this.db,
        `INSERT INTO allegations (id, subject_name, subject_norm, source_title, publisher, source_type, url, published_at, claims, status, status_history,
           vendor_response, credibility, credibility_rationale, created_at, created_by, updated_at)
         VALUES (@id, @subject_name, @subject_norm, @source_title, @publisher, @source_type, @url, @published_at, @claims, @status, @status_history,
           @vendor_response, @credibility, @credibility_rationale, @now, @actor, @now)`,
      ).run({ id, now, actor, status_history: JSON.stringify(history), ...columns(input) });
      const created = this.get(id);
      appendEvent(this.db, { actor, action: 'allegation.create', entityType: 'allegation', entityId: id, summary: `Recorded an allegation against ${created.subjectName}: ${created.sourceTitle}`, after: created });
      return created;
    })();
  }

  /** Edits an allegation; a new status is appended to its dated history, never overwriting the old ones. */
  update(id: string, input: AllegationInput, actor: string): Allegation {
    return this.db.transaction(() => {
      const before = this.get(id);
      const now = new Date().toISOString();
      const history =
        input.status === before.status
          ? before.statusHistory
          : [...before.statusHistory, { status: input.status, date: input.statusDate ?? today(), recordedBy: actor, recordedAt: now }];
      stmt(
        this.db,
        `UPDATE allegations SET subject_name = @subject_name, subject_norm = @subject_norm, source_title = @source_title, publisher = @publisher,
           source_type = @source_type, url = @url, published_at = @published_at, claims = @claims, status = @status, status_history = @status_history,
           vendor_response = @vendor_response, credibility = @credibility, credibility_rationale = @credibility_rationale, updated_at = @now
         WHERE id = @id`,
      ).run({ id, now, status_history: JSON.stringify(history), ...columns(input) });
      const after = this.get(id);
      appendEvent(this.db, { actor, action: 'allegation.update', entityType: 'allegation', entityId: id, summary: `Edited the allegation "${after.sourceTitle}"`, before, after });
      return after;
    })();
  }

  delete(id: string, actor: string): void {
    this.db.transaction(() => {
      const before = this.get(id);
      stmt(this.db, 'UPDATE allegations SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id);
      appendEvent(this.db, { actor, action: 'allegation.delete', entityType: 'allegation', entityId: id, summary: `Deleted the allegation "${before.sourceTitle}"`, before });
    })();
  }
}
