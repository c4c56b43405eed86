// The commands of a team workspace itself (PostgreSQL): set it up, grant roles, list who may do what. They speak to
// the database directly, not through the core: users and roles are the database's own (db/postgres/grants.ts). The
// address is read as every workspace's is (workspace/connection.ts: TLS, the password file).
import { VetterError } from './core/errors';
import { grantRole, initWorkspace, postgresLogin, workspaceUsers } from './core/db/postgres/grants';
import { openPostgresStore, type PostgresStore } from './core/db/postgres/store';
import { requireRole } from './core/permissions';
import { postgresConnection } from './core/workspace/connection';
import { described, pushDataFolder } from './core/workspace/push';
import { ROLES, roleNamed } from './core/workspace/roles';

interface Io {
  out(text: string): void;
}

/** `vetter workspace init`: run by the workspace's owner; again, it changes nothing. */
export async function init(io: Io, url: string): Promise<number> {
  const version = await initWorkspace(postgresConnection(url));
  io.out(`Workspace ready (data format ${version}): roles ${ROLES.join(', ')} and their grants are in place.`);
  return 0;
}

/** `vetter workspace users --format json`: every login holding a Vetter role. */
export async function users(io: Io, url: string): Promise<number> {
  return withStore(url, async (store) => {
    io.out(JSON.stringify(await workspaceUsers(store.read), null, 2));
    return 0;
  });
}

/** `vetter workspace grant LOGIN ROLE`: an admin's, audited. */
export async function grant(io: Io, url: string, login: string, roleName: string): Promise<number> {
  const role = roleNamed(roleName);
  if (!role) throw new VetterError('invalid_input', `${roleName} is not a Vetter role: ${ROLES.join(', ')}.`);
  return withStore(url, async (store) => {
    const me = await postgresLogin(store.read);
    requireRole(me.login, me.access, { role: 'vetter_admin', action: 'granting roles' });
    await grantRole(store, login, role, me.login);
    io.out(`Granted ${role} to ${login}.`);
    return 0;
  });
}

/** `vetter workspace push --data-dir DIR --workspace URL`: the owner's, into an empty workspace; the folder stays as it was. */
export async function push(io: Io, dataDir: string, url: string): Promise<number> {
  const { rows, target } = await pushDataFolder(dataDir, postgresConnection(url));
  io.out(`Pushed ${described(rows)} from ${dataDir} to ${target}. The data folder is left as it was: delete it once you have checked the team workspace.`);
  return 0;
}

async function withStore<T>(url: string, work: (store: PostgresStore) => Promise<T>): Promise<T> {
  const store = await openPostgresStore(postgresConnection(url));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
