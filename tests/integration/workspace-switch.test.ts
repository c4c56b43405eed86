// Settings → Workspace on a real PostgreSQL server (TLS on, passwords asked of every login but the owner): Connect's
// check says each failure in words that say what to do, success opens the core there as the login, the choice is
// remembered without the password and opened again at the next start, and the data folder comes back.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { openCore } from '../../electron/core/service';
import type { Workspace } from '../../electron/core/workspace/model';
import { NEW_TEAM_WORKSPACE, type TeamWorkspaceFields } from '../../electron/core/workspace/team-address';
import { CHOICE_FILE, openWorkspaceSwitch, type WorkspaceSwitch, workspaceStart } from '../../electron/workspace-choice';
import { tempDir } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';

let server: PostgresServer;
let port: number;
const switches: WorkspaceSwitch[] = [];
const saved = { PGPASSWORD: process.env.PGPASSWORD, PGPASSFILE: process.env.PGPASSFILE };

beforeAll(async () => {
  server = await startPostgres({ tls: true, passwords: true });
  port = Number(new URL(server.url).port);
  await initWorkspace(await server.createDatabase('team'));
  await server.createDatabase('empty');
  const admin = await server.connect();
  // Ana is an analyst with a name her administrators gave her; Bob may log in but holds no Vetter role.
  await admin.query("CREATE ROLE ana LOGIN PASSWORD 'right horse'; COMMENT ON ROLE ana IS 'Ana Lopez'; GRANT vetter_analyst TO ana");
  await admin.query("CREATE ROLE bob LOGIN PASSWORD 'bobs'");
  // No password from the environment or a password file, unless a test sets one.
  delete process.env.PGPASSWORD;
  process.env.PGPASSFILE = path.join(tempDir(), 'no-pgpass');
}, 240_000);

afterAll(async () => {
  await Promise.all(switches.splice(0).map((s) => s.close()));
  Object.assign(process.env, saved);
  if (saved.PGPASSWORD === undefined) delete process.env.PGPASSWORD;
  if (saved.PGPASSFILE === undefined) delete process.env.PGPASSFILE;
  await server?.stop();
}, 180_000);

async function open(folder: string): Promise<WorkspaceSwitch> {
  const workspaces = await openWorkspaceSwitch(
    workspaceStart({}, folder, false, {}),
    (workspace: Workspace) => openCore(workspace, { host: 'browser', version: '0.0.0-test', checkOutputs: true }),
    () => undefined,
  );
  switches.push(workspaces);
  return workspaces;
}

const team = (fields: Partial<TeamWorkspaceFields> = {}): TeamWorkspaceFields => ({
  ...NEW_TEAM_WORKSPACE,
  host: '127.0.0.1',
  port,
  database: 'team',
  user: 'ana',
  sslrootcert: server.caFile ?? '',
  ...fields,
});

async function info(workspaces: WorkspaceSwitch) {
  const answer = await workspaces.core.invoke('app.info', {}, { resolveFile: () => '', emitProgress: () => undefined });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as { workspace: { engine: string; address: string }; login: string; user: string };
}

describe('connecting to a team workspace', () => {
  it('says what to do when the password, the database, the role, the port or the certificate is wrong, and stays where it was', async () => {
    const folder = tempDir();
    const workspaces = await open(folder);
    const refused = async (fields: Partial<TeamWorkspaceFields>, password: string) => {
      const answer = await workspaces.connect({ fields: team(fields), password });
      expect(answer.ok).toBe(false);
      return answer.ok ? '' : answer.error.message;
    };
    expect(await refused({}, 'wrong')).toBe('The server refused the password for ana: type it again (mind Caps Lock), or ask your IT to reset it.');
    expect(await refused({}, '')).toBe("The server at 127.0.0.1 asks for ana's password: set PGPASSWORD, or add it to your password file (~/.pgpass). Vetter never stores it.");
    expect(await refused({ database: 'empty' }, 'right horse')).toBe(
      `The database empty on 127.0.0.1:${port} holds no Vetter workspace: ask your IT to set it up with "vetter workspace init" (README, Team workspace), or check the database name.`,
    );
    expect(await refused({ database: 'nowhere' }, 'right horse')).toBe(`There is no database nowhere on 127.0.0.1:${port}: check its name with your IT.`);
    expect(await refused({ user: 'bob' }, 'bobs')).toBe('bob holds no Vetter role in this workspace: ask its administrator to run "vetter workspace grant bob analyst" (or reader, approver, admin).');
    expect(await refused({ port: 1 }, 'right horse')).toMatch(/^The workspace at 127\.0\.0\.1:1 cannot be reached: .*; nothing was changed\. Check the server name and port, and that this computer is on your company's network\.$/);
    expect(await refused({ sslrootcert: '' }, 'right horse')).toMatch(/^The server's certificate was not accepted \(.+\): choose your company's CA certificate file/);
    expect(await refused({ sslrootcert: '/nowhere/ca.crt' }, 'right horse')).toBe('The sslrootcert file /nowhere/ca.crt does not exist.');
    // Nothing was switched, nor remembered: the empty database was not made a workspace either.
    expect((await info(workspaces)).workspace).toEqual({ engine: 'sqlite', address: folder });
    expect(fs.existsSync(path.join(folder, CHOICE_FILE))).toBe(false);
    const admin = await server.connect(server.url.replace(/\/postgres$/, '/empty'));
    expect((await admin.query("SELECT to_regclass('schema_version') AS t")).rows[0].t).toBeNull();
  });

  it('opens the team workspace as the login over verify-full, remembers it without the password, opens it again at start, and goes back', async () => {
    const folder = tempDir();
    const workspaces = await open(folder);
    const answer = await workspaces.connect({ fields: team(), password: 'right horse' });
    expect(answer).toMatchObject({ ok: true, value: { folder, remembered: team(), startProblem: null } });
    expect(await info(workspaces)).toMatchObject({ workspace: { engine: 'postgres', address: expect.stringContaining(`127.0.0.1:${port}/team`) }, login: 'ana', user: 'Ana Lopez' });
    const file = fs.readFileSync(path.join(folder, CHOICE_FILE), 'utf8');
    expect(file).not.toContain('right horse');
    expect(JSON.parse(file).workspace).toMatch(/^postgresql:\/\/ana@127\.0\.0\.1:\d+\/team\?sslmode=verify-full&sslrootcert=/);

    // The next start: without a password it opens the data folder and says why; with PGPASSWORD, the team workspace.
    const unprompted = await open(folder);
    expect(unprompted.state().startProblem).toMatch(/^Vetter could not open the team workspace postgresql:\/\/ana@127\.0\.0\.1:\d+\/team\?.*, and opened this computer's data folder instead\. The server at 127\.0\.0\.1 asks for ana's password/);
    expect((await info(unprompted)).workspace.engine).toBe('sqlite');
    process.env.PGPASSWORD = 'right horse';
    try {
      const restarted = await open(folder);
      expect(restarted.state().startProblem).toBeNull();
      expect(await info(restarted)).toMatchObject({ workspace: { engine: 'postgres' }, login: 'ana' });
    } finally {
      delete process.env.PGPASSWORD;
    }

    expect(await workspaces.useFolder()).toMatchObject({ ok: true, value: { remembered: null } });
    expect((await info(workspaces)).workspace).toEqual({ engine: 'sqlite', address: folder });
    expect(fs.existsSync(path.join(folder, CHOICE_FILE))).toBe(false);
  });
});
