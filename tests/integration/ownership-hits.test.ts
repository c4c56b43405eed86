// Screening hits through a vendor's owners (`via: "owner"`): each party of the vendor's ownership graph screened by
// name against the bundled lists, the ownership rules applied, and each finding stored as a hit on the listed owner's
// entry, with its path and, where OFAC's 50 % rule applied, its aggregate. Owners imported or entered by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OwnerEntry } from '../../electron/core/ownership/model';
import { ROOT, tempDir, testCore, vendorInput } from '../helpers';

const OWNERS = path.join(ROOT, 'tests', 'fixtures', 'ownership', 'northwind-listed.csv');
const RAYBEAM = 'Raybeam Optronics Co. Ltd.';
const HUAWEI = 'Huawei Technologies Co., Ltd.';

const entry = (vendorId: string, over: Partial<OwnerEntry> & Pick<OwnerEntry, 'owner'>): OwnerEntry => ({
  vendorId,
  kind: 'shareholding',
  percentage: null,
  shares: null,
  start: null,
  end: null,
  source: 'Registry extract',
  ...over,
});

async function ownerHits(t: ReturnType<typeof testCore>, vendorId: string) {
  const { hits, screening } = await t.call('screening.vendor', { vendorId });
  const owners = hits.filter((h) => h.via === 'owner');
  return { screening, owners, summary: owners.map((h) => [h.entryName, h.band, h.aggregate, h.path?.map((s) => `${s.name} ${s.percentage ?? '-'} ${s.kind}`)]) };
}

describe('owner hits', () => {
  it('30 % directly and 25 % through a holding company blocked by its 50 % owner: 55 % in aggregate, a match; control by VIE contract: a match via control', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const vendor = await t.call('vendors.create', vendorInput({ legalName: 'Northwind Cloud Ltd' }));
    await t.call('screening.run', { jobId: 'before' });
    expect((await ownerHits(t, vendor.id)).owners).toEqual([]);

    // The import screens the vendors already screened again: the owner hits appear without another run.
    await t.call('ownership.import', { file: t.pick(OWNERS) });
    const { screening, owners } = await ownerHits(t, vendor.id);
    expect(screening.status).toBe('match');
    const aggregate = 'owned 55 % in aggregate by SDN persons: Raybeam Optronics Co. Ltd. 30 % directly; ICGOO Electronics Limited 25 % via Harbour Holdings Ltd (ICGOO Electronics Limited owns 50 % of Harbour Holdings Ltd)';
    const byOwner = new Map(owners.map((h) => [`${h.listKey} ${h.matchedName}`, h]));
    const raybeam = byOwner.get(`ofac-sdn ${RAYBEAM}`)!;
    expect(raybeam).toMatchObject({ band: 'match', aggregate: 55, path: [{ name: RAYBEAM, percentage: 30, kind: 'shareholding' }] });
    expect(raybeam.explanation.text.startsWith(`${aggregate}. ${RAYBEAM} is taken as "`)).toBe(true);
    const icgoo = byOwner.get('ofac-sdn ICGOO Electronics Limited')!;
    expect(icgoo).toMatchObject({
      band: 'match',
      aggregate: 55,
      path: [
        { name: 'ICGOO Electronics Limited', percentage: 50, kind: 'shareholding' },
        { name: 'Harbour Holdings Ltd', percentage: 25, kind: 'shareholding' },
      ],
    });
    const huawei = byOwner.get(`dod-1260h ${HUAWEI}`)!;
    expect(huawei).toMatchObject({ band: 'match', aggregate: null, path: [{ name: HUAWEI, percentage: null, kind: 'vie_contract' }] });
    expect(huawei.explanation.text).toMatch(/^controlled by Huawei Technologies Co\., Ltd\. \(1260H\): Huawei Technologies Co\., Ltd\. controls Northwind Cloud Ltd by VIE contract\. /);
    // Stored like any hit: a match on the SDN list needs a second reviewer to be dismissed when four eyes hold.
    expect(raybeam.review.decision).toBe('open');
    const reviewed = await t.call('screening.review', { hitId: raybeam.id, decision: 'confirmed', reason: 'Registry extract checked' });
    expect(reviewed.review.decision).toBe('confirmed');
    await t.call('screening.run', { jobId: 'again', vendorIds: [vendor.id] });
    expect((await ownerHits(t, vendor.id)).owners.find((h) => h.id === raybeam.id)?.review.decision).toBe('confirmed');
  });

  it('entered by hand: 40 % is a review, an ended link no hit, control by agreement two levels up a match via control', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const [alder, birch, cedar] = await Promise.all(
      ['Alder Systems Ltd', 'Birch Analytics Ltd', 'Cedar Cloud Ltd'].map((legalName) => t.call('vendors.create', vendorInput({ legalName }))),
    );
    await t.call('screening.run', { jobId: 'first' });

    await t.call('ownership.add', entry(alder!.id, { owner: { name: RAYBEAM, kind: 'company' }, percentage: 40 }));
    const forty = await ownerHits(t, alder!.id);
    expect(forty.summary).toEqual([['RAYBEAM OPTRONICS CO. LTD.', 'review', 40, [`${RAYBEAM} 40 shareholding`]]]);
    expect(forty.owners[0]!.explanation.text.startsWith(`owned 40 % in aggregate by SDN persons: ${RAYBEAM} 40 % directly. `)).toBe(true);
    expect(forty.screening.status).toBe('review');

    await t.call('ownership.add', entry(birch!.id, { owner: { name: RAYBEAM, kind: 'company' }, percentage: 60, start: '2010', end: '2015-12-31' }));
    expect((await ownerHits(t, birch!.id)).owners).toEqual([]);

    // Huawei controls Cedar Holdings by agreement (imported), which owns 60 % of the vendor (by hand): control passes down.
    const csv = path.join(tempDir(), 'cedar.csv');
    fs.writeFileSync(csv, `owner,owned,percentage,kind,start,end,source\n"${HUAWEI}",Cedar Holdings Ltd,,control agreement,2021,,Annual report\n`);
    await t.call('ownership.import', { file: t.pick(csv) });
    await t.call('ownership.add', entry(cedar!.id, { owner: { name: 'Cedar Holdings Ltd', kind: 'company' }, percentage: 60 }));
    const control = await ownerHits(t, cedar!.id);
    expect(control.summary.map(([, ...rest]) => rest)).toEqual([['match', null, [`${HUAWEI} - control_agreement`, 'Cedar Holdings Ltd 60 shareholding']]]);
    expect(control.owners[0]!.listKey).toBe('dod-1260h');
    expect(control.owners[0]!.explanation.text).toMatch(
      /^controlled by Huawei Technologies Co\., Ltd\. \(1260H\): Huawei Technologies Co\., Ltd\. controls Cedar Holdings Ltd by control agreement, Cedar Holdings Ltd owns 60 % of Cedar Cloud Ltd\. /,
    );
  });

  it('checks a hand entry and audits it', async () => {
    const t = testCore();
    const vendor = await t.call('vendors.create', vendorInput({ legalName: 'Dogwood Ltd' }));
    const refused = await t.invokeUnchecked('ownership.add', { ...entry(vendor.id, { owner: { name: 'Elm Holdings', kind: 'company' } }), percentage: 120 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const backwards = await t.invoke('ownership.add', entry(vendor.id, { owner: { name: 'Elm Holdings', kind: 'company' }, start: '2024-05', end: '2023' }));
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The link cannot end (2023) before it starts (2024-05).' } });
    const empty = await t.invokeUnchecked('ownership.add', entry(vendor.id, { owner: { name: '  ', kind: 'person' } }));
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const added = await t.call('ownership.add', entry(vendor.id, { owner: { name: 'Fir Partners', kind: 'person' }, percentage: 12.5, start: '2022-01-01' }));
    expect(added).toMatchObject({ format: 'csv', parties: { created: 2, updated: 0 }, links: { created: 1, updated: 0 } });
    const shown = await t.call('ownership.vendor', { vendorId: vendor.id });
    expect(shown.parties[0]!.owners.map((o) => [o.owner.name, o.owner.kind, o.link.percentage, o.link.source])).toEqual([['Fir Partners', 'person', 12.5, 'Registry extract']]);
    const { events } = await t.call('audit.list', { limit: 5 });
    expect(events.find((e) => e.action === 'ownership.add')?.summary).toBe('Added by hand: Fir Partners (person) owns 12.5 % of Dogwood Ltd');

    // What the vendor owns is drawn below it (the rules read owners only).
    const csv = path.join(tempDir(), 'dogwood.csv');
    fs.writeFileSync(csv, 'owner,owned,percentage,kind,start,end,source\nDogwood Ltd,Dogwood Labs GmbH,100,,2023,,Registry\n');
    await t.call('ownership.import', { file: t.pick(csv) });
    const around = await t.call('ownership.vendor', { vendorId: vendor.id });
    expect(around.graph.links.map((l) => [around.graph.parties.find((p) => p.party.id === l.ownerId)?.party.name, around.graph.parties.find((p) => p.party.id === l.ownedId)?.party.name])).toEqual(
      expect.arrayContaining([
        ['Fir Partners', 'Dogwood Ltd'],
        ['Dogwood Ltd', 'Dogwood Labs GmbH'],
      ]),
    );
    expect(around.parties[0]!.owners.map((o) => o.owner.name)).toEqual(['Fir Partners']);

    // The same owner, kind and start again updates the link rather than doubling it.
    expect(await t.call('ownership.add', entry(vendor.id, { owner: { name: 'Fir Partners', kind: 'person' }, percentage: 15, start: '2022-01-01' }))).toMatchObject({
      links: { created: 0, updated: 1 },
    });
  });
});
