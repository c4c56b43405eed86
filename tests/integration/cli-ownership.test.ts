// Owner hits at the command line: `hits list` and `screen` print `via: "owner"` with the path and OFAC's aggregate,
// and the vendor report prints the ownership graph (its page rendered to PNG, for a person to look at).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { ROOT, tempDir } from '../helpers';

beforeAll(buildIfStale, 300_000);

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, VETTER_KEY_PASSPHRASE: 'cli test passphrase' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OWNERS = path.join(ROOT, 'tests', 'fixtures', 'ownership', 'northwind-listed.csv');
const RENDERS = path.join(ROOT, 'test-results', 'renders');

describe('owner hits at the command line', () => {
  it('prints the path and aggregate in the hits JSON and the screening JSON, and the ownership graph in the vendor report', () => {
    const data = tempDir();
    const vendors = path.join(tempDir(), 'v.csv');
    fs.writeFileSync(vendors, 'name,country\nNorthwind Cloud Ltd,GB\n');
    expect(cli(['vendors', 'import', vendors, '--data-dir', data]).code).toBe(0);
    const imported = cli(['ownership', 'import', OWNERS, '--data-dir', data]);
    expect(imported.code, imported.stderr).toBe(0);

    // The report screens the vendor first, through its owners too.
    const pdf = path.join(tempDir(), 'northwind.pdf');
    const made = cli(['report', 'vendor', '--name', 'Northwind Cloud Ltd', '--out', pdf, '--data-dir', data]);
    expect(made.code, made.stderr).toBe(0);

    const hits = cli(['hits', 'list', '--vendor', 'Northwind Cloud Ltd', '--format', 'json', '--data-dir', data]);
    expect(hits.code, hits.stderr).toBe(0);
    const owners = (JSON.parse(hits.stdout) as { via: string; list: string; matchedName: string; band: string; path: unknown; aggregate: unknown }[]).filter((h) => h.via === 'owner');
    expect(owners.map(({ list, matchedName, band, path: p, aggregate }) => ({ list, matchedName, band, path: p, aggregate })).sort((a, b) => a.matchedName.localeCompare(b.matchedName))).toEqual([
      { list: 'dod-1260h', matchedName: 'Huawei Technologies Co., Ltd.', band: 'match', path: [{ name: 'Huawei Technologies Co., Ltd.', percentage: null, kind: 'vie_contract' }], aggregate: null },
      {
        list: 'ofac-sdn',
        matchedName: 'ICGOO Electronics Limited',
        band: 'match',
        path: [
          { name: 'ICGOO Electronics Limited', percentage: 50, kind: 'shareholding' },
          { name: 'Harbour Holdings Ltd', percentage: 25, kind: 'shareholding' },
        ],
        aggregate: 55,
      },
      { list: 'ofac-sdn', matchedName: 'Raybeam Optronics Co. Ltd.', band: 'match', path: [{ name: 'Raybeam Optronics Co. Ltd.', percentage: 30, kind: 'shareholding' }], aggregate: 55 },
    ]);

    // Names outside the inventory that the graph bears are screened through their owners as well.
    const names = path.join(tempDir(), 'names.csv');
    fs.writeFileSync(names, 'name\nNorthwind Cloud Ltd\n');
    const screened = cli(['screen', '--vendors', names, '--format', 'json', '--data-dir', data]);
    expect(screened.code, screened.stderr).toBe(0);
    const [result] = JSON.parse(screened.stdout).results as { status: string; hits: { via: string; path?: unknown; aggregate?: number | null; explanation: string }[] }[];
    expect(result!.status).toBe('match');
    const sdn = result!.hits.find((h) => h.via === 'owner' && h.aggregate === 55 && Array.isArray(h.path) && h.path.length === 1)!;
    expect(sdn.explanation).toMatch(/^owned 55 % in aggregate by SDN persons: Raybeam Optronics Co\. Ltd\. 30 % directly; ICGOO Electronics Limited 25 % via Harbour Holdings Ltd/);
    expect(result!.hits.filter((h) => h.via !== 'owner').every((h) => !('path' in h))).toBe(true);

    // The report's Ownership section: the graph and its findings in words.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Ownership/);
    expect(text).toMatch(/owned 55 % in aggregate by SDN persons/);
    expect(text).toMatch(/Listed: SDN/);
    const page = text.split('\f').findIndex((p) => /What the ownership rules find/.test(p)) + 1;
    expect(page).toBeGreaterThan(0);
    fs.mkdirSync(RENDERS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(RENDERS, 'ownership-report-page')]);
    expect(fs.statSync(path.join(RENDERS, 'ownership-report-page.png')).size).toBeGreaterThan(10_000);
  }, 180_000);
});
