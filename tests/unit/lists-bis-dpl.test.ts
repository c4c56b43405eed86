// BIS Denied Persons List (tab-separated, quoted), on the real 2023-11-30 file.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile, ParsedList } from '../../electron/core/lists/entry';
import { refPath, rejection } from './lists-fixtures';

const DPL = refPath('bis-denied-persons/2023-11-30/dpl.txt');
const load = (name = 'dpl.txt'): ListFile => ({ name, bytes: new Uint8Array(fs.readFileSync(DPL)) });
const edited = (change: (lines: string[]) => void): ListFile => {
  const lines = fs.readFileSync(DPL, 'utf8').split('\n');
  change(lines);
  return { name: 'dpl.txt', bytes: new TextEncoder().encode(lines.join('\n')) };
};


describe('BIS Denied Persons List 2023-11-30', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([load()], { now: new Date('2024-06-01') });
  });

  it('reads 665 rows into 546 entries: one per name and denial order, with all its addresses', () => {
    expect(list.format).toBe('bis-dpl-txt');
    expect(list.sourceFiles).toEqual([{ name: 'dpl.txt', role: 'list', rows: 665 }]);
    expect(list.entries).toHaveLength(546);
    expect(list.entries.reduce((n, e) => n + e.addresses.length, 0)).toBeGreaterThan(600);
    const nasser = list.entries.filter((e) => e.name === 'ABDULAH AL NASSER');
    expect(nasser).toHaveLength(1);
    expect(nasser[0]).toMatchObject({
      entryId: 'abdulah al nasser|2002-03-04',
      listedDate: '2002-03-04',
      countries: ['US'],
      addresses: ['605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US', '908 AUDELIA ROAD, SUIE 200, PMB #245, RICHARDSON, TX, 75081, US'],
    });
    expect(nasser[0]!.remarks).toMatch(/^Denial order expires 2056-06-29\./);
  });

  it('takes an alias written into the name', () => {
    expect(list.entries.find((e) => e.name === 'PEARL (A.K.A. NEI-CHIEN CHU) LI')?.aliases).toEqual(['NEI-CHIEN CHU']);
  });

  it('dates the list by its newest Last_Update, ignoring the 3033 typo with a warning', () => {
    expect(list.asOf).toBe('2023-11-28');
    expect(list.warnings).toEqual(['"dpl.txt", line 316: Last_Update 3033-09-30 is in the future, so it was not used as the list\'s date.']);
  });

  it('rejects a row with a missing column in the middle, with line and column', async () => {
    const file = edited((lines) => {
      lines[9] = lines[9]!.replace(/\t"[^"]*"$/, '');
    });
    const error = await rejection(parseListFiles([file]));
    expect(error.message).toMatch(/^"dpl\.txt", line 10, column \d+: This row has 11 columns where 12 are expected\./);
  });

  it('rejects a date that is not a date, pointing at its cell', async () => {
    const file = edited((lines) => {
      lines[20] = lines[20]!.replace(/"\d\d\/\d\d\/\d{4}"/, '"13/45/2020"');
    });
    const error = await rejection(parseListFiles([file]));
    expect(error.message).toMatch(/^"dpl\.txt", line 21, column \d+: "13\/45\/2020" is not a date\./);
  });
});
