// A workspace: where Vetter's data is, opened. Either a data folder (SQLite, one person: folder.ts) or a PostgreSQL
// database (a team: postgres.ts); the core (service.ts) runs on either the same way, through what is named here.
import type { EvidenceContent } from '../assessment/evidence-content';
import type { DataChange } from '../data-areas';
import type { Store } from '../db/store';
import type { Access } from './roles';

/** Where a workspace is, as hosts are told it (location.ts). */
export type WorkspaceLocation = { engine: 'sqlite'; dataDir: string } | { engine: 'postgres'; url: string };

/**
 * What a worker thread is given to open its own read-only store on the same workspace (worker-store.ts): the data
 * folder, or the database's address without its password. `password` only when the address the host was given carried
 * one: otherwise the thread, like the core, finds it in PGPASSWORD or the password file itself.
 */
export type WorkerWorkspace = { engine: 'sqlite'; dataDir: string } | { engine: 'postgres'; url: string; password?: string };

/** Who acts: recorded in the audit log as `login`. */
export interface Identity {
  /** The database login (PostgreSQL's session_user), or the operating system's account in a data folder. */
  login: string;
  /**
   * What the login may do (workspace/roles.ts), asked at each request: a team workspace's grants change as it runs.
   * A team workspace takes the answer as read for a few seconds (workspace/postgres.ts); `fresh` asks the server.
   */
  access(options?: { fresh?: boolean }): Promise<Access>;
  /**
   * The name a team workspace's administrators gave a login (its role's comment; `login` by default), null when none.
   * A data folder has none: its one user names themselves in Settings.
   */
  givenName?(login?: string): Promise<string | null>;
}

/** Other apps' changes on a shared workspace, and this app's for them (PostgreSQL's LISTEN/NOTIFY: changes.ts). */
export interface WorkspaceChanges {
  /** Tells every other app on the workspace what a write of this one changed. */
  publish(change: DataChange): Promise<void>;
  /** Hears every other app's changes until the returned function is called. */
  listen(changed: (change: DataChange) => void): () => void;
}

export interface Workspace {
  readonly engine: WorkspaceLocation['engine'];
  /** Where it is, for people (app.info, messages): the data folder, or the database's address without a password. */
  readonly address: string;
  /** Opened for reading only (the CLI's `screen`): the core serves reads alone. */
  readonly readOnly: boolean;
  readonly store: Store;
  /** Its schema version (app.info). */
  readonly schemaVersion: number;
  readonly identity: Identity;
  /** Where evidence files' content is kept. */
  readonly evidence: EvidenceContent;
  readonly forWorkers: WorkerWorkspace;
  /** Only where several apps share the workspace. */
  readonly changes?: WorkspaceChanges;
  close(): Promise<void>;
}
