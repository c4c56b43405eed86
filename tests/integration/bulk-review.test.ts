// Bulk review of hits, on both engines: one decision and reason over many hits, each its own audit event, in one
// transaction; four eyes and refusals as a single review has them, and nothing half-applied; the same decision over
// every vendor's open hits on a list entry. Through the core: the role check and the contract's refusals.
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import type { Store } from '../../electron/core/db/store';
import { ListVersions } from '../../electron/core/lists/versions';
import { Screening } from '../../electron/core/screening/screening';
import { Settings } from '../../electron/core/settings/settings';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { ONE_USER } from '../../electron/core/workspace/roles';
import { tempDir, testCore, vendorInput } from '../helpers';
import { hitOn } from '../stored-hits';
import { bothEngines } from '../stores';

const { engines: ENGINES } = bothEngines('bulk_review');
/** Others work on these workspaces: a second reviewer can agree. */
const TEAM = true;

const screeningEvents = (store: Store) =>
  store.read.all<{ action: string; actor: string; entity_id: string; summary: string }>(
    "SELECT action, actor, entity_id, summary FROM audit_events WHERE action LIKE 'screening.%' ORDER BY seq",
  );

describe.each(ENGINES)('bulk review on $name', ({ open }) => {
  async function domains() {
    const { store } = await open();
    const vendors = new VendorRepository(store);
    const screening = new Screening(store, new ListVersions(store), vendors);
    const settings = new Settings(store, { login: 'admin', access: async () => ONE_USER });
    const vendor = async (legalName: string) => (await vendors.create(vendorInput({ legalName }), 'ana')).id;
    return { store, vendors, screening, settings, vendor };
  }

  it('applies one decision and reason to every hit, each audited as its own review event', async () => {
    const { store, screening, vendor } = await domains();
    const [a, b] = [await vendor('Acme Trading Ltd'), await vendor('Borealis Cloud')];
    const hits = [await hitOn(store, a, 'bis-dpl', 'review'), await hitOn(store, a, 'un-sc', 'review', 'entry-2'), await hitOn(store, b, 'bis-dpl', 'match')];

    const reviewed = await screening.reviewMany([...hits, hits[0]!], 'dismissed', 'Different registration number', 'ana', TEAM);
    expect(reviewed.map((h) => [h.id, h.review.decision, h.review.reason, h.review.reviewer])).toEqual(
      hits.map((id) => [id, 'dismissed', 'Different registration number', 'ana']),
    );
    const events = await screeningEvents(store);
    expect(events.map((e) => [e.action, e.actor, e.entity_id])).toEqual([
      ['screening.dismissed', 'ana', a],
      ['screening.dismissed', 'ana', a],
      ['screening.dismissed', 'ana', b],
    ]);
    expect(events[2]!.summary).toBe('Dismissed as a false positive: Borealis Cloud against ACME TRADING (bis-dpl) — Different registration number');
    expect(await screening.statusOf(a)).toMatchObject({ status: 'clear' });
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('reads current hits alike for a few vendors and for most of a large portfolio, as each vendor’s page shows them', async () => {
    const { store, screening, vendor } = await domains();
    const [a, b, c] = [await vendor('Acme Trading Ltd'), await vendor('Borealis Cloud'), await vendor('Clear Skies Ltd')];
    await hitOn(store, a, 'bis-dpl', 'review');
    await hitOn(store, a, 'un-sc', 'match', 'entry-2');
    await hitOn(store, b, 'bis-dpl', 'match');
    const page = async (id: string) => (await screening.storedFor(id)).hits;
    const few = await screening.currentHitsOf([a, b, c]);
    expect([...few.keys()].sort()).toEqual([a, b].sort());
    for (const id of [a, b]) expect(few.get(id)).toEqual(await page(id));
    // Past 5,000 vendors every current hit is read in one statement; vendors not asked for are left out.
    const many = await screening.currentHitsOf([a, ...Array.from({ length: 5_000 }, (_, i) => `absent-${i}`)]);
    expect([...many.keys()]).toEqual([a]);
    expect(many.get(a)).toEqual(await page(a));
  });

  it('a blocking match in the batch records a proposal, as a single review would; a second reviewer agrees in bulk', async () => {
    const { store, screening, vendor } = await domains();
    const a = await vendor('Acme Trading Ltd');
    const [sdn, dpl] = [await hitOn(store, a, 'ofac-sdn', 'match'), await hitOn(store, a, 'bis-dpl', 'review', 'entry-2')];

    const first = await screening.reviewMany([sdn, dpl], 'dismissed', 'Different company', 'ana', TEAM);
    expect(first.find((h) => h.id === sdn)!.review).toMatchObject({ decision: 'open', needsSecondReviewer: true, proposal: { by: 'ana', reason: 'Different company' } });
    expect(first.find((h) => h.id === dpl)!.review).toMatchObject({ decision: 'dismissed', reviewer: 'ana' });
    expect(await screening.statusOf(a)).toMatchObject({ status: 'match' });

    const agreed = await screening.reviewMany([sdn], 'dismissed', 'Checked the registry too', 'ben', TEAM);
    expect(agreed[0]!.review).toMatchObject({ decision: 'dismissed', reviewer: 'ben', proposal: { by: 'ana' } });
    expect((await screeningEvents(store)).map((e) => [e.action, e.actor])).toEqual([
      ['screening.dismissal-proposed', 'ana'],
      ['screening.dismissed', 'ana'],
      ['screening.dismissed', 'ben'],
    ]);
  });

  it('refuses the whole batch when any hit is refused, naming each with why; nothing is changed', async () => {
    const { store, screening, settings, vendor } = await domains();
    const a = await vendor('Acme Trading Ltd');
    const [sdn, dpl, un] = [await hitOn(store, a, 'ofac-sdn', 'match'), await hitOn(store, a, 'bis-dpl', 'review', 'entry-2'), await hitOn(store, a, 'un-sc', 'review', 'entry-3')];
    await screening.review(sdn, 'dismissed', 'Different company', 'ana', TEAM);
    const eventsBefore = (await screeningEvents(store)).length;
    const rowsBefore = await store.read.all('SELECT * FROM screening_hits ORDER BY id');

    // Ana proposed the SDN dismissal herself: she cannot be its second reviewer; a hit that is gone is named too.
    const refusal = screening.reviewMany([dpl, sdn, 'no-such-hit', un], 'dismissed', 'Not them', 'ana', TEAM);
    await expect(refusal).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^2 of 4 hit\(s\) could not be reviewed, so none was changed\. The first: Acme Trading Ltd against ACME TRADING \(ofac-sdn\): Four eyes: ana proposed/),
      details: {
        [sdn]: 'Acme Trading Ltd against ACME TRADING (ofac-sdn): Four eyes: ana proposed this dismissal, so a second reviewer must agree to it.',
        'no-such-hit': 'Hit no-such-hit: That hit no longer exists. Screen the vendor again.',
      },
    });
    expect(await store.read.all('SELECT * FROM screening_hits ORDER BY id')).toEqual(rowsBefore);
    expect(await screeningEvents(store)).toHaveLength(eventsBefore);

    // One person's workspace: nobody can second a blocking dismissal, so the batch is refused until four eyes are off.
    await expect(screening.reviewMany([dpl, un, sdn], 'dismissed', 'Alone', 'solo')).rejects.toMatchObject({
      details: { [sdn]: expect.stringMatching(/Four eyes: this workspace has one user/) },
    });
    expect(await store.read.all('SELECT * FROM screening_hits ORDER BY id')).toEqual(rowsBefore);
    await settings.setFourEyes(false, 'admin');
    expect((await screening.reviewMany([dpl, un, sdn], 'dismissed', 'Four eyes off', 'solo')).map((h) => h.review.decision)).toEqual(['dismissed', 'dismissed', 'dismissed']);
  });

  it('applies a decision to every vendor’s open hits on a list entry, and only those', async () => {
    const { store, vendors, screening, vendor } = await domains();
    const ids = [await vendor('Acme Trading Ltd'), await vendor('Borealis Cloud'), await vendor('Cobalt Data'), await vendor('Deleted Co')];
    const onEntry = await Promise.all(ids.map((id) => hitOn(store, id, 'bis-dpl', 'review', 'E-42')));
    const elsewhere = await hitOn(store, ids[0]!, 'bis-dpl', 'review', 'E-7');
    await screening.review(onEntry[2]!, 'confirmed', 'Same address', 'ben', TEAM);
    const gone = await vendors.get(ids[3]!);
    await vendors.delete(ids[3]!, gone.version, 'ana');

    expect((await screening.entryHits('bis-dpl', 'E-42')).map((h) => [h.hitId, h.vendorName])).toEqual([
      [onEntry[0], 'Acme Trading Ltd'],
      [onEntry[1], 'Borealis Cloud'],
    ]);
    const reviewed = await screening.reviewEntry('bis-dpl', 'E-42', 'dismissed', 'Entry is an individual, not a company', 'ana', TEAM);
    expect(reviewed.map((h) => h.id).sort()).toEqual([onEntry[0], onEntry[1]].sort());
    const decision = async (id: string) => (await store.read.get<{ decision: string }>('SELECT decision FROM screening_hits WHERE id = ?', [id]))!.decision;
    expect([await decision(onEntry[2]!), await decision(onEntry[3]!), await decision(elsewhere)]).toEqual(['confirmed', 'open', 'open']);
    await expect(screening.reviewEntry('bis-dpl', 'E-42', 'dismissed', 'Again', 'ana', TEAM)).rejects.toMatchObject({
      code: 'not_found',
      message: 'No vendor has an open hit on bis-dpl entry E-42. Nothing was changed.',
    });
  });
});

describe('bulk review through the core', () => {
  it('refuses a reader, and bad input, with a clear message and nothing changed', async () => {
    const t = testCore(tempDir(), { access: async () => ({ roles: ['vetter_reader'], shared: true }) });
    const events = (await t.call('audit.list', {})).total;
    expect(await t.invoke('screening.reviewMany', { hitIds: ['h1'], decision: 'dismissed', reason: 'x' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'tester lacks vetter_analyst for reviewing hits' },
    });
    const analyst = testCore(tempDir(), { access: async () => ({ roles: ['vetter_reader', 'vetter_analyst'], shared: true }) });
    expect(await analyst.invoke('screening.reviewMany', { hitIds: ['h1'], decision: 'dismissed', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { reason: 'Say why: the reason is kept in the audit log' } },
    });
    expect(await analyst.invoke('screening.reviewMany', { hitIds: ['h1'], entry: { listKey: 'bis-dpl', entryId: 'E' }, decision: 'dismissed', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { hitIds: 'Name the hits or the list entry, not both' } },
    });
    expect(await analyst.invokeUnchecked('screening.reviewMany', { hitIds: ['h1'], decision: 'open', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('audit.list', {})).total).toBe(events);
    await t.core.close();
    await analyst.core.close();
  });

  it('reviews hits on several vendors and keeps each vendor’s score', async () => {
    const t = testCore();
    const a = await t.call('vendors.create', vendorInput({ legalName: 'Acme Trading Ltd' }));
    const b = await t.call('vendors.create', vendorInput({ legalName: 'Borealis Cloud' }));
    const store = t.core.workspace.store;
    const hits = [await hitOn(store, a.id, 'bis-dpl', 'review', 'E-1'), await hitOn(store, b.id, 'bis-dpl', 'review', 'E-1')];
    expect((await t.call('screening.entryHits', { listKey: 'bis-dpl', entryId: 'E-1' })).hits.map((h) => h.vendorName)).toEqual(['Acme Trading Ltd', 'Borealis Cloud']);
    const { hits: reviewed } = await t.call('screening.reviewMany', { entry: { listKey: 'bis-dpl', entryId: 'E-1' }, decision: 'confirmed', reason: 'Same company' });
    expect(reviewed.map((h) => h.id).sort()).toEqual([...hits].sort());
    const { statuses } = await t.call('screening.statuses', {});
    expect([statuses[a.id]?.status, statuses[b.id]?.status]).toEqual(['match', 'match']);
    await t.core.close();
  });
});
