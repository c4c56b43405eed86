// Format detection by content, never by file name, and the one entry point for an import.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectListFile, parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile } from '../../electron/core/lists/entry';
import { refPath, rejection } from './lists-fixtures';


let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-detect-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A reference file copied under a meaningless name, so only its content can tell what it is. */
function disguised(rel: string): ListFile {
  const name = `upload-${crypto.randomBytes(4).toString('hex')}.dat`;
  fs.copyFileSync(refPath(rel), path.join(dir, name));
  return { name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) };
}


const CASES: [string, string, string][] = [
  ['ofac-sdn/2024-05-03/sdn.csv', 'ofac-sdn-csv', 'primary'],
  ['ofac-sdn/2021-07-07/sdn.csv', 'ofac-sdn-csv', 'primary'],
  ['ofac-sdn/2021-07-07/add.csv', 'ofac-sdn-csv', 'addresses'],
  ['ofac-sdn/2021-07-07/alt.csv', 'ofac-sdn-csv', 'aliases'],
  ['ofac-sdn/2021-07-07/sdn_comments.csv', 'ofac-sdn-csv', 'comments'],
  ['ofac-sdn/2025-12-24-partial/sdn_comments.csv', 'ofac-sdn-csv', 'comments'],
  ['ofac-consolidated-non-sdn/2025-12-19/cons_prim.csv', 'ofac-consolidated-csv', 'primary'],
  ['ofac-consolidated-non-sdn/2025-12-19/cons_add.csv', 'ofac-sdn-csv', 'addresses'],
  ['ofac-consolidated-non-sdn/2025-12-19/cons_alt.csv', 'ofac-sdn-csv', 'aliases'],
  ['ofac-consolidated-non-sdn/2025-12-19/cons_comments.csv', 'ofac-sdn-csv', 'comments'],
  ['trade-gov-csl/2023-11-30-truncated/csl.csv', 'trade-gov-csl-csv', 'list'],
  ['trade-gov-csl/2025-06-25-sample/consolidated.csv', 'trade-gov-csl-csv', 'list'],
  ['bis-denied-persons/2023-11-30/dpl.txt', 'bis-dpl-txt', 'list'],
  ['uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods', 'uk-sanctions-ods', 'list'],
  ['un-security-council/2026-02-27/UN_consolidated.xml', 'un-sc-xml', 'list'],
  ['dod-1260h/1260h.csv', 'dod-1260h-csv', 'list'],
  ['treasury-ns-cmic/ns-cmic-extract.csv', 'ns-cmic-csv', 'list'],
];

describe('detectListFile', () => {
  // Secondary OFAC files cannot show which OFAC list they belong to; without a "cons_" name they
  // default to SDN and follow their primary file when imported (next test).
  it.each(CASES)('recognises %s by content', async (rel, format, role) => {
    const detected = await detectListFile(disguised(rel));
    expect([detected.format, detected.role]).toEqual([format, role]);
  });
});

describe('parseListFiles', () => {
  it('groups a disguised, shuffled non-SDN set by content and lets the primary decide the list', async () => {
    const files = ['cons_comments.csv', 'cons_alt.csv', 'cons_prim.csv', 'cons_add.csv'].map((n) => disguised(`ofac-consolidated-non-sdn/2025-12-19/${n}`));
    const progress: [number, number][] = [];
    const list = await parseListFiles(files, { onProgress: (done, total) => progress.push([done, total]) });
    expect(list.format).toBe('ofac-consolidated-csv');
    expect(list.entries).toHaveLength(442);
    expect(list.sourceFiles.map((f) => [f.name, f.role])).toEqual([
      [files[2]!.name, 'primary'],
      [files[0]!.name, 'comments'],
      [files[1]!.name, 'aliases'],
      [files[3]!.name, 'addresses'],
    ]);
    const total = files.reduce((n, f) => n + f.bytes.length, 0);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
    expect(progress.at(-1)![0]).toBeGreaterThan(total * 0.99);
  });

  it('rejects files of two different lists in one import', async () => {
    const error = await rejection(parseListFiles([disguised('dod-1260h/1260h.csv'), disguised('bis-denied-persons/2023-11-30/dpl.txt')]));
    expect(error.message).toMatch(/^These files hold more than one list: "upload-\w+\.dat" \(dod-1260h-csv\), "upload-\w+\.dat" \(bis-dpl-txt\)\. Import one list at a time/);
  });

  it('asks for at least one file', async () => {
    await expect(parseListFiles([])).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('files that are not lists', () => {
  const text = (value: string, name: string): ListFile => ({ name, bytes: new TextEncoder().encode(value) });

  it('rejects a vendor CSV, pointing to the custom list import', async () => {
    const error = await rejection(parseListFiles([text('Legal name,Country,Website\nAcme Cloud,US,acme.example\n', 'vendors.csv')]));
    expect(error.message).toMatch(/^"vendors\.csv": Its first rows match no list format\. .*use "Custom list" and map its columns\.$/);
  });

  it('rejects random bytes, an empty file, HTML and an Excel workbook', async () => {
    const random = new Uint8Array(crypto.randomBytes(4096));
    random[10] = 0;
    expect((await rejection(parseListFiles([{ name: 'noise.bin', bytes: random }]))).message).toMatch(/^"noise\.bin": This file holds binary data\./);
    expect((await rejection(parseListFiles([{ name: 'empty.csv', bytes: new Uint8Array() }]))).message).toMatch(/^"empty\.csv": The file is empty\./);
    expect((await rejection(parseListFiles([text('<!DOCTYPE html><html><body>Sanctions</body></html>', 'page.html')]))).message).toMatch(/root element is <html>/);
    const workbook = new Workbook();
    workbook.addWorksheet('Sheet1').addRow(['name', 'country']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await rejection(parseListFiles([{ name: 'list.xlsx', bytes: xlsx }]))).message).toMatch(/^"list\.xlsx": This is a zip archive \(such as an Excel workbook\) but not an ODS spreadsheet\./);
  });
});
