// A team workspace: a PostgreSQL database the company runs. Opening it connects (connection.ts), brings its schema up
// to date when the login may (or, opened for reading only, refuses a schema not at this Vetter's version), and reads
// who the login is: session_user, which the server authenticated; its roles (db/postgres/grants.ts) are asked again
// after a few seconds (accessOf). Evidence is kept in the database; other apps' changes are heard through LISTEN/NOTIFY.
import { databaseEvidence } from '../assessment/evidence-content';
import { loginName, postgresLogin } from '../db/postgres/grants';
import { PostgresStore } from '../db/postgres/store';
import { readOnlyStore, type Sql, type Store } from '../db/store';
import { postgresChanges } from './changes';
import { postgresConnection } from './connection';
import { withoutPassword } from './location';
import type { Identity, Workspace, WorkerWorkspace } from './model';

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
      identity: { login, access: accessOf(store.read), givenName: (of = login) => loginName(store.read, of) },
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

/**
 * How long the login's roles are taken as read: asked at every request, they were a query each, reads too. A role
 * granted meanwhile counts at once (a request the roles held would refuse asks afresh first: service.ts); one revoked
 * counts in the app within this long, and PostgreSQL's own grants refuse the revoked role's writes at once.
 */
const ACCESS_FOR_MS = 5_000;

function accessOf(read: Sql): Identity['access'] {
  let held: { at: number; access: ReturnType<Identity['access']> } | null = null;
  return ({ fresh = false } = {}) => {
    if (fresh || !held || Date.now() - held.at > ACCESS_FOR_MS) {
      const access = postgresLogin(read).then((login) => login.access);
      const asked = { at: Date.now(), access };
      held = asked;
      // A failed answer (the server out of reach) is not kept: the next request asks again.
      access.catch(() => {
        if (held === asked) held = null;
      });
    }
    return held.access;
  };
}
