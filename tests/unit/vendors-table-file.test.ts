import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import { MAX_IMPORT_BYTES, readTableFile } from '../../electron/core/vendors/table-file';

let dir: string;
let fileCount = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-table-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(content: string | Uint8Array, name = `file-${++fileCount}.csv`): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The bad_file error readTableFile rejects with; fails the test if it resolves. */
async function rejection(file: string): Promise<VetterError> {
  const outcome = await readTableFile(file).then(
    (table) => table,
    (err: unknown) => err,
  );
  expect(outcome).toBeInstanceOf(VetterError);
  const error = outcome as VetterError;
  expect(error.code).toBe('bad_file');
  return error;
}

async function xlsxBytes(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTableFile: CSV', () => {
  it('reads headers and trimmed cells with spreadsheet row numbers', async () => {
    const text = 'name,country, services \nAcme Ltd , GB,SaaS\r\nBeta Inc,US,\n';
    const table = await readTableFile(write(text));
    expect(table).toEqual({
      format: 'csv',
      sha256: createHash('sha256').update(text).digest('hex'),
      headers: ['name', 'country', 'services'],
      rows: [
        { row: 2, cells: ['Acme Ltd', 'GB', 'SaaS'] },
        { row: 3, cells: ['Beta Inc', 'US', ''] },
      ],
      warnings: [],
    });
  });

  it('chooses the format by content, not by file name', async () => {
    const csvNamedXlsx = await readTableFile(write('name\nAcme\n', 'looks-like.xlsx'));
    expect(csvNamedXlsx.format).toBe('csv');
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['name']);
      ws.addRow(['Acme']);
    });
    const xlsxNamedCsv = await readTableFile(write(bytes, 'looks-like.csv'));
    expect(xlsxNamedCsv.format).toBe('xlsx');
    expect(xlsxNamedCsv.rows).toEqual([{ row: 2, cells: ['Acme'] }]);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    // Quoted headers, as Excel writes them: a BOM left in place would break the opening quote.
    const table = await readTableFile(write('\uFEFF"name","notes"\nAcmé,ü\n'));
    expect(table.headers).toEqual(['name', 'notes']);
    expect(table.rows[0]?.cells).toEqual(['Acmé', 'ü']);
  });

  it('decodes UTF-16 LE and BE when a byte-order mark says so', async () => {
    const text = '\uFEFFname;country\n华为;CN\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    for (const bytes of [le, be]) {
      const table = await readTableFile(write(bytes));
      expect(table.headers).toEqual(['name', 'country']);
      expect(table.rows).toEqual([{ row: 2, cells: ['华为', 'CN'] }]);
    }
  });

  it('detects ; and tab delimiters, even in a two-line file', async () => {
    const semicolon = await readTableFile(write('name;country\nAcme, Inc.;US\n'));
    expect(semicolon.rows[0]?.cells).toEqual(['Acme, Inc.', 'US']);
    const tab = await readTableFile(write('name\tcountry\nAcme; Inc.\tUS\n'));
    expect(tab.rows[0]?.cells).toEqual(['Acme; Inc.', 'US']);
    const blankLinesFirst = await readTableFile(write('\r\n\nname;country\nAcme;US\n'));
    expect(blankLinesFirst.rows).toEqual([{ row: 4, cells: ['Acme', 'US'] }]);
  });

  it('keeps a comma delimiter when values contain semicolons', async () => {
    const table = await readTableFile(write('name,services\nA,SaaS; Hardware; IaaS/PaaS\nB,SaaS; Hardware\n'));
    expect(table.headers).toEqual(['name', 'services']);
    expect(table.rows[0]?.cells).toEqual(['A', 'SaaS; Hardware; IaaS/PaaS']);
  });

  it('reads a quoted multi-line cell as one cell and numbers rows by record', async () => {
    const table = await readTableFile(write('name,notes\r\nAcme,"line one\r\nline two, with ""quotes"""\r\nBeta,x\r\n'));
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', 'line one\nline two, with "quotes"'] },
      { row: 3, cells: ['Beta', 'x'] },
    ]);
  });

  it('reads mixed line endings as separate rows', async () => {
    const table = await readTableFile(write('name,country\r\nAcme,GB\nBeta,US\rGamma,FR\r\n'));
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Acme', 'GB'],
      ['Beta', 'US'],
      ['Gamma', 'FR'],
    ]);
  });

  it('skips empty rows with a warning and keeps the real row numbers', async () => {
    const table = await readTableFile(write('\nname,country\nAcme,GB\n\n , \nBeta,US\n\n\n'));
    expect(table.headers).toEqual(['name', 'country']);
    expect(table.rows.map((r) => r.row)).toEqual([3, 6]);
    expect(table.warnings).toEqual(['2 empty row(s) were skipped.']);
  });

  it('names unnamed columns and drops unnamed empty columns at the right', async () => {
    const table = await readTableFile(write('name,,country,,\nAcme,x,GB,,\n'));
    expect(table.headers).toEqual(['name', 'Column 2', 'country']);
    expect(table.rows[0]?.cells).toEqual(['Acme', 'x', 'GB']);
  });

  it('pads short rows and tolerates extra empty cells', async () => {
    const table = await readTableFile(write('name,country,notes\nAcme\nBeta,US,n,,\n'));
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', '', ''] },
      { row: 3, cells: ['Beta', 'US', 'n'] },
    ]);
  });

  it('keeps hostile strings exactly as written', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '<script>alert(1)</script>',
      "'; DROP TABLE vendors; --",
      '\u202Egnp.exe',
      '@SUM(1+1)',
      'x'.repeat(10_000),
    ];
    const escaped = hostile.map((h) => `"${h.replaceAll('"', '""')}"`).join(',');
    const table = await readTableFile(write(`${hostile.map((_, i) => `c${i}`).join(',')}\n${escaped}\n`));
    expect(table.rows[0]?.cells).toEqual(hostile);
  });
});

describe('readTableFile: XLSX', () => {
  it('converts cell values to the text the user sees', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Vendors');
      ws.addRow(['name', 'start', 'spend', 'formula', 'rich', 'link', 'active', 'empty', 'small', 'sum']);
      ws.addRow([
        'Acme',
        new Date(Date.UTC(2025, 0, 31)),
        1200000.5,
        { formula: 'A2&"-x"', result: 'Acme-x' },
        { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'plain' }] },
        { text: 'acme.example', hyperlink: 'https://acme.example' },
        true,
        null,
        0.0000001,
        0.1 + 0.2,
      ]);
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    });
    const table = await readTableFile(write(bytes, 'v.xlsx'));
    expect(table.format).toBe('xlsx');
    expect(table.headers).toEqual(['name', 'start', 'spend', 'formula', 'rich', 'link', 'active', 'empty', 'small', 'sum']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', '2025-01-31', '1200000.5', 'Acme-x', 'Bold plain', 'acme.example', 'true', '', '0.0000001', '0.3'] },
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('reads the first sheet only and warns about the others', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('Main').addRows([['name'], ['Acme']]);
      wb.addWorksheet('Other').addRows([['name'], ['Ignored']]);
    });
    const table = await readTableFile(write(bytes, 'v.xlsx'));
    expect(table.rows).toEqual([{ row: 2, cells: ['Acme'] }]);
    expect(table.warnings).toEqual(['The workbook has 2 sheets; only the first, "Main", was imported.']);
  });

  it('warns about formulas without a saved result and keeps merged values in the top-left cell only', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRows([
        ['name', 'a', 'b'],
        ['Acme', 'merged', ''],
        ['Beta', { formula: 'A1' }, 'x'],
      ]);
      ws.mergeCells('B2:C2');
    });
    const table = await readTableFile(write(bytes, 'v.xlsx'));
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', 'merged', ''] },
      { row: 3, cells: ['Beta', '', 'x'] },
    ]);
    expect(table.warnings).toEqual([
      '1 formula cell(s) have no saved result and were read as empty (first: B3). Open the file in Excel, save it, and import it again.',
    ]);
  });

  it('keeps real spreadsheet row numbers around blank rows', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'name';
      ws.getCell('A2').value = 'Acme';
      ws.getCell('A5').value = 'Beta';
    });
    const table = await readTableFile(write(bytes, 'v.xlsx'));
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(table.warnings).toEqual(['2 empty row(s) were skipped.']);
  });

  it('rejects an empty sheet and a sheet with only a header', async () => {
    const empty = await xlsxBytes((wb) => wb.addWorksheet('Blank'));
    expect((await rejection(write(empty, 'e.xlsx'))).message).toMatch(/^e\.xlsx: the file is empty.*"Blank"/);
    const headerOnly = await xlsxBytes((wb) => wb.addWorksheet('S').addRow(['name', 'country']));
    expect((await rejection(write(headerOnly, 'h.xlsx'))).message).toMatch(/^h\.xlsx: the file has a header row \(row 1\) but no vendor rows/);
  });

  it('rejects a row with more values than header columns, naming the row', async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet('S').addRows([['name'], ['Acme'], ['Beta', 'extra']]));
    expect((await rejection(write(bytes, 'v.xlsx'))).message).toMatch(/^v\.xlsx, sheet "S", row 3: the row has 2 cells but the header has only 1 columns \(the first extra value is in column B\)/);
  });
});

describe('readTableFile: bad files', () => {
  it('rejects an empty or whitespace-only file', async () => {
    for (const content of ['', '  \r\n\t\n', '\uFEFF']) {
      expect((await rejection(write(content, 'empty.csv'))).message).toMatch(/^empty\.csv: the file is empty/);
    }
  });

  it('rejects a header without data rows', async () => {
    for (const content of ['name,country\n', 'name,country\n\n , \n']) {
      expect((await rejection(write(content))).message).toMatch(/header row \(row 1\) but no vendor rows/);
    }
  });

  it('rejects a file over the size limit by its size, before reading it', async () => {
    // 50 MB that would fail differently (invalid UTF-8 at the end) if it were read.
    const bytes = Buffer.alloc(50 * 1024 * 1024, 'name\nAcme\n');
    bytes[bytes.length - 1] = 0xe9;
    const file = write(bytes, 'big.csv');
    const error = await rejection(file);
    expect(error.message).toBe('big.csv: the file is 50 MB, larger than the 25 MB Vetter imports. Split it into smaller files and import them one at a time.');
    expect(MAX_IMPORT_BYTES).toBe(25 * 1024 * 1024);
  });

  it('names the line and byte offset of an invalid UTF-8 byte', async () => {
    // "Société" written in Latin-1: é is the single byte 0xE9.
    const bytes = Buffer.concat([Buffer.from('name,country\nAcme,GB\nSoci'), Buffer.from([0xe9]), Buffer.from('t\xe9,FR\n', 'latin1')]);
    const message = (await rejection(write(bytes))).message;
    expect(message).toContain('line 3 has an invalid byte (0xE9) at byte offset 25');
    expect(message).toContain('CSV UTF-8');
  });

  it.each([
    ['an overlong form', [0xc0, 0x80]],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0xe2, 0x82]],
  ])('finds the first invalid UTF-8 byte in %s', async (_label, invalid) => {
    // Valid multi-byte characters first, so offsets are counted in bytes, not characters.
    const bytes = Buffer.concat([Buffer.from('name\n€uro\nok'), Buffer.from(invalid)]);
    expect((await rejection(write(bytes))).message).toContain(`line 3 has an invalid byte (0x${invalid[0]!.toString(16).toUpperCase()}) at byte offset 14`);
  });

  it('rejects binary files and zips that are not workbooks', async () => {
    expect((await rejection(write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])))).message).toMatch(/binary data/);
    const utf16WithNul = Buffer.from([0xff, 0xfe, 0x6e, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x41, 0x00]);
    expect((await rejection(write(utf16WithNul))).message).toMatch(/binary data/);
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]);
    expect((await rejection(write(zip, 'z.xlsx'))).message).toMatch(/^z\.xlsx: the zip archive is damaged \(no end of central directory/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    expect((await rejection(write(xls, 'old.xls'))).message).toMatch(/^old\.xls: this is an old-style Excel workbook \(\.xls\)/);
  });

  it('rejects broken UTF-16', async () => {
    const oddLength = Buffer.concat([Buffer.from('\uFEFFname\nAcme\n', 'utf16le'), Buffer.from([0x41])]);
    expect((await rejection(write(oddLength))).message).toMatch(/not valid UTF-16/);
  });

  it('rejects duplicate header names, naming them and their columns', async () => {
    const message = (await rejection(write('name,country,Name\nA,GB,B\n', 'dup.csv'))).message;
    expect(message).toBe(
      'dup.csv, header row 1: the header row has duplicate column names: "name" (columns A and C). Rename or remove the extra columns so each name is used once.',
    );
  });

  it('rejects a row with more cells than the header, naming the row', async () => {
    const message = (await rejection(write('name,country\nAcme,GB\nBeta, Inc,US\n', 'v.csv'))).message;
    expect(message).toMatch(/^v\.csv, row 3: the row has 3 cells but the header has only 2 columns \(the first extra value is in column C\)\. .*double quotes/);
  });

  it('rejects an unterminated quote, naming the row', async () => {
    const message = (await rejection(write('name,notes\nAcme,ok\nBeta,"never closed\nGamma,x\n', 'q.csv'))).message;
    expect(message).toMatch(/^q\.csv, row 3: a double quote \("\) is never closed/);
  });

  it('rejects text after a closing quote, naming the row', async () => {
    const message = (await rejection(write('name,notes\n"Acme" Ltd,x\n', 'q.csv'))).message;
    expect(message).toMatch(/^q\.csv, row 2: a quoted cell has text after its closing quote/);
  });
});
