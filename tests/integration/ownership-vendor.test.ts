// A vendor's ownership as the core answers it: the parties bearing its names, their owners, and the rules' findings,
// each party of the graph screened by name against the bundled lists.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, testCore, vendorInput } from '../helpers';

const OWNERS = path.join(ROOT, 'tests', 'fixtures', 'ownership', 'northwind-listed.csv');

describe('a vendor’s ownership', () => {
  it('finds the vendor in the graph by its names and applies the rules to its owners, screened by name', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const vendor = await t.call('vendors.create', vendorInput({ legalName: 'Northwind Cloud Ltd' }));
    await t.call('ownership.import', { file: t.pick(OWNERS) });

    const shown = await t.call('ownership.vendor', { vendorId: vendor.id, asOf: '2026-06-30' });
    expect(shown.vendor).toEqual({ id: vendor.id, legalName: 'Northwind Cloud Ltd' });
    expect(shown.parties).toHaveLength(1);
    const [{ party, owners, evaluation }] = shown.parties as [(typeof shown.parties)[number]];
    expect(party.name).toBe('Northwind Cloud Ltd');
    // Current links first, the largest stakes first; a hit on a list no rule reads is shown with the owner too.
    const CSL = 'trade.gov Consolidated Screening List';
    expect(owners.map((o) => [o.owner.name, o.link.percentage, o.listings.map((l) => l.label)])).toEqual([
      ['Raybeam Optronics Co. Ltd.', 30, ['SDN', CSL]],
      ['Harbour Holdings Ltd', 25, []],
      ['Huawei Technologies Co., Ltd.', null, ['1260H', 'OFAC consolidated (non-SDN) list', CSL]],
      ['Raybeam Optronics Co. Ltd.', 60, ['SDN', CSL]],
    ]);
    expect(evaluation.status).toBe('blocked');
    expect(evaluation.findings.map((f) => `${f.status}: ${f.explanation}`)).toEqual([
      'blocked: owned 55 % in aggregate by SDN persons: Raybeam Optronics Co. Ltd. 30 % directly; ICGOO Electronics Limited 25 % via Harbour Holdings Ltd (ICGOO Electronics Limited owns 50 % of Harbour Holdings Ltd)',
      'controlled: controlled by Huawei Technologies Co., Ltd. (1260H): Huawei Technologies Co., Ltd. controls Northwind Cloud Ltd by VIE contract',
    ]);
    expect(evaluation.history).toEqual([`Raybeam Optronics Co. Ltd. (SDN, ${CSL}) owned 60 % of Northwind Cloud Ltd from 2010 until 2015-12-31: ended, history only`]);
    expect(shown.listingBasis).toMatch(/match band/);

    // In 2018 only Harbour's stake was in force: below 50 %, a review signal with the same explanation.
    const earlier = (await t.call('ownership.vendor', { vendorId: vendor.id, asOf: '2018-09-01' })).parties[0]!.evaluation;
    expect(earlier.status).toBe('review');
    expect(earlier.findings.map((f) => f.explanation)).toEqual([
      'owned 25 % in aggregate by SDN persons: ICGOO Electronics Limited 25 % via Harbour Holdings Ltd (ICGOO Electronics Limited owns 50 % of Harbour Holdings Ltd)',
    ]);
  });

  it('answers with no parties for a vendor the graph does not name', async () => {
    const t = testCore();
    const vendor = await t.call('vendors.create', vendorInput({ legalName: 'Unrelated Ltd' }));
    expect((await t.call('ownership.vendor', { vendorId: vendor.id })).parties).toEqual([]);
  });
});
