// The PostgreSQL schema (the team workspace) against the SQLite one, on a real PostgreSQL server: the same tables,
// columns, keys, indexes and CHECKs, the same refusals for the same statements, and the migration runner's rules.
import fs from 'node:fs';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { type Db, openDatabase } from '../../electron/core/db/open';
import { migratePostgres } from '../../electron/core/db/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { VetterError } from '../../electron/core/errors';
import { tempDir } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';

let server: PostgresServer;
const sqliteDirs: string[] = [];
const sqliteDbs: Db[] = [];

beforeAll(async () => {
  server = await startPostgres();
}, 240_000);

afterAll(async () => {
  for (const db of sqliteDbs) db.close();
  for (const dir of sqliteDirs) fs.rmSync(dir, { recursive: true, force: true });
  await server?.stop();
}, 180_000);

function freshSqlite(): Db {
  const dir = tempDir();
  sqliteDirs.push(dir);
  const db = openDatabase(dir);
  sqliteDbs.push(db);
  return db;
}

/** A client on a new, empty database of the server. */
async function freshPostgres(name: string): Promise<pg.Client> {
  return server.connect(await server.createDatabase(name));
}

// ---- The schema as each engine reports it, in one engine-neutral shape ----

interface Column {
  name: string;
  /** text, integer, real or blob. */
  type: string;
  notNull: boolean;
  default: string | null;
}

interface TableShape {
  columns: Column[];
  primaryKey: string[];
  /** Unique constraints and unique indexes: "(a, b)", "(a) WHERE predicate". */
  unique: string[];
  /** "(a) -> table (b) ON DELETE x ON UPDATE y". */
  foreignKeys: string[];
  /** The indexes made by CREATE INDEX, by name: "name [UNIQUE ](a, b)[ WHERE predicate]". */
  indexes: string[];
  /** The JSON and enum CHECKs ("json_valid(a)", "a IN (x, y)"); any other as "another CHECK on <its first column>". */
  checks: string[];
}

const SQLITE_TYPES: Record<string, string> = { TEXT: 'text', INTEGER: 'integer', REAL: 'real', BLOB: 'blob' };
const POSTGRES_TYPES: Record<string, string> = { text: 'text', bigint: 'integer', 'double precision': 'real', bytea: 'blob' };
const typeClass = (types: Record<string, string>, type: string) => types[type] ?? `unmapped type "${type}"`;

/** PostgreSQL shows a default with its cast ('[]'::text) where SQLite shows it as written ('[]'). */
const normDefault = (value: string | null) => value?.replace(/::[a-z ]+$/, '') ?? null;
/** PostgreSQL parenthesises a predicate it prints back, with its casts: "(deleted_at IS NULL)", "status <> 'x'::text". */
const normPredicate = (predicate: string) => predicate.replace(/::[a-z ]+/g, '').replace(/[()]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const keyText = (columns: readonly string[], predicate: string | null) =>
  `(${columns.join(', ')})${predicate ? ` WHERE ${normPredicate(predicate)}` : ''}`;

/** The same description for SQLite's CHECK text and PostgreSQL's pg_get_constraintdef(). */
function describeCheck(expression: string): string {
  const json = /json_valid\((\w+)\)/.exec(expression);
  if (json) return `json_valid(${json[1]})`;
  const list = /(\w+) IN \(([^)]*)\)/.exec(expression) ?? /(\w+) = ANY \(ARRAY\[([^\]]*)\]\)/.exec(expression);
  if (list) return `${list[1]} IN (${[...list[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]).join(', ')})`;
  return `another CHECK on ${/[a-z_]\w*/i.exec(expression)?.[0]}`;
}

/** The CHECK expressions of a CREATE TABLE statement (SQLite keeps each table's, with its added columns). */
function sqliteCheckExpressions(createTable: string): string[] {
  const text = createTable.replace(/--.*$/gm, '');
  const found: string[] = [];
  const start = /\bCHECK\s*\(/gi;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    let depth = 1;
    let end = start.lastIndex;
    for (; depth > 0 && end < text.length; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
    found.push(text.slice(start.lastIndex, end - 1));
  }
  return found;
}

function sqliteSchema(db: Db): Map<string, TableShape> {
  const schema = new Map<string, TableShape>();
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name: table, sql } of tables) {
    const info = db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const indexList = db.pragma(`index_list(${table})`) as { name: string; unique: number; origin: string; partial: number }[];
    const indexColumns = (index: string) => (db.pragma(`index_info(${index})`) as { seqno: number; name: string }[]).sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
    // Only CREATE INDEX can make a partial index: its WHERE is in the statement SQLite keeps.
    const predicate = (index: string) => {
      const create = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) as { sql: string | null } | undefined)?.sql;
      return create ? (/\bWHERE\b([\s\S]*)$/i.exec(create)?.[1] ?? null) : null;
    };
    const foreignKeys = new Map<number, { table: string; from: string[]; to: string[]; onDelete: string; onUpdate: string }>();
    for (const fk of db.pragma(`foreign_key_list(${table})`) as { id: number; table: string; from: string; to: string; on_delete: string; on_update: string }[]) {
      const key = foreignKeys.get(fk.id) ?? { table: fk.table, from: [], to: [], onDelete: fk.on_delete, onUpdate: fk.on_update };
      key.from.push(fk.from);
      key.to.push(fk.to);
      foreignKeys.set(fk.id, key);
    }
    schema.set(table, {
      columns: info.map((c) => ({
        name: c.name,
        type: typeClass(SQLITE_TYPES, c.type),
        // PostgreSQL makes primary key columns NOT NULL; SQLite lets a non-INTEGER one hold NULL (a legacy quirk the
        // app never relies on: it always supplies ids).
        notNull: c.notnull === 1 || c.pk > 0,
        default: normDefault(c.dflt_value),
      })),
      primaryKey: info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      unique: indexList.filter((i) => i.unique && i.origin !== 'pk').map((i) => keyText(indexColumns(i.name), predicate(i.name))).sort(),
      foreignKeys: [...foreignKeys.values()].map((k) => `(${k.from.join(', ')}) -> ${k.table} (${k.to.join(', ')}) ON DELETE ${k.onDelete} ON UPDATE ${k.onUpdate}`).sort(),
      indexes: indexList
        .filter((i) => i.origin === 'c')
        .map((i) => `${i.name} ${i.unique ? 'UNIQUE ' : ''}${keyText(indexColumns(i.name), predicate(i.name))}`)
        .sort(),
      checks: sqliteCheckExpressions(sql).map(describeCheck).sort(),
    });
  }
  return schema;
}

const FK_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** The names of an index's or constraint's columns, in key order. */
const columnNames = (attnums: string, table: string) =>
  `ARRAY(SELECT a.attname::text FROM unnest(${attnums}) WITH ORDINALITY k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = ${table} AND a.attnum = k.attnum ORDER BY k.n)`;

async function postgresSchema(client: pg.ClientBase): Promise<Map<string, TableShape>> {
  const schema = new Map<string, TableShape>();
  const table = (name: string) => schema.get(name)!;
  const columns = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_version'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  for (const c of columns.rows) {
    if (!schema.has(c.table_name)) schema.set(c.table_name, { columns: [], primaryKey: [], unique: [], foreignKeys: [], indexes: [], checks: [] });
    table(c.table_name).columns.push({ name: c.column_name, type: typeClass(POSTGRES_TYPES, c.data_type), notNull: c.is_nullable === 'NO', default: normDefault(c.column_default) });
  }

  const indexes = await client.query<{ table: string; name: string; unique: boolean; primary: boolean; predicate: string | null; constraint: boolean; columns: string[] }>(
    `SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
            pg_get_expr(x.indpred, x.indrelid) AS predicate,
            EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u')) AS constraint,
            ${columnNames('x.indkey::int2[]', 'x.indrelid')} AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'schema_version'`,
  );
  for (const i of indexes.rows) {
    const shape = table(i.table);
    if (i.primary) shape.primaryKey = i.columns;
    else if (i.unique) shape.unique.push(keyText(i.columns, i.predicate));
    // An index no constraint made is one a CREATE INDEX made.
    if (!i.constraint) shape.indexes.push(`${i.name} ${i.unique ? 'UNIQUE ' : ''}${keyText(i.columns, i.predicate)}`);
  }

  const constraints = await client.query<{ table: string; type: string; definition: string; ref: string | null; on_delete: string; on_update: string; columns: string[]; ref_columns: string[] }>(
    `SELECT t.relname AS table, c.contype AS type, pg_get_constraintdef(c.oid) AS definition, r.relname AS ref,
            c.confdeltype AS on_delete, c.confupdtype AS on_update,
            ${columnNames('c.conkey', 'c.conrelid')} AS columns, ${columnNames('c.confkey', 'c.confrelid')} AS ref_columns
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class r ON r.oid = c.confrelid
     WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'schema_version' AND c.contype IN ('f', 'c')`,
  );
  for (const c of constraints.rows) {
    const shape = table(c.table);
    if (c.type === 'c') shape.checks.push(describeCheck(c.definition.replace(/^CHECK /, '')));
    else shape.foreignKeys.push(`(${c.columns.join(', ')}) -> ${c.ref} (${c.ref_columns.join(', ')}) ON DELETE ${FK_ACTIONS[c.on_delete]} ON UPDATE ${FK_ACTIONS[c.on_update]}`);
  }
  for (const shape of schema.values()) for (const list of [shape.unique, shape.foreignKeys, shape.indexes, shape.checks]) list.sort();
  return schema;
}

describe('the PostgreSQL schema', () => {
  it('is at the same version as the SQLite one', () => {
    expect(POSTGRES_MIGRATIONS.at(-1)?.version).toBe(MIGRATIONS.at(-1)?.version);
  });

  it('has the tables, columns, keys, indexes and CHECKs the SQLite migrations make', async () => {
    const sqlite = sqliteSchema(freshSqlite());
    const client = await freshPostgres('schema');
    await migratePostgres(client);
    const postgres = await postgresSchema(client);

    // Guards against a reader that finds nothing: then both sides would agree.
    expect([...sqlite.keys()]).toEqual(expect.arrayContaining(['vendors', 'screening_hits', 'reports', 'audit_events']));
    expect([...postgres.keys()].sort(), 'tables').toEqual([...sqlite.keys()].sort());
    for (const [name, expected] of sqlite) {
      const actual = postgres.get(name)!;
      expect(actual.columns.map((c) => c.name), `${name}: columns, in order`).toEqual(expected.columns.map((c) => c.name));
      expected.columns.forEach((column, i) => expect(actual.columns[i], `column ${name}.${column.name}`).toEqual(column));
      for (const aspect of ['primaryKey', 'unique', 'foreignKeys', 'indexes', 'checks'] as const) {
        expect(actual[aspect], `${name}: ${aspect}`).toEqual(expected[aspect]);
      }
    }
  });
});

// ---- The same statements on both engines ----

interface Engine {
  /** What the statement did, named alike for both engines: "ok", "check violation", "unique violation", "refused: <message>". */
  run(sql: string, params?: readonly unknown[]): Promise<string>;
  all(sql: string, params?: readonly unknown[]): Promise<unknown[]>;
}

function sqliteEngine(db: Db): Engine {
  const outcome = (err: unknown) => {
    const { code, message } = err as { code?: string; message: string };
    if (code === 'SQLITE_CONSTRAINT_CHECK') return 'check violation';
    if (code === 'SQLITE_CONSTRAINT_UNIQUE') return 'unique violation';
    if (code === 'SQLITE_CONSTRAINT_TRIGGER') return `refused: ${message}`;
    throw err;
  };
  return {
    async run(sql, params = []) {
      try {
        db.prepare(sql).run(...params);
        return 'ok';
      } catch (err) {
        return outcome(err);
      }
    },
    all: async (sql, params = []) => db.prepare(sql).all(...params),
  };
}

function postgresEngine(client: pg.ClientBase): Engine {
  // The same SQL, with PostgreSQL's numbered placeholders.
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  const outcome = (err: unknown) => {
    const { code, message } = err as { code?: string; message: string };
    if (code === '23514') return 'check violation';
    if (code === '23505') return 'unique violation';
    if (code === 'P0001') return `refused: ${message}`;
    throw err;
  };
  return {
    async run(sql, params = []) {
      try {
        await client.query(numbered(sql), [...params]);
        return 'ok';
      } catch (err) {
        return outcome(err);
      }
    },
    all: async (sql, params = []) => (await client.query(numbered(sql), [...params])).rows,
  };
}

describe('the same statements on SQLite and PostgreSQL', () => {
  let engines: { sqlite: Engine; postgres: Engine };
  beforeAll(async () => {
    const client = await freshPostgres('behaviour');
    await migratePostgres(client);
    engines = { sqlite: sqliteEngine(freshSqlite()), postgres: postgresEngine(client) };
  });

  /** Runs a statement on each engine: what each did. */
  async function onBoth(sql: string, params: readonly unknown[] = []): Promise<{ sqlite: string; postgres: string }> {
    return { sqlite: await engines.sqlite.run(sql, params), postgres: await engines.postgres.run(sql, params) };
  }
  const both = (outcome: string) => ({ sqlite: outcome, postgres: outcome });

  const AT = '2025-01-31T00:00:00.000Z';
  const vendor = (id: string, norm: string, opts: { otherNames?: string; criticality?: string; deletedAt?: string } = {}) =>
    onBoth('INSERT INTO vendors (id, legal_name, norm_name, other_names, criticality, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      id,
      `${norm} Ltd`,
      norm,
      opts.otherNames ?? '[]',
      opts.criticality ?? null,
      AT,
      AT,
      opts.deletedAt ?? null,
    ]);

  it('refuses text that is not JSON in a JSON column', async () => {
    expect(await vendor('json-1', 'json one', { otherNames: '[{"name": "Acme", "weights": [1, 2.5e3, null, true]}]' })).toEqual(both('ok'));
    for (const [i, bad] of ['not json', '', '["unclosed"', "{'single': 1}"].entries()) {
      expect(await vendor(`json-bad-${i}`, `json bad ${i}`, { otherNames: bad }), bad).toEqual(both('check violation'));
    }
  });

  it('refuses a value outside an enum CHECK, including the rebuilt hit routes and an added column', async () => {
    expect(await vendor('enum-1', 'enum one', { criticality: 'critical' })).toEqual(both('ok'));
    expect(await vendor('enum-2', 'enum two', { criticality: 'extreme' })).toEqual(both('check violation'));

    const version = (id: string, state: string) =>
      onBoth(
        `INSERT INTO list_versions (id, list_key, list_name, publisher, format, sha256, files, entry_count, counts, warnings, imported_at, imported_by, state)
         VALUES (?, 'ofac-sdn', 'SDN', 'OFAC', 'csv', ?, '[]', 0, '{}', '[]', ?, 'tester', ?)`,
        [id, `sha-${id}`, AT, state],
      );
    expect(await version('lv-1', 'staged')).toEqual(both('ok'));
    expect(await version('lv-2', 'half-done')).toEqual(both('check violation'));

    const hit = (id: string, via: string) =>
      onBoth(
        `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at)
         VALUES (?, 'enum-1', 'ofac-sdn', ?, 'lv-1', 'fp', 'ENUM ONE', 'Enum One', 'SDN', ?, 0.9, 'match', '{}', ?)`,
        [id, `entry-${id}`, via, AT],
      );
    expect(await hit('hit-1', 'list-link')).toEqual(both('ok'));
    expect(await hit('hit-2', 'identifier')).toEqual(both('ok'));
    expect(await hit('hit-3', 'cousin')).toEqual(both('check violation'));
  });

  it('refuses to change or delete a report, with the same message, and keeps it', async () => {
    const pdf = Buffer.from('%PDF-1.7 test');
    const insert = (id: string, kind: string) =>
      onBoth(
        `INSERT INTO reports (id, kind, vendor_id, subject, generated_at, generated_by, model, model_sha256, pdf, pdf_sha256, pdf_bytes)
         VALUES (?, ?, NULL, 'Portfolio', ?, 'tester', '{}', 'model-sha', ?, 'pdf-sha', ?)`,
        [id, kind, AT, pdf, pdf.length],
      );
    expect(await insert('report-1', 'portfolio')).toEqual(both('ok'));
    expect(await insert('report-2', 'weekly')).toEqual(both('check violation'));

    expect(await onBoth('UPDATE reports SET score = 0 WHERE id = ?', ['report-1'])).toEqual(both('refused: Reports cannot be changed'));
    expect(await onBoth('DELETE FROM reports WHERE id = ?', ['report-1'])).toEqual(both('refused: Reports cannot be deleted'));
    // PostgreSQL alone has TRUNCATE, which skips row triggers: it is refused too (with the sign-offs that refer to
    // reports, which a TRUNCATE must take along).
    expect(await engines.postgres.run('TRUNCATE reports, report_signoffs')).toBe('refused: Reports cannot be deleted');
    for (const engine of Object.values(engines)) {
      expect(await engine.all('SELECT id, score, pdf FROM reports')).toEqual([{ id: 'report-1', score: null, pdf }]);
    }
  });

  it('allows one live vendor per normalised name, and any number of deleted ones', async () => {
    expect(await vendor('live-1', 'northwind')).toEqual(both('ok'));
    expect(await vendor('live-2', 'northwind')).toEqual(both('unique violation'));
    expect(await vendor('deleted-1', 'northwind', { deletedAt: AT })).toEqual(both('ok'));
    expect(await vendor('deleted-2', 'northwind', { deletedAt: AT })).toEqual(both('ok'));
    // Once the live one is deleted, the name is free again.
    expect(await onBoth('UPDATE vendors SET deleted_at = ? WHERE id = ?', [AT, 'live-1'])).toEqual(both('ok'));
    expect(await vendor('live-2', 'northwind')).toEqual(both('ok'));
  });

  it('moves the vendors change counter with every insert, update and delete, and not with a refused one; stamps the vendor with it', async () => {
    const counters = async () => {
      // pg answers a bigint as text.
      const read = async (engine: Engine) => Number(((await engine.all("SELECT version FROM change_counters WHERE area = 'vendors'")) as { version: number | string }[])[0]!.version);
      return { sqlite: await read(engines.sqlite), postgres: await read(engines.postgres) };
    };
    const moved = async (change: () => Promise<unknown>) => {
      const before = await counters();
      await change();
      const after = await counters();
      return { sqlite: after.sqlite - before.sqlite, postgres: after.postgres - before.postgres };
    };
    // The vendor a change counted carries the counter's new value (migration 25), kept after the row is gone.
    const stamp = async (id: string) => {
      const read = async (engine: Engine) => Number(((await engine.all('SELECT version FROM vendor_changes WHERE vendor_id = ?', [id])) as { version: number | string }[])[0]?.version);
      return { sqlite: await read(engines.sqlite), postgres: await read(engines.postgres) };
    };
    expect(await moved(() => vendor('counted-1', 'counted one'))).toEqual({ sqlite: 1, postgres: 1 });
    expect(await stamp('counted-1')).toEqual(await counters());
    expect(await moved(() => onBoth('UPDATE vendors SET website = ? WHERE id = ?', ['https://example.com', 'counted-1']))).toEqual({ sqlite: 1, postgres: 1 });
    expect(await stamp('counted-1')).toEqual(await counters());
    expect(await moved(() => onBoth('DELETE FROM vendors WHERE id = ?', ['counted-1']))).toEqual({ sqlite: 1, postgres: 1 });
    expect(await stamp('counted-1')).toEqual(await counters());
    expect(await moved(() => vendor('counted-2', 'counted two', { criticality: 'extreme' }))).toEqual({ sqlite: 0, postgres: 0 });
    expect(await stamp('counted-2')).toEqual({ sqlite: Number.NaN, postgres: Number.NaN });
  });
});

describe('migratePostgres', () => {
  const tables = async (client: pg.ClientBase) =>
    (await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.name);
  const version = async (client: pg.ClientBase) => (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows;
  const latest = POSTGRES_MIGRATIONS.at(-1)!.version;

  it('applies nothing the second time', async () => {
    const client = await freshPostgres('migrate_twice');
    expect(await migratePostgres(client)).toBe(latest);
    await client.query("INSERT INTO settings (key, value) VALUES ('user', 'tester')");
    // Applying the baseline again would fail: its tables exist.
    expect(await migratePostgres(client)).toBe(latest);
    expect(await version(client)).toEqual([{ version: latest }]);
    expect((await client.query('SELECT key, value FROM settings')).rows).toEqual([{ key: 'user', value: 'tester' }]);
  });

  it('applies each migration once when two apps migrate an empty workspace at once', async () => {
    const url = await server.createDatabase('migrate_race');
    const [a, b] = await Promise.all([server.connect(url), server.connect(url)]);
    expect(await Promise.all([migratePostgres(a!), migratePostgres(b!)])).toEqual([latest, latest]);
    expect(await version(a!)).toEqual([{ version: latest }]);
  });

  it('applies a later migration, and rolls back one that fails, version and all', async () => {
    const client = await freshPostgres('migrate_later');
    await migratePostgres(client);
    const failing = [...POSTGRES_MIGRATIONS, { version: latest + 1, name: 'failing', sql: 'CREATE TABLE half_done (id text); SELECT * FROM no_such_table;' }];
    await expect(migratePostgres(client, failing)).rejects.toThrow(/no_such_table/);
    expect(await version(client)).toEqual([{ version: latest }]);
    expect(await tables(client)).not.toContain('half_done');

    const later = [...POSTGRES_MIGRATIONS, { version: latest + 1, name: 'later', sql: 'CREATE TABLE later_feature (id text PRIMARY KEY);' }];
    expect(await migratePostgres(client, later)).toBe(latest + 1);
    expect(await tables(client)).toContain('later_feature');
  });

  it('refuses a workspace a newer Vetter migrated, changing nothing', async () => {
    const client = await freshPostgres('migrate_newer');
    const newer = [...POSTGRES_MIGRATIONS, { version: latest + 1, name: 'later', sql: 'CREATE TABLE later_feature (id text PRIMARY KEY);' }];
    await migratePostgres(client, newer);
    const before = { tables: await tables(client), version: await version(client) };

    const refusal = migratePostgres(client);
    await expect(refusal).rejects.toBeInstanceOf(VetterError);
    await expect(refusal).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(new RegExp(`newer version of Vetter \\(data format ${latest + 1}; this version reads up to ${latest}\\).*Nothing has been changed`)),
    });
    expect({ tables: await tables(client), version: await version(client) }).toEqual(before);
  });
});
