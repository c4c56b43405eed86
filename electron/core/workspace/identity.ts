// Who acts. Nobody types themselves into someone else: in a team workspace the database login is the identity (the
// server authenticated it), in a data folder the operating system's account. A name typed in Settings is a label shown
// beside it (settings/settings.ts), never what the audit log records.
import os from 'node:os';
import type { Sql } from '../db/store';
import type { Identity } from './model';

/** Vetter's roles, as PostgreSQL roles named vetter_<role> (workspace roles are made by `vetter workspace init`). */
export const ROLES = ['reader', 'analyst', 'approver', 'admin'] as const;

/** The one user of a data folder holds every role. */
export function accountIdentity(account = osAccount()): Identity {
  return { login: account, roles: ['admin'] };
}

/** The operating system's account name. */
export function osAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/**
 * The session's login and the Vetter roles it is a member of (directly or through other roles). A database where no
 * vetter_ role exists has no roles set up yet: nothing there limits a login, which then acts as an admin, as the one
 * user of a data folder does.
 */
export async function databaseIdentity(sql: Sql): Promise<Identity> {
  const names = ROLES.map((r) => `vetter_${r}`);
  const [login, held] = await Promise.all([
    sql.get<{ login: string }>('SELECT session_user AS login'),
    sql.all<{ role: string; member: number }>(
      `SELECT rolname AS role, pg_has_role(session_user, oid, 'MEMBER') AS member FROM pg_roles WHERE rolname IN (${names.map(() => '?').join(', ')})`,
      names,
    ),
  ]);
  const roles = held.length === 0 ? ['admin'] : ROLES.filter((r) => held.some((h) => h.role === `vetter_${r}` && h.member === 1));
  return { login: login!.login, roles };
}
