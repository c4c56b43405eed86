// Brings a PostgreSQL workspace's schema up to date. The version lives in a one-row table, schema_version (SQLite
// keeps it in PRAGMA user_version).
import type pg from 'pg';
import { VetterError } from '../../errors';
import type { Migration } from '../migrations';
import { POSTGRES_MIGRATIONS } from './migrations';

/** Held while migrating, so two apps opening the same workspace at once apply each migration once. Any fixed key. */
const MIGRATION_LOCK = 5_161_723_043;

/** SQLSTATE: the login lacks a privilege the statement needs. */
const INSUFFICIENT_PRIVILEGE = '42501';

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
 * returns the version. A workspace saved by a newer Vetter is refused with nothing changed. One already up to date is
 * only read: a login that may not change the schema opens it all the same; one that is not, by such a login, is
 * refused saying who may bring it up to date.
 */
export async function migratePostgres(client: pg.ClientBase, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  if ((await postgresSchemaVersion(client)) === latest) return latest;
  for (;;) {
    // READ COMMITTED whatever the server's default, so the version read after the lock sees what the app that held
    // it committed meanwhile.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    try {
      // Taken before the version is read: another app may have migrated while this one waited for it.
      await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)');
      const current = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]?.version ?? 0;
      if (current > latest) throw newerWorkspace(current, latest);
      const next = migrations.find((m) => m.version > current);
      if (!next) {
        await client.query('COMMIT');
        return current;
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
      if ((err as { code?: string }).code === INSUFFICIENT_PRIVILEGE) {
        throw new VetterError(
          'conflict',
          `This workspace's data format is older than this version of Vetter's (${latest}), and your login may not bring it up to date: ` +
            "its owner opens it once with this version (or runs vetter workspace init). Nothing has been changed.",
        );
      }
      throw err;
    }
  }
}
