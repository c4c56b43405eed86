// The CLI contract, as automation calls it: the built bundle in a process of its own (`node dist/cli.cjs ...`, which
// `npm run --silent cli -- ...` runs; the last test checks that script too).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { packScreeningVersions } from '../../electron/core/lists/default-pack';
import { readPrebuilt } from '../../electron/core/screening/prebuilt';
import { MATCHER_VERSION } from '../../electron/core/screening/version';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { DROP_AUDIT_TRIGGERS, ROOT, tempDir } from '../helpers';

beforeAll(buildIfStale, 300_000);

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  // From another folder than the repository: the bundle finds the list pack and its workers from its own location.
  // Reports are signed: the key's passphrase as automation gives it (signed-reports.test.ts tests the rest).
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, VETTER_KEY_PASSPHRASE: 'cli test passphrase', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

const HEADER = 'name,aliases,country,parent,website,services,data_shared,criticality,owner,notes';

/**
 * Every table's row count and the audit chain's head, then every file in a data folder (size, modification time,
 * SHA-256). The database is read first, through a connection that may write: closing it folds SQLite's -wal file
 * into the database and removes the -wal and -shm files (a read-only one would leave them behind).
 */
function folderState(dir: string) {
  const db = new Database(path.join(dir, 'vetter.db'), { fileMustExist: true });
  let tables: Record<string, number>;
  let auditHead: unknown;
  try {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    tables = Object.fromEntries(names.map((n) => [n, (db.prepare(`SELECT count(*) AS n FROM "${n}"`).get() as { n: number }).n]));
    auditHead = db.prepare('SELECT * FROM audit_head').get();
  } finally {
    db.close();
  }
  const files = Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => {
        const stat = fs.statSync(path.join(dir, f));
        return [f, { size: stat.size, mtime: stat.mtimeMs, sha256: createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex') }];
      }),
  );
  return { tables, auditHead, files };
}

describe('CLI', () => {
  it('imports a CSV, reports unknown headers, and lists vendors as JSON and CSV', () => {
    const data = tempDir();
    const file = write('v.csv', `${HEADER},favourite colour\nAcme Cloud,Acme;阿克米,US,Acme Holdings,https://acme.example,SaaS;IaaS/PaaS,customer personal data,high,Ana,hi,blue\nBeta GmbH,,DE,,,Hardware,None,low,,,red\n`);
    const imported = cli(['vendors', 'import', file, '--data-dir', data]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/favourite colour/);
    expect(imported.stdout).toMatch(/2 added/);

    const listed = cli(['vendors', 'list', '--format', 'json', '--data-dir', data]);
    expect(listed.code).toBe(0);
    const vendors = JSON.parse(listed.stdout);
    expect(Array.isArray(vendors)).toBe(true);
    expect(vendors).toHaveLength(2);
    expect(vendors[0]).toMatchObject({
      legalName: 'Acme Cloud',
      otherNames: [{ name: 'Acme' }, { name: '阿克米' }],
      countryOfIncorporation: 'US',
      parentName: 'Acme Holdings',
      services: ['SaaS', 'IaaS/PaaS'],
      dataShared: ['Customer personal data'],
      criticality: 'high',
      contractOwner: 'Ana',
    });

    const asCsv = cli(['vendors', 'list', '--format', 'csv', '--data-dir', data]);
    expect(asCsv.code).toBe(0);
    const lines = asCsv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^name,aliases,country/);
    expect(lines).toHaveLength(3);
  });

  it('imports an XLSX file', async () => {
    const data = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Vendors');
    ws.addRow(['name', 'country', 'services', 'criticality']);
    ws.addRow(['Gamma AI', 'FR', 'AI model/API', 'Medium']);
    const file = path.join(tempDir(), 'v.xlsx');
    await wb.xlsx.writeFile(file);
    const r = cli(['vendors', 'import', file, '--data-dir', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(cli(['vendors', 'list', '--format', 'json', '--data-dir', data]).stdout)[0]).toMatchObject({ legalName: 'Gamma AI', criticality: 'medium' });
  });

  it('writes nothing when any row is invalid, and names each row and column on stderr', () => {
    const data = tempDir();
    const file = write('bad.csv', `${HEADER}\nGood Co,,US,,,SaaS,None,low,,\n,,US,,,SaaS,None,low,,\nWrong Co,,US,,,SaaS,None,urgent,,\n`);
    const r = cli(['vendors', 'import', file, '--data-dir', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 3, column name/);
    expect(r.stderr).toMatch(/row 4, column criticality/);
    expect(r.stderr).toMatch(/Nothing was imported/);
    expect(JSON.parse(cli(['vendors', 'list', '--format', 'json', '--data-dir', data]).stdout)).toEqual([]);
  });

  it('exports CSV and XLSX with formula injection neutralised', async () => {
    const data = tempDir();
    cli(['vendors', 'import', write('v.csv', `${HEADER}\n"=cmd|' /C calc'!A0",,US,,,SaaS,None,low,,"+1 note"\n`), '--data-dir', data]);
    const out = path.join(tempDir(), 'out.csv');
    expect(cli(['vendors', 'export', '--format', 'csv', '--out', out, '--data-dir', data]).code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain("'=cmd|");
    expect(text).toContain("'+1 note");
    const xlsx = path.join(tempDir(), 'out.xlsx');
    expect(cli(['vendors', 'export', '--format', 'xlsx', '--out', xlsx, '--data-dir', data]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cell = wb.worksheets[0]!.getRow(2).getCell(1);
    expect(cell.value).toBe("'=cmd|' /C calc'!A0");
    expect(cell.formula).toBeUndefined();
  });

  it('loads the demo data and verifies the audit chain, naming the first bad event', () => {
    const data = tempDir();
    const demo = cli(['demo', 'load', '--data-dir', data]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Loaded \d+ demo vendors/);
    const ok = cli(['audit', 'verify', '--data-dir', data]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact/);

    const db = new Database(path.join(data, 'vetter.db'));
    db.exec(DROP_AUDIT_TRIGGERS);
    db.prepare("UPDATE audit_events SET summary = 'nothing to see' WHERE seq = 7").run();
    db.close();
    const bad = cli(['audit', 'verify', '--data-dir', data]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/event #7/);
  });

  it('uses the app data folder when no --data-dir is given', () => {
    const home = tempDir();
    const r = cli(['demo', 'load'], { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(home, '.config', 'Vetter', 'vetter.db'))).toBe(true);
  });

  it('screens a vendors file against the bundled lists and prints the documented JSON', () => {
    const file = write(
      'screen.csv',
      'name,aliases,country,parent,identifiers\nHuawei Cloud,华为云,CN,Huawei Technologies Co. Ltd.,\n华为技术有限公司,,,,\nAcme Widgets Ltd,,GB,,\nAVIC Heavy Machinery Company Limited,,CN,,\n' +
        // A name unlike any listed one, with the unified social credit code OFAC prints for RAYBEAM OPTRONICS CO. LTD.
        'Northwind Optics,,CN,,USCC:9113100033607322XK\n',
    );
    const r = cli(['screen', '--vendors', file, '--format', 'json', '--data-dir', tempDir()]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.matcher).toBe(MATCHER_VERSION);
    expect(out.lists).toHaveLength(7);
    expect(Object.keys(out.lists[0]).sort()).toEqual(['asOf', 'coverage', 'entries', 'id', 'name']);
    // Every list says how complete it is: the bundled SDN, CSL and UK lists are partial, and say what they lack.
    const coverage = Object.fromEntries(out.lists.map((l: { id: string; coverage: { complete: boolean; missing: string[] } }) => [l.id, l.coverage]));
    expect(coverage['ofac-sdn']).toMatchObject({ complete: false, missing: [expect.stringMatching(/2024-05-03/)] });
    expect(coverage['trade-gov-csl'].complete).toBe(false);
    expect(coverage['un-sc']).toMatchObject({ complete: true, missing: [] });
    expect(out.results.map((x: { row: number; name: string; status: string }) => [x.row, x.name, x.status])).toEqual([
      [1, 'Huawei Cloud', 'match'],
      [2, '华为技术有限公司', 'match'],
      [3, 'Acme Widgets Ltd', 'clear'],
      [4, 'AVIC Heavy Machinery Company Limited', 'match'],
      [5, 'Northwind Optics', 'match'],
    ]);
    expect(out.results[4].hits).toContainEqual(
      expect.objectContaining({ list: 'ofac-sdn', entryName: 'RAYBEAM OPTRONICS CO. LTD.', via: 'identifier', band: 'match', score: 1, matchedName: 'Unified Social Credit Code (USCC) 9113100033607322XK (China)' }),
    );
    // The rest are links the lists make from it (its owners), never name hits on "Northwind".
    expect(out.results[4].hits.every((h: { via: string }) => h.via === 'identifier' || h.via === 'list-link')).toBe(true);
    const hit = out.results[0].hits.find((h: { list: string }) => h.list === 'dod-1260h');
    expect(Object.keys(hit).sort()).toEqual(['band', 'entryId', 'entryName', 'explanation', 'list', 'listName', 'matchedName', 'matcher', 'score', 'via']);
    expect(hit).toMatchObject({ entryName: 'Huawei Technologies Co., Ltd.', band: 'match', via: 'parent', matcher: MATCHER_VERSION });
    expect(hit.score).toBeGreaterThan(0.9);
    expect(hit.score).toBeLessThanOrEqual(1);
    expect(out.results[1].hits[0]).toMatchObject({ via: 'name', entryName: expect.stringMatching(/huawei/i) });
    // Its 1260H entry names its parent, itself listed: a link the list makes, not a parent the vendor recorded.
    const linked = out.results[3].hits.find((h: { via: string; list: string }) => h.via === 'list-link' && h.list === 'dod-1260h');
    expect(linked).toMatchObject({ list: 'dod-1260h', entryName: expect.stringMatching(/^Aviation Industry Corporation of China/), matcher: MATCHER_VERSION });
    expect(linked.explanation).toMatch(/the list links "AVIC Heavy Machinery Company Limited" to "Aviation Industry Corporation of China/i);

    const long = `ACME${' '.repeat(400)}TRADING`;
    const bad = cli(['screen', '--vendors', write('bad.csv', `name,country,identifiers,aliases\n,CN,,\nAcme,Atlantis,,\nAcme,,LEI:5493001KJTIIGC8Y1R13,\n"${long}",CN,,\nAcme,CN,,Acme Ltd;${'x'.repeat(301)}\n`), '--format', 'json', '--data-dir', tempDir()]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/row 2, column name/);
    expect(bad.stderr).toMatch(/row 3, column country/);
    expect(bad.stderr).toMatch(/row 4, column identifiers: LEI "5493001KJTIIGC8Y1R13": This LEI fails its check digits/);
    // A name too long is refused with its row and column, before anything is screened.
    expect(bad.stderr).toContain('bad.csv: row 5, column name: a name has at most 300 characters (this one has 411)');
    expect(bad.stderr).toContain('bad.csv: row 6, column aliases: a name has at most 300 characters (this one has 301)');
    expect(bad.stdout).toBe('');
  });

  it('screen reads the pack index its own build made, not the pack files, and prints what it prints without it', () => {
    // The bundles carry their build's id (scripts/build.mjs: the digest of the inputs it records); the index is for it.
    const stamp = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/.build-stamp.json'), 'utf8'));
    const buildId = createHash('sha256').update(JSON.stringify(stamp.inputs)).digest('hex');
    expect(fs.readFileSync(path.join(ROOT, 'dist/electron/screening-worker.cjs'), 'utf8')).toContain(buildId);
    const packVersions = packScreeningVersions(path.join(ROOT, 'assets/reference-pack'));
    expect(readPrebuilt(path.join(ROOT, 'dist/electron/screening-pack-index.bin'), buildId, packVersions)?.index.names.length).toBeGreaterThan(80_000);

    const file = write('screen.csv', 'name,aliases,country,parent\nHuawei Cloud,华为云,CN,Huawei Technologies Co. Ltd.\nHikvsion Digitl Technology,海康威视,CN,\nAcme Widgets Ltd,,GB,\nSenseTime Group,商汤科技,CN,\n');
    const screen = (cliBundle: string) =>
      spawnSync(process.execPath, [cliBundle, 'screen', '--vendors', file, '--format', 'json', '--data-dir', tempDir()], { cwd: tempDir(), encoding: 'utf8' });
    const expected = screen(CLI_BUNDLE);
    expect(expected.status, expected.stderr).toBe(0);
    expect(JSON.parse(expected.stdout).results.flatMap((r: { hits: unknown[] }) => r.hits).length).toBeGreaterThan(10);

    // The app's bundles in a folder of their own, with or without the index, beside a pack whose screening files are
    // real or unreadable: with the index they are never read; without it the worker builds the index from them.
    const copy = (withIndex: boolean, screeningFiles: 'real' | 'unreadable') => {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'dist', 'electron'), { recursive: true });
      fs.copyFileSync(CLI_BUNDLE, path.join(dir, 'dist', 'cli.cjs'));
      const kept = (f: string) => f.endsWith('-worker.cjs') || (withIndex && f === 'screening-pack-index.bin');
      for (const f of fs.readdirSync(path.join(ROOT, 'dist', 'electron')).filter(kept)) {
        fs.copyFileSync(path.join(ROOT, 'dist', 'electron', f), path.join(dir, 'dist', 'electron', f));
      }
      fs.cpSync(path.join(ROOT, 'assets', 'reference-pack'), path.join(dir, 'assets', 'reference-pack'), { recursive: true });
      if (screeningFiles === 'unreadable') for (const v of packVersions) fs.writeFileSync(path.join(dir, 'assets', 'reference-pack', path.relative(path.join(ROOT, 'assets', 'reference-pack'), v.packFile.path)), 'damaged');
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      return path.join(dir, 'dist', 'cli.cjs');
    };
    // A data folder that holds the bundled lists (loaded by `score`) screens through the same index: the same results.
    const loaded = tempDir();
    expect(cli(['vendors', 'import', file, '--data-dir', loaded]).code).toBe(0);
    expect(cli(['score', '--format', 'json', '--data-dir', loaded]).code).toBe(0);
    const fromLoaded = JSON.parse(cli(['screen', '--vendors', file, '--format', 'json', '--data-dir', loaded]).stdout);
    expect(fromLoaded.results).toEqual(JSON.parse(expected.stdout).results);
    expect(screen(copy(true, 'unreadable')).stdout).toBe(expected.stdout);
    expect(screen(copy(false, 'real')).stdout).toBe(expected.stdout);
    const neither = screen(copy(false, 'unreadable'));
    expect(neither.status).not.toBe(0);
    expect(neither.stdout).toBe('');
  });

  it('screen writes nothing to the data folder: a new one is not created, one with data keeps every file and row', () => {
    const file = write('screen.csv', 'name,aliases,country,parent,identifiers\nHuawei Cloud,华为云,CN,Huawei Technologies Co. Ltd.,\nAcme Widgets Ltd,,GB,,\n');
    const screen = (data: string) => {
      const r = cli(['screen', '--vendors', file, '--format', 'json', '--data-dir', data]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).results.map((x: { status: string }) => x.status);
    };
    const fresh = path.join(tempDir(), 'never-used');
    expect(screen(fresh)).toEqual(['match', 'clear']);
    expect(fs.existsSync(fresh)).toBe(false);

    // A folder with vendors, the bundled lists stored, screenings, scores and an audit chain.
    const data = tempDir();
    expect(cli(['demo', 'load', '--data-dir', data]).code).toBe(0);
    expect(cli(['score', '--format', 'json', '--data-dir', data]).code).toBe(0);
    const before = folderState(data);
    expect(before.tables.list_entries).toBeGreaterThan(0);
    expect(screen(data)).toEqual(['match', 'clear']);
    expect(folderState(data)).toEqual(before);
  }, 300_000);

  it('scores every vendor, screening those never screened, with factors that add up', () => {
    const data = tempDir();
    cli(['demo', 'load', '--data-dir', data]);
    const r = cli(['score', '--format', 'json', '--data-dir', data]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.methodology).toEqual({ id: 'vetter-risk', version: 2 });
    expect(out.vendors).toHaveLength(32);
    for (const v of out.vendors) {
      expect(Object.keys(v).sort()).toEqual(['coverage', 'factors', 'id', 'known', 'name', 'score', 'tier', 'unassessed']);
      // Version 2: the score is the known risk; the demo answers nothing, so every applicable criterion is open.
      expect(v.known).toEqual({ score: v.score, tier: v.tier });
      expect(v.coverage).toEqual({ answered: 0, verified: 0, applicable: expect.any(Number) });
      expect(v.coverage.applicable).toBeGreaterThanOrEqual(16);
      // What the open questions add at worst, on top of the known risk, never past 100.
      expect(v.unassessed).toBeGreaterThanOrEqual(0);
      expect(v.known.score + v.unassessed).toBeLessThanOrEqual(100);
      expect(['Low', 'Moderate', 'High', 'Critical', 'Prohibited']).toContain(v.tier);
      const total = v.factors.reduce((a: number, f: { contribution: number }) => a + f.contribution, 0);
      expect(Math.round(total * 10) / 10).toBe(v.score);
      for (const f of v.factors) expect(Object.keys(f).sort()).toEqual(['contribution', 'detail', 'factor']);
    }
    expect(out.vendors.filter((v: { unassessed: number }) => v.unassessed > 0).length).toBeGreaterThan(20);
    const huawei = out.vendors.find((v: { name: string }) => v.name.startsWith('Huawei Cloud'));
    expect(huawei.factors.some((f: { factor: string; detail: string }) => f.factor.startsWith('designation:') && /Huawei/.test(f.detail))).toBe(true);
  });

  it('writes vendor and portfolio reports and verifies them byte for byte', () => {
    const data = tempDir();
    expect(cli(['demo', 'load', '--data-dir', data]).code).toBe(0);
    const dir = tempDir();
    const vendorPdf = path.join(dir, 'huawei.pdf');
    const made = cli(['report', 'vendor', '--name', 'huawei cloud', '--out', vendorPdf, '--data-dir', data]);
    expect(made.code, made.stderr).toBe(0);
    const id = /^(VR-[0-9A-Z]{10}) written to /.exec(made.stdout)?.[1];
    expect(id).toBeDefined();
    expect(fs.readFileSync(vendorPdf).subarray(0, 5).toString()).toBe('%PDF-');

    const verified = cli(['report', 'verify', vendorPdf, '--data-dir', data]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout.trim()).toBe(id);

    const changed = fs.readFileSync(vendorPdf);
    const at = changed.length - 100;
    changed[at] = (changed[at] as number) ^ 1;
    const tampered = path.join(dir, 'tampered.pdf');
    fs.writeFileSync(tampered, changed);
    const rejected = cli(['report', 'verify', tampered, '--data-dir', data]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/Not verified/);

    const portfolioPdf = path.join(dir, 'portfolio.pdf');
    const portfolio = cli(['report', 'portfolio', '--out', portfolioPdf, '--data-dir', data]);
    expect(portfolio.code, portfolio.stderr).toBe(0);
    expect(portfolio.stdout).toMatch(/^PR-[0-9A-Z]{10} written to /);
    // A report from another database is not one of this database's reports.
    expect(cli(['report', 'verify', portfolioPdf, '--data-dir', tempDir()]).code).toBe(1);
  }, 120_000);

  it('exports a questionnaire and imports it filled in: N answers for VENDOR, or exit 1 naming the sheet and cell', async () => {
    const data = tempDir();
    expect(cli(['demo', 'load', '--data-dir', data]).code).toBe(0);
    const dir = tempDir();
    const sent = path.join(dir, 'sap.xlsx');
    const exported = cli(['questionnaire', 'export', '--vendor', 'sap se', '--out', sent, '--lang', 'en+zh', '--data-dir', data]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Q-\d{8}-[0-9A-Z]{6} written to \S+sap\.xlsx \(\d+ questions for SAP SE\)\n$/);

    // The vendor's side: a script fills two answers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sent);
    const questions = workbook.getWorksheet('Questions')!;
    const row = (id: string) => questions.getColumn('A').values.indexOf(id);
    questions.getCell(`G${row('T3')}`).value = 'Yes';
    questions.getCell(`G${row('R2')}`).value = 'Within 24 hours';
    const returned = path.join(dir, 'returned.xlsx');
    await workbook.xlsx.writeFile(returned);
    const imported = cli(['questionnaire', 'import', returned, '--data-dir', data]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe('2 answers for SAP SE\n');

    questions.getCell(`G${row('T3')}`).value = 'Maybe';
    const bad = path.join(dir, 'bad.xlsx');
    await workbook.xlsx.writeFile(bad);
    const refused = cli(['questionnaire', 'import', bad, '--data-dir', data]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(new RegExp(`^bad\\.xlsx: sheet "Questions", cell G${row('T3')}: "Maybe" is not one of the answers allowed to T3`));
    const elsewhere = cli(['questionnaire', 'import', returned, '--vendor', 'Huawei Cloud', '--data-dir', data]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/sheet "Vetter", cell B3: this questionnaire was sent to SAP SE, not to Huawei Cloud/);
  }, 120_000);

  it('exports one questionnaire per vendor into a folder, with the PDF copies; an unknown name writes nothing', () => {
    const data = tempDir();
    expect(cli(['demo', 'load', '--data-dir', data]).code).toBe(0);
    const folder = path.join(tempDir(), 'to send');
    const bulk = cli(['questionnaire', 'export', '--vendor', 'SAP SE', '--vendor', 'Huawei Cloud', '--out', folder, '--pdf', '--data-dir', data]);
    expect(bulk.code, bulk.stderr).toBe(0);
    const names = fs.readdirSync(folder).sort();
    expect(names).toHaveLength(4);
    const workbooks = names.filter((n) => n.endsWith('.xlsx'));
    expect(workbooks).toEqual(expect.arrayContaining([expect.stringMatching(/^Questionnaire Q-\S+ Huawei Cloud Computing Technologies Co\., Ltd\.xlsx$/), expect.stringMatching(/^Questionnaire Q-\S+ SAP SE\.xlsx$/)]));
    for (const pdf of names.filter((n) => n.endsWith('.pdf'))) expect(fs.readFileSync(path.join(folder, pdf)).subarray(0, 5).toString()).toBe('%PDF-');

    const none = path.join(tempDir(), 'none');
    const unknown = cli(['questionnaire', 'export', '--vendor', 'SAP SE', '--vendor', 'No Such Vendor', '--out', none, '--data-dir', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No vendor is named "No Such Vendor"/);
    expect(fs.existsSync(none)).toBe(false);
    const usage = cli(['questionnaire', 'export', '--vendor', 'SAP SE', '--out', path.join(none, 'q.pdf'), '--data-dir', data]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--out names the workbook: FILE\.xlsx/);
    expect(cli(['questionnaire', 'export', '--vendor', 'SAP SE', '--out', none, '--lang', 'fr', '--data-dir', data]).code).toBe(2);
  }, 120_000);

  it('says what to do when a report cannot be made', () => {
    const data = tempDir();
    expect(cli(['demo', 'load', '--data-dir', data]).code).toBe(0);
    const out = path.join(tempDir(), 'r.pdf');
    const unknown = cli(['report', 'vendor', '--name', 'No Such Vendor', '--out', out, '--data-dir', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No vendor is named "No Such Vendor"/);
    const noChromium = cli(['report', 'vendor', '--name', 'SAP SE', '--out', out, '--data-dir', data], { VETTER_CHROMIUM: '/no/such/chromium' });
    expect(noChromium.code).toBe(1);
    expect(noChromium.stderr).toMatch(/VETTER_CHROMIUM/);
    expect(fs.existsSync(out)).toBe(false);
    const noOut = cli(['report', 'portfolio', '--data-dir', data]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out FILE\.pdf/);
  }, 60_000);

  it('imports ownership files all or nothing, and shows a vendor’s owners with the rules’ findings', () => {
    const data = tempDir();
    const fixtures = path.join(ROOT, 'tests', 'fixtures', 'ownership');
    const ftm = cli(['ownership', 'import', path.join(fixtures, 'northwind.ftm.jsonl'), '--data-dir', data]);
    expect(ftm.code, ftm.stderr).toBe(0);
    expect(ftm.stdout).toBe(
      'Imported northwind.ftm.jsonl (FollowTheMoney JSON lines): 5 parties (5 added, 0 updated), 4 links (4 added, 0 updated). ' +
        'Left out: 1 Sanction, 1 Address, 1 Vessel, 1 Ownership of or by another kind of entity.\n',
    );
    const listed = cli(['ownership', 'import', path.join(fixtures, 'northwind-listed.csv'), '--data-dir', data]);
    expect(listed.stdout).toBe('Imported northwind-listed.csv (CSV): 3 parties (3 added, 0 updated), 5 links (5 added, 0 updated).\n');

    const before = folderState(data).tables;
    const bad = cli(['ownership', 'import', write('bad.csv', 'owner,owned,percentage\nAlpha Ltd,Beta Ltd,150\nAlpha Ltd,,\n'), '--data-dir', data]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('bad.csv: line 2, percentage: 150 is more than 100 %\nbad.csv: line 3, owned: a name is required\nNothing was imported. Fix the lines above and run the import again.\n');
    expect(folderState(data).tables).toEqual(before);

    expect(cli(['vendors', 'import', write('v.csv', `${HEADER}\nNorthwind Cloud Limited,,GB,,,SaaS,None,high,,\n`), '--data-dir', data]).code).toBe(0);
    const text = cli(['ownership', 'show', '--vendor', 'northwind cloud limited', '--format', 'text', '--as-of', '2026-06-30', '--data-dir', data]);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Northwind Cloud Limited: ownership as of 2026-06-30', '', 'Northwind Cloud Ltd (GB): blocked', '  Owners:']);
    expect(lines).toContain('    Raybeam Optronics Co. Ltd. [SDN, trade.gov Consolidated Screening List]: 30 % shareholding, from 2019-01-01 (source: Registry extract 2025)');
    expect(lines).toContain(
      "  blocked (OFAC's 50 % rule): owned 55 % in aggregate by SDN persons: Raybeam Optronics Co. Ltd. 30 % directly; " +
        'ICGOO Electronics Limited 25 % via Harbour Holdings Ltd (ICGOO Electronics Limited owns 50 % of Harbour Holdings Ltd)',
    );
    expect(lines).toContain('  controlled (control): controlled by Huawei Technologies Co., Ltd. (1260H): Huawei Technologies Co., Ltd. controls Northwind Cloud Ltd by VIE contract');

    const json = cli(['ownership', 'show', '--vendor', 'Northwind Cloud Limited', '--format', 'json', '--as-of', '2026-06-30', '--data-dir', data]);
    const shown = JSON.parse(json.stdout);
    expect(shown.parties[0].evaluation.findings[0]).toMatchObject({ rule: 'ofac-50', status: 'blocked', aggregate: 55, lists: ['SDN'] });
    expect(shown.parties[0].evaluation.findings[0].paths[1]).toEqual([
      { partyId: 'csv:icgoo electronics limited', name: 'ICGOO Electronics Limited', percentage: 50, kind: 'shareholding' },
      { partyId: 'ftm:nw-holding', name: 'Harbour Holdings Ltd', percentage: 25, kind: 'shareholding' },
    ]);
    expect(cli(['ownership', 'show', '--vendor', 'Nobody Ltd', '--format', 'text', '--data-dir', data]).stderr).toMatch(/No vendor is named "Nobody Ltd"/);
    expect(cli(['ownership', 'show', '--vendor', 'Northwind Cloud Limited', '--format', 'yaml', '--data-dir', data]).code).toBe(2);
  }, 60_000);

  it('prints its usage with --help, and with no command (exit 2)', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}vetter vendors import FILE/);
    expect(help.stderr).toBe('');
    expect(cli([]).code).toBe(2);
  });

  it('runs through `npm run --silent cli --`: only the command output on stdout, and its exit code', () => {
    const data = tempDir();
    const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    const listed = npm(['vendors', 'list', '--format', 'json', '--data-dir', data]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);
    const bad = npm(['vendors', 'list', '--format', 'yaml', '--data-dir', data]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format takes json or csv/);
  });

  it('explains bad usage', () => {
    const r = cli(['vendors', 'list', '--format', 'yaml', '--data-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format takes json or csv/);
    const missing = cli(['vendors', 'import', '/no/such/file.csv', '--data-dir', tempDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No such file/);
  });
});
