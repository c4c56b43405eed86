// The matcher against real designation data and the real companies of the demo inventory: the whole 1260H and
// OFAC SDN 2024-05-03 files of the default pack, the NS-CMIC extract, and an excerpt of the 2025 partial OFAC
// alias and address files (the rows of the SDN's entities; tests/fixtures/reference-data/SOURCES.md). The tiny
// loaders here stand in for the list importers, which are written separately.
import fs from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoVendors } from '../../electron/core/demo/vendors';
import type { EntryType } from '../../electron/core/lists/entry';
import { ScreeningIndex, type IndexedName } from '../../electron/core/screening/candidate-index';
import { screen, type Hit, type VendorNames } from '../../electron/core/screening/matcher';
import { refPath } from '../reference-data';

function rows(file: string, encoding: BufferEncoding = 'utf8'): string[][] {
  return Papa.parse<string[]>(fs.readFileSync(refPath(file), encoding), { skipEmptyLines: true }).data;
}

function names(listKey: string, entryKey: string, primary: string, aliases: string[], countries: string[], type: EntryType = 'entity'): IndexedName[] {
  return [primary, ...aliases].map((name, i) => ({ entryKey, listKey, name, kind: i === 0 ? 'primary' : 'alias', countries, type }));
}

const splitAliases = (s: string | undefined): string[] => (s ?? '').split(';').map((a) => a.trim()).filter(Boolean);

/** 1260H: name, aliases_if_any, ... (no countries in the file). */
function load1260h(): IndexedName[] {
  return rows('dod-1260h/1260h.csv')
    .slice(1)
    .flatMap((r) => names('dod-1260h', r[0] ?? '', r[0] ?? '', splitAliases(r[1]), []));
}

/** NS-CMIC extract: ent_num, name, aliases, ... */
function loadCmic(): IndexedName[] {
  return rows('treasury-ns-cmic/ns-cmic-extract.csv')
    .slice(1)
    .flatMap((r) => names('ns-cmic', r[0] ?? '', r[1] ?? '', splitAliases(r[2]), ['CN']));
}

/** OFAC SDN 2024-05-03 with the aliases and addresses of the 2025 partial files (matched on ent_num). */
function loadSdn(): IndexedName[] {
  const COUNTRY: Record<string, string> = { Russia: 'RU', 'United Arab Emirates': 'AE', Iran: 'IR', China: 'CN', Colombia: 'CO', 'Hong Kong': 'HK' };
  const clean = (s: string | undefined): string => (s ?? '').replace(/^-0-\s*$/, '').trim();
  const aliases = new Map<string, string[]>();
  for (const a of rows('ofac-sdn/2025-12-24-partial/alt.csv', 'latin1')) aliases.set(a[0] ?? '', [...(aliases.get(a[0] ?? '') ?? []), clean(a[3])]);
  const countries = new Map<string, string[]>();
  for (const a of rows('ofac-sdn/2025-12-24-partial/add.csv', 'latin1')) {
    const c = COUNTRY[clean(a[4])];
    if (c) countries.set(a[0] ?? '', [...new Set([...(countries.get(a[0] ?? '') ?? []), c])]);
  }
  return rows('ofac-sdn/2024-05-03/sdn.csv', 'latin1').flatMap((r) => {
    const t = clean(r[2]);
    const type: EntryType = t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : 'entity';
    const id = r[0] ?? '';
    return names('ofac-sdn', id, clean(r[1]), (aliases.get(id) ?? []).filter(Boolean), countries.get(id) ?? [], type);
  });
}

let index: ScreeningIndex;
beforeAll(() => {
  index = ScreeningIndex.build([...load1260h(), ...loadCmic(), ...loadSdn()]);
});

function screenDemo(legalName: string): { own: Hit[]; parent: Hit[] } {
  const v = demoVendors().find((d) => d.legalName === legalName);
  if (!v) throw new Error(`no demo vendor ${legalName}`);
  const countries = [v.countryOfIncorporation, v.countryOfHeadquarters].filter((c): c is string => c !== null);
  const vendor: VendorNames = {
    names: [{ name: v.legalName, via: 'name' }, ...v.otherNames.map((o) => ({ name: o.name, via: 'alias' as const }))],
    countries,
  };
  const parent = v.parentName ? screen(index, { names: [{ name: v.parentName, via: 'parent' }], countries }) : [];
  return { own: screen(index, vendor), parent };
}

describe('real lists: the demo inventory', () => {
  it("Huawei Cloud's parent, Huawei Technologies Co., Ltd., matches the 1260H Huawei entry; the cloud arm is for review", () => {
    const { own, parent } = screenDemo('Huawei Cloud Computing Technologies Co., Ltd.');
    expect(parent.find((h) => h.listKey === 'dod-1260h')).toMatchObject({
      entryKey: 'Huawei Technologies Co., Ltd.',
      band: 'match',
      via: 'parent',
      matchedName: 'Huawei Technologies Co., Ltd.',
    });
    expect(own.find((h) => h.listKey === 'dod-1260h')?.band).toBe('review');
  });

  it('Hikvision matches 1260H and NS-CMIC, also through its Chinese name alone', () => {
    const { own } = screenDemo('Hangzhou Hikvision Digital Technology Co., Ltd.');
    expect(own.find((h) => h.listKey === 'dod-1260h')).toMatchObject({ band: 'match', score: 1 });
    expect(own.find((h) => h.listKey === 'ns-cmic')).toMatchObject({ band: 'match' });
    const chinese = screen(index, { names: [{ name: '杭州海康威视数字技术股份有限公司', via: 'alias' }], countries: ['CN'] });
    expect(chinese.find((h) => h.listKey === 'dod-1260h')).toMatchObject({ band: 'match', entryKey: 'Hangzhou Hikvision Digital Technology Co., Ltd.' });
  });

  it("Alibaba Group Holding Limited (Alibaba Cloud's parent) matches the 2026 1260H listing", () => {
    const { own, parent } = screenDemo('Alibaba Cloud (Singapore) Private Limited');
    expect(parent[0]).toMatchObject({ listKey: 'dod-1260h', entryKey: 'Alibaba Group Holding Limited', band: 'match' });
    expect(own[0]).toMatchObject({ listKey: 'dod-1260h', entryKey: 'Alibaba Group Holding Limited', band: 'review' });
  });

  it('SenseTime matches NS-CMIC (and 1260H)', () => {
    const { own } = screenDemo('SenseTime Group Inc.');
    expect(own.find((h) => h.listKey === 'ns-cmic')).toMatchObject({ band: 'match', listName: 'SENSETIME GROUP LIMITED' });
    expect(own.find((h) => h.listKey === 'dod-1260h')).toMatchObject({ band: 'match' });
  });

  it('Tencent and Baidu: listed parents match, their cloud arms go to review', () => {
    const tencent = screenDemo('Tencent Cloud Computing (Beijing) Co., Ltd.');
    expect(tencent.parent[0]).toMatchObject({ entryKey: 'Tencent Holdings Limited', band: 'match' });
    expect(tencent.own[0]).toMatchObject({ entryKey: 'Tencent Holdings Limited', band: 'review' });
    const baidu = screenDemo('Beijing Baidu Netcom Science and Technology Co., Ltd.');
    expect(baidu.parent[0]).toMatchObject({ entryKey: 'Baidu, Inc.', band: 'match' });
    expect(baidu.own[0]).toMatchObject({ entryKey: 'Baidu, Inc.', band: 'review' });
  });

  it('the unlisted providers are clear, parents included', () => {
    const clear = [
      'Amazon Web Services, Inc.', 'Microsoft Corporation', 'Google LLC', 'Oracle Corporation', 'Salesforce, Inc.', 'Snowflake Inc.',
      'OpenAI OpCo, LLC', 'Anthropic PBC', 'Cloudflare, Inc.', 'Cohere Inc.', 'Mistral AI SAS', 'OVH Groupe SA', 'Hetzner Online GmbH',
      'SAP SE', 'Aleph Alpha GmbH', 'DeepL SE', 'Beijing Zhipu Huazhang Technology Co., Ltd.',
      'Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.', 'iFLYTEK Co., Ltd.', 'Kingsoft Cloud Holdings Limited',
      'NTT DATA Group Corporation', 'Fujitsu Limited', 'Samsung SDS Co., Ltd.', 'NAVER Cloud Corporation', 'Infosys Limited',
      'Tata Consultancy Services Limited',
    ];
    for (const name of clear) {
      const { own, parent } = screenDemo(name);
      expect({ name, hits: [...own, ...parent].map((h) => `${h.band} ${h.listKey} ${h.listName}`) }).toEqual({ name, hits: [] });
    }
  });
});

describe('real lists: namesakes of another country and trade', () => {
  const vendor = (name: string, country: string): VendorNames => ({ names: [{ name, via: 'name' }], countries: [country] });

  it('Western "Phoenix" companies are not matched to the Russian "Phoenix Electronics" / "LLC Phoenix" or to 1260H "Phoenix Optics"', () => {
    for (const [name, country] of [['Phoenix Contact GmbH & Co. KG', 'DE'], ['Phoenix Technologies Ltd.', 'US']] as const) {
      expect(screen(index, vendor(name, country))).toEqual([]);
    }
  });

  it('Accenture shares one word with the sanctioned "Accenture Building Materials" (Dubai): not a match', () => {
    const hits = screen(index, vendor('Accenture plc', 'IE'));
    expect(hits.filter((h) => h.band === 'match')).toEqual([]);
  });

  it('the same companies written as listed are found', () => {
    expect(screen(index, vendor('Phoenix Electronics', 'RU'))[0]).toMatchObject({ listName: 'PHOENIX ELECTRONICS', band: 'match' });
    expect(screen(index, vendor('Phenix Optical Co., Ltd.', 'CN'))[0]).toMatchObject({ listKey: 'dod-1260h', band: 'match' });
  });
});
