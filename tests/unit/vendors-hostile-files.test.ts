// The hostile vendor files the reliability probe found (issue #17), one by one: each is refused before it costs
// memory or time, by a message that names the file, the limit and the place; none takes the process down.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import { VendorFilePlans } from '../../electron/core/vendors/file-plans';
import { planFile } from '../../electron/core/vendors/import';
import { readTableFile, TABLE_LIMITS } from '../../electron/core/vendors/table-file';
import { MAX_MESSAGE_CHARS } from '../fuzz/check-outcome';
import { type Cell, NAMED_FILES, ods, xlsx, zip } from '../fuzz/hostile-vendor-files';
import { tempDir } from '../helpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('vetter-hostile-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function refusal(file: string): Promise<string> {
  const outcome = await planFile(file).then(
    () => null,
    (err: unknown) => err,
  );
  expect(outcome).toBeInstanceOf(VetterError);
  expect((outcome as VetterError).code).toBe('bad_file');
  const message = (outcome as VetterError).message;
  expect(message.length).toBeLessThan(MAX_MESSAGE_CHARS);
  return message;
}

describe('hostile vendor files are refused before they cost memory or time', () => {
  const expected: Record<string, RegExp> = {
    'whole-sheet-merge.xlsx': /^whole-sheet-merge\.xlsx, sheet "Vendors", cells A1:XFD1048576: a merged range of 1,048,576 rows × 16,384 columns; merged ranges may cover at most 10,000,000 cells/,
    'far-column.xlsx': /^far-column\.xlsx, sheet "Vendors", row 1, column XFD: a value lies beyond the 1,000 columns Vetter reads \(the last is column ALL\)/,
    'bomb.xlsx': /^bomb\.xlsx: the workbook is too large to read: its part "xl\/worksheets\/sheet1\.xml" unpacks to 2861\.1 MB, more than the 200 MB/,
    'bomb-lying.xlsx': /^bomb-lying\.xlsx: "xl\/worksheets\/sheet1\.xml" inflates to more than the 2,048 bytes the archive declares for it/,
    'many-parts.xlsx': /^many-parts\.xlsx: the workbook is too large to read: the archive has 20,000 parts, more than the 10,000/,
    'repeated-rows.ods': /^repeated-rows\.ods, sheet "Vendors", row 200002: the file has more than 200,000 vendor rows/,
    'million.ods': /^million\.ods, sheet "Vendors", row 2: the row is repeated 1,048,000 times/,
    'wide.ods': /^wide\.ods, sheet "Vendors", row 2, column ALM: a value lies beyond the 1,000 columns/,
    'ods-merge.ods': /^ods-merge\.ods, sheet "Vendors", row 1, column A: a merged range of 1,048,576 rows × 16,384 columns/,
    'huge-field.csv': /^huge-field\.csv, row 2, column B: the cell holds 10,485,760 characters, more than the 32,767/,
    'unclosed.csv': /^unclosed\.csv, row 2: a double quote \("\) is never closed/,
    'wide.csv': /^wide\.csv, row 1, column ALM: a value lies beyond the 1,000 columns/,
    'long.csv': /^long\.csv, row 200002: the file has more than 200,000 vendor rows/,
    'nul.csv': /^nul\.csv, line 2: this does not look like a CSV or spreadsheet file: it contains binary data \(a NUL byte at byte offset 17\)/,
  };

  for (const make of NAMED_FILES) {
    const sample = make();
    if (!(sample.name in expected)) continue;
    it(`${sample.kind}: refused, naming the file, the limit and the place`, async () => {
      const before = process.memoryUsage().rss;
      const started = performance.now();
      const message = await refusal(write(sample.name, sample.bytes));
      expect(message).toMatch(expected[sample.name]!);
      expect(performance.now() - started).toBeLessThan(5_000);
      // Nothing near the 4.4 GB the merged sheet once took.
      expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    });
  }

  it('a value-less, formatted cell in column XFD is no problem (spreadsheets write them)', async () => {
    const bytes = xlsx({ rows: [{ r: 1, cells: [[0, 'name'], [16383, null]] }, { r: 2, cells: [[0, 'Acme'], [16383, null]] }] });
    const table = await readTableFile(write('formatted.xlsx', bytes));
    expect(table.headers).toEqual(['name']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Acme'] }]);
  });

  it('a merged range within the limits keeps its value in the top-left cell only, however far it reaches', async () => {
    const bytes = xlsx({
      rows: [
        { r: 1, cells: [[0, 'name'], [1, 'notes']] },
        { r: 2, cells: [[0, 'Acme'], [1, 'spans'], [2, 'hidden']] },
        { r: 3, cells: [[0, 'Beta'], [1, 'hidden too']] },
      ],
      merges: ['B2:XFD3'],
    });
    const table = await readTableFile(write('merged.xlsx', bytes));
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', 'spans'] },
      { row: 3, cells: ['Beta', ''] },
    ]);
  });

  it('reads XLSX written with prefixed elements (the Open XML SDK), shared strings without their phonetic runs, and dates', async () => {
    const cells: [number, Cell][] = [
      [0, { shared: 0 }],
      [1, { date: 45688 }],
      [2, true],
      [3, { formula: 'A2&"x"', result: 'Acmex' }],
    ];
    const bytes = xlsx({ prefixed: true, sharedStrings: ['Acme 株式会社'], rows: [{ r: 1, cells: [[0, 'name'], [1, 'contract_start'], [2, 'flag'], [3, 'f']] }, { r: 2, cells }] });
    const table = await readTableFile(write('prefixed.xlsx', bytes));
    expect(table.rows).toEqual([{ row: 2, cells: ['Acme 株式会社', '2025-01-31', 'true', 'Acmex'] }]);
  });

  it('reads ODS as LibreOffice writes it: repeated cells and rows, covered cells, notes, spaces and line breaks', async () => {
    const bytes = ods([
      { cells: [{ value: 'name' }, { value: 'notes' }, { value: 'country' }] },
      { cells: [{ value: 'Acme  Ltd', annotation: 'a comment, not a value' }, { value: 'one\ntwo' }, { value: 'GB' }, { value: null, repeat: 1020 }] },
      { cells: [{ value: 'Beta', spanColumns: 2 }, { value: 'covered', covered: true }, { value: 'US' }] },
      { cells: [{ value: 'Same' }, { value: 12.5 }, { value: 'FR' }], repeat: 2 },
      { cells: [{ value: null, repeat: 1024 }], repeat: 1_048_000 },
    ]);
    const table = await readTableFile(write('libre.ods', bytes));
    expect(table.format).toBe('ods');
    expect(table.headers).toEqual(['name', 'notes', 'country']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme  Ltd', 'one\ntwo', 'GB'] },
      { row: 3, cells: ['Beta', '', 'US'] },
      { row: 4, cells: ['Same', '12.5', 'FR'] },
      { row: 5, cells: ['Same', '12.5', 'FR'] },
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('names damaged ODS and XLSX files and what is wrong, never "Something went wrong"', async () => {
    const good = ods([{ cells: [{ value: 'name' }] }, { cells: [{ value: 'Acme' }] }]);
    for (const cut of [10, 60, good.length - 30]) {
      const message = await refusal(write(`cut-${cut}.ods`, good.subarray(0, cut)));
      expect(message).toMatch(new RegExp(`^cut-${cut}\\.ods: the zip archive is damaged`));
    }
    const notXml = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'content.xml', data: '<office:document-content><table:table><table:table-row>' }]);
    expect(await refusal(write('broken.ods', notXml))).toMatch(/^broken\.ods: its part "content\.xml" is not well-formed XML \(line 1, column \d+/);
    const text = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }, { name: 'content.xml', data: '<x/>' }]);
    expect(await refusal(write('letter.odt', text))).toMatch(/^letter\.odt: the file is an OpenDocument file of another kind/);
    const encrypted = Buffer.from(zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]));
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(await refusal(write('locked.xlsx', encrypted))).toMatch(/^locked\.xlsx: the part "xl\/workbook\.xml" is encrypted: the file is password-protected/);
  });

  it('refuses a row past the row limit, and a sheet too wide for its rows, naming the row', async () => {
    const message = await refusal(write('wide-and-long.csv', `${Array.from({ length: 900 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 12_000 }, (_, r) => `v${r},${'x,'.repeat(898)}x`).join('\n')}\n`));
    expect(message).toMatch(/^wide-and-long\.csv, row 11113: 11,112 rows of 900 columns make more than the 10,000,000 cells Vetter reads/);
    expect(TABLE_LIMITS.rows).toBe(200_000);
  });

  it('quotes at most ~100 characters of a bad value: a row error is never megabytes long', async () => {
    const huge = `${'Z'.repeat(30_000)}\u202E`;
    const plan = await planFile(write('long-values.csv', `name,country,services\nAcme,${huge},"${`Nope;`.repeat(5000)}"\n`));
    expect(plan.problemCount).toBe(2);
    for (const p of plan.problems) expect(p.message.length).toBeLessThan(400);
    expect(plan.problems[0]).toMatchObject({ row: 2, column: 'country' });
    expect(plan.problems[0]?.message).toMatch(/^"Z{100}…" \(30,001 characters\) is not a country/);
    expect(plan.problems[1]?.message).toMatch(/^Unknown service "Nope", "Nope", "Nope", "Nope", "Nope" and 4995 more\./);
  });

  it('refuses punctuation-only names in the preview, with their row, not at the write', async () => {
    const plan = await planFile(write('punctuation.csv', 'name,country\n!!!,GB\n...,US\nAcme,GB\n'));
    expect(plan.problems).toEqual([
      { row: 2, column: 'name', message: '"!!!" has no letters or digits. A legal name needs at least one, so that vendors can be told apart.' },
      { row: 3, column: 'name', message: '"..." has no letters or digits. A legal name needs at least one, so that vendors can be told apart.' },
    ]);
  });
});

describe('the vendors worker: a file that still blows up stops its thread only', () => {
  it('out of memory: the message names the file, and the next file is read as usual', async () => {
    const file = write('memory-hungry.csv', `name,notes\n${Array.from({ length: 60_000 }, (_, i) => `Vendor ${i},${'note '.repeat(20)}`).join('\n')}\n`);
    const plans = new VendorFilePlans({ resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } });
    const error = await plans.plan({ path: file, name: 'memory-hungry.csv' }, { forWrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VetterError);
    expect((error as VetterError).message).toMatch(/^memory-hungry\.csv is too large or too complex to read: reading it needed more memory than Vetter allows \(16 MB\), so it was stopped\. Nothing was changed\./);
    const fine = new VendorFilePlans();
    const plan = await fine.plan({ path: write('small.csv', 'name\nAcme\n'), name: 'small.csv' }, { forWrite: true });
    expect(plan.rowCount).toBe(1);
  });

  it('out of time: the message names the file', async () => {
    const file = write('slow.csv', `name\n${Array.from({ length: 50_000 }, (_, i) => `Vendor ${i}`).join('\n')}\n`);
    const plans = new VendorFilePlans({ timeLimitMs: 50 });
    const error = await plans.plan({ path: file, name: 'slow.csv' }, { forWrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VetterError);
    expect((error as VetterError).message).toMatch(/^slow\.csv is too large or too complex to read: reading it took longer than the 50 ms Vetter allows, so it was stopped\. Nothing was changed\./);
  });

  it('a preview is read once: the import that follows uses its plan when the file did not change, and reads it again when it did', async () => {
    const file = write('twice.csv', 'name\nAcme\n');
    const plans = new VendorFilePlans();
    const preview = await plans.plan({ path: file, name: 'twice.csv' }, { forWrite: false });
    const started = performance.now();
    const run = await plans.plan({ path: file, name: 'twice.csv' }, { mapping: preview.mapping, forWrite: true });
    expect(performance.now() - started).toBeLessThan(100); // no worker started
    expect(run.sha256).toBe(preview.sha256);
    await plans.plan({ path: file, name: 'twice.csv' }, { forWrite: false });
    fs.writeFileSync(file, 'name\nBeta\nGamma\n');
    const changed = await plans.plan({ path: file, name: 'twice.csv' }, { mapping: preview.mapping, forWrite: true });
    expect(changed.rowCount).toBe(2);
  });
});
