// Vendor storage. Every write records its audit event in the same transaction.
import { randomUUID } from 'node:crypto';
import { appendEvent, EventAppender } from '../audit/log';
import type { Vendor, VendorInput } from './model';
import { type Db, stmt } from '../db/open';
import { VetterError } from '../errors';
import { GLOBAL_SCHEMES, type Identifier, identifierKey, SCHEME_TEXT } from '../identifiers';
import { vendorNameKey } from './names';

interface VendorRow {
  id: string;
  legal_name: string;
  other_names: string;
  identifiers: string;
  country_incorporation: string | null;
  country_hq: string | null;
  parent_name: string | null;
  website: string | null;
  services: string;
  data_shared: string;
  criticality: Vendor['criticality'];
  contract_owner: string | null;
  contract_start: string | null;
  contract_end: string | null;
  annual_spend: number | null;
  tags: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toVendor(r: VendorRow): Vendor {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    legalName: r.legal_name,
    otherNames: JSON.parse(r.other_names),
    identifiers: JSON.parse(r.identifiers),
    countryOfIncorporation: r.country_incorporation,
    countryOfHeadquarters: r.country_hq,
    parentName: r.parent_name,
    website: r.website,
    services: JSON.parse(r.services),
    dataShared: JSON.parse(r.data_shared),
    criticality: r.criticality,
    contractOwner: r.contract_owner,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    annualSpend: r.annual_spend,
    tags: JSON.parse(r.tags),
    notes: r.notes,
  };
}

/** Empty strings from forms and files are stored as "not set". */
const blank = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

function columns(v: VendorInput) {
  return {
    legal_name: v.legalName.trim(),
    norm_name: vendorNameKey(v.legalName),
    other_names: JSON.stringify(v.otherNames),
    identifiers: JSON.stringify(v.identifiers),
    country_incorporation: v.countryOfIncorporation,
    country_hq: v.countryOfHeadquarters,
    parent_name: blank(v.parentName),
    website: blank(v.website),
    services: JSON.stringify(v.services),
    data_shared: JSON.stringify(v.dataShared),
    criticality: v.criticality,
    contract_owner: blank(v.contractOwner),
    contract_start: v.contractStart,
    contract_end: v.contractEnd,
    annual_spend: v.annualSpend,
    tags: JSON.stringify(v.tags),
    notes: blank(v.notes),
  };
}

/** The audited view of a vendor: its fields without bookkeeping timestamps. */
function auditView(v: Vendor): Omit<Vendor, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = v;
  return rest;
}

export class VendorRepository {
  constructor(private readonly db: Db) {}

  list(): Vendor[] {
    const rows = stmt(this.db, 'SELECT * FROM vendors WHERE deleted_at IS NULL ORDER BY legal_name COLLATE NOCASE, id')
      .all() as VendorRow[];
    return rows.map(toVendor);
  }

  count(): number {
    return (stmt(this.db, 'SELECT count(*) AS n FROM vendors WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  get(id: string): Vendor {
    const row = stmt(this.db, 'SELECT * FROM vendors WHERE id = ? AND deleted_at IS NULL').get(id) as VendorRow | undefined;
    if (!row) throw new VetterError('not_found', 'That vendor no longer exists. It may have been deleted.');
    return toVendor(row);
  }

  /** These vendors, those deleted meanwhile left out. */
  live(ids: readonly string[]): Vendor[] {
    return ids.flatMap((id) => {
      const row = stmt(this.db, 'SELECT * FROM vendors WHERE id = ? AND deleted_at IS NULL').get(id) as VendorRow | undefined;
      return row ? [toVendor(row)] : [];
    });
  }

  /** Live vendors by normalised legal name, for duplicate checks. */
  idsByNormName(): Map<string, { id: string; legalName: string }> {
    const rows = stmt(this.db, 'SELECT id, legal_name, norm_name FROM vendors WHERE deleted_at IS NULL').all() as {
      id: string;
      legal_name: string;
      norm_name: string;
    }[];
    return new Map(rows.map((r) => [r.norm_name, { id: r.id, legalName: r.legal_name }]));
  }

  /** Live vendors by the key (identifierKey) of each LEI, USCC and DUNS number they carry, for duplicate checks. */
  idsByGlobalIdentifier(): Map<string, { id: string; legalName: string }> {
    const rows = stmt(this.db, "SELECT id, legal_name, identifiers FROM vendors WHERE deleted_at IS NULL AND identifiers <> '[]'").all() as {
      id: string;
      legal_name: string;
      identifiers: string;
    }[];
    const found = new Map<string, { id: string; legalName: string }>();
    for (const r of rows) {
      for (const id of JSON.parse(r.identifiers) as Identifier[]) {
        if (GLOBAL_SCHEMES.has(id.scheme)) found.set(identifierKey(id.scheme, id.value), { id: r.id, legalName: r.legal_name });
      }
    }
    return found;
  }

  create(input: VendorInput, actor: string): Vendor {
    return this.db.transaction(() => {
      this.assertNameFree(input.legalName, null);
      this.assertIdentifiersFree(input.identifiers, null);
      const id = randomUUID();
      const now = new Date().toISOString();
      stmt(this.db,
          `INSERT INTO vendors (id, legal_name, norm_name, other_names, identifiers, country_incorporation, country_hq, parent_name, website,
             services, data_shared, criticality, contract_owner, contract_start, contract_end, annual_spend, tags, notes, created_at, updated_at)
           VALUES (@id, @legal_name, @norm_name, @other_names, @identifiers, @country_incorporation, @country_hq, @parent_name, @website,
             @services, @data_shared, @criticality, @contract_owner, @contract_start, @contract_end, @annual_spend, @tags, @notes, @now, @now)`,
        ).run({ id, now, ...columns(input) });
      const created = this.get(id);
      appendEvent(this.db, {
        actor,
        action: 'vendor.create',
        entityType: 'vendor',
        entityId: id,
        summary: `Added vendor ${created.legalName}`,
        after: auditView(created),
      });
      return created;
    })();
  }

  /** Writes a vendor's fields as given (the caller checks the name is free and records the change). */
  private write(id: string, input: VendorInput): void {
    stmt(
      this.db,
      `UPDATE vendors SET legal_name = @legal_name, norm_name = @norm_name, other_names = @other_names, identifiers = @identifiers,
         country_incorporation = @country_incorporation, country_hq = @country_hq, parent_name = @parent_name, website = @website,
         services = @services, data_shared = @data_shared, criticality = @criticality, contract_owner = @contract_owner,
         contract_start = @contract_start, contract_end = @contract_end, annual_spend = @annual_spend, tags = @tags, notes = @notes,
         updated_at = @now
       WHERE id = @id`,
    ).run({ id, now: new Date().toISOString(), ...columns(input) });
  }

  update(id: string, input: VendorInput, actor: string): Vendor {
    return this.db.transaction(() => {
      const before = this.get(id);
      this.assertNameFree(input.legalName, id);
      this.assertIdentifiersFree(input.identifiers, id);
      this.write(id, input);
      const after = this.get(id);
      appendEvent(this.db, {
        actor,
        action: 'vendor.update',
        entityType: 'vendor',
        entityId: id,
        summary: `Edited vendor ${after.legalName}`,
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    })();
  }

  /**
   * Writes for a bulk import, inside the caller's transaction: the same rows and audit events as create and update,
   * without a savepoint and a re-read per vendor (an import of 100,000 vendors is one transaction). flush() writes
   * the audit chain's head; call it before the transaction commits or any other event is appended.
   */
  bulkWriter(actor: string): { create(input: VendorInput): void; update(id: string, input: VendorInput): void; flush(): void } {
    if (!this.db.inTransaction) throw new Error('bulkWriter runs inside the transaction of the import');
    const events = new EventAppender(this.db);
    const insert = stmt(
      this.db,
      `INSERT INTO vendors (id, legal_name, norm_name, other_names, identifiers, country_incorporation, country_hq, parent_name, website,
         services, data_shared, criticality, contract_owner, contract_start, contract_end, annual_spend, tags, notes, created_at, updated_at)
       VALUES (@id, @legal_name, @norm_name, @other_names, @identifiers, @country_incorporation, @country_hq, @parent_name, @website,
         @services, @data_shared, @criticality, @contract_owner, @contract_start, @contract_end, @annual_spend, @tags, @notes, @now, @now)`,
    );
    return {
      create: (input) => {
        this.assertNameFree(input.legalName, null);
        const id = randomUUID();
        const now = new Date().toISOString();
        const row = { id, now, ...columns(input) };
        insert.run(row);
        // The vendor as a re-read would give it back.
        const created = toVendor({ ...row, created_at: now, updated_at: now, deleted_at: null });
        events.append({ actor, action: 'vendor.create', entityType: 'vendor', entityId: id, summary: `Added vendor ${created.legalName}`, after: auditView(created) });
      },
      update: (id, input) => {
        const before = this.get(id);
        this.assertNameFree(input.legalName, id);
        this.write(id, input);
        const after = this.get(id);
        events.append({ actor, action: 'vendor.update', entityType: 'vendor', entityId: id, summary: `Edited vendor ${after.legalName}`, before: auditView(before), after: auditView(after) });
      },
      flush: () => events.flush(),
    };
  }

  /** Soft delete, so that "Undo" can bring the vendor back exactly as it was. */
  delete(id: string, actor: string): Vendor {
    return this.db.transaction(() => {
      const before = this.get(id);
      stmt(this.db, 'UPDATE vendors SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id);
      appendEvent(this.db, {
        actor,
        action: 'vendor.delete',
        entityType: 'vendor',
        entityId: id,
        summary: `Deleted vendor ${before.legalName}`,
        before: auditView(before),
      });
      return before;
    })();
  }

  restore(id: string, actor: string): Vendor {
    return this.db.transaction(() => {
      const row = stmt(this.db, 'SELECT * FROM vendors WHERE id = ? AND deleted_at IS NOT NULL').get(id) as VendorRow | undefined;
      if (!row) throw new VetterError('not_found', 'There is no deleted vendor to restore.');
      this.assertNameFree(row.legal_name, id);
      this.assertIdentifiersFree(JSON.parse(row.identifiers) as Identifier[], id);
      stmt(this.db, 'UPDATE vendors SET deleted_at = NULL WHERE id = ?').run(id);
      const restored = this.get(id);
      appendEvent(this.db, {
        actor,
        action: 'vendor.restore',
        entityType: 'vendor',
        entityId: id,
        summary: `Restored vendor ${restored.legalName}`,
        after: auditView(restored),
      });
      return restored;
    })();
  }

  /** An LEI, USCC or DUNS number names one company worldwide: two vendors carrying it are one vendor entered twice. */
  private assertIdentifiersFree(identifiers: readonly Identifier[], exceptId: string | null): void {
    if (!identifiers.some((id) => GLOBAL_SCHEMES.has(id.scheme))) return;
    const taken = this.idsByGlobalIdentifier();
    identifiers.forEach((id, i) => {
      const other = GLOBAL_SCHEMES.has(id.scheme) ? taken.get(identifierKey(id.scheme, id.value)) : undefined;
      if (!other || other.id === exceptId) return;
      const message = `"${other.legalName}" already has the ${SCHEME_TEXT[id.scheme]} ${id.value}. Edit that vendor instead, or check the number.`;
      throw new VetterError('conflict', message, { [`identifiers.${i}.value`]: message });
    });
  }

  private assertNameFree(legalName: string, exceptId: string | null): void {
    const other = stmt(this.db, 'SELECT id, legal_name FROM vendors WHERE norm_name = ? AND deleted_at IS NULL AND id IS NOT ?')
      .get(vendorNameKey(legalName), exceptId) as { id: string; legal_name: string } | undefined;
    if (other) {
      throw new VetterError('conflict', `A vendor named "${other.legal_name}" already exists.`, {
        legalName: `A vendor named "${other.legal_name}" already exists. Edit that vendor instead, or use a different legal name.`,
      });
    }
  }
}
