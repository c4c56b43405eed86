// The CLI on a team workspace: the built bundle in a process of its own (as in cli.test.ts), pointed at a database of a
// real PostgreSQL server with --workspace URL or VETTER_WORKSPACE.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { tempDir } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';
import { postgresDatabases } from '../stores';

let server: PostgresServer;
let newDatabase: () => Promise<string>;

beforeAll(async () => {
  buildIfStale();
  server = await startPostgres();
  newDatabase = await postgresDatabases(server, 'cli');
}, 300_000);

afterAll(async () => {
  await server?.stop();
}, 180_000);

const APP_FOLDER = tempDir();

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  // Reports are signed with a key kept in the app's folder on this machine: a folder of the test's, not the home's.
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: tempDir(),
    encoding: 'utf8',
    env: { ...process.env, VETTER_KEY_PASSPHRASE: 'cli test passphrase', XDG_CONFIG_HOME: APP_FOLDER, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('the CLI on a team workspace', () => {
  it('imports and lists vendors, screens, scores, writes reports and verifies them, all in the database', async () => {
    const url = await newDatabase();
    const at = ['--workspace', url];
    const file = write('v.csv', 'name,aliases,country,parent,services,criticality\nHuawei Cloud,华为云,CN,Huawei Technologies Co. Ltd.,SaaS,high\nAcme Widgets Ltd,,GB,,Hardware,low\n');
    const imported = cli(['vendors', 'import', file, ...at]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/2 added/);
    // The same workspace through the environment, as automation sets it once.
    const listed = cli(['vendors', 'list', '--format', 'json'], { VETTER_WORKSPACE: url });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).map((v: { legalName: string }) => v.legalName)).toEqual(['Acme Widgets Ltd', 'Huawei Cloud']);
    // The workspace's owner, a superuser, holds every role (tests/stores.ts makes them as `workspace init` does).
    expect(cli(['whoami', ...at]).stdout).toBe('vetter vetter_reader,vetter_analyst,vetter_approver,vetter_admin\n');

    const scored = cli(['score', '--format', 'json', ...at]);
    expect(scored.code, scored.stderr).toBe(0);
    const huawei = JSON.parse(scored.stdout).vendors.find((v: { name: string }) => v.name === 'Huawei Cloud');
    expect(huawei.factors.some((f: { factor: string }) => f.factor.startsWith('designation:'))).toBe(true);

    // `screen` reads the lists the workspace now holds, and writes nothing.
    const screened = cli(['screen', '--vendors', write('s.csv', 'name,country\nHuawei Technologies Co. Ltd.,CN\nAcme Widgets Ltd,GB\n'), '--format', 'json', ...at]);
    expect(screened.code, screened.stderr).toBe(0);
    expect(JSON.parse(screened.stdout).results.map((r: { status: string }) => r.status)).toEqual(['match', 'clear']);

    const pdf = path.join(tempDir(), 'huawei.pdf');
    const made = cli(['report', 'vendor', '--name', 'huawei cloud', '--out', pdf, ...at]);
    expect(made.code, made.stderr).toBe(0);
    const id = /^(VR-[0-9A-Z]{10}) written to /.exec(made.stdout)?.[1];
    const verified = cli(['report', 'verify', pdf, ...at]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout.trim()).toBe(id);
    const changed = fs.readFileSync(pdf);
    const at100 = changed.length - 100;
    changed[at100] = (changed[at100] as number) ^ 1;
    const tampered = path.join(tempDir(), 'tampered.pdf');
    fs.writeFileSync(tampered, changed);
    expect(cli(['report', 'verify', tampered, ...at]).code).toBe(1);
    // Not a report of a data folder.
    expect(cli(['report', 'verify', pdf, '--data-dir', tempDir()]).code).toBe(1);

    const audit = cli(['audit', 'verify', ...at]);
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.stdout).toMatch(/^Audit chain intact: \d+ event\(s\) checked\.$/m);
  }, 240_000);

  it('says who you are, refuses two places at once, and says plainly when a workspace cannot be reached', () => {
    expect(cli(['whoami', '--data-dir', path.join(tempDir(), 'unused')]).stdout).toBe(`${os.userInfo().username} vetter_reader,vetter_analyst,vetter_approver,vetter_admin\n`);
    const both = cli(['vendors', 'list', '--format', 'json', '--workspace', server.url, '--data-dir', tempDir()]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^Give --workspace or --data-dir, not both\./);
    const gone = cli(['vendors', 'list', '--format', 'json', '--workspace', 'postgresql://vetter@127.0.0.1:1/nowhere']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^The workspace at 127\.0\.0\.1:1 cannot be reached: .+; nothing was changed\.\n$/);
    const help = cli(['--help']);
    expect(help.stdout).toMatch(/--workspace URL/);
    expect(help.stdout).toMatch(/vetter whoami/);
  });
});
