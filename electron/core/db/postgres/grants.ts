// The roles of a team workspace in PostgreSQL (workspace/roles.ts names them), and what each may do to each table:
// made by `vetter workspace init`, which the workspace's owner runs. Every role reads every table; the writing roles
// write only the tables their work needs, and nobody may change or remove an audit event, a report or a preparer.
// What a grant cannot say (only an approver approves, nobody approves what they prepared, a blocking match is
// dismissed by two people, each in their own name) the triggers of migration 16 check, by login.
import pg from 'pg';
import { appendEvents } from '../../audit/log';
import { VetterError } from '../../errors';
import { type Access, INCLUDED, type Role, ROLES } from '../../workspace/roles';
import type { Sql, Store } from '../store';
import { migratePostgres } from './migrate';
import type { PostgresConfig } from './store';

/** What every writer keeps with its change: the audit log (an event appended, its head moved) and score snapshots. */
const RECORDS = { audit_events: 'INSERT', audit_head: 'INSERT, UPDATE', score_snapshots: 'INSERT' };
/** A screening's outcome: analysts screen, and an admin's list import screens again. */
const SCREENING = { screening_hits: 'INSERT, UPDATE', vendor_screening: 'INSERT, UPDATE', screening_runs: 'INSERT' };

/**
 * What each role may write beyond reading, table by table. An approver writes what an analyst writes: approving is an
 * update of `assessments` that migration 16's trigger allows approvers only, and accepting a risk an update of `findings`
 * that migration 21's trigger allows approvers only. No role may delete but an admin, and only
 * what a list or ownership import replaces; vendors and allegations are deleted by marking them.
 */
export const WRITES: { readonly [R in Role]: Readonly<Record<string, string>> } = {
  // A reader's own saved views (row-level security keeps each login to its own: migration 28), with their audit events.
  vetter_reader: { saved_views: 'INSERT, UPDATE', audit_events: 'INSERT', audit_head: 'INSERT, UPDATE' },
  vetter_analyst: {
    vendors: 'INSERT, UPDATE',
    allegations: 'INSERT, UPDATE',
    allegation_sources: 'INSERT, UPDATE',
    assessments: 'INSERT, UPDATE',
    answers: 'INSERT, UPDATE',
    evidence_files: 'INSERT',
    evidence_content: 'INSERT',
    assessment_preparers: 'INSERT',
    questionnaires: 'INSERT',
    questionnaire_returns: 'INSERT',
    returned_answers: 'INSERT, UPDATE',
    reports: 'INSERT',
    signing_certificates: 'INSERT',
    audit_checkpoints: 'INSERT',
    // Owners entered by hand on the vendor page (ownership/hand-entry.ts), each kept as a one-row import.
    ownership_imports: 'INSERT',
    ownership_parties: 'INSERT, UPDATE',
    ownership_names: 'INSERT',
    ownership_links: 'INSERT, UPDATE',
    findings: 'INSERT, UPDATE',
    finding_editors: 'INSERT',
    // A vendor's suppliers: added, edited and removed (marked) by hand, from a CSV or a questionnaire's accepted rows.
    suppliers: 'INSERT, UPDATE',
    returned_suppliers: 'INSERT, UPDATE',
    ...SCREENING,
    ...RECORDS,
  },
  // Signing off a report: migration 21's trigger allows it to the approver the report names.
  vetter_approver: { report_signoffs: 'INSERT' },
  vetter_admin: {
    settings: 'INSERT, UPDATE',
    list_versions: 'INSERT, UPDATE, DELETE',
    list_entries: 'INSERT, UPDATE',
    methodology_versions: 'INSERT',
    ownership_imports: 'INSERT',
    ownership_parties: 'INSERT, UPDATE',
    ownership_names: 'INSERT, DELETE',
    ownership_links: 'INSERT, UPDATE',
    ...SCREENING,
    ...RECORDS,
  },
};

const names = (roles: readonly string[]) => roles.map((r) => pg.escapeIdentifier(r)).join(', ');

/**
 * The roles, their memberships and grants, as statements that leave the same state however often they run: roles made
 * when missing, every table's grants revoked and given again in one transaction, the grant function replaced.
 */
function grantStatements(): string[] {
  return [
    ...ROLES.map((r) => `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${r}') THEN CREATE ROLE ${r} NOLOGIN; END IF; END $$`),
    ...ROLES.flatMap((r) => INCLUDED[r].map((included) => `GRANT ${included} TO ${r}`)),
    // Nobody but the owner creates anything in the workspace's schema (PostgreSQL 15 and later: so by default).
    'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
    'GRANT USAGE ON SCHEMA public TO vetter_reader',
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, ${names(ROLES)}`,
    'GRANT SELECT ON ALL TABLES IN SCHEMA public TO vetter_reader',
    ...ROLES.flatMap((r) => Object.entries(WRITES[r]).map(([table, privileges]) => `GRANT ${privileges} ON ${table} TO ${r}`)),
    // An admin grants the roles through this function, which runs as the owner: a login of theirs gets no power to
    // grant anything else. The role must be a Vetter role, the login an existing one.
    `CREATE OR REPLACE FUNCTION vetter_grant_role(login text, role_name text) RETURNS void
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
     BEGIN
       IF role_name NOT IN (${ROLES.map((r) => `'${r}'`).join(', ')}) THEN
         RAISE EXCEPTION '% is not a Vetter role (%)', role_name, '${ROLES.join(', ')}';
       END IF;
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolcanlogin) THEN
         RAISE EXCEPTION 'There is no login % on this server: its administrator creates it first (CREATE ROLE % LOGIN)', login, login;
       END IF;
       EXECUTE format('GRANT %I TO %I', role_name, login);
     END;
     $$`,
    'REVOKE ALL ON FUNCTION vetter_grant_role(text, text) FROM PUBLIC',
    'GRANT EXECUTE ON FUNCTION vetter_grant_role(text, text) TO vetter_admin',
  ];
}

/** Held while the grants are made, so that two inits of one workspace do not race to create a role. */
const GRANTS_LOCK = 5_161_723_045;

/**
 * `vetter workspace init`: brings the schema up to date (a newer one is refused unchanged) and makes the roles and
 * their grants. Run by the workspace's owner; run again, it changes nothing. Gives the schema's version.
 */
export async function initWorkspace(config: PostgresConfig): Promise<number> {
  const client = new pg.Client(typeof config === 'string' ? { connectionString: config } : config);
  await client.connect();
  try {
    const version = await migratePostgres(client);
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(${GRANTS_LOCK})`);
      for (const statement of grantStatements()) await client.query(statement);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((err as { code?: string }).code === '42501') {
        throw new VetterError('forbidden', `Only the workspace's owner can set up its roles (${(err as Error).message}). Nothing has been changed.`);
      }
      throw err;
    }
    return version;
  } finally {
    await client.end();
  }
}

/** Who the session's login is, and what it may do. */
export async function postgresLogin(sql: Sql): Promise<{ login: string; access: Access }> {
  const rows = await sql.all<{ login: string; role: string | null }>(
    `SELECT session_user::text AS login, r.rolname::text AS role FROM (SELECT 1) one
     LEFT JOIN pg_roles r ON r.rolname IN (${ROLES.map(() => '?').join(', ')}) AND pg_has_role(session_user, r.oid, 'MEMBER')`,
    ROLES,
  );
  const held = new Set(rows.map((r) => r.role));
  return { login: rows[0]?.login ?? '', access: { roles: ROLES.filter((r) => held.has(r)), shared: true } };
}

/** The name the workspace's administrators gave a login (COMMENT ON ROLE login IS 'Name'), null when none. */
export async function loginName(sql: Sql, login: string): Promise<string | null> {
  const row = await sql.get<{ name: string | null }>("SELECT shobj_description(oid, 'pg_authid') AS name FROM pg_roles WHERE rolname = ?", [login]);
  return row?.name?.trim() || null;
}

/** One login of the workspace, as `vetter workspace users` prints it. */
export interface WorkspaceUser {
  login: string;
  /** The role's comment (COMMENT ON ROLE login IS 'Name'), else the login. */
  displayName: string;
  roles: Role[];
}

/** Every login that holds a Vetter role (a superuser holds them all), by login. */
export async function workspaceUsers(sql: Sql): Promise<WorkspaceUser[]> {
  const rows = await sql.all<{ login: string; comment: string | null; role: string }>(
    `SELECT u.rolname::text AS login, shobj_description(u.oid, 'pg_authid') AS comment, r.rolname::text AS role
     FROM pg_roles u JOIN pg_roles r ON r.rolname IN (${ROLES.map(() => '?').join(', ')}) AND pg_has_role(u.oid, r.oid, 'MEMBER')
     WHERE u.rolcanlogin ORDER BY u.rolname`,
    ROLES,
  );
  const users = new Map<string, WorkspaceUser & { held: Set<string> }>();
  for (const r of rows) {
    const user = users.get(r.login) ?? { login: r.login, displayName: r.comment?.trim() || r.login, roles: [], held: new Set<string>() };
    user.held.add(r.role);
    users.set(r.login, user);
  }
  return [...users.values()].map(({ held, ...u }) => ({ ...u, roles: ROLES.filter((role) => held.has(role)) }));
}

/**
 * `vetter workspace grant`: gives `login` a role, with its audit event, in one transaction. The database lets only
 * admins call the function that grants (initWorkspace); the caller has checked the role first, to say so plainly.
 */
export async function grantRole(store: Store, login: string, role: Role, actor: string): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.get('SELECT vetter_grant_role(?, ?) IS NULL AS done', [login, role]);
    await appendEvents(tx, [{ actor, action: 'workspace.grant', entityType: 'user', entityId: login, summary: `Granted ${role} to ${login}`, after: { login, role } }]);
  });
}
