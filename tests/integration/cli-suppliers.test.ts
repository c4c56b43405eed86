// Suppliers at the command line: `vetter suppliers import FILE` prints how many suppliers for how many vendors, or
// exits 1 naming each bad line and field with nothing written; `vetter suppliers list [--vendor NAME] --format json`;
// `hits list` prints a hit through a supplier with the supplier and its service.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { ROOT, tempDir } from '../helpers';

beforeAll(buildIfStale, 300_000);

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SUPPLIERS = path.join(ROOT, 'tests', 'fixtures', 'suppliers', 'suppliers.csv');

describe('suppliers at the command line', () => {
  it('imports, refuses a bad file naming its lines, lists as JSON, and prints a supplier hit with its path', () => {
    const data = tempDir();
    const vendors = path.join(tempDir(), 'v.csv');
    fs.writeFileSync(vendors, 'name,country\nNorthwind Cloud Ltd,GB\nBirch Analytics Ltd,GB\n');
    expect(cli(['vendors', 'import', vendors, '--data-dir', data]).code).toBe(0);

    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, 'vendor,supplier,service,data_shared,country\nNorthwind Cloud Ltd,AWS,hosting,,US\nNorthwest Cloud,Azure,hosting,,US\n');
    const refused = cli(['suppliers', 'import', bad, '--data-dir', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad.csv: line 3, vendor: no vendor in the inventory is named "Northwest Cloud"');
    expect(refused.stderr).toContain('Nothing was imported.');
    // The country is checked before the vendors are looked up: the file is refused for it first.
    const badCountry = path.join(tempDir(), 'country.csv');
    fs.writeFileSync(badCountry, 'vendor,supplier,service,data_shared,country\nNorthwind Cloud Ltd,Azure,hosting,,Atlantis\n');
    expect(cli(['suppliers', 'import', badCountry, '--data-dir', data]).stderr).toMatch(/country\.csv: line 2, country: "Atlantis" is not a country we recognise/);
    expect(JSON.parse(cli(['suppliers', 'list', '--format', 'json', '--data-dir', data]).stdout)).toEqual([]);

    const imported = cli(['suppliers', 'import', SUPPLIERS, '--data-dir', data]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout.trim()).toBe('4 suppliers for 2 vendors (4 added, 0 updated) from suppliers.csv.');
    const listed = cli(['suppliers', 'list', '--vendor', 'Birch Analytics Ltd', '--format', 'json', '--data-dir', data]);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { vendor: string; supplier: string; service: string; country: string }[]).map((s) => [s.vendor, s.supplier, s.service, s.country])).toEqual([
      ['Birch Analytics Ltd', 'Amazon Web Services', 'IaaS/PaaS', 'US'],
      ['Birch Analytics Ltd', 'Zhipu AI', 'AI model/API', 'CN'],
    ]);
    expect(JSON.parse(cli(['suppliers', 'list', '--format', 'json', '--data-dir', data]).stdout)).toHaveLength(4);

    // Screening (here, before a report would) reaches the vendor through its listed supplier.
    expect(cli(['score', '--format', 'json', '--data-dir', data]).code).toBe(0);
    const hits = cli(['hits', 'list', '--vendor', 'Northwind Cloud Ltd', '--format', 'json', '--data-dir', data]);
    expect(hits.code, hits.stderr).toBe(0);
    const through = (JSON.parse(hits.stdout) as { via: string; list: string; band: string; supplier?: unknown; explanation?: string }[]).filter((h) => h.via === 'supplier');
    const sdn = through.find((h) => h.list === 'ofac-sdn')!;
    expect(sdn).toMatchObject({ band: 'review', supplier: { name: 'Raybeam Optronics Co. Ltd.', service: 'Hardware', country: 'CN' } });
    expect(sdn.explanation).toMatch(/^Supplier Raybeam Optronics Co\. Ltd\. \(hardware\) is on the OFAC SDN list/);
  });
});
