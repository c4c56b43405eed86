// The NS-CMIC extract, checked against the cons_prim.csv rows it was derived from.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ParsedList } from '../../electron/core/lists/entry';
import { refFile as load } from './lists-fixtures';

describe('NS-CMIC extract', () => {
  let list: ParsedList;
  let cons: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([load('treasury-ns-cmic/ns-cmic-extract.csv')]);
    const dir = 'ofac-consolidated-non-sdn/2025-12-19';
    cons = await parseListFiles(['cons_prim.csv', 'cons_alt.csv'].map((n) => load(`${dir}/${n}`)));
  });

  it('reads 68 entries, all under programme CMIC-EO13959 on the NS-CMIC list', () => {
    expect(list.format).toBe('ns-cmic-csv');
    expect(list.entries).toHaveLength(68);
    expect(list.entries.every((e) => e.programmes.includes('CMIC-EO13959') && e.subList?.includes('NS-CMIC') && e.type === 'entity')).toBe(true);
    expect(list.warnings).toEqual([]);
  });

  it('gives China Telecom its linked-to parent, aliases and CMIC dates', () => {
    const telecom = list.entries.find((e) => e.entryId === '30882');
    expect(telecom).toMatchObject({
      name: 'CHINA TELECOM CORPORATION LIMITED',
      parents: ['CHINA TELECOMMUNICATIONS CORPORATION'],
      aliases: ['CHINA TELECOM', 'CHINA TELECOM CO., LTD', 'CHINA TELECOM CORP LTD'],
      listedDate: '2021-06-03',
    });
    expect(telecom?.remarks).toMatch(/Effective date \(CMIC\): 2021-08-02\.\nPurchase\/sales for divestment date \(CMIC\): 2022-06-03\./);
  });

  it('agrees with the CMIC rows of cons_prim.csv on ids, names, listing dates and parents', () => {
    const fromCons = cons.entries
      .filter((e) => e.programmes.includes('CMIC-EO13959'))
      .map((e) => ({ id: e.entryId, name: e.name, listed: e.listedDate, parents: e.parents.map((p) => p.replace(/\.$/, '')) }));
    const fromExtract = list.entries.map((e) => ({ id: e.entryId, name: e.name, listed: e.listedDate, parents: e.parents.map((p) => p.replace(/\.$/, '')) }));
    expect(fromExtract).toEqual(fromCons);
  });
});
