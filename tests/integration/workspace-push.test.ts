// `vetter workspace push`: a data folder made through the core (demo vendors and allegations, a list, a screening and
// its review, an answer with its evidence file, an approval, a kept report, a questionnaire, ownership, methodology),
// pushed into a team workspace on a real PostgreSQL server, then opened there as the app opens it. And what is
// refused, each changing nothing: a workspace that holds data, a login that is not the owner, no data folder, a table
// this Vetter does not know, a folder of a newer Vetter, an evidence file gone.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/chromium-printer';
import type { Param } from '../../electron/core/db/store';
import { openPostgresStore } from '../../electron/core/db/postgres/store';
import type { PdfPrinter } from '../../electron/core/reports/printer';
import { postgresConnection } from '../../electron/core/workspace/connection';
import { openFolderWorkspace } from '../../electron/core/workspace/folder';
import { openWorkspace } from '../../electron/core/workspace/open';
import { pushDataFolder } from '../../electron/core/workspace/push';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { ALLEGATION_INPUT, coreOn, ROOT, tempDir, testCore, vendorInput } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';
import { refPath } from '../reference-data';
import { postgresDatabases } from '../stores';

let server: PostgresServer;
let newDatabase: () => Promise<string>;
/** The data folder pushed by every test (a push only reads it). */
let folder: string;
let made: { vendorId: string; evidenceId: string; evidenceSha: string; reportId: string; pdf: Buffer };

/** A PDF per document, told apart by what it prints: verifying a report compares bytes, whoever printed them. */
const printer = (): PdfPrinter => ({ print: async (html) => Buffer.from(`%PDF-1.4 ${createHash('sha256').update(html).digest('hex')}`), close: async () => undefined });

const write = (name: string, content: string | Buffer) => {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
};

/**
 * The tables that are not the data's own: the workspace's schema version, and the vendors' change counter and stamps,
 * which each workspace's triggers move. Every other table is compared row for row (named here, not taken from the push's own list,
 * so that a table the push leaves out fails this test).
 */
const BOOKKEEPING = ['schema_version', 'change_counters', 'vendor_changes'];

/** The tables the fixture leaves empty: any other table must hold rows, so that a table added later is pushed here too. */
const EMPTY_IN_FOLDER = ['evidence_content', 'questionnaire_returns', 'returned_answers', 'returned_suppliers'];

beforeAll(async () => {
  buildIfStale();
  server = await startPostgres();
  newDatabase = await postgresDatabases(server, 'push');

  folder = tempDir();
  const t = testCore(folder, { makePrinter: printer });
  await t.call('demo.load', {});
  await t.call('allegations.create', ALLEGATION_INPUT);
  const huawei = await t.call('vendors.create', vendorInput({ legalName: 'Huawei Technologies Co., Ltd.', countryOfIncorporation: 'CN', services: ['AI model/API'] }));
  await t.call('lists.import', { files: [t.pick(refPath('dod-1260h/1260h.csv'))], jobId: 'list', confirmed: true });
  await t.call('screening.run', { jobId: 'screen' });
  const hit = (await t.call('screening.vendor', { vendorId: huawei.id })).hits.find((h) => h.listKey === 'dod-1260h')!;
  await t.call('screening.review', { hitId: hit.id, decision: 'confirmed', reason: 'Same company' });
  await t.call('assessment.answer', { vendorId: huawei.id, criterionId: 'T1', value: 'yes', verified: true, note: 'See the model cards' });
  const content = Buffer.from('%PDF-1.4 model cards (test)');
  const evidence = await t.call('assessment.addEvidence', { vendorId: huawei.id, criterionId: 'T1', file: t.pick(write('cards.pdf', content)) });
  await t.call('settings.setFourEyes', { enabled: false });
  await t.call('assessment.setStatus', { vendorId: huawei.id, status: 'in review', reassessDue: null });
  await t.call('assessment.setStatus', { vendorId: huawei.id, status: 'approved', reassessDue: '2030-01-01' });
  await t.call('settings.setFourEyes', { enabled: true });
  await t.call('questionnaires.send', { vendorId: huawei.id, lang: 'en' });
  await t.call('ownership.import', { file: t.pick(path.join(ROOT, 'tests', 'fixtures', 'ownership', 'northwind.ftm.jsonl')) });
  const { methodology } = await t.call('methodology.get', {});
  await t.call('methodology.update', { parameters: methodology.parameters, note: 'Reviewed, unchanged' });
  await t.call('views.save', { name: 'High risk', definition: { query: '', filters: { criticality: '', service: '', dataShared: '', country: '', screening: '', tier: 'High' }, sort: { key: 'risk', direction: 'desc' }, columns: ['legalName', 'risk'] }, isDefault: true });
  // Signed off by tester, so prepared by someone else (four eyes): another account on the same folder.
  await t.core.close();
  // Her report is a real PDF, signed with a key Vetter makes for her: her certificate is pushed too.
  const signing = { keysFolder: tempDir(), unlocker: { passphrase: async () => 'priya passphrase' } };
  const priya = coreOn(openFolderWorkspace(folder, { account: 'priya' }), { makePrinter: createChromiumPrinter, signing });
  const report = await priya.call('reports.vendor', { vendorId: huawei.id, jobId: 'report' });
  await priya.core.close();
  // The approver it names countersigns it (in a data folder, with four eyes off for it): the sign-off is pushed too.
  const approver = coreOn(openFolderWorkspace(folder, { account: 'tester' }), { signing: { keysFolder: tempDir(), unlocker: { passphrase: async () => 'tester passphrase' } } });
  await approver.call('settings.setFourEyes', { enabled: false });
  await approver.call('reports.signOff', { id: report.id });
  await approver.call('settings.setFourEyes', { enabled: true });
  const pdf = Buffer.from((await approver.call('reports.export', { id: report.id, format: 'pdf' })).base64, 'base64');
  await approver.core.close();
  made = { vendorId: huawei.id, evidenceId: evidence.id, evidenceSha: createHash('sha256').update(content).digest('hex'), reportId: report.id, pdf };
}, 240_000);

afterAll(async () => {
  await server?.stop();
}, 180_000);

/** Every table of a data folder and its rows (columns in the folder's order), sorted. */
function folderRows(dir: string): Map<string, unknown[][]> {
  const db = new Database(path.join(dir, 'vetter.db'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").pluck().all() as string[];
    return new Map(tables.map((t) => [t, sorted(db.prepare(`SELECT * FROM ${t}`).raw(true).all() as unknown[][])]));
  } finally {
    db.close();
  }
}

/** The rows of `tables` in a team workspace, columns in the same order as the folder's. */
async function workspaceRows(url: string, columns: Map<string, string[]>): Promise<Map<string, unknown[][]>> {
  const store = await openPostgresStore(url);
  try {
    const rows = new Map<string, unknown[][]>();
    for (const [table, cols] of columns) {
      const found = await store.read.all<Record<string, Param>>(`SELECT ${cols.join(', ')} FROM ${table}`);
      rows.set(table, sorted(found.map((r) => cols.map((c) => r[c]))));
    }
    return rows;
  } finally {
    await store.close();
  }
}

const sorted = (rows: unknown[][]) => rows.map((r) => r.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

function folderColumns(dir: string): Map<string, string[]> {
  const db = new Database(path.join(dir, 'vetter.db'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").pluck().all() as string[];
    return new Map(tables.filter((t) => !BOOKKEEPING.includes(t)).map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]));
  } finally {
    db.close();
  }
}

/** How many rows each table of the workspace at `url` holds. */
async function counts(url: string): Promise<Record<string, number>> {
  const client = await server.connect(url);
  try {
    const tables = (await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows;
    const result: Record<string, number> = {};
    for (const { name } of tables) result[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`)).rows[0]!.n;
    return result;
  } finally {
    await client.end();
  }
}

const EMPTY_WORKSPACE = async (url: string) => Object.entries(await counts(url)).filter(([t, n]) => n > 0 && !BOOKKEEPING.includes(t));

describe('workspace push', () => {
  it('moves every table, row for row, with ids, history, evidence, reports and the audit chain, and the team carries on', async () => {
    const url = await newDatabase();
    const before = folderRows(folder);
    expect([...before].filter(([, rows]) => rows.length === 0).map(([t]) => t).sort()).toEqual(EMPTY_IN_FOLDER);

    const pushed = await pushDataFolder(folder, postgresConnection(url));
    const columns = folderColumns(folder);
    const after = await workspaceRows(url, columns);
    for (const [table] of columns) {
      if (table === 'evidence_content' || table === 'audit_head') continue;
      const rows = after.get(table)!;
      // The push is recorded after the folder's history, by the owner who pushed.
      const expected = table === 'audit_events' ? rows.filter((r) => r[3] !== 'workspace.push') : rows;
      expect(expected, table).toEqual(before.get(table));
      expect(pushed.rows[table], table).toBe(before.get(table)!.length);
    }
    expect(after.get('audit_events')!.length).toBe(before.get('audit_events')!.length + 1);
    expect(pushed.rows.evidence_content).toBe(1);
    expect(pushed.target).toBe(`127.0.0.1:${new URL(url).port}/${new URL(url).pathname.slice(1)}`);
    // The folder is as it was.
    expect(folderRows(folder)).toEqual(before);

    const team = coreOn(await openWorkspace({ engine: 'postgres', url }), { makePrinter: printer });
    try {
      const chain = await team.call('audit.verify', {});
      expect(chain).toMatchObject({ ok: true, checked: before.get('audit_events')!.length + 1 });
      const [newest] = (await team.call('audit.list', { limit: 1 })).events;
      expect(newest).toMatchObject({ actor: 'vetter', action: 'workspace.push' });
      expect(newest!.summary).toMatch(/^Pushed the data folder .* into this workspace: \d+ vendors, \d+ audit events, 1 report, 1 evidence file$/);

      const evidence = await team.core.evidenceFile(made.evidenceId);
      expect(createHash('sha256').update(evidence.bytes).digest('hex')).toBe(made.evidenceSha);
      expect(evidence.path).toBeNull();
      const pdf = Buffer.from((await team.call('reports.export', { id: made.reportId, format: 'pdf' })).base64, 'base64');
      expect(pdf.equals(made.pdf)).toBe(true);
      expect(await team.call('reports.verify', { file: team.pick(write('report.pdf', pdf)) })).toMatchObject({ verified: true, report: { id: made.reportId, generatedBy: 'priya' } });
      expect(await team.call('assessment.get', { vendorId: made.vendorId })).toMatchObject({ assessment: { status: 'approved', approver: 'tester' } });

      // New work continues the history: a vendor, its audit event after the push's, a report numbered after the pushed one.
      const vendor = await team.call('vendors.create', vendorInput({ legalName: 'After The Push Ltd' }));
      const { events } = await team.call('audit.list', { limit: 1 });
      expect(events[0]).toMatchObject({ seq: newest!.seq + 1, prevHash: newest!.hash, actor: 'vetter', entityId: vendor.id });
      const reportSeqs = async () => (await workspaceRows(url, new Map([['reports', ['seq']]]))).get('reports')!.map((r) => r[0] as number);
      const pushedSeqs = await reportSeqs();
      expect(await team.call('reports.vendor', { vendorId: vendor.id, jobId: 'after' })).toMatchObject({ generatedBy: 'vetter' });
      expect(Math.max(...(await reportSeqs()))).toBe(Math.max(...pushedSeqs) + 1);
      expect(await team.call('audit.verify', {})).toMatchObject({ ok: true });
    } finally {
      await team.core.close();
    }
  }, 60_000);

  it('refuses a workspace that holds data, and a login that is not the owner, changing nothing', async () => {
    const url = await newDatabase();
    await pushDataFolder(folder, postgresConnection(url));
    const held = await counts(url);
    await expect(pushDataFolder(folder, postgresConnection(url))).rejects.toThrow(/already holds data \(.*vendors.*\): a data folder is pushed into an empty workspace only\. Nothing has been changed\./);
    expect(await counts(url)).toEqual(held);

    const empty = await newDatabase();
    const owner = await server.connect(empty);
    for (const [login, role] of [['ana', 'vetter_analyst'], ['adi', 'vetter_admin']] as const) {
      await owner.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${login}') THEN CREATE ROLE ${login} LOGIN; END IF; END $$`);
      await owner.query(`GRANT ${role} TO ${login}`);
      await expect(pushDataFolder(folder, postgresConnection(empty.replace('//vetter@', `//${login}@`)))).rejects.toThrow(
        new RegExp(`^Only the owner of the team workspace at .* can push a data folder into it, and ${login} is not\\. Nothing has been changed\\.$`),
      );
    }
    await owner.end();
    expect(await EMPTY_WORKSPACE(empty)).toEqual([]);
  }, 30_000);

  it('refuses a folder that is not there, a table it does not know, a newer folder and an evidence file gone, changing nothing', async () => {
    const url = await newDatabase();
    const missing = path.join(tempDir(), 'no-such-folder');
    await expect(pushDataFolder(missing, postgresConnection(url))).rejects.toThrow(/^There is no Vetter data folder at .*no-such-folder \(it holds no vetter\.db\)/);
    expect(fs.existsSync(missing)).toBe(false);

    const extra = tempDir();
    fs.cpSync(folder, extra, { recursive: true });
    const db = new Database(path.join(extra, 'vetter.db'));
    db.exec("CREATE TABLE notes_of_a_later_vetter (id TEXT PRIMARY KEY); INSERT INTO notes_of_a_later_vetter VALUES ('n1')");
    db.close();
    await expect(pushDataFolder(extra, postgresConnection(url))).rejects.toThrow(/not laid out alike: table notes_of_a_later_vetter is only in the data folder/);

    const newer = tempDir();
    fs.cpSync(folder, newer, { recursive: true });
    const later = new Database(path.join(newer, 'vetter.db'));
    later.pragma('user_version = 99');
    later.close();
    await expect(pushDataFolder(newer, postgresConnection(url))).rejects.toThrow(/^This data was saved by a newer version of Vetter \(data format 99;/);

    const gone = tempDir();
    fs.cpSync(folder, gone, { recursive: true });
    fs.rmSync(path.join(gone, 'evidence'), { recursive: true });
    await expect(pushDataFolder(gone, postgresConnection(url))).rejects.toThrow(/^The evidence file cards\.pdf \(.*\) is missing from the data folder/);
    expect(await EMPTY_WORKSPACE(url)).toEqual([]);
  }, 30_000);

  it('runs from the CLI, and the workspace verifies there', async () => {
    const url = await newDatabase();
    const cli = (args: string[]) => spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, VETTER_WORKSPACE: '' } });
    const usage = cli(['workspace', 'push', '--data-dir', folder]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^Name the data folder and the team workspace: vetter workspace push --data-dir DIR --workspace URL/);

    const pushed = cli(['workspace', 'push', '--data-dir', folder, '--workspace', url]);
    expect(pushed.status, pushed.stderr).toBe(0);
    const target = `127.0.0.1:${new URL(url).port}/${new URL(url).pathname.slice(1)}`;
    expect(pushed.stdout).toMatch(new RegExp(`^Pushed \\d+ vendors, \\d+ audit events, 1 report, 1 evidence file from ${folder} to ${target}\\. The data folder is left as it was: delete it once you have checked the team workspace\\.\\n$`));
    const verified = cli(['audit', 'verify', '--workspace', url]);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^Audit chain intact: \d+ event\(s\) checked\.$/m);
  }, 60_000);
});
