// Opens the SQLite database of a data directory and brings its schema up to date.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { VetterError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export const DB_FILE = 'vetter.db';

export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const db = new Database(file);
  try {
    refuseNewer(db, migrations);
    db.pragma('journal_mode = WAL');
    // FULL: a change the user saw saved survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, dataDir, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * The data folder's database for a core that only reads (the CLI's `screen`), creating and migrating nothing: a folder
 * without a database reads as an empty one, made in memory, so the folder is not even created. The file is opened
 * for writing all the same: SQLite's last connection to close then removes the -wal and -shm files it made, where a
 * read-only one would leave them behind.
 */
export function openForReading(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const file = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(file)) {
    const db = new Database(':memory:');
    migrate(db, dataDir, migrations);
    return db;
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    refuseNewer(db, migrations);
    if (schemaVersion(db) < (migrations.at(-1)?.version ?? 0)) {
      throw new VetterError('conflict', 'This data was saved by an older version of Vetter: open it with this version once to bring it up to date. Nothing has been changed.');
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Another connection to a database openDatabase has already brought up to date. The core reads through a read-only
 * one, so reads see committed data only and never wait behind a write that spans event-loop turns (an import);
 * worker threads get their own, and may wait long for the write lock, since nobody waits on their thread.
 */
export function connect(dataDir: string, opts: { readonly: boolean; busyTimeoutMs?: number }): Db {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: opts.readonly, fileMustExist: true });
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  if (!opts.readonly) {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Checked before anything is written, so a newer database is left exactly as it was. */
function refuseNewer(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new VetterError(
      'conflict',
      `This data was saved by a newer version of Vetter (data format ${current}; this version reads up to ${latest}). ` +
        'Install the newer Vetter to open it. Nothing has been changed.',
    );
  }
}

function migrate(db: Db, dataDir: string, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) backupBeforeMigrating(db, dataDir, current, latest);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** A full copy of the database as it was, kept in backups/ before any migration touches it. */
function backupBeforeMigrating(db: Db, dataDir: string, from: number, to: number): string {
  const dir = path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `vetter-v${from}-before-v${to}-${stamp}.db`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection: hot paths (imports, audit) run the same SQL thousands of times. */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
