import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook, type CellValue } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, newVendorInput, type Vendor, type VendorInput } from '../../electron/core/contract';
import { EXPORT_HEADERS, exportCsv, exportXlsx, neutraliseCell, vendorsToRows } from '../../electron/core/vendors/export';
import { guessMapping, rowsToVendors, unneutraliseCell } from '../../electron/core/vendors/import-rows';
import { eachInput, planFile } from '../../electron/core/vendors/import';
import { readTableFile } from '../../electron/core/vendors/table-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-export-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function vendor(id: string, input: Partial<VendorInput> & { legalName: string }): Vendor {
  return {
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
    updatedBy: 'ana',
    ...newVendorInput(),
    ...input,
  };
}

function inputOf({ id: _id, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...input }: Vendor): VendorInput {
  return input;
}

const FULL = vendor('v1', {
  legalName: 'Acme Cloud Ltd',
  otherNames: [
    { name: 'Acme', kind: 'trading' },
    { name: 'Acme Old', kind: 'former' },
    { name: '爱克美', kind: 'local-script' },
    { name: 'ACL', kind: 'other' },
    { name: '爱', kind: 'other' },
    { name: 'Ac (Former)', kind: 'other' },
  ],
  // As a user typed them (spaces, dashes, lower case): the export writes them so and the import gives them back.
  identifiers: [
    { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
    { scheme: 'DUNS', value: '12-345-6789' },
    { scheme: 'REG', value: 'hrb 12345' },
    { scheme: 'TAX', value: 'GB 123 4567 89' },
  ],
  countryOfIncorporation: 'GB',
  countryOfHeadquarters: 'US',
  parentName: 'Acme Holdings, "plc"',
  website: 'https://acme.example/path?q=1',
  services: ['SaaS', 'AI model/API'],
  dataShared: ['Customer personal data', 'IP addresses / device data'],
  criticality: 'high',
  contractOwner: 'Jo Bloggs',
  contractStart: '2025-01-01',
  contractEnd: '2026-12-31',
  annualSpend: 1234567.89,
  tags: ['cloud', 'eu, uk'],
  notes: 'Line one\nLine two, with "quotes" and ; semicolons\n<script>alert(1)</script> \u202E',
});
const MINIMAL = vendor('v2', { legalName: '华为技术有限公司' });
const HOSTILE = vendor('v3', { legalName: 'Beta', parentName: '=HYPERLINK("http://evil.example")', contractOwner: '@admin', notes: '+1 555' });

describe('neutraliseCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes an apostrophe to a cell starting with %j', (lead) => {
    expect(neutraliseCell(`${lead}SUM(A1:A9)`)).toBe(`'${lead}SUM(A1:A9)`);
  });

  it.each(['', 'Acme', 'a=b', ' =1', "'Quoted' Ltd", "'s-Hertogenbosch BV", '1-2'])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it.each(["'=1", "''-note", "'@x"])('adds one more apostrophe to %j, so that an import removes exactly one', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
    expect(unneutraliseCell(neutraliseCell(value))).toBe(value);
  });
});

describe('vendorsToRows', () => {
  it('writes import-format cells: codes, "; " lists, plain numbers, neutralised text', () => {
    const [full, minimal, hostile] = vendorsToRows([FULL, MINIMAL, HOSTILE]);
    expect(full).toEqual([
      'Acme Cloud Ltd',
      'Acme (trading); Acme Old (former); 爱克美; ACL; 爱 (other); Ac (Former) (other)',
      'GB',
      'US',
      'LEI:5493001KJTIIGC8Y1R12; DUNS:12-345-6789; REG:hrb 12345; TAX:GB 123 4567 89',
      'Acme Holdings, "plc"',
      'https://acme.example/path?q=1',
      'SaaS; AI model/API',
      'Customer personal data; IP addresses / device data',
      'high',
      'Jo Bloggs',
      '2025-01-01',
      '2026-12-31',
      '1234567.89',
      'cloud; eu, uk',
      FULL.notes,
    ]);
    expect(minimal).toEqual(['华为技术有限公司', ...Array<string>(IMPORT_FIELDS.length - 1).fill('')]);
    expect(hostile?.[EXPORT_HEADERS.indexOf('parent')]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(hostile?.[EXPORT_HEADERS.indexOf('owner')]).toBe("'@admin");
    expect(hostile?.[EXPORT_HEADERS.indexOf('notes')]).toBe("'+1 555");
  });

  it('uses exactly the import field names as headers', () => {
    expect(EXPORT_HEADERS).toEqual(IMPORT_FIELDS);
  });
});

describe('exportCsv', () => {
  it('starts with a byte-order mark and uses CRLF line ends', () => {
    const csv = exportCsv([MINIMAL, HOSTILE]);
    expect(csv.startsWith(`\uFEFF${IMPORT_FIELDS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(csv).toContain('Beta,,,,,"\'=HYPERLINK(""http://evil.example"")"');
    expect(csv).not.toMatch(/,[=+\-@]/);
  });
});

describe('exportXlsx', () => {
  it('writes a workbook exceljs can read: bold frozen header, autofilter, plain values', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await exportXlsx([FULL, MINIMAL, HOSTILE])).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...IMPORT_FIELDS]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:P1');
    for (let c = 1; c <= IMPORT_FIELDS.length; c++) {
      const width = sheet.getColumn(c).width ?? 0;
      expect(width).toBeGreaterThanOrEqual(10);
      expect(width).toBeLessThanOrEqual(60);
    }
    expect(sheet.rowCount).toBe(4);
    const spend = sheet.getRow(2).getCell(IMPORT_FIELDS.indexOf('annual_spend') + 1).value;
    expect(spend).toBe(1234567.89);
    const cells: CellValue[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    for (const value of cells) expect(['string', 'number']).toContain(typeof value);
    expect(sheet.getRow(4).getCell(IMPORT_FIELDS.indexOf('parent') + 1).value).toBe('\'=HYPERLINK("http://evil.example")');
  });
});

describe('export then import', () => {
  const vendors = [FULL, MINIMAL, HOSTILE];
  // Neutralised cells lose their apostrophe again on the way in: every value comes back exactly.
  const expected = vendors.map(inputOf);

  async function reimport(file: string): Promise<VendorInput[]> {
    const table = await readTableFile(file);
    expect(table.headers).toEqual(IMPORT_FIELDS);
    expect(table.warnings).toEqual([]);
    const result = rowsToVendors(table.headers, table.rows, guessMapping(table.headers));
    expect(result.problems).toEqual([]);
    expect(result.vendors.map((v) => v.row)).toEqual([2, 3, 4]);
    return result.vendors.map((v) => v.input);
  }

  it('gives back the same vendors from CSV', async () => {
    const file = path.join(dir, 'round-trip.csv');
    fs.writeFileSync(file, exportCsv(vendors), 'utf8');
    expect(await reimport(file)).toEqual(expected);
  });

  it('gives back the same vendors from XLSX', async () => {
    const file = path.join(dir, 'round-trip.xlsx');
    fs.writeFileSync(file, await exportXlsx(vendors));
    expect(await reimport(file)).toEqual(expected);
  });
});

describe('export then import, with values a spreadsheet would run or that start with apostrophes', () => {
  // Each starts with a character the export neutralises, or with apostrophes the user typed; all must come back.
  const tricky = [
    vendor('t1', { legalName: '- note Holdings', notes: '- note', parentName: '+44 20 7946 0000', contractOwner: '@admin' }),
    vendor('t2', { legalName: '=Equals Ltd', notes: "'=1", parentName: "''-two apostrophes", contractOwner: "'@quoted" }),
    vendor('t3', { legalName: "'s-Hertogenbosch Holdings BV", notes: "'Quoted' note", parentName: "'", contractOwner: "''" }),
    vendor('t4', { legalName: '+Plus Corp', otherNames: [{ name: '=Alias', kind: 'trading' }, { name: "'-x", kind: 'other' }], tags: ['-tag', "'=tag", '@tag'], notes: '-5' }),
    vendor('t5', { legalName: '@Mention AG', notes: '=HYPERLINK("http://evil.example","x")\nsecond line', website: 'https://example.com/-path' }),
  ];
  const expected = tricky.map(inputOf);

  async function reimport(file: string): Promise<VendorInput[]> {
    const plan = await planFile(file);
    expect(plan.problems).toEqual([]);
    const inputs: VendorInput[] = [];
    eachInput(plan.vendors, (_i, input) => inputs.push(input));
    return inputs;
  }

  it('CSV: every value comes back exactly, and no cell of the file starts as a formula', async () => {
    const csv = exportCsv(tricky);
    for (const line of csv.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
    const file = path.join(dir, 'tricky.csv');
    fs.writeFileSync(file, csv, 'utf8');
    expect(await reimport(file)).toEqual(expected);
  });

  it('XLSX: every value comes back exactly, and no text cell of the workbook starts as a formula', async () => {
    const bytes = await exportXlsx(tricky);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && expect(cell.value).not.toMatch(/^[=+\-@]/)));
    const file = path.join(dir, 'tricky.xlsx');
    fs.writeFileSync(file, bytes);
    expect(await reimport(file)).toEqual(expected);
  });

  it('a user\'s own file keeps an apostrophe that does not stand before = + - @ tab or carriage return', async () => {
    const file = path.join(dir, 'typed.csv');
    fs.writeFileSync(file, "name,notes\n'Quoted' Ltd,'s-Hertogenbosch\n'-Dash Ltd,'+1 555\n");
    const inputs = await reimport(file);
    expect(inputs.map((i) => [i.legalName, i.notes])).toEqual([
      ["'Quoted' Ltd", "'s-Hertogenbosch"],
      ['-Dash Ltd', '+1 555'],
    ]);
  });
});
