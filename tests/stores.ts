// The store on each engine, for tests that must hold on both: a fresh, migrated workspace per open(), all closed and
// removed by close().
import fs from 'node:fs';
import { databaseEvidence, type EvidenceContent, folderEvidence } from '../electron/core/assessment/evidence-content';
import { connect, type Db, openDatabase } from '../electron/core/db/open';
import { initWorkspace } from '../electron/core/db/postgres/grants';
import { openPostgresStore, type PostgresStore } from '../electron/core/db/postgres/store';
import { SqliteStore } from '../electron/core/db/sqlite-store';
import type { Store } from '../electron/core/db/store';
import { WriteQueue } from '../electron/core/db/write-queue';
import { tempDir } from './helpers';
import { afterAll, beforeAll } from 'vitest';
import { type PostgresServer, startPostgres } from './postgres-server';

export interface Workspace {
  store: Store;
  /** A folder of its own, for the files a test writes (and a data folder's evidence copies). */
  dataDir: string;
  /** Where the workspace keeps evidence: a data folder's evidence/, a team workspace's database. */
  evidence: EvidenceContent;
  /**
   * Another writer on the same workspace. SQLite: a store over the same writing connection and write queue (one app:
   * SQLite has one writer). PostgreSQL: a pool and queue of its own, as another app on the same workspace.
   */
  another(): Promise<Store>;
}

export interface Engine {
  name: string;
  open(): Promise<Workspace>;
  close(): Promise<void>;
}

export function sqliteEngine(): Engine {
  const opened: { dir: string; dbs: Db[] }[] = [];
  return {
    name: 'SQLite',
    async open() {
      const dir = tempDir();
      const db = openDatabase(dir);
      const dbs = [db];
      opened.push({ dir, dbs });
      const writes = new WriteQueue();
      const store = () => {
        const reader = connect(dir, { readonly: true });
        dbs.push(reader);
        return new SqliteStore(db, reader, writes);
      };
      return { store: store(), dataDir: dir, evidence: folderEvidence(dir), another: async () => store() };
    },
    async close() {
      for (const { dir, dbs } of opened.splice(0)) {
        for (const db of dbs.reverse()) db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * New workspace databases on `server`, by address, as `vetter workspace init` leaves them (the schema, the roles and
 * their grants): each a copy of one database set up once (copying is quicker than migrating).
 */
export async function postgresDatabases(server: PostgresServer, prefix: string): Promise<() => Promise<string>> {
  const template = `${prefix}_template`;
  await initWorkspace(await server.createDatabase(template));
  let databases = 0;
  return () => server.createDatabase(`${prefix}_${++databases}`, template);
}

/** Stores on workspaces of `server` (postgresDatabases). */
export async function postgresEngine(server: PostgresServer, prefix: string): Promise<Engine> {
  const newDatabase = await postgresDatabases(server, prefix);
  const stores: PostgresStore[] = [];
  const dirs: string[] = [];
  const open = async (url: string) => {
    const store = await openPostgresStore(url);
    stores.push(store);
    return store;
  };
  return {
    name: 'PostgreSQL',
    async open() {
      const url = await newDatabase();
      const dataDir = tempDir();
      dirs.push(dataDir);
      return { store: await open(url), dataDir, evidence: databaseEvidence, another: () => open(url) };
    },
    async close() {
      await Promise.all(stores.splice(0).map((s) => s.close()));
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Both engines for one test file: SQLite, and PostgreSQL on a server started before the file's tests and stopped
 * after them (with every workspace opened on either). `prefix` names the file's databases.
 */
export function bothEngines(prefix: string) {
  const sqlite = sqliteEngine();
  let server: PostgresServer | undefined;
  let postgresWorkspaces: Engine | undefined;
  beforeAll(async () => {
    server = await startPostgres();
    postgresWorkspaces = await postgresEngine(server, prefix);
  }, 240_000);
  afterAll(async () => {
    await sqlite.close();
    await postgresWorkspaces?.close();
    await server?.stop();
  }, 180_000);
  const postgres = { open: () => postgresWorkspaces!.open() };
  return {
    server: (): PostgresServer => server!,
    postgres,
    engines: [
      { name: 'SQLite', open: () => sqlite.open() },
      { name: 'PostgreSQL', open: () => postgres.open() },
    ],
  };
}
