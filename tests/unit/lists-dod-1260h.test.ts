// DoD Section 1260H list (derived CSV): editions, removals and renames, on the real reference file.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListEntry, ListFile, ParsedList } from '../../electron/core/lists/entry';
import { refPath, rejection } from './lists-fixtures';

const CSV = refPath('dod-1260h/1260h.csv');
const load = (): ListFile => ({ name: '1260h.csv', bytes: new Uint8Array(fs.readFileSync(CSV)) });


describe('DoD 1260H list (editions to 2026-06-08)', () => {
  let list: ParsedList;
  const named = (name: string): ListEntry => {
    const entry = list.entries.find((e) => e.name === name);
    if (!entry) throw new Error(`no entry ${name}`);
    return entry;
  };
  beforeAll(async () => {
    list = await parseListFiles([load()]);
  });

  it('reads all 232 rows: 188 listed, 19 removed, 23 renamed and the 2 predecessor-list rows', () => {
    expect(list.format).toBe('dod-1260h-csv');
    expect(list.entries).toHaveLength(232);
    const count = (status: string) => list.entries.filter((e) => e.status === status && e.subList === null).length;
    expect([count('listed'), count('removed'), count('renamed')]).toEqual([188, 19, 23]);
    expect(list.entries.filter((e) => e.subList?.startsWith('Section 1237'))).toHaveLength(2);
    expect(list.asOf).toBe('2026-06-08');
    expect(list.sourceUrl).toMatch(/^https:\/\/media\.defense\.gov\/2026\/Jun\/08\/.*SECTION-1260H\.PDF$/);
  });

  it('lists Huawei Technologies with its editions and parent', () => {
    expect(named('Huawei Technologies Co., Ltd.')).toMatchObject({
      status: 'listed',
      aliases: ['Huawei'],
      listedDate: '2021-06-03',
      parents: ['Huawei Investment & Holding Co., Ltd.'],
      editions: [
        { edition: '2021-06-03', name: 'Huawei Technologies Co., Ltd.' },
        { edition: '2025-01-07', name: 'Huawei Technologies Co., Ltd.' },
        { edition: '2026-06-08', name: 'Huawei Technologies Co., Ltd.' },
      ],
    });
  });

  it('keeps a removal with its date and its editions', () => {
    expect(named('Beijing Megvii Technology Co., Ltd.')).toMatchObject({
      status: 'removed',
      removedDate: '2025-01-07',
      renamedTo: null,
      editions: [{ edition: '2024-01-31', name: 'Beijing Megvii Technology Co., Ltd.' }],
    });
    expect(named('SMIC Hong Kong International Company Limited').remarks).toMatch(/^No longer owned by SMIC/);
  });

  it('follows DJI from "Shenzhen DJI Innovation Technology" to "Shenzhen DJI Technology" without calling it removed', () => {
    const old = named('Shenzhen DJI Innovation Technology Co., Ltd.');
    expect(old).toMatchObject({ status: 'renamed', removedDate: null, renamedTo: 'Shenzhen DJI Technology Co., Ltd.' });
    expect(old.editions.map((e) => e.edition)).toEqual(['2022-10-05', '2025-01-07']);
    const current = named('Shenzhen DJI Technology Co., Ltd.');
    expect(current).toMatchObject({ status: 'listed', listedDate: '2022-10-05' });
    expect(current.aliases).toContain('Shenzhen DJI Innovation Technology Co., Ltd.');
    expect(current.editions).toEqual([
      { edition: '2022-10-05', name: 'Shenzhen DJI Innovation Technology Co., Ltd.' },
      { edition: '2025-01-07', name: 'Shenzhen DJI Innovation Technology Co., Ltd.' },
      { edition: '2026-06-08', name: 'Shenzhen DJI Technology Co., Ltd.' },
    ]);
  });

  it('follows Hesai from "Hesai Technology Co., Ltd." to "Hesai Group"', () => {
    expect(named('Hesai Technology Co., Ltd.')).toMatchObject({ status: 'renamed', renamedTo: 'Hesai Group' });
    expect(named('Hesai Group').editions.map((e) => `${e.edition} ${e.name}`)).toEqual(['2024-01-31 Hesai Technology Co., Ltd.', '2026-06-08 Hesai Group']);
    expect(named('Hesai Group').remarks).toMatch(/Court: D\.D\.C\. upheld designation 2025-07-11/);
  });

  it('links respellings but leaves a rename it cannot pin down without a current name, with a warning', () => {
    expect(named('Aerospace CH UAV Co., Ltd (CH UAV)').renamedTo).toBe('Aerospace CH UAV Co., Ltd');
    expect(named('China Communications Construction Group Limited').renamedTo).toBe('China Communications Construction Group (Limited)');
    const unresolved = named('China Unicom Group (BVI) Co., Ltd.');
    expect(unresolved).toMatchObject({ status: 'renamed', renamedTo: null });
    expect(list.warnings).toHaveLength(1);
    expect(list.warnings[0]).toMatch(/^8 name\(s\) are not in the latest edition .*China Unicom Group \(BVI\) Co\., Ltd\./);
  });

  it('keeps the predecessor-list rows (Xiaomi) as removed, with the court history', () => {
    expect(named('Xiaomi Corporation')).toMatchObject({ status: 'removed', listedDate: '2021-01-14', programmes: ['Section 1237, FY1999 NDAA', 'EO 13959'] });
    expect(named('Xiaomi Corporation').remarks).toMatch(/DoD agreed to removal/);
  });

  it('rejects a status it does not know, with line and column', async () => {
    const lines = fs.readFileSync(CSV, 'utf8').split('\n');
    lines[4] = lines[4]!.replace('listed (in 2026-06-08 edition)', 'delisted maybe');
    const error = await rejection(parseListFiles([{ name: '1260h.csv', bytes: new TextEncoder().encode(lines.join('\n')) }]));
    expect(error.message).toMatch(/^"1260h\.csv", line 5, column \d+: The status "delisted maybe; editions listed/);
  });
});
