// `vetter workspace push`: moves a data folder (one person's SQLite workspace) into an empty team workspace
// (PostgreSQL). Both schemas come from the same migrations (db/migrations, db/postgres/migrations.ts), so every table
// is copied as it is, found in the schemas themselves: its rows with their ids and every column, in one PostgreSQL
// transaction, so that a failure leaves the workspace empty. The folder's evidence files go into evidence_content.
//
// Only the workspace's owner (who ran `vetter workspace init`) may push: migration 16's triggers check every other
// login's writes against session_user (an audit event in its author's name, an approval in the approver's, a report in
// its preparer's), which the history of another person's folder cannot meet. The owner is trusted by those triggers
// already, as the one who could drop them; nothing is lifted for anyone else. The data folder is only read.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { folderEvidence } from '../assessment/evidence-content';
import { appendEvents, verifyChain } from '../audit/log';
import { DATA_AREAS } from '../data-areas';
import { DB_FILE, type Db } from '../db/open';
import { PostgresStore } from '../db/postgres/store';
import { sqliteSql } from '../db/sqlite-store';
import type { Param, Sql } from '../db/store';
import { VetterError } from '../errors';
import { CHANNEL } from './changes';
import { openFolderWorkspace } from './folder';

/** The tables a push leaves alone, and why. Every other table of either schema is copied row for row. */
export const NOT_COPIED: Readonly<Record<string, string>> = {
  schema_version: "the team workspace's record of its own schema (a data folder keeps it in PRAGMA user_version)",
  change_counters: "moved by the team workspace's own triggers as the vendors go in",
  vendor_changes: "stamped by the team workspace's own triggers as the vendors go in",
};

/** What must be in before a table beyond its foreign keys: the audit head names the newest event (migration 16). */
const AFTER: Readonly<Record<string, readonly string[]>> = { audit_head: ['audit_events'] };

/** Rows (or bytes of them) read from the folder before they are sent: runMany splits them into statements. */
const BATCH_ROWS = 5_000;
const BATCH_BYTES = 32 * 1024 * 1024;

export interface PushSummary {
  /** Rows pushed, by table (evidence_content counts the evidence files). */
  rows: Record<string, number>;
  /** Where they went: HOST:PORT/DATABASE. */
  target: string;
}

interface Table {
  name: string;
  columns: string[];
}

const NOTHING_CHANGED = 'Nothing has been changed.';

/**
 * Pushes the data folder `dataDir` into the empty team workspace at `config`, as its owner. The folder is opened as the
 * app opens it (brought up to date, with a backup first; a newer one is refused) and is otherwise only read.
 */
export async function pushDataFolder(dataDir: string, config: pg.PoolConfig): Promise<PushSummary> {
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new VetterError('not_found', `There is no Vetter data folder at ${dataDir} (it holds no ${DB_FILE}): name the folder the app keeps its data in. ${NOTHING_CHANGED}`);
  }
  const target = `${config.host}:${config.port}/${config.database}`;
  const store = new PostgresStore(config);
  try {
    const version = await targetVersion(store, target);
    const login = await ownerLogin(store.read, target);
    const workspaceTables = await postgresTables(store.read);
    await refuseHeld(store.read, target, copiedNames(workspaceTables));

    const folder = openFolderWorkspace(dataDir);
    const source = folder.db;
    try {
      if (folder.schemaVersion !== version) {
        throw new VetterError('conflict', `The data folder is in data format ${folder.schemaVersion}, the team workspace in ${version}: open both with the same Vetter first. ${NOTHING_CHANGED}`);
      }
      const tables = copyPlan(folderTables(source), workspaceTables);
      // One read transaction: everything copied is one state of the folder, even if the app writes to it meanwhile.
      source.exec('BEGIN');
      try {
        const chain = await verifyChain(sqliteSql(source));
        if (!chain.ok) {
          throw new VetterError('conflict', `The data folder's audit log does not verify (event #${chain.firstBad?.seq}: ${chain.firstBad?.reason}): a broken chain is not pushed. ${NOTHING_CHANGED}`);
        }
        const rows = await store.transaction(async (tx) => {
          // Checked again under the write lock: nobody has written to the workspace since.
          await refuseHeld(tx, target, tables.map((t) => t.name));
          const rows: Record<string, number> = {};
          for (const table of tables) rows[table.name] = await copyTable(source, tx, table);
          rows.evidence_content = (rows.evidence_content ?? 0) + (await copyEvidenceFiles(dataDir, source, tx));
          await appendEvents(tx, [
            {
              actor: login,
              action: 'workspace.push',
              entityType: 'workspace',
              entityId: null,
              summary: `Pushed the data folder ${dataDir} into this workspace: ${described(rows)}`,
              after: { dataFolder: dataDir, rows },
            },
          ]);
          const pushed = await verifyChain(tx);
          if (!pushed.ok) throw new Error(`the audit log pushed does not verify (event #${pushed.firstBad?.seq}: ${pushed.firstBad?.reason})`);
          // Apps already open on the workspace show it all (sent on commit).
          await tx.get('SELECT pg_notify(?, ?)', [CHANNEL, DATA_AREAS.join(',')]);
          return rows;
        });
        return { rows, target };
      } finally {
        if (source.inTransaction) source.exec('COMMIT');
      }
    } finally {
      await folder.close();
    }
  } finally {
    await store.close();
  }
}

/** "36 vendors, 412 audit events, 3 reports, 5 evidence files". */
export function described(rows: Readonly<Record<string, number>>): string {
  const count = (n: number | undefined, one: string) => `${n ?? 0} ${n === 1 ? one : `${one}s`}`;
  return [count(rows.vendors, 'vendor'), count(rows.audit_events, 'audit event'), count(rows.reports, 'report'), count(rows.evidence_content, 'evidence file')].join(', ');
}

/** The workspace's schema version: it must be this Vetter's, set up by `vetter workspace init`. */
async function targetVersion(store: PostgresStore, target: string): Promise<number> {
  try {
    return await store.readableVersion();
  } catch (err) {
    if (err instanceof VetterError && err.code === 'not_found') {
      throw new VetterError('not_found', `${target} holds no Vetter workspace yet: its owner sets one up with "vetter workspace init --workspace URL" first. ${NOTHING_CHANGED}`);
    }
    throw err;
  }
}

/** The session's login, which must be the workspace's owner (or a superuser), on a workspace `workspace init` set up. */
async function ownerLogin(sql: Sql, target: string): Promise<string> {
  const me = await sql.get<{ login: string; owner: number; ready: number }>(
    "SELECT session_user::text AS login, vetter_is_owner() AS owner, to_regprocedure('vetter_grant_role(text, text)') IS NOT NULL AS ready",
  );
  if (!me?.owner) {
    throw new VetterError(
      'forbidden',
      `Only the owner of the team workspace at ${target} (the login that ran "vetter workspace init") can push a data folder into it, and ${me?.login} is not. ${NOTHING_CHANGED}`,
    );
  }
  if (!me.ready) throw new VetterError('conflict', `${target} has no Vetter roles yet: run "vetter workspace init --workspace URL" first. ${NOTHING_CHANGED}`);
  return me.login;
}

/** Refuses a workspace that holds anything in `tables` (a push never merges). */
async function refuseHeld(sql: Sql, target: string, tables: readonly string[]): Promise<void> {
  const held = await sql.all<{ name: string }>(tables.map((t) => `SELECT ${pg.escapeLiteral(t)} AS name WHERE EXISTS (SELECT 1 FROM ${pg.escapeIdentifier(t)})`).join(' UNION ALL '));
  if (held.length > 0) {
    throw new VetterError(
      'conflict',
      `The team workspace at ${target} already holds data (${held.map((h) => h.name).join(', ')}): a data folder is pushed into an empty workspace only. ${NOTHING_CHANGED}`,
    );
  }
}

interface Schema {
  columns: Map<string, string[]>;
  /** The tables each table's foreign keys name. */
  references: Map<string, string[]>;
}

const sqliteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function folderTables(db: Db): Schema {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
  const schema: Schema = { columns: new Map(), references: new Map() };
  for (const name of names) {
    schema.columns.set(name, (db.pragma(`table_info(${sqliteName(name)})`) as { name: string }[]).map((c) => c.name));
    schema.references.set(name, (db.pragma(`foreign_key_list(${sqliteName(name)})`) as { table: string }[]).map((k) => k.table));
  }
  return schema;
}

async function postgresTables(sql: Sql): Promise<Map<string, string[]>> {
  const rows = await sql.all<{ name: string; column_name: string }>(
    `SELECT c.table_name AS name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.name, [...(tables.get(r.name) ?? []), r.column_name]);
  return tables;
}

const copiedNames = (tables: ReadonlyMap<string, unknown>) => [...tables.keys()].filter((t) => !(t in NOT_COPIED));

/**
 * The tables to copy, each after those it refers to: every table of both schemas but NOT_COPIED, which must have the
 * same columns on both. A table only one side has, or a column, is refused: this Vetter would not know where it goes.
 */
function copyPlan(folder: Schema, workspace: ReadonlyMap<string, readonly string[]>): Table[] {
  const names = [...new Set([...copiedNames(folder.columns), ...copiedNames(workspace)])].sort();
  const differences: string[] = [];
  for (const name of names) {
    const here = folder.columns.get(name);
    const there = workspace.get(name);
    if (!here || !there) differences.push(`table ${name} is only in the ${here ? 'data folder' : 'team workspace'}`);
    else if ([...here].sort().join() !== [...there].sort().join()) differences.push(`table ${name} has columns ${here.join(', ')} in the data folder, ${there.join(', ')} in the team workspace`);
  }
  if (differences.length) throw new VetterError('conflict', `The data folder and the team workspace are not laid out alike: ${differences.join('; ')}. ${NOTHING_CHANGED}`);

  const ordered: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`The tables' references go round in a circle through ${name}: they cannot be copied one after the other.`);
    state.set(name, 'visiting');
    for (const before of [...(folder.references.get(name) ?? []), ...(AFTER[name] ?? [])]) if (before !== name && names.includes(before)) visit(before);
    state.set(name, 'done');
    ordered.push({ name, columns: folder.columns.get(name)! });
  };
  for (const name of names) visit(name);
  return ordered;
}

/** The size of a row's values, to keep a batch's memory bounded when rows hold files (reports' PDFs). */
const sizeOf = (row: readonly Param[]) => row.reduce((n: number, v) => n + (typeof v === 'string' || Buffer.isBuffer(v) ? v.length : 8), 0);

/** Sends rows in batches: of many rows each, or fewer when they are large. */
async function inBatches(rows: Iterable<Param[]> | AsyncIterable<Param[]>, send: (batch: Param[][]) => Promise<number>): Promise<number> {
  let batch: Param[][] = [];
  let bytes = 0;
  let sent = 0;
  for await (const row of rows) {
    batch.push(row);
    bytes += sizeOf(row);
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) {
      sent += await send(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) sent += await send(batch);
  return sent;
}

/** Copies one table's rows, every column as stored. The folder's statement stays open across the awaits: nothing else runs on its connection. */
function copyTable(source: Db, tx: Sql, table: Table): Promise<number> {
  const rows = source.prepare(`SELECT ${table.columns.map(sqliteName).join(', ')} FROM ${sqliteName(table.name)}`).raw(true).iterate() as Iterable<Param[]>;
  const insert = `INSERT INTO ${pg.escapeIdentifier(table.name)} (${table.columns.map((c) => pg.escapeIdentifier(c)).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`;
  return inBatches(rows, (batch) => tx.runMany(insert, batch)).catch((err: unknown) => {
    // A row the server refuses (a value of another type, a constraint) is said with its table; a lost connection as it is.
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !/^(08|57P)/.test(code)) {
      throw new VetterError('conflict', `The data folder's table ${table.name} cannot go into the team workspace as it is: ${(err as Error).message}. ${NOTHING_CHANGED}`);
    }
    throw err;
  });
}

/**
 * The content of every evidence file the folder keeps in evidence/ (all of them: a data folder leaves evidence_content
 * empty), each as recorded: a file missing or changed since it was attached is refused, not pushed.
 */
async function copyEvidenceFiles(dataDir: string, source: Db, tx: Sql): Promise<number> {
  const files = source
    .prepare('SELECT id, vendor_id, stored_name, file_name, sha256 FROM evidence_files WHERE id NOT IN (SELECT evidence_id FROM evidence_content) ORDER BY id')
    .all() as { id: string; vendor_id: string; stored_name: string; file_name: string; sha256: string }[];
  const evidence = folderEvidence(dataDir);
  // Read one by one as the batches go: the files together may not fit in memory.
  async function* contents(): AsyncGenerator<Param[]> {
    for (const f of files) {
      const kept = await evidence.read({ id: f.id, vendorId: f.vendor_id, storedName: f.stored_name }, tx);
      const where = path.join(dataDir, 'evidence', f.vendor_id, f.stored_name);
      if (!kept) throw new VetterError('not_found', `The evidence file ${f.file_name} (${f.id}) is missing from the data folder: ${where} is gone. ${NOTHING_CHANGED}`);
      if (createHash('sha256').update(kept.bytes).digest('hex') !== f.sha256) {
        throw new VetterError('conflict', `The evidence file ${f.file_name} (${f.id}) was changed after it was attached: ${where} no longer has the SHA-256 recorded. ${NOTHING_CHANGED}`);
      }
      yield [f.id, kept.bytes];
    }
  }
  return inBatches(contents(), (batch) => tx.runMany('INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)', batch));
}
