// A data folder: the SQLite workspace of one person (vetter.db, its backups/ and the evidence/ copies), opened as the
// app always has: migrated (a backup first) unless opened for reading only, one writing connection and one reading.
// Who acts is the operating system's account, holding every role: nobody types themselves into someone else (a name
// typed in Settings is a label shown beside it, settings/settings.ts).
import os from 'node:os';
import { folderEvidence } from '../assessment/evidence-content';
import { connect, type Db, openDatabase, openForReading, schemaVersion } from '../db/open';
import { SqliteStore } from '../db/sqlite-store';
import { WriteQueue } from '../db/write-queue';
import type { Workspace } from './model';
import { type Access, ONE_USER } from './roles';

export interface FolderWorkspace extends Workspace {
  readonly engine: 'sqlite';
  readonly dataDir: string;
  /** The writing connection (tests look at the file through it). */
  readonly db: Db;
}

export interface FolderOptions {
  readOnly?: boolean;
  /** Who acts, instead of the operating system's account (tests). */
  account?: string;
  /** What they may do, instead of the one user's every role (tests of a shared workspace's rules). */
  access?: () => Promise<Access>;
}

export function openFolderWorkspace(dataDir: string, options: FolderOptions = {}): FolderWorkspace {
  const readOnly = options.readOnly === true;
  const db = readOnly ? openForReading(dataDir) : openDatabase(dataDir);
  // Only reads reach a read-only core, so its one connection serves as the reading side too.
  const reader = readOnly ? db : connect(dataDir, { readonly: true });
  return {
    engine: 'sqlite',
    dataDir,
    db,
    address: dataDir,
    readOnly,
    store: new SqliteStore(db, reader, new WriteQueue()),
    schemaVersion: schemaVersion(db),
    identity: { login: options.account ?? osAccount(), access: options.access ?? (async () => ONE_USER) },
    evidence: folderEvidence(dataDir),
    forWorkers: { engine: 'sqlite', dataDir },
    async close() {
      // Everything written is first moved from the write-ahead log into vetter.db itself, so that a copy of that one
      // file (a backup, a move) holds it all, whatever the worker threads' connections leave behind. Done at once,
      // before the first await: a quitting app may not wait.
      if (!readOnly && db.open) db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      if (reader !== db) reader.close();
    },
  };
}

/** The operating system's account name. */
export function osAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}
