// Vendor storage, on the store (db/store.ts): reads are committed data (store.read, or a transaction's own `tx`), and
// every write is one store transaction with its audit events.
import { randomUUID } from 'node:crypto';
import { appendEvents, type NewEvent } from '../audit/log';
import type { Vendor, VendorInput } from './model';
import type { Param, Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { GLOBAL_SCHEMES, type Identifier, identifierKey, SCHEME_TEXT } from '../identifiers';
import { vendorNameKey } from './names';
import { changedMeanwhile, deletedMeanwhile, type LoginNames } from './row-version';

interface VendorRow {
  id: string;
  legal_name: string;
  norm_name: string;
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
  version: number;
  updated_by: string | null;
}

function toVendor(r: VendorRow): Vendor {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
    updatedBy: r.updated_by,
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
    annualSpend: r.annual_spend === null ? null : Number(r.annual_spend),
    tags: JSON.parse(r.tags),
    notes: r.notes,
  };
}

/** Empty strings from forms and files are stored as "not set". */
const blank = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

/** The columns a vendor's input sets, in the order of inputValues(). */
const INPUT_COLUMNS = [
  'legal_name', 'norm_name', 'other_names', 'identifiers', 'country_incorporation', 'country_hq', 'parent_name', 'website', 'services', 'data_shared',
  'criticality', 'contract_owner', 'contract_start', 'contract_end', 'annual_spend', 'tags', 'notes',
] as const;

type InputColumns = Pick<VendorRow, (typeof INPUT_COLUMNS)[number]>;

function inputColumns(v: VendorInput): InputColumns {
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

const inputValues = (c: InputColumns): Param[] => INPUT_COLUMNS.map((column) => c[column]);

const INSERT = `INSERT INTO vendors (id, ${INPUT_COLUMNS.join(', ')}, created_at, updated_at, updated_by) VALUES (?, ${INPUT_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`;
/**
 * Every write of a vendor names the version it is based on, and moves it by one in the same statement, with who and
 * when: on PostgreSQL across every app on the workspace, on SQLite across windows. No row changed: the version moved on.
 */
const WRITTEN = 'updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?';
const UPDATE = `UPDATE vendors SET ${INPUT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, ${WRITTEN} AND deleted_at IS NULL`;
const DELETE = `UPDATE vendors SET deleted_at = ?, ${WRITTEN} AND deleted_at IS NULL`;
const RESTORE = `UPDATE vendors SET deleted_at = NULL, ${WRITTEN} AND deleted_at IS NOT NULL`;
const LIVE = 'SELECT * FROM vendors WHERE id = ? AND deleted_at IS NULL';

/** The audited view of a vendor: its fields without bookkeeping (timestamps, version, who changed it last). */
function auditView(v: Vendor): Omit<Vendor, 'createdAt' | 'updatedAt' | 'version' | 'updatedBy'> {
  const { createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest } = v;
  return rest;
}

const created = (actor: string, v: Vendor): NewEvent => ({
  actor,
  action: 'vendor.create',
  entityType: 'vendor',
  entityId: v.id,
  summary: `Added vendor ${v.legalName}`,
  after: auditView(v),
});

const edited = (actor: string, before: Vendor, after: Vendor): NewEvent => ({
  actor,
  action: 'vendor.update',
  entityType: 'vendor',
  entityId: after.id,
  summary: `Edited vendor ${after.legalName}`,
  before: auditView(before),
  after: auditView(after),
});

/** A vendor that is not there (deleted, or never was). */
export const vendorGone = (): VetterError => new VetterError('not_found', 'That vendor no longer exists. It may have been deleted.');

function nameTaken(legalName: string): VetterError {
  return new VetterError('conflict', `A vendor named "${legalName}" already exists.`, {
    legalName: `A vendor named "${legalName}" already exists. Edit that vendor instead, or use a different legal name.`,
  });
}

/** Live vendors by one key: their id and legal name. */
type VendorsByKey = Map<string, { id: string; legalName: string }>;

/** Ids (or names) looked up at once as plain placeholders; more than FEW_IDS ids, the whole table is read and filtered. */
const ID_BATCH = 500;
const FEW_IDS = 1_000;

/**
 * Writes for a bulk import, inside its transaction: the same rows and audit events as create and update, without a
 * re-read per created vendor. Creates are buffered and written with their events by flush(), one statement for many
 * rows; call it between chunks and before the transaction commits.
 */
export interface BulkWriter {
  create(input: VendorInput): void;
  update(id: string, input: VendorInput): Promise<void>;
  flush(): Promise<void>;
}

export class VendorRepository {
  /**
   * On the store: reads are committed data (store.read), each write one transaction with its audit events. `names`:
   * how a refusal names who changed the vendor meanwhile (Settings.nameOf in the core).
   */
  constructor(
    private readonly store: Store,
    private readonly names: LoginNames = async (login) => login,
  ) {}

  /**
   * Every live vendor, by legal name without ASCII case, then id. lower() folds ASCII letters only, in SQLite and in
   * PostgreSQL under the C locale the workspaces are created with: the order COLLATE NOCASE gave.
   */
  async list(sql: Sql = this.store.read): Promise<Vendor[]> {
    return (await sql.all<VendorRow>('SELECT * FROM vendors WHERE deleted_at IS NULL ORDER BY lower(legal_name), id')).map(toVendor);
  }

  /** Where the vendors' change counter stands: read before the vendors, changedSince() from it misses no change. */
  async changeCount(sql: Sql = this.store.read): Promise<number> {
    return Number((await sql.get<{ version: number }>("SELECT version FROM change_counters WHERE area = 'vendors'"))?.version ?? 0);
  }

  /**
   * The vendors stamped after the vendors' change counter stood at `version` (migration 25), in no order: each live one
   * as it is now, null for one deleted (or marked deleted) since.
   */
  async changedSince(version: number, sql: Sql = this.store.read): Promise<{ id: string; vendor: Vendor | null }[]> {
    // The stamps, then their vendors by id: joined in one statement, PostgreSQL read every vendor for a few stamps
    // until it had analysed a freshly imported vendors table (21 ms at 20,000 vendors, at every read of the list while
    // others edit). A vendor changed again in between is read as it is then, and again at the next patch.
    const ids = (await sql.all<{ vendor_id: string }>('SELECT vendor_id FROM vendor_changes WHERE version > ?', [version])).map((r) => r.vendor_id);
    const live = new Map((await this.live(ids, sql)).map((v) => [v.id, v]));
    return ids.map((id) => ({ id, vendor: live.get(id) ?? null }));
  }

  async count(sql: Sql = this.store.read): Promise<number> {
    // count(*) is a bigint: text from PostgreSQL, a number from SQLite.
    return Number((await sql.get<{ n: number | string }>('SELECT count(*) AS n FROM vendors WHERE deleted_at IS NULL'))?.n ?? 0);
  }

  /** `sql`: where to read; a transaction reads its own writes through its `tx`. */
  async get(id: string, sql: Sql = this.store.read): Promise<Vendor> {
    const row = await sql.get<VendorRow>(LIVE, [id]);
    if (!row) throw vendorGone();
    return toVendor(row);
  }

  /** The live vendors whose contract ends on or after `from` (a YYYY-MM-DD date) and not after `to`, soonest first. */
  async contractsEnding(from: string, to: string): Promise<{ id: string; legalName: string; contractEnd: string }[]> {
    const rows = await this.store.read.all<{ id: string; legal_name: string; contract_end: string }>(
      'SELECT id, legal_name, contract_end FROM vendors WHERE deleted_at IS NULL AND contract_end >= ? AND contract_end <= ? ORDER BY contract_end, id',
      [from, to],
    );
    return rows.map((r) => ({ id: r.id, legalName: r.legal_name, contractEnd: r.contract_end }));
  }

  /** These vendors, in the order given, those deleted meanwhile left out. */
  async live(ids: readonly string[], sql: Sql = this.store.read): Promise<Vendor[]> {
    const byId = new Map((await this.liveRows<VendorRow>('*', ids, sql)).map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toVendor(row)] : [];
    });
  }

  /** Which of these ids are live vendors. */
  async liveIds(ids: readonly string[], sql: Sql = this.store.read): Promise<Set<string>> {
    return new Set((await this.liveRows<{ id: string }>('id', ids, sql)).map((r) => r.id));
  }

  /** Live vendors by normalised legal name, for duplicate checks. */
  async idsByNormName(sql: Sql = this.store.read): Promise<VendorsByKey> {
    const rows = await sql.all<{ id: string; legal_name: string; norm_name: string }>('SELECT id, legal_name, norm_name FROM vendors WHERE deleted_at IS NULL');
    return new Map(rows.map((r) => [r.norm_name, { id: r.id, legalName: r.legal_name }]));
  }

  /** Live vendors by the key (identifierKey) of each LEI, USCC and DUNS number they carry, for duplicate checks. */
  async idsByGlobalIdentifier(sql: Sql = this.store.read): Promise<VendorsByKey> {
    const rows = await sql.all<{ id: string; legal_name: string; identifiers: string }>(
      "SELECT id, legal_name, identifiers FROM vendors WHERE deleted_at IS NULL AND identifiers <> '[]'",
    );
    const found: VendorsByKey = new Map();
    for (const r of rows) {
      for (const id of JSON.parse(r.identifiers) as Identifier[]) {
        if (GLOBAL_SCHEMES.has(id.scheme)) found.set(identifierKey(id.scheme, id.value), { id: r.id, legalName: r.legal_name });
      }
    }
    return found;
  }

  /** Adds a vendor: in a transaction of its own, or in `tx` when given (the demo's, with its allegations). */
  create(input: VendorInput, actor: string, tx?: Sql): Promise<Vendor> {
    const work = async (sql: Sql): Promise<Vendor> => {
      await this.assertNameFree(input.legalName, null, sql);
      await this.assertIdentifiersFree(input.identifiers, null, sql);
      const id = randomUUID();
      const now = new Date().toISOString();
      await sql.run(INSERT, [id, ...inputValues(inputColumns(input)), now, now, actor]);
      const vendor = await this.get(id, sql);
      await appendEvents(sql, [created(actor, vendor)]);
      return vendor;
    };
    return tx ? work(tx) : this.store.transaction(work);
  }

  /** Saves `input` over the vendor, if it is still at `version` (the one its editor read): else a refusal that says who changed it. */
  update(id: string, version: number, input: VendorInput, actor: string): Promise<Vendor> {
    return this.store.transaction(async (tx) => {
      const before = await this.at(id, version, tx);
      await this.assertNameFree(input.legalName, id, tx);
      await this.assertIdentifiersFree(input.identifiers, id, tx);
      await this.write(tx, UPDATE, inputValues(inputColumns(input)), id, version, actor);
      const after = await this.get(id, tx);
      await appendEvents(tx, [edited(actor, before, after)]);
      return after;
    });
  }

  /**
   * Writes for a bulk import in its transaction `tx` (an import of 100,000 vendors is one transaction). Each name is
   * checked against the live vendors as `tx` sees them, those this import created included: a chunk's new names with
   * one query at flush(), an update's at once, as update() does.
   */
  bulkWriter(tx: Sql, actor: string): BulkWriter {
    let inserts: Param[][] = [];
    let names: { key: string; legalName: string }[] = [];
    let events: NewEvent[] = [];
    return {
      create: (input) => {
        const id = randomUUID();
        const now = new Date().toISOString();
        const columns = inputColumns(input);
        inserts.push([id, ...inputValues(columns), now, now, actor]);
        names.push({ key: columns.norm_name, legalName: columns.legal_name });
        // The vendor as a re-read would give it back.
        events.push(created(actor, toVendor({ id, ...columns, created_at: now, updated_at: now, deleted_at: null, version: 1, updated_by: actor })));
      },
      // The vendor as this transaction reads it: nothing else writes until it commits.
      update: async (id, input) => {
        const before = await this.get(id, tx);
        await this.assertNameFree(input.legalName, id, tx);
        await this.write(tx, UPDATE, inputValues(inputColumns(input)), id, before.version, actor);
        events.push(edited(actor, before, await this.get(id, tx)));
      },
      flush: async () => {
        const [rows, keys, chunk] = [inserts, names, events];
        inserts = [];
        names = [];
        events = [];
        if (rows.length > 0) {
          await this.assertNamesFree(keys, tx);
          await tx.runMany(INSERT, rows);
        }
        await appendEvents(tx, chunk);
      },
    };
  }

  /** Soft delete, so that "Undo" can bring the vendor back as it was; only from the `version` its user saw. */
  delete(id: string, version: number, actor: string): Promise<Vendor> {
    return this.store.transaction(async (tx) => {
      const before = await this.at(id, version, tx);
      const now = new Date().toISOString();
      await this.write(tx, DELETE, [now], id, version, actor, now);
      await appendEvents(tx, [
        { actor, action: 'vendor.delete', entityType: 'vendor', entityId: id, summary: `Deleted vendor ${before.legalName}`, before: auditView(before) },
      ]);
      return before;
    });
  }

  restore(id: string, actor: string): Promise<Vendor> {
    return this.store.transaction(async (tx) => {
      const row = await tx.get<VendorRow>('SELECT * FROM vendors WHERE id = ? AND deleted_at IS NOT NULL', [id]);
      if (!row) throw new VetterError('not_found', 'There is no deleted vendor to restore.');
      await this.assertNameFree(row.legal_name, id, tx);
      await this.assertIdentifiersFree(JSON.parse(row.identifiers) as Identifier[], id, tx);
      await this.write(tx, RESTORE, [], id, Number(row.version), actor);
      const restored = await this.get(id, tx);
      await appendEvents(tx, [
        { actor, action: 'vendor.restore', entityType: 'vendor', entityId: id, summary: `Restored vendor ${restored.legalName}`, after: auditView(restored) },
      ]);
      return restored;
    });
  }

  /** The live vendor, if it is still at `version`: else who changed or deleted it meanwhile, and when. */
  private async at(id: string, version: number, sql: Sql): Promise<Vendor> {
    const row = await sql.get<VendorRow>('SELECT * FROM vendors WHERE id = ?', [id]);
    if (!row) throw vendorGone();
    const stored = toVendor(row);
    if (row.deleted_at !== null) throw stored.version === version ? vendorGone() : await deletedMeanwhile(stored, this.names);
    if (stored.version !== version) throw await changedMeanwhile(stored, this.names);
    return stored;
  }

  /**
   * One write of a vendor (WRITTEN): `values` for the statement's own columns, then when, who, and the version it is
   * based on. A transaction reads then writes with nothing written between (the store's write queue, and on
   * PostgreSQL its advisory lock), so a row left unchanged means the store broke that promise: refused, not skipped.
   */
  private async write(tx: Sql, statement: string, values: Param[], id: string, version: number, actor: string, now = new Date().toISOString()): Promise<void> {
    const { changes } = await tx.run(statement, [...values, now, actor, id, version]);
    if (changes !== 1) throw await changedMeanwhile(await this.get(id, tx), this.names);
  }

  /**
   * `columns` of the live vendors among `ids`: a few looked up in batches of plain placeholders, many by reading
   * every live vendor once and keeping the wanted ones (an IN list of 10,000 ids costs more).
   */
  private async liveRows<T extends { id: string }>(columns: string, ids: readonly string[], sql: Sql): Promise<T[]> {
    if (ids.length > FEW_IDS) {
      const wanted = new Set(ids);
      return (await sql.all<T>(`SELECT ${columns} FROM vendors WHERE deleted_at IS NULL`)).filter((r) => wanted.has(r.id));
    }
    const rows: T[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const batch = ids.slice(i, i + ID_BATCH);
      rows.push(...(await sql.all<T>(`SELECT ${columns} FROM vendors WHERE deleted_at IS NULL AND id IN (${batch.map(() => '?').join(', ')})`, batch)));
    }
    return rows;
  }

  /** An LEI, USCC or DUNS number names one company worldwide: two vendors carrying it are one vendor entered twice. */
  private async assertIdentifiersFree(identifiers: readonly Identifier[], exceptId: string | null, sql: Sql): Promise<void> {
    if (!identifiers.some((id) => GLOBAL_SCHEMES.has(id.scheme))) return;
    const taken = await this.idsByGlobalIdentifier(sql);
    identifiers.forEach((id, i) => {
      const other = GLOBAL_SCHEMES.has(id.scheme) ? taken.get(identifierKey(id.scheme, id.value)) : undefined;
      if (!other || other.id === exceptId) return;
      const message = `"${other.legalName}" already has the ${SCHEME_TEXT[id.scheme]} ${id.value}. Edit that vendor instead, or check the number.`;
      throw new VetterError('conflict', message, { [`identifiers.${i}.value`]: message });
    });
  }

  /** assertNameFree for the names of many new vendors, a query per batch: none may be taken, nor be given twice. */
  private async assertNamesFree(names: readonly { key: string; legalName: string }[], sql: Sql): Promise<void> {
    const taken = new Map<string, string>();
    for (let i = 0; i < names.length; i += ID_BATCH) {
      const batch = names.slice(i, i + ID_BATCH).map((n) => n.key);
      const rows = await sql.all<{ norm_name: string; legal_name: string }>(
        `SELECT norm_name, legal_name FROM vendors WHERE deleted_at IS NULL AND norm_name IN (${batch.map(() => '?').join(', ')})`,
        batch,
      );
      for (const r of rows) taken.set(r.norm_name, r.legal_name);
    }
    for (const { key, legalName } of names) {
      const other = taken.get(key);
      if (other !== undefined) throw nameTaken(other);
      taken.set(key, legalName);
    }
  }

  /** One live vendor per normalised legal name (the database's unique index holds it too): `exceptId` may keep its own. */
  private async assertNameFree(legalName: string, exceptId: string | null, sql: Sql): Promise<void> {
    const other = await sql.get<{ id: string; legal_name: string }>('SELECT id, legal_name FROM vendors WHERE norm_name = ? AND deleted_at IS NULL', [vendorNameKey(legalName)]);
    if (other && other.id !== exceptId) throw nameTaken(other.legal_name);
  }
}
