// A vendor's suppliers on the store. Every write is one transaction with an audit event per supplier it adds, changes
// or removes; a removed supplier is marked, not deleted, so what it was stays readable. One live supplier per vendor,
// name (folded as vendor names are) and service: writing the same one again updates it.
import { randomUUID } from 'node:crypto';
import { appendEvents, type NewEvent } from '../audit/log';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { Problems } from '../files/problems';
import { vendorNameKey } from '../vendors/names';
import { quoteValue } from '../visible-text';
import type { SuppliersFile } from './csv';
import { SERVICE_WORDS, type Supplier, type SupplierFields, type SupplierImportResult } from './model';

interface SupplierRow {
  id: string;
  vendor_id: string;
  name: string;
  service: Supplier['service'];
  data_shared: string;
  country: string | null;
  source: string;
  updated_by: string;
  updated_at: string;
}

const toSupplier = (r: SupplierRow): Supplier => ({
  id: r.id,
  vendorId: r.vendor_id,
  name: r.name,
  service: r.service,
  dataShared: JSON.parse(r.data_shared),
  country: r.country,
  source: r.source,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** A live supplier of a live vendor, with its vendor's name (the screening and the dashboard read them together). */
export interface PortfolioSupplier extends Supplier {
  vendorName: string;
}

const LIVE = `SELECT s.*, v.legal_name AS vendor_name FROM suppliers s JOIN vendors v ON v.id = s.vendor_id
  WHERE s.removed_at IS NULL AND v.deleted_at IS NULL`;
const ORDER = 'ORDER BY lower(s.name), s.service, s.id';
const INSERT = `INSERT INTO suppliers (id, vendor_id, name, norm, service, data_shared, country, source, added_by, added_at, updated_by, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const UPDATE = `UPDATE suppliers SET name = ?, norm = ?, service = ?, data_shared = ?, country = ?, source = ?, updated_by = ?, updated_at = ?
  WHERE id = ? AND removed_at IS NULL`;

/** "Amazon Web Services (hosting) of Acme Cloud" as audit summaries name a supplier. */
const named = (s: Pick<Supplier, 'name' | 'service'>, vendor: string) => `${s.name} (${SERVICE_WORDS[s.service]}) of ${vendor}`;

/** Ids per IN (…) list: well under every engine's limit on parameters. */
const CHUNK = 500;

export class SupplierRepository {
  constructor(private readonly store: Store) {}

  /** The live suppliers of these vendors, by name. */
  async ofVendors(vendorIds: readonly string[], sql: Sql = this.store.read): Promise<PortfolioSupplier[]> {
    const out: PortfolioSupplier[] = [];
    for (let i = 0; i < vendorIds.length; i += CHUNK) {
      const chunk = vendorIds.slice(i, i + CHUNK);
      const rows = await sql.all<SupplierRow & { vendor_name: string }>(`${LIVE} AND s.vendor_id IN (${chunk.map(() => '?').join(', ')}) ${ORDER}`, chunk);
      out.push(...rows.map((r) => ({ ...toSupplier(r), vendorName: r.vendor_name })));
    }
    return out;
  }

  /** Every live supplier of every live vendor. */
  async all(sql: Sql = this.store.read): Promise<PortfolioSupplier[]> {
    return (await sql.all<SupplierRow & { vendor_name: string }>(`${LIVE} ${ORDER}`)).map((r) => ({ ...toSupplier(r), vendorName: r.vendor_name }));
  }

  /**
   * A CSV's suppliers, all or none: each row's vendor found by its legal or other name among the live vendors (none,
   * or several, is a problem at the row's line), then each supplier added or, the same vendor, name and service live
   * already, updated.
   */
  import(file: SuppliersFile, actor: string): Promise<SupplierImportResult & { vendorIds: string[] }> {
    return this.store.transaction(
      async (tx) => {
        const problems = new Problems(file.name);
        const vendorOf = await vendorsByName(tx);
        const resolved = file.rows.flatMap((row) => {
          const found = vendorOf.get(vendorNameKey(row.vendor)) ?? [];
          if (found.length === 1) return [{ row, vendor: found[0]! }];
          problems.add(
            row.line,
            'vendor',
            found.length === 0
              ? `no vendor in the inventory is named ${quoteValue(row.vendor, 60)}; add the vendor first, or write its name as the inventory has it`
              : `${quoteValue(row.vendor, 60)} names ${found.length} vendors (${found.map((v) => v.legalName).join('; ')}); write the legal name`,
          );
          return [];
        });
        problems.refuseAny();
        const counts = { added: 0, updated: 0 };
        const events: NewEvent[] = [];
        const now = new Date().toISOString();
        for (const { row, vendor } of resolved) {
          const change = await this.write(tx, vendor, row, `${file.name} line ${row.line}`, actor, now);
          counts[change.added ? 'added' : 'updated'] += 1;
          events.push({ ...change.event, action: 'suppliers.import', summary: `${change.event.summary}, from ${file.name} line ${row.line}` });
        }
        await appendEvents(tx, events);
        const vendorIds = [...new Set(resolved.map((r) => r.vendor.id))];
        return { file: file.name, suppliers: resolved.length, vendors: vendorIds.length, ...counts, vendorIds };
      },
      { bulk: true },
    );
  }

  /** A supplier of this vendor entered by hand (or accepted from a questionnaire, `source` saying which). */
  add(vendor: { id: string; legalName: string }, fields: SupplierFields, actor: string, source = 'entered by hand'): Promise<Supplier> {
    return this.store.transaction(async (tx) => {
      const change = await this.write(tx, vendor, fields, source, actor, new Date().toISOString());
      await appendEvents(tx, [change.event]);
      return change.supplier;
    });
  }

  /** Writes inside the caller's transaction (a questionnaire's acceptance): the supplier and its event. */
  async addIn(tx: Sql, vendor: { id: string; legalName: string }, fields: SupplierFields, actor: string, source: string, now: string): Promise<Supplier> {
    const change = await this.write(tx, vendor, fields, source, actor, now);
    await appendEvents(tx, [change.event]);
    return change.supplier;
  }

  /** Changes a supplier's fields; another live supplier of the vendor with the new name and service is refused. */
  update(id: string, fields: SupplierFields, actor: string): Promise<Supplier> {
    return this.store.transaction(async (tx) => {
      const before = await this.live(tx, id);
      const clash = await tx.get<{ id: string }>('SELECT id FROM suppliers WHERE vendor_id = ? AND norm = ? AND service = ? AND removed_at IS NULL AND id <> ?', [
        before.vendorId,
        vendorNameKey(fields.name),
        fields.service,
        id,
      ]);
      if (clash) throw new VetterError('conflict', `${before.vendorName} already has ${fields.name} as a supplier of ${SERVICE_WORDS[fields.service]}.`, { name: 'already a supplier' });
      const now = new Date().toISOString();
      await tx.run(UPDATE, [fields.name, vendorNameKey(fields.name), fields.service, JSON.stringify(fields.dataShared), fields.country, before.source, actor, now, id]);
      const after: Supplier = { ...stripVendor(before), ...fields, updatedBy: actor, updatedAt: now };
      await appendEvents(tx, [
        { actor, action: 'suppliers.update', entityType: 'supplier', entityId: id, summary: `Changed supplier ${named(fields, before.vendorName)}`, before: stripVendor(before), after },
      ]);
      return after;
    });
  }

  /** Marks a supplier removed (its row and history stay). */
  remove(id: string, actor: string): Promise<Supplier> {
    return this.store.transaction(async (tx) => {
      const before = await this.live(tx, id);
      await tx.run('UPDATE suppliers SET removed_by = ?, removed_at = ? WHERE id = ? AND removed_at IS NULL', [actor, new Date().toISOString(), id]);
      await appendEvents(tx, [
        { actor, action: 'suppliers.remove', entityType: 'supplier', entityId: id, summary: `Removed supplier ${named(before, before.vendorName)}`, before: stripVendor(before) },
      ]);
      return stripVendor(before);
    });
  }

  private async live(tx: Sql, id: string): Promise<PortfolioSupplier> {
    const row = await tx.get<SupplierRow & { vendor_name: string }>(`${LIVE} AND s.id = ?`, [id]);
    if (!row) throw new VetterError('not_found', 'That supplier is no longer recorded: it may have been removed meanwhile.');
    return { ...toSupplier(row), vendorName: row.vendor_name };
  }

  /** Adds the supplier, or updates the live one of the same vendor, name and service; gives it and its audit event. */
  private async write(tx: Sql, vendor: { id: string; legalName: string }, fields: SupplierFields, source: string, actor: string, now: string) {
    const norm = vendorNameKey(fields.name);
    const prior = await tx.get<SupplierRow>('SELECT * FROM suppliers WHERE vendor_id = ? AND norm = ? AND service = ? AND removed_at IS NULL', [vendor.id, norm, fields.service]);
    const data = JSON.stringify(fields.dataShared);
    if (prior) {
      await tx.run(UPDATE, [fields.name, norm, fields.service, data, fields.country, source, actor, now, prior.id]);
      const supplier: Supplier = { ...toSupplier(prior), ...fields, source, updatedBy: actor, updatedAt: now };
      const event: NewEvent = { actor, action: 'suppliers.update', entityType: 'supplier', entityId: prior.id, summary: `Changed supplier ${named(fields, vendor.legalName)}`, before: toSupplier(prior), after: supplier };
      return { added: false, supplier, event };
    }
    const id = randomUUID();
    await tx.run(INSERT, [id, vendor.id, fields.name, norm, fields.service, data, fields.country, source, actor, now, actor, now]);
    const supplier: Supplier = { id, vendorId: vendor.id, ...fields, source, updatedBy: actor, updatedAt: now };
    const event: NewEvent = { actor, action: 'suppliers.add', entityType: 'supplier', entityId: id, summary: `Added supplier ${named(fields, vendor.legalName)}`, after: supplier };
    return { added: true, supplier, event };
  }
}

function stripVendor({ vendorName: _, ...supplier }: PortfolioSupplier): Supplier {
  return supplier;
}

/** The live vendors by each of their names, folded (a name two vendors bear lists both). */
async function vendorsByName(tx: Sql): Promise<Map<string, { id: string; legalName: string }[]>> {
  const rows = await tx.all<{ id: string; legal_name: string; other_names: string }>('SELECT id, legal_name, other_names FROM vendors WHERE deleted_at IS NULL');
  const out = new Map<string, { id: string; legalName: string }[]>();
  for (const r of rows) {
    const vendor = { id: r.id, legalName: r.legal_name };
    const names = [r.legal_name, ...(JSON.parse(r.other_names) as { name: string }[]).map((n) => n.name)];
    for (const key of new Set(names.map(vendorNameKey))) out.set(key, [...(out.get(key) ?? []), vendor]);
  }
  return out;
}
