// A verdict is only as good as its data: each list version says how complete it is, a clear result says against
// which lists of what date and which are partial, and a list file that looks cut short is never quietly taken.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { refPath } from '../reference-data';
import { tempDir, type TestCore, testCore } from '../helpers';

let t: TestCore;

beforeAll(async () => {
  t = testCore(tempDir(), { withPack: true });
  await t.call('demo.load', {});
  await t.call('screening.run', { jobId: 'all' });
}, 120_000);

async function screeningOf(name: string) {
  const { vendors } = await t.call('vendors.list', {});
  return t.call('screening.vendor', { vendorId: vendors.find((v) => v.legalName === name)!.id });
}

describe('coverage', () => {
  it('finds iFLYTEK on the Entity List (listed October 2019) with the complete CSL of the default pack', async () => {
    const { screening, hits } = await screeningOf('iFLYTEK Co., Ltd.');
    expect(screening.status).toBe('match');
    expect(hits.find((h) => h.listKey === 'trade-gov-csl' && /IFLYTEK/i.test(h.entryName))).toMatchObject({
      band: 'match',
      entryDetails: { subList: expect.stringMatching(/^Entity List/), listedDate: '2019-10-09' },
    });
  });

  it('a vendor listed after every copy we have (Zhipu AI, Entity List 2025) is clear against the lists of their dates, partial ones named', async () => {
    const { screening } = await screeningOf('Beijing Zhipu Huazhang Technology Co., Ltd.');
    expect(screening.status).toBe('clear');
    const { basis, current } = await t.call('lists.list', {});
    expect(basis.clear).toBe(
      `Clear against 7 lists as of 2022-05-06 to 2026-06-08; partial: ${current.filter((v) => !v.coverage.complete).map((v) => v.listName).join(', ')}`,
    );
    expect(basis.partial.map((p) => p.listKey).sort()).toEqual(['ofac-sdn', 'trade-gov-csl', 'uk-sanctions']);
    // Stale notes say the true reason: the date of the data, not "recent listings" in general.
    expect(basis.stale.find((s) => s.listKey === 'trade-gov-csl')?.reason).toMatch(/^its data is of 2022-05-06, \d+ days ago: designations and removals since then are not in it$/);
  });

  it('every version records its coverage: parts with their dates, entries by sub-list', async () => {
    const { current } = await t.call('lists.list', {});
    const sdn = current.find((v) => v.listKey === 'ofac-sdn')!;
    expect(sdn.coverage.parts.map((p) => p.asOf)).toEqual(['2024-05-03', '2025-12-24', '2026-06-02', '2026-06-02']);
    const csl = current.find((v) => v.listKey === 'trade-gov-csl')!;
    expect(Object.keys(csl.coverage.subLists)).toHaveLength(13);
    expect(current.find((v) => v.listKey === 'un-sc')!.coverage).toMatchObject({ complete: true, missing: [] });
  });
});

describe('importing a list that looks cut short', () => {
  it('refuses far fewer entries than the list in use, with the numbers, and imports once confirmed', async () => {
    const u = testCore(tempDir(), { withPack: true });
    await u.call('screening.run', { jobId: 'load' });
    const file = u.pick(refPath('trade-gov-csl/2025-06-25-sample/consolidated.csv'));
    const refused = await u.invoke('lists.import', { files: [file], jobId: 'first' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toMatch(/It has 13 entries where the version in use has 14,\d{3}: 100 % fewer\./);
    expect(refused.error.message).toMatch(/Nothing was imported/);
    expect((await u.call('lists.list', {})).current.find((v) => v.listKey === 'trade-gov-csl')!.entryCount).toBeGreaterThan(14_000);
    const confirmed = await u.call('lists.import', { files: [file], jobId: 'again', confirmed: true });
    expect(confirmed).toMatchObject({ unchanged: false, version: { entryCount: 13, current: true } });
    await u.core.close();
  }, 120_000);

  it('asks before taking a file that ends in the middle of a row, and marks it partial once taken', async () => {
    const u = testCore(tempDir());
    const text = fs.readFileSync(refPath('bis-denied-persons/2023-11-30/dpl.txt'), 'latin1');
    const cut = path.join(tempDir(), 'dpl.txt');
    fs.writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)), 'latin1');
    const file = u.pick(cut);
    const refused = await u.invoke('lists.import', { files: [file], jobId: 'cut' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.details).toMatchObject({ confirm: 'required', concerns: expect.stringMatching(/ends in the middle of line \d+/) });
    const taken = await u.call('lists.import', { files: [file], jobId: 'cut-confirmed', confirmed: true });
    expect(taken.version.coverage).toMatchObject({ complete: false, missing: [expect.stringMatching(/cut short/)] });
    expect((await u.call('lists.list', {})).basis.partial.map((p) => p.listKey)).toEqual(['bis-dpl']);
    await u.core.close();
  });
});
