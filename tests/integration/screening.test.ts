// Screening through the core, on the real bundled lists: first-run pack, hits with explanations,
// review decisions that survive re-screening, and what changes when a newer list version arrives.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningHit } from '../../electron/core/contract';
import { MATCHER_VERSION } from '../../electron/core/screening/version';
import { tempDir, type TestCore, testCore, vendorInput } from '../helpers';
import { refPath } from '../reference-data';

const REAL_1260H = refPath('dod-1260h/1260h.csv');

/** A "newer edition" of the 1260H CSV: Huawei Technologies delisted, Zhipu AI's company added. */
function newer1260h(): string {
  const lines = fs.readFileSync(REAL_1260H, 'utf8').split('\n');
  const out = lines.map((l) =>
    l.startsWith('"Huawei Technologies Co., Ltd."') ? l.replace(/"listed \(in 2026-06-08 edition\);[^"]*"/, '"removed 2026-10-01"') : l,
  );
  out.splice(1, 0, '"Beijing Zhipu Huazhang Technology Co., Ltd.",Zhipu AI,2026,"listed (in 2026-10-01 edition); editions listed: 2026-10-01",test fixture');
  const file = path.join(tempDir(), '1260h-newer.csv');
  fs.writeFileSync(file, out.join('\n'));
  return file;
}

async function screenedDemo(): Promise<TestCore> {
  const t = testCore(tempDir(), { withPack: true });
  await t.call('demo.load', {});
  await t.call('screening.run', { jobId: 'all' });
  return t;
}

async function vendorId(t: TestCore, legalName: string): Promise<string> {
  const { vendors } = await t.call('vendors.list', {});
  const v = vendors.find((x) => x.legalName === legalName);
  if (!v) throw new Error(`no vendor ${legalName}`);
  return v.id;
}

async function hitsOf(t: TestCore, legalName: string): Promise<ScreeningHit[]> {
  return (await t.call('screening.vendor', { vendorId: await vendorId(t, legalName) })).hits;
}

describe('screening', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await screenedDemo();
  }, 120_000);

  it('loads the bundled pack on first use: every list with its as-of date, flagged stale', async () => {
    const { current, staleAfterDays } = await t.call('lists.list', {});
    expect(staleAfterDays).toBe(90);
    expect(current.map((v) => v.listKey).sort()).toEqual(['bis-dpl', 'dod-1260h', 'ofac-non-sdn', 'ofac-sdn', 'trade-gov-csl', 'uk-sanctions', 'un-sc']);
    for (const v of current) {
      expect(v.bundled).toBe(true);
      expect(v.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.stale).toBe(true);
      expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(v.entryCount).toBeGreaterThan(100);
    }
    // The cut-off last row of the truncated CSL is skipped with a warning the user sees.
    expect(current.find((v) => v.listKey === 'trade-gov-csl')?.warnings.join(' ')).toMatch(/cut off|skipped/i);
  });

  it('finds Huawei Cloud through its parent on the 1260H list, with an explanation, and under its own name on the Entity List', async () => {
    const hits = await hitsOf(t, 'Huawei Cloud Computing Technologies Co., Ltd.');
    const hit = hits.find((h) => h.listKey === 'dod-1260h' && h.entryName === 'Huawei Technologies Co., Ltd.');
    expect(hit).toMatchObject({ band: 'match', via: 'parent', stale: true, asOf: '2026-06-08' });
    expect(hit!.explanation.text).toMatch(/parent/i);
    expect(hit!.explanation.alignment.length).toBeGreaterThan(0);
    // The complete CSL (2022) names the cloud company itself among Huawei's Entity List affiliates.
    expect(hits.find((h) => h.listKey === 'trade-gov-csl' && /Huawei Cloud Computing/i.test(h.entryName))).toMatchObject({ band: 'match', via: 'name' });
    const { statuses } = await t.call('screening.statuses', {});
    expect(statuses[await vendorId(t, 'Huawei Cloud Computing Technologies Co., Ltd.')]).toMatchObject({ status: 'match', viaParent: false });
  });

  it('finds listed companies under their own names, and leaves ordinary vendors clear', async () => {
    const { statuses } = await t.call('screening.statuses', {});
    expect(statuses[await vendorId(t, 'SenseTime Group Inc.')]).toMatchObject({ status: 'match', viaParent: false });
    expect(statuses[await vendorId(t, 'Hangzhou Hikvision Digital Technology Co., Ltd.')]?.status).toBe('match');
    expect(statuses[await vendorId(t, 'Alibaba Cloud (Singapore) Private Limited')]).toMatchObject({ status: 'match', viaParent: true });
    for (const name of ['Amazon Web Services, Inc.', 'Microsoft Corporation', 'SAP SE', 'Mistral AI SAS', 'Snowflake Inc.', 'Cloudflare, Inc.']) {
      expect(statuses[await vendorId(t, name)]?.status, name).toBe('clear');
    }
  });

  it('records review decisions with reason and reviewer, audited, and requires a reason', async () => {
    const id = await vendorId(t, 'SenseTime Group Inc.');
    const [first, second] = (await t.call('screening.vendor', { vendorId: id })).hits;
    // One person's workspace: a match on a blocking list is theirs to dismiss once four eyes are off (four-eyes tests).
    await t.call('settings.setFourEyes', { enabled: false });
    const noReason = await t.invoke('screening.review', { hitId: first!.id, decision: 'confirmed', reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: expect.any(String) } } });

    const confirmed = await t.call('screening.review', { hitId: first!.id, decision: 'confirmed', reason: 'Same company, same registration' });
    expect(confirmed.review).toMatchObject({ decision: 'confirmed', reviewer: 'tester', reason: 'Same company, same registration' });
    await t.call('screening.review', { hitId: second!.id, decision: 'dismissed', reason: 'Checked: different entity' });
    const { events } = await t.call('audit.list', { limit: 2 });
    expect(events.map((e) => e.action)).toEqual(['screening.dismissed', 'screening.confirmed']);

    // Re-screening keeps both decisions: the entries did not change.
    await t.call('screening.run', { jobId: 'again', vendorIds: [id] });
    const after = (await t.call('screening.vendor', { vendorId: id })).hits;
    expect(after.find((h) => h.id === first!.id)?.review.decision).toBe('confirmed');
    expect(after.find((h) => h.id === second!.id)?.review.decision).toBe('dismissed');
  });

  it('a newer list version resolves hits of delisted entries and adds new ones; the same file again changes nothing', async () => {
    const file = newer1260h();
    const imported = await t.call('lists.import', { files: [t.pick(file)], jobId: 'imp' });
    expect(imported.unchanged).toBe(false);
    expect(imported.version).toMatchObject({ listKey: 'dod-1260h', bundled: false, current: true });
    const run = imported.run!;
    expect(run.newHits).toEqual(expect.arrayContaining([expect.objectContaining({ vendorName: 'Beijing Zhipu Huazhang Technology Co., Ltd.', listKey: 'dod-1260h' })]));
    expect(run.resolvedHits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ vendorName: 'Huawei Cloud Computing Technologies Co., Ltd.', entryName: 'Huawei Technologies Co., Ltd.', reason: expect.stringMatching(/removed/) }),
      ]),
    );
    const { history } = await t.call('lists.list', {});
    expect(history.filter((v) => v.listKey === 'dod-1260h')).toHaveLength(2);
    // The resolved hit shows the entry as the new version has it: removed, with the date.
    const { resolved } = await t.call('screening.vendor', { vendorId: await vendorId(t, 'Huawei Cloud Computing Technologies Co., Ltd.') });
    expect(resolved.find((h) => h.listKey === 'dod-1260h' && h.entryName === 'Huawei Technologies Co., Ltd.')).toMatchObject({
      entryStatus: 'removed',
      entryDetails: { removedDate: '2026-10-01' },
      resolution: 'The entry was removed from the list on 2026-10-01',
    });

    const again = await t.call('lists.import', { files: [t.pick(file)], jobId: 'imp2' });
    expect(again).toMatchObject({ unchanged: true, run: null, version: { id: imported.version.id } });
    expect((await t.call('lists.list', {})).history).toHaveLength(history.length);
  });

  it('a list import cancelled while vendors are re-screened leaves no new version and no changed hits', async () => {
    const t2 = await screenedDemo();
    const before = { lists: await t2.call('lists.list', {}), statuses: await t2.call('screening.statuses', {}) };
    // Cancelled the moment the job says it is screening (in the same turn, so however fast or slow the machine, the
    // job is still running): a poll could come too late, after the job has stored its results.
    let cancel: Promise<unknown> | null = null;
    const record = t2.progress.push.bind(t2.progress);
    t2.progress.push = (...items) => {
      if (!cancel && items.some((p) => p.jobId === 'cancel-me' && p.phase === 'Screening vendors')) cancel = t2.call('jobs.cancel', { jobId: 'cancel-me' });
      return record(...items);
    };
    const running = t2.invoke('lists.import', { files: [t2.pick(newer1260h())], jobId: 'cancel-me' });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await cancel).toEqual({ cancelled: true });
    expect(await t2.call('lists.list', {})).toEqual(before.lists);
    expect(await t2.call('screening.statuses', {})).toEqual(before.statuses);
  }, 120_000);

  it('rejects a malformed list file with file and line, and changes nothing', async () => {
    const before = await t.call('lists.list', {});
    const bad = path.join(tempDir(), 'broken.csv');
    fs.writeFileSync(bad, fs.readFileSync(REAL_1260H, 'utf8').replace('"Huawei Technologies Co., Ltd."', '"Huawei Technologies Co., Ltd.'));
    const result = await t.invoke('lists.import', { files: [t.pick(bad)], jobId: 'bad' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_file');
    expect(result.error.message).toMatch(/broken\.csv/);
    expect(result.error.message).toMatch(/line \d+/);
    expect(await t.call('lists.list', {})).toEqual(before);
  });

  it('screens names outside the inventory (batch check), Chinese script included', async () => {
    const { matcher, results, lists } = await t.call('screening.check', {
      vendors: [
        { name: '华为技术有限公司', aliases: [], countries: [], parent: null },
        { name: 'Acme Widgets Ltd', aliases: [], countries: ['GB'], parent: null },
      ],
    });
    expect(lists.length).toBe(7);
    expect(matcher).toBe(MATCHER_VERSION);
    expect(results[0]?.hits.every((h) => h.matcher === MATCHER_VERSION)).toBe(true);
    expect(results[0]?.status).toBe('match');
    expect(results[0]?.hits[0]?.entryName).toMatch(/Huawei/i);
    expect(results[1]).toEqual({ status: 'clear', hits: [] });
  });
});

describe('links the lists make', () => {
  it('stores a hit through a 1260H parent as "list-link", capped by the hit that brought it, with the matcher; old rows still read', async () => {
    const dataDir = tempDir();
    const t = testCore(dataDir, { withPack: true });
    await t.call('vendors.create', vendorInput({ legalName: 'AVIC Heavy Machinery Company Limited', countryOfIncorporation: 'CN' }));
    await t.call('screening.run', { jobId: 'r1' });
    const id = (await t.call('vendors.list', {})).vendors[0]!.id;
    const { hits, screening } = await t.call('screening.vendor', { vendorId: id });
    const direct = hits.find((h) => h.entryName === 'AVIC Heavy Machinery Company Limited')!;
    const linked = hits.find((h) => h.via === 'list-link' && h.listKey === 'dod-1260h')!;
    expect(direct).toMatchObject({ via: 'name', band: 'match', matcherVersion: MATCHER_VERSION });
    expect(linked).toMatchObject({ entryName: expect.stringMatching(/^Aviation Industry Corporation of China/), matcherVersion: MATCHER_VERSION });
    // Another list may name the same link first: its entry is spelt in capitals.
    expect(linked.explanation.text.toLowerCase()).toContain(`the list links "avic heavy machinery company limited" to "${linked.matchedName.toLowerCase()}"`);
    expect(linked.score).toBeLessThanOrEqual(direct.score);
    expect(screening).toMatchObject({ status: 'match', viaParent: false });

    // A hit stored before versions were recorded has no matcher.
    const db = new Database(path.join(dataDir, 'vetter.db'));
    db.prepare('UPDATE screening_hits SET matcher = NULL WHERE id = ?').run(linked.id);
    db.close();
    const old = (await t.call('screening.vendor', { vendorId: id })).hits.find((h) => h.id === linked.id);
    expect(old).toMatchObject({ via: 'list-link', matcherVersion: null });
  }, 120_000);
});

describe('screening decisions and changed entries', () => {
  it('reopens a decided hit when its list entry changes', async () => {
    const t = testCore(tempDir(), { withPack: true });
    await t.call('vendors.create', vendorInput({ legalName: 'SenseTime Group Inc.', countryOfIncorporation: 'KY' }));
    await t.call('screening.run', { jobId: 'r1' });
    const id = (await t.call('vendors.list', {})).vendors[0]!.id;
    const hit = (await t.call('screening.vendor', { vendorId: id })).hits.find((h) => h.listKey === 'dod-1260h')!;
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('screening.review', { hitId: hit.id, decision: 'dismissed', reason: 'test' });

    // The same entry with a new alias: a changed entry.
    const file = path.join(tempDir(), '1260h.csv');
    fs.writeFileSync(file, fs.readFileSync(REAL_1260H, 'utf8').replace(/^(SenseTime Group, Inc\.|"SenseTime Group, Inc\.")(,)([^,]*)/m, '$1$2$3; SenseTime AI'));
    const { run } = await t.call('lists.import', { files: [t.pick(file)], jobId: 'r2' });
    expect(run?.changedEntries.map((c) => c.entryName)).toContain(hit.entryName);
    const reopened = (await t.call('screening.vendor', { vendorId: id })).hits.find((h) => h.id === hit.id);
    expect(reopened?.review.decision).toBe('open');
  }, 120_000);
});

describe('identifiers', () => {
  it('stores a hit by an identifier the list prints as "identifier", with the list entry\'s identifiers, and scores it as a name hit', async () => {
    const dataDir = tempDir();
    const t = testCore(dataDir, { withPack: true });
    // OFAC prints this unified social credit code for RAYBEAM OPTRONICS CO. LTD.; the name shares nothing with it.
    await t.call('vendors.create', vendorInput({ legalName: 'Northwind Optics', countryOfIncorporation: 'CN', identifiers: [{ scheme: 'USCC', value: '9113100033607322XK' }] }));
    await t.call('screening.run', { jobId: 'r1' });
    const id = (await t.call('vendors.list', {})).vendors[0]!.id;
    const { hits, screening } = await t.call('screening.vendor', { vendorId: id });
    const byId = hits.find((h) => h.via === 'identifier')!;
    expect(byId).toMatchObject({ listKey: 'ofac-sdn', entryName: 'RAYBEAM OPTRONICS CO. LTD.', band: 'match', score: 1, matchedName: 'USCC:9113100033607322XK', matcherVersion: MATCHER_VERSION });
    expect(byId.entryDetails.identifiers).toContainEqual(expect.objectContaining({ scheme: 'USCC', value: '9113100033607322XK', country: 'CN' }));
    expect(byId.explanation.text).toContain('unified social credit code 9113100033607322XK is the one the list prints for "RAYBEAM OPTRONICS CO. LTD."');
    expect(screening).toMatchObject({ status: 'match', viaParent: false });
    const { result } = await t.call('scores.vendor', { vendorId: id });
    expect(result.factors.find((f) => f.detail.includes("the vendor's identifier USCC:9113100033607322XK"))?.detail).toContain('(via identifier, weighed as by name)');
    // The screening that found the hit kept a snapshot of the score it moved; screening again changes no hit and
    // keeps none.
    const { history } = await t.call('scores.vendor', { vendorId: id });
    expect(history[0]).toMatchObject({ score: result.score });
    await t.call('screening.run', { jobId: 'r2' });
    expect((await t.call('scores.vendor', { vendorId: id })).history).toHaveLength(history.length);
    await t.core.close();
  }, 120_000);
});

describe('a screening of more than a thousand vendors', () => {
  it('is stored as one of a few is: its hits, every vendor screened, and a second run that changes nothing', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const listed = new Map([
      [100, 'Huawei Technologies Co., Ltd.'],
      [700, 'Hangzhou Hikvision Digital Technology Co., Ltd.'],
    ]);
    const lines = ['name,country'];
    for (let i = 0; i < 1_200; i++) lines.push(`"${listed.get(i) ?? `Quiet Harbour Services ${i} Ltd`}",${listed.has(i) ? 'CN' : 'GB'}`);
    const file = path.join(tempDir(), 'many.csv');
    fs.writeFileSync(file, lines.join('\n'));
    const picked = t.pick(file);
    const { mapping } = await t.call('vendors.importPreview', { file: picked });
    await t.call('vendors.importRun', { file: picked, mapping, onDuplicate: 'skip', jobId: 'many' });

    const first = await t.call('screening.run', { jobId: 'first' });
    expect(first.vendorCount).toBe(1_200);
    expect(first.counts.match).toBe(2);
    expect(new Set(first.newHits.filter((h) => h.band === 'match').map((h) => h.vendorName))).toEqual(new Set(listed.values()));
    const { statuses } = await t.call('screening.statuses', {});
    expect(Object.values(statuses).filter((s) => s.status === 'unscreened')).toEqual([]);
    expect(Object.keys(statuses)).toHaveLength(1_200);

    const second = await t.call('screening.run', { jobId: 'second' });
    expect(second).toMatchObject({ vendorCount: 1_200, newHits: [], resolvedHits: [], counts: first.counts });
    await t.core.close();
  }, 120_000);
});
