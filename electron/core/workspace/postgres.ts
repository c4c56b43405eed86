// A team workspace: a PostgreSQL database the company runs. Opening it connects (connection.ts), brings its schema up
// to date when the login may (or, opened for reading only, refuses a schema not at this Vetter's version), and reads
// who the login is: session_user, which the server authenticated; its roles (db/postgres/grants.ts) are asked again at
// each request. Evidence is kept in the database; other apps' changes are heard through LISTEN/NOTIFY.
import { databaseEvidence } from '../assessment/evidence-content';
import { loginName, postgresLogin } from '../db/postgres/grants';
import { PostgresStore } from '../db/postgres/store';
import { readOnlyStore, type Store } from '../db/store';
import { postgresChanges } from './changes';
import { postgresConnection } from './connection';
import { withoutPassword } from './location';
import type { Workspace, WorkerWorkspace } from './model';

export async function openPostgresWorkspace(url: string, options: { readOnly?: boolean } = {}): Promise<Workspace> {
  const readOnly = options.readOnly === true;
  const config = postgresConnection(url);
  const store = new PostgresStore(config);
  try {
    const schemaVersion = readOnly ? await store.readableVersion() : await store.migrate();
    const { login } = await postgresLogin(store.read);
    const address = withoutPassword(url);
    const password = new URL(url).password;
    return {
      engine: 'postgres',
      address,
      readOnly,
      store,
      schemaVersion,
      identity: { login, access: async () => (await postgresLogin(store.read)).access, givenName: (of = login) => loginName(store.read, of) },
      evidence: databaseEvidence,
      forWorkers: { engine: 'postgres', url: address, ...(password ? { password: decodeURIComponent(password) } : {}) },
      changes: readOnly ? undefined : postgresChanges(store, config),
      close: () => store.close(),
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** A worker thread's read-only store on the workspace, with a small pool of its own. */
export function postgresWorkerStore(workspace: Extract<WorkerWorkspace, { engine: 'postgres' }>): Store {
  const store = new PostgresStore({ ...postgresConnection(workspace.url), ...(workspace.password ? { password: workspace.password } : {}), max: 2 });
  return readOnlyStore(store.read, (work) => store.snapshot(work));
}
