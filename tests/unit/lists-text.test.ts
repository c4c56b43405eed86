// The shared reading helpers behind every list importer: decoding, CSV with lines and columns, dates.
import { describe, expect, it } from 'vitest';
import type { ListFile } from '../../electron/core/lists/entry';
import { checkColumns, countriesInRemarks, decodeText, isoDate, linkedTo, newestDate, readCsv } from '../../electron/core/lists/text';
import { rejection } from './lists-fixtures';

const file = (text: string | Uint8Array, name = 'test.csv'): ListFile => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });


describe('decodeText', () => {
  it('drops the DOS end-of-file byte, the byte-order mark and CRLF line ends', () => {
    const warnings: string[] = [];
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\r\nc,d\r\n'), 0x1a]);
    expect(decodeText(file(bytes), warnings)).toBe('a,b\nc,d\n');
    expect(warnings).toEqual([]);
  });

  it('reads non-UTF-8 text as Windows-1252 and says so', () => {
    const warnings: string[] = [];
    expect(decodeText(file(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])), warnings)).toBe('José');
    expect(warnings[0]).toMatch(/not UTF-8.*Windows-1252/);
  });

  it('rejects empty and binary files, naming the file', () => {
    expect(() => decodeText(file('  \n', 'blank.csv'), [])).toThrow(/"blank\.csv".*empty/);
    expect(() => decodeText(file(new Uint8Array([1, 0, 2, 0, 3]), 'x.bin'), [])).toThrow(/"x\.bin".*binary/);
  });
});

describe('readCsv', () => {
  it('reads quoted values with delimiters, doubled quotes and line breaks, keeping each record\'s first line', async () => {
    const text = 'id,name\n1,"Acme, ""Big"" Co"\n2,"Two\nlines"\n\n3,plain\n';
    const { records, cutOff } = await readCsv(text, 'f.csv', ',');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['id', 'name']],
      [2, ['1', 'Acme, "Big" Co']],
      [3, ['2', 'Two\nlines']],
      [6, ['3', 'plain']],
    ]);
    expect(cutOff).toBeNull();
  });

  it('treats a quote that opens on the last line and never closes as a cut-off last row', async () => {
    const { records, cutOff } = await readCsv('a,b\n1,"x"\n2,"cut off her', 'f.csv', ',');
    expect(records).toHaveLength(2);
    expect(cutOff).toEqual({ line: 3, column: 3 });
  });

  it('rejects a quote that never closes across later lines, at the opening quote', async () => {
    const error = await rejection(readCsv('a,b\n1,"never closed\n2,x\n3,y\n', 'f.csv', ','));
    expect(error.message).toMatch(/^"f\.csv", line 2, column 3: .*never closes/);
  });

  it('rejects text after a closing quote with its line and column', async () => {
    const error = await rejection(readCsv('a,b\n1,"x"y\n', 'f.csv', ','));
    expect(error.message).toMatch(/^"f\.csv", line 2, column 6: .*after a closing double quote/);
  });

  it('reports progress up to the whole text', async () => {
    const calls: [number, number][] = [];
    const text = 'a,b\n'.repeat(200_000);
    await readCsv(text, 'f.csv', ',', { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    expect(calls.every(([done], i) => i === 0 || done >= calls[i - 1]![0])).toBe(true);
  });
});

describe('checkColumns', () => {
  const check = (text: string, warnings: string[] = [], gaps: string[] = []) =>
    readCsv(text, 'f.csv', ',').then((result) => checkColumns(result, { file: 'f.csv', text, delimiter: ',', columns: 3, warnings, gaps, fix: 'Fix it.' }));

  it('rejects a short or long row in the middle with the column where it goes wrong', async () => {
    expect((await rejection(check('a,b,c\n1,2\n4,5,6\n'))).message).toMatch(/^"f\.csv", line 2, column 4: This row has 2 columns where 3 are expected\. Fix it\.$/);
    expect((await rejection(check('a,b,c\n1,"2",3,4\n4,5,6\n'))).message).toMatch(/line 2, column 9: This row has 4 columns/);
  });

  it('skips a short last row with a warning naming its line', async () => {
    const warnings: string[] = [];
    const rows = await check('a,b,c\n1,2,3\n4,5', warnings);
    expect(rows).toHaveLength(2);
    expect(warnings).toEqual(['"f.csv": the last row (line 3) was cut off and was skipped. The file is incomplete; import a complete copy when you can.']);
  });
});

describe('dates', () => {
  it('normalises the forms the lists use to YYYY-MM-DD and refuses impossible dates', () => {
    expect(isoDate('2023-11-28')).toBe('2023-11-28');
    expect(isoDate('2026-02-27T00:00:09.554Z')).toBe('2026-02-27');
    expect(isoDate('03 Jun 2021')).toBe('2021-06-03');
    expect(isoDate('23-07-2025', 'dmy')).toBe('2025-07-23');
    expect(isoDate('23/07/2025', 'dmy')).toBe('2025-07-23');
    expect(isoDate('06/19/2003', 'mdy')).toBe('2003-06-19');
    expect(isoDate('31-02-2020', 'dmy')).toBeNull();
    expect(isoDate('soon')).toBeNull();
  });

  it('leaves future dates out of the as-of date with a warning', () => {
    const warnings: string[] = [];
    const dates = [
      { date: '2023-11-28', where: 'line 5' },
      { date: '3033-09-30', where: 'line 316' },
    ];
    expect(newestDate(dates, new Date('2024-01-01'), 'Last_Update', warnings)).toBe('2023-11-28');
    expect(warnings).toEqual(["line 316: Last_Update 3033-09-30 is in the future, so it was not used as the list's date."]);
  });
});

describe('remarks', () => {
  it('finds "Linked To" parents, keeping abbreviations and dropping the closing period', () => {
    expect(linkedTo('Target Type Public Company; Linked To: CHINA TELECOMMUNICATIONS CORPORATION.')).toEqual(['CHINA TELECOMMUNICATIONS CORPORATION']);
    expect(linkedTo('Linked To: BIO FORESTAL S.A.S.; Linked To: R D I S.A.')).toEqual(['BIO FORESTAL S.A.S.', 'R D I S.A.']);
    expect(linkedTo('x; (Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE; Linked To: HIZBALLAH)')).toEqual([
      'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE',
      'HIZBALLAH',
    ]);
  });

  it('finds countries named in remarks but not abbreviations in brackets', () => {
    expect(countriesInRemarks('DOB 1945; nationality Iran; Tax ID No. 7744001497 (Russia); Unified Social Credit Code (USCC) 91 (China).')).toEqual(['IR', 'RU', 'CN']);
  });
});
