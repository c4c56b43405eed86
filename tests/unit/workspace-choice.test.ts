// The workspace a host opens and remembers (electron/workspace-choice.ts): the file in this computer's data folder,
// what wins at start, the form's fields as an address, and switching refused while a job runs. The team workspace
// itself is opened on a real server in tests/integration/workspace-switch.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/service';
import type { Workspace } from '../../electron/core/workspace/model';
import { NEW_TEAM_WORKSPACE, teamWorkspaceFields, teamWorkspaceFieldsOf, teamWorkspaceUrl } from '../../electron/core/workspace/team-address';
import { CHOICE_FILE, openWorkspaceSwitch, rememberedWorkspace, rememberWorkspace, workspaceStart } from '../../electron/workspace-choice';
import { tempDir } from '../helpers';

const TEAM = 'postgresql://ana@db.example.com:5432/vetter?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fca.crt';

describe('the remembered choice', () => {
  it('is a small file in the data folder, without a password; the data folder is its absence', () => {
    const folder = tempDir();
    expect(rememberedWorkspace(folder)).toBeNull();
    rememberWorkspace(folder, 'postgresql://ana:s3cret@db.example.com:5432/vetter?sslmode=verify-full');
    const text = fs.readFileSync(path.join(folder, CHOICE_FILE), 'utf8');
    expect(text).not.toContain('s3cret');
    expect(rememberedWorkspace(folder)).toBe('postgresql://ana@db.example.com:5432/vetter?sslmode=verify-full');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(folder, CHOICE_FILE)).mode & 0o077).toBe(0);
    rememberWorkspace(folder, null);
    expect(fs.existsSync(path.join(folder, CHOICE_FILE))).toBe(false);
    expect(rememberedWorkspace(folder)).toBeNull();
  });

  it('refuses a bad file, naming it and saying what to do', () => {
    const folder = tempDir();
    const file = path.join(folder, CHOICE_FILE);
    for (const text of ['{not json', '{"workspace": 3}', '{"workspace": "/some/folder"}', 'null']) {
      fs.writeFileSync(file, text);
      expect(() => rememberedWorkspace(folder), text).toThrow(`${file} does not name a team workspace`);
    }
    fs.writeFileSync(file, JSON.stringify({ workspace: 'postgresql://ana:pw@db/vetter' }));
    expect(() => rememberedWorkspace(folder)).toThrow('holds a password, which Vetter never keeps');
  });
});

describe('where a host starts', () => {
  it('takes --workspace, then --data-dir, then VETTER_WORKSPACE, which win over the remembered choice; else the folder', () => {
    const folder = path.resolve('/home/ana/.config/Vetter');
    expect(workspaceStart({}, folder, true, {})).toEqual({ folder, given: null, picksPaths: true });
    expect(workspaceStart({ workspace: 'postgresql://ana:pw@db/vetter', dataDir: '/x' }, folder, false, {})).toEqual({
      folder,
      given: { location: { engine: 'postgres', url: 'postgresql://ana:pw@db/vetter' }, as: '--workspace postgresql://ana@db/vetter' },
      picksPaths: false,
    });
    // A folder given is this computer's data folder for the session: its choice file, and what "back" opens.
    expect(workspaceStart({ dataDir: '/srv/vetter' }, folder, false, {})).toEqual({
      folder: path.resolve('/srv/vetter'),
      given: { location: { engine: 'sqlite', dataDir: path.resolve('/srv/vetter') }, as: `--data-dir ${path.resolve('/srv/vetter')}` },
      picksPaths: false,
    });
    expect(workspaceStart({}, folder, false, { VETTER_WORKSPACE: 'postgres://db/v' }).given?.as).toBe('VETTER_WORKSPACE=postgres://db/v');
  });
});

describe('the form', () => {
  const fields = { ...NEW_TEAM_WORKSPACE, host: 'db.example.com', database: 'vetter', user: 'ana', sslrootcert: '/etc/ssl/ca.crt' };

  it('becomes an address without a password, and an address the form again', () => {
    expect(teamWorkspaceUrl(fields)).toBe(TEAM);
    expect(teamWorkspaceFieldsOf(TEAM)).toEqual(fields);
    const odd = { ...fields, host: '::1', user: 'ana@corp', database: 'vetter team', sslmode: 'disable' as const, sslrootcert: 'C:\\certs\\ca.crt' };
    expect(teamWorkspaceFieldsOf(teamWorkspaceUrl(odd))).toEqual(odd);
  });

  it('asks for verify-full except on this computer, and says why; a certificate needs its key; paths are full paths', () => {
    const problems = (f: object) => teamWorkspaceFields.safeParse(f).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(problems(fields)).toEqual([]);
    expect(problems({ ...fields, sslmode: 'require' })).toEqual([expect.stringMatching(/^sslmode: Use verify-full for db.example.com: anything less lets another machine/)]);
    expect(problems({ ...fields, host: 'localhost', sslmode: 'disable' })).toEqual([]);
    expect(problems({ ...fields, sslcert: '/home/ana/ana.crt' })).toEqual(['sslkey: A client certificate needs its key, and a key its certificate: give both or neither.']);
    expect(problems({ ...fields, sslrootcert: 'ca.crt' })).toEqual([expect.stringMatching(/^sslrootcert: Give the full path of the file/)]);
    expect(problems({ ...fields, host: 'postgresql://db.example.com', user: '' })).toHaveLength(2);
  });
});

describe('switching', () => {
  /** A fake core over a fake workspace: the core and the workspaces are tested elsewhere. */
  function fakeCore(workspace: Workspace) {
    return { workspace, busy: vi.fn(() => false), prepare: vi.fn(), close: vi.fn(async () => workspace.close()) };
  }
  const opened = async (folder: string) => {
    const cores: ReturnType<typeof fakeCore>[] = [];
    const changed = vi.fn();
    const workspaces = await openWorkspaceSwitch(
      workspaceStart({}, folder, false, {}),
      (workspace) => {
        cores.push(fakeCore(workspace));
        return cores.at(-1) as unknown as Core;
      },
      changed,
    );
    return { workspaces, cores, changed };
  };

  it('starts on the data folder when nothing is remembered, and prepares its core', async () => {
    const folder = tempDir();
    const { workspaces, cores } = await opened(folder);
    expect(workspaces.core.workspace).toMatchObject({ engine: 'sqlite', address: folder });
    expect(cores[0]?.prepare).toHaveBeenCalledOnce();
    expect(workspaces.state()).toEqual({ folder, remembered: null, commandLine: null, startProblem: null, picksPaths: false });
    await workspaces.close();
  });

  it('opens the data folder, saying why, when the remembered team workspace cannot be opened', async () => {
    const folder = tempDir();
    rememberWorkspace(folder, 'postgresql://ana@127.0.0.1:1/vetter?sslmode=disable');
    const { workspaces } = await opened(folder);
    expect(workspaces.core.workspace.engine).toBe('sqlite');
    const state = workspaces.state();
    expect(state.remembered).toMatchObject({ host: '127.0.0.1', port: 1, database: 'vetter', user: 'ana', sslmode: 'disable' });
    expect(state.startProblem).toMatch(/^Vetter could not open the team workspace postgresql:\/\/ana@127.0.0.1:1\/vetter\?sslmode=disable, and opened this computer's data folder instead\. The workspace at 127.0.0.1:1 cannot be reached/);
    await workspaces.close();
  });

  it('refuses bad fields by name, and any switch while a job runs, changing nothing', async () => {
    const folder = tempDir();
    const { workspaces, cores, changed } = await opened(folder);
    const bad = await workspaces.connect({ fields: { ...NEW_TEAM_WORKSPACE, host: 'db.example.com', sslmode: 'disable' }, password: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { sslmode: expect.stringMatching(/^Use verify-full/), database: expect.any(String), user: expect.any(String) } } });
    cores[0]?.busy.mockReturnValue(true);
    expect(await workspaces.useFolder()).toEqual({
      ok: false,
      error: { code: 'busy', message: 'A job is running (an import, a screening or a report): let it finish or cancel it, then switch workspaces.' },
    });
    expect(cores).toHaveLength(1);
    expect(changed).not.toHaveBeenCalled();
    await workspaces.close();
  });

  it('switches back to the data folder: a new core, the old one closed, every window told, the choice forgotten', async () => {
    const folder = tempDir();
    rememberWorkspace(folder, 'postgresql://ana@127.0.0.1:1/vetter?sslmode=disable');
    const { workspaces, cores, changed } = await opened(folder);
    expect(await workspaces.useFolder()).toMatchObject({ ok: true, value: { remembered: null, startProblem: null } });
    expect(cores).toHaveLength(2);
    expect(cores[0]?.close).toHaveBeenCalledOnce();
    expect(workspaces.core).toBe(cores[1]);
    expect(cores[1]?.prepare).toHaveBeenCalledOnce();
    expect(changed).toHaveBeenCalledWith({ areas: expect.arrayContaining(['vendors', 'settings', 'lists']) });
    expect(fs.existsSync(path.join(folder, CHOICE_FILE))).toBe(false);
    await workspaces.close();
  });
});
