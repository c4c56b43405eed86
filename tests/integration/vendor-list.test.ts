// The vendor table's windows (vendors.page): the core searches, filters and sorts, and answers one window at a time.
import { describe, expect, it } from 'vitest';
import { type Input, TIERS, type VendorInput } from '../../electron/core/contract';
import { tempDir, testCore, vendorInput } from '../helpers';

type Core = ReturnType<typeof testCore>;

async function names(t: Core, input: Input<'vendors.page'>): Promise<string[]> {
  return (await t.call('vendors.page', { limit: 500, ...input })).rows.map((r) => r.vendor.legalName);
}

async function add(t: Core, vendors: Partial<VendorInput>[]): Promise<void> {
  for (const v of vendors) await t.call('vendors.create', vendorInput(v));
}

describe('vendor list windows', () => {
  it('hands the list over in windows that add up to the whole, with the counts', async () => {
    const t = testCore();
    await add(t, Array.from({ length: 23 }, (_, i) => ({ legalName: `Vendor ${i + 1}` })));
    const all = await names(t, {});
    // Numbers inside names sort as numbers, as people read them.
    expect(all.slice(0, 3)).toEqual(['Vendor 1', 'Vendor 2', 'Vendor 3']);
    expect(all.at(-1)).toBe('Vendor 23');
    const windows: string[] = [];
    for (let offset = 0; offset < 30; offset += 10) {
      const page = await t.call('vendors.page', { offset, limit: 10 });
      expect(page).toMatchObject({ total: 23, matched: 23, offset });
      windows.push(...page.rows.map((r) => r.vendor.legalName));
    }
    expect(windows).toEqual(all);
    expect((await t.call('vendors.page', { offset: 100 })).rows).toEqual([]);
  });

  it('finds names folded as the core compares them, every word anywhere in any name', async () => {
    const t = testCore();
    await add(t, [
      { legalName: 'Alibaba Cloud (Singapore) Pte. Ltd.', otherNames: [{ name: '阿里云计算有限公司', kind: 'local-script' }] },
      { legalName: 'Société Générale' },
      { legalName: 'Straße Logistik GmbH' },
      { legalName: 'Tech\u200Bnologies Ltd' },
      { legalName: 'ソニー' },
    ]);
    const found = async (query: string) => names(t, { query });
    expect(await found('cloud alibaba')).toEqual(['Alibaba Cloud (Singapore) Pte. Ltd.']);
    expect(await found('阿里云')).toEqual(['Alibaba Cloud (Singapore) Pte. Ltd.']);
    expect(await found('societe generale')).toEqual(['Société Générale']);
    expect(await found('STRASSE')).toEqual(['Straße Logistik GmbH']);
    expect(await found('technologies')).toEqual(['Tech\u200Bnologies Ltd']);
    expect(await found('ｿﾆｰ')).toEqual(['ソニー']);
    expect(await found('alibaba nowhere')).toEqual([]);
    expect((await t.call('vendors.page', { query: 'alibaba' })).matched).toBe(1);
  });

  it('filters by criticality (or none set), service, data shared and country of incorporation or headquarters', async () => {
    const t = testCore();
    await add(t, [
      { legalName: 'Alpha', criticality: 'critical', services: ['SaaS'], countryOfIncorporation: 'US', countryOfHeadquarters: 'US' },
      { legalName: 'Beta', criticality: null, services: ['Hardware'], dataShared: ['Source code'], countryOfIncorporation: 'NL', countryOfHeadquarters: 'DE' },
      { legalName: 'Gamma', criticality: 'low', services: ['SaaS', 'AI model/API'], countryOfIncorporation: 'DE', countryOfHeadquarters: null },
    ]);
    const filtered = (filters: Partial<Input<'vendors.page'>['filters'] & object>) =>
      names(t, { filters: { criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '', ...filters } });
    expect(await filtered({ criticality: 'critical' })).toEqual(['Alpha']);
    expect(await filtered({ criticality: 'unset' })).toEqual(['Beta']);
    expect(await filtered({ service: 'SaaS' })).toEqual(['Alpha', 'Gamma']);
    expect(await filtered({ dataShared: 'Source code' })).toEqual(['Beta']);
    expect(await filtered({ country: 'DE' })).toEqual(['Beta', 'Gamma']);
    expect(await filtered({ service: 'SaaS', country: 'DE' })).toEqual(['Gamma']);
    // The country filter's choices: the countries in the inventory, by name (Germany, the Netherlands, United States).
    expect((await t.call('vendors.page', {})).countries).toEqual(['DE', 'NL', 'US']);
  });

  it('filters by risk tier, and hands over every vendor the search and filters keep for "select all"', async () => {
    const t = testCore();
    await add(t, Array.from({ length: 130 }, (_, i) => ({ legalName: `Cloud ${i + 1}`, criticality: i % 2 ? 'low' : 'critical' })));
    await add(t, [{ legalName: 'Other Co' }]);
    const { vendors } = await t.call('scores.portfolio', {});
    const tier = TIERS.find((x) => x === vendors[0]!.tier)!;
    const withTier = vendors.filter((v) => v.tier === tier).length;
    const filters = { criticality: '', service: '', dataShared: '', country: '', screening: '', tier } as const;
    expect((await t.call('vendors.page', { filters })).matched).toBe(withTier);
    // Every one of them, beyond the table's windows of 100 rows.
    const cloud = await t.call('vendors.matchingIds', { query: 'cloud', filters: { ...filters, tier: '', criticality: 'critical' } });
    expect(cloud.ids).toHaveLength(65);
    expect((await t.call('vendors.matchingIds', { query: 'cloud' })).ids).toHaveLength(130);
    expect((await t.call('vendors.matchingIds', { filters })).ids).toHaveLength(withTier);
    expect(await t.invokeUnchecked('vendors.page', { filters: { ...filters, tier: 'Dire' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sorts either way with blanks last both ways and ties in legal-name order', async () => {
    const t = testCore();
    await add(t, [
      { legalName: 'Delta', annualSpend: 500, criticality: 'high' },
      { legalName: 'alpha', annualSpend: null, criticality: 'high' },
      { legalName: 'Charlie', annualSpend: 90, criticality: null },
      { legalName: 'Bravo', annualSpend: 500, criticality: 'critical' },
    ]);
    const sorted = (key: 'annualSpend' | 'criticality' | 'legalName', direction: 'asc' | 'desc') => names(t, { sort: { key, direction } });
    expect(await sorted('legalName', 'asc')).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(await sorted('legalName', 'desc')).toEqual(['Delta', 'Charlie', 'Bravo', 'alpha']);
    expect(await sorted('annualSpend', 'desc')).toEqual(['Bravo', 'Delta', 'Charlie', 'alpha']);
    expect(await sorted('annualSpend', 'asc')).toEqual(['Charlie', 'Bravo', 'Delta', 'alpha']);
    expect(await sorted('criticality', 'desc')).toEqual(['Bravo', 'alpha', 'Delta', 'Charlie']);
    expect(await sorted('criticality', 'asc')).toEqual(['alpha', 'Delta', 'Bravo', 'Charlie']);
  });

  it('filters and sorts by screening result and by risk, each row carrying its screening', async () => {
    const t = testCore(tempDir(), { withPack: true });
    await add(t, [
      { legalName: 'Huawei Technologies Co., Ltd.', countryOfIncorporation: 'CN' },
      { legalName: 'Plain Harbour Analytics Ltd' },
      { legalName: 'Not Screened Yet Ltd' },
    ]);
    const { vendors } = await t.call('vendors.list', {});
    const id = (name: string) => vendors.find((v) => v.legalName === name)!.id;
    await t.call('screening.run', { jobId: 'two', vendorIds: [id('Huawei Technologies Co., Ltd.'), id('Plain Harbour Analytics Ltd')] });

    const page = await t.call('vendors.page', { sort: { key: 'screening', direction: 'desc' } });
    expect(page.rows.map((r) => [r.vendor.legalName, r.screening.status])).toEqual([
      ['Huawei Technologies Co., Ltd.', 'match'],
      ['Plain Harbour Analytics Ltd', 'clear'],
      ['Not Screened Yet Ltd', 'unscreened'],
    ]);
    // The default order carries each row's screening too.
    expect((await t.call('vendors.page', {})).rows.find((r) => r.vendor.legalName.startsWith('Huawei'))?.screening.status).toBe('match');
    const none = { criticality: '', service: '', dataShared: '', country: '' } as const;
    expect(await names(t, { filters: { ...none, screening: 'unscreened' } })).toEqual(['Not Screened Yet Ltd']);
    expect(await names(t, { filters: { ...none, screening: 'match' } })).toEqual(['Huawei Technologies Co., Ltd.']);

    const { vendors: scored } = await t.call('scores.portfolio', {});
    const byRisk = [...scored].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).map((v) => v.name);
    expect(await names(t, { sort: { key: 'risk', direction: 'desc' } })).toEqual(byRisk);
    expect(byRisk[0]).toBe('Huawei Technologies Co., Ltd.');
  });

  it('sees every change to the vendors, whoever made it: an edit, a delete, a restore, another app on the same folder', async () => {
    const dataDir = tempDir();
    const t = testCore(dataDir);
    await add(t, [{ legalName: 'Kept Ltd' }, { legalName: 'Renamed Ltd' }]);
    expect(await names(t, {})).toEqual(['Kept Ltd', 'Renamed Ltd']);
    const { vendors } = await t.call('vendors.list', {});
    const renamed = vendors.find((v) => v.legalName === 'Renamed Ltd')!;
    const { id: _id, createdAt: _c, updatedAt: _u, version, updatedBy: _b, ...input } = renamed;
    const saved = await t.call('vendors.update', { id: renamed.id, version, vendor: { ...input, legalName: 'Zulu Renamed Ltd' } });
    expect(await names(t, {})).toEqual(['Kept Ltd', 'Zulu Renamed Ltd']);
    await t.call('vendors.delete', { id: renamed.id, version: saved.version });
    expect(await names(t, {})).toEqual(['Kept Ltd']);
    await t.call('vendors.restore', { id: renamed.id });
    expect(await names(t, {})).toEqual(['Kept Ltd', 'Zulu Renamed Ltd']);

    // A second app (or the CLI) on the same data folder: its write reaches this one's list through the database.
    const other = testCore(dataDir);
    await other.call('vendors.create', vendorInput({ legalName: 'Added Elsewhere Ltd' }));
    expect(await names(t, {})).toEqual(['Added Elsewhere Ltd', 'Kept Ltd', 'Zulu Renamed Ltd']);
    await other.core.close();
    await t.core.close();
  });

  it('refuses a window too large, a negative offset, an unknown column or filter value, saying which', async () => {
    const t = testCore();
    for (const [input, field] of [
      [{ limit: 501 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ sort: { key: 'rowid', direction: 'asc' } }, 'sort.key'],
      [{ filters: { criticality: 'urgent', service: '', dataShared: '', country: '', screening: '', tier: '' } }, 'filters.criticality'],
      [{ query: 'x'.repeat(301) }, 'query'],
    ] as const) {
      const answer = await t.invokeUnchecked('vendors.page', input);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { [field]: expect.any(String) } } });
    }
  });
});

describe('likely duplicates', () => {
  it('finds a vendor named the same apart from legal form, case and punctuation, or one typo off in a longer name, by any of its names', async () => {
    const t = testCore();
    const acme = await t.call('vendors.create', vendorInput({ legalName: 'Acme Cloud Services Ltd' }));
    const nord = await t.call('vendors.create', vendorInput({ legalName: 'Nordlicht Analytics GmbH', otherNames: [{ name: 'Nordlicht', kind: 'trading' }] }));
    await t.call('vendors.create', vendorInput({ legalName: 'Acme Holdings' }));
    const similar = async (name: string, excludeId: string | null = null) => (await t.call('vendors.similar', { name, excludeId })).vendors;

    expect(await similar('ACME CLOUD SERVICES LIMITED')).toEqual([{ id: acme.id, legalName: 'Acme Cloud Services Ltd', matchedName: 'Acme Cloud Services Ltd' }]);
    expect(await similar('Acme Cloud Servces, Inc.')).toEqual([{ id: acme.id, legalName: 'Acme Cloud Services Ltd', matchedName: 'Acme Cloud Services Ltd' }]);
    expect((await similar('Acne Holdings')).map((v) => v.legalName)).toEqual(['Acme Holdings']);
    expect(await similar('NORDLICHT GMBH')).toEqual([{ id: nord.id, legalName: 'Nordlicht Analytics GmbH', matchedName: 'Nordlicht' }]);
    // Another company: a short name, a shared first word, a vendor's own name while it is edited.
    expect(await similar('Acme')).toEqual([]);
    expect(await similar('Acme Logistics')).toEqual([]);
    expect(await similar('Acme Cloud Services Ltd', acme.id)).toEqual([]);
    expect(await similar('Zenith Data Ltd')).toEqual([]);
    expect(await similar('  ')).toEqual([]);
  });
});

describe('search beyond names', () => {
  it('finds vendors by country, tag, contract owner and identifier, and a longer word with one typo; a short one must be exact', async () => {
    const t = testCore();
    await t.call('vendors.create', vendorInput({ legalName: 'Nordlicht Analytics GmbH', countryOfIncorporation: 'DE', tags: ['strategic'], contractOwner: 'Dana Whitfield' }));
    await t.call('vendors.create', vendorInput({ legalName: 'Alibaba Cloud (Singapore) Private Limited', countryOfIncorporation: 'SG', identifiers: [{ scheme: 'DUNS', value: '659212345' }] }));
    const found = async (query: string) => (await t.call('vendors.page', { query })).rows.map((r) => r.vendor.legalName);
    expect(await found('germany')).toEqual(['Nordlicht Analytics GmbH']);
    expect(await found('singapore')).toEqual(['Alibaba Cloud (Singapore) Private Limited']);
    expect(await found('strategic')).toEqual(['Nordlicht Analytics GmbH']);
    expect(await found('whitfield')).toEqual(['Nordlicht Analytics GmbH']);
    expect(await found('659212345')).toEqual(['Alibaba Cloud (Singapore) Private Limited']);
    // One letter wrong, missing or swapped in a word of five letters or more, whole or begun.
    expect(await found('aliaba')).toEqual(['Alibaba Cloud (Singapore) Private Limited']);
    expect(await found('nordlihct')).toEqual(['Nordlicht Analytics GmbH']);
    expect(await found('analyitcs nord')).toEqual(['Nordlicht Analytics GmbH']);
    expect(await found('clodu')).toEqual(['Alibaba Cloud (Singapore) Private Limited']);
    expect(await found('clxxd')).toEqual([]);
    expect(await found('alibaba germany')).toEqual([]);
  });
});
