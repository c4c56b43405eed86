// Brings a PostgreSQL workspace's schema up to date. The version lives in a one-row table, schema_version (SQLite
// keeps it in PRAGMA user_version).
import type pg from 'pg';
import { VetterError } from '../../errors';
import type { Migration } from '../migrations';
import { POSTGRES_MIGRATIONS } from './migrations';

/** Held while migrating, so two apps opening the same workspace at once apply each migration once. Any fixed key. */
const MIGRATION_LOCK = 5_161_723_043;

/** The workspace's schema version, read without a lock or a write (0: no Vetter schema in the database yet). */
export async function postgresSchemaVersion(client: pg.ClientBase): Promise<number> {
  // Two statements: a statement naming a table that does not exist fails, whatever its CASE says.
  const exists = (await client.query<{ exists: boolean }>("SELECT to_regclass('schema_version') IS NOT NULL AS exists")).rows[0]?.exists;
  if (!exists) return 0;
  return (await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version')).rows[0]?.version ?? 0;
}

/**
 * The version of a workspace opened for reading only (the CLI's `screen`), which must be this Vetter's own: bringing it
 * up to date would write. Anything else is refused, changing nothing.
 */
export async function readablePostgresVersion(client: pg.ClientBase, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number> {
  const current = await postgresSchemaVersion(client);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw newerWorkspace(current, latest);
  if (current === 0) throw new VetterError('not_found', 'This database holds no Vetter workspace yet: open it once with Vetter to create one. Nothing has been changed.');
  if (current < latest) {
    throw new VetterError('conflict', 'This workspace was saved by an older version of Vetter: open it with this version once to bring it up to date. Nothing has been changed.');
  }
  return current;
}

const newerWorkspace = (current: number, latest: number) =>
  new VetterError(
    'conflict',
    `This workspace was saved by a newer version of Vetter (data format ${current}; this version reads up to ${latest}). Install the newer Vetter to open it. Nothing has been changed.`,
  );

/**
 * Applies the migrations newer than the workspace's version, each with its version bump in one transaction, and
 * returns the version. A workspace saved by a newer Vetter is refused with nothing changed.
 */
export async function migratePostgres(client: pg.ClientBase, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  for (;;) {
    // READ COMMITTED whatever the server's default, so the version read after the lock sees what the app that held
    // it committed meanwhile.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    try {
      // Taken before the version is read: another app may have migrated while this one waited for it.
      await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      // Looked up rather than created if missing: a login that may not create tables (any but the owner) opens too.
      const made = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_class WHERE oid = to_regclass('schema_version')")).rows[0]?.n === 1;
      if (!made) await client.query('CREATE TABLE schema_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)');
      const current = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]?.version ?? 0;
      if (current > latest) throw newerWorkspace(current, latest);
      const next = migrations.find((m) => m.version > current);
      if (!next) {
        await client.query('COMMIT');
        return current;
      }
      if (!(await ownsSchema(client))) {
        throw new VetterError(
          'conflict',
          `This workspace is in an older data format (${current}; this version of Vetter uses ${latest}): its owner brings it up to date ` +
            'with "vetter workspace init". Nothing has been changed.',
        );
      }
      await client.query(next.sql);
      await client.query(
        'INSERT INTO schema_version (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = excluded.version',
        [next.version],
      );
      await client.query('COMMIT');
    } catch (err) {
      // A failed ROLLBACK (a lost connection) would hide the error that says what went wrong.
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }
}

/** Whether the session may change the schema: its user is (a member of) the owner of the workspace's tables. */
async function ownsSchema(client: pg.ClientBase): Promise<boolean> {
  const sql = "SELECT count(*)::int AS n FROM pg_class WHERE oid = 'schema_version'::regclass AND pg_has_role(current_user, relowner, 'USAGE')";
  return (await client.query<{ n: number }>(sql)).rows[0]?.n === 1;
}
