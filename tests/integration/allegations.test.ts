// The allegations register: sourced claims with dated status history, reaching subsidiaries through the parent link.
import { describe, expect, it } from 'vitest';
import { ALLEGATION_INPUT, failAuditOf, testCore, vendorInput } from '../helpers';

const base = ALLEGATION_INPUT;

describe('allegations', () => {
  it('records an allegation and keeps a dated history of its status', async () => {
    const t = testCore();
    const created = await t.call('allegations.create', base);
    expect(created).toMatchObject({ subjectName: 'Example Group Holdings Ltd', status: 'alleged', credibility: 2, createdBy: 'tester' });
    expect(created.statusHistory).toEqual([expect.objectContaining({ status: 'alleged', date: '2025-06-01', recordedBy: 'tester' })]);

    const denied = await t.call('allegations.update', { id: created.id, allegation: { ...base, status: 'denied by vendor', statusDate: '2025-06-10', vendorResponse: 'We deny it.' } });
    expect(denied.statusHistory.map((h) => [h.status, h.date])).toEqual([
      ['alleged', '2025-06-01'],
      ['denied by vendor', '2025-06-10'],
    ]);
    expect(denied.vendorResponse).toBe('We deny it.');
    const { events } = await t.call('audit.list', { limit: 2 });
    expect(events.map((e) => e.action)).toEqual(['allegation.update', 'allegation.create']);
  });

  it('applies to the vendor it names and, through the parent link, to its subsidiaries', async () => {
    const t = testCore();
    const parent = await t.call('vendors.create', vendorInput({ legalName: 'Example Group Holdings Ltd' }));
    const child = await t.call('vendors.create', vendorInput({ legalName: 'Example Cloud GmbH', parentName: 'EXAMPLE GROUP HOLDINGS LTD.' }));
    const other = await t.call('vendors.create', vendorInput({ legalName: 'Unrelated Ltd' }));
    await t.call('allegations.create', base);
    expect((await t.call('allegations.list', { vendorId: parent.id })).allegations.map((a) => a.appliesVia)).toEqual(['vendor']);
    expect((await t.call('allegations.list', { vendorId: child.id })).allegations.map((a) => a.appliesVia)).toEqual(['parent']);
    expect((await t.call('allegations.list', { vendorId: other.id })).allegations).toEqual([]);
  });

  it('checks every field and names the one that is wrong', async () => {
    const t = testCore();
    const bad = await t.invokeUnchecked('allegations.create', { ...base, credibility: 7, claims: [], sourceType: 'rumour' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { credibility: expect.any(String), claims: expect.any(String), sourceType: expect.any(String) } } });
    expect((await t.call('allegations.list', {})).allegations).toEqual([]);
  });

  it('the demo records the November 2025 Alibaba allegation with its denial, and a weak opinion piece, reaching Alibaba Cloud via its parent', async () => {
    const t = testCore();
    await t.call('demo.load', {});
    const { vendors } = await t.call('vendors.list', {});
    const alibabaCloud = vendors.find((v) => v.legalName.startsWith('Alibaba Cloud'))!;
    const { allegations } = await t.call('allegations.list', { vendorId: alibabaCloud.id });
    expect(allegations).toHaveLength(2);
    const memo = allegations.find((a) => a.sourceType === 'leaked or reported government document')!;
    expect(memo).toMatchObject({ status: 'denied by vendor', credibility: 3, appliesVia: 'parent' });
    expect(memo.claims.map((c) => c.category)).toEqual(['state access to customer data', 'military or intelligence support', 'vulnerability sharing with state actors']);
    expect(memo.vendorResponse).toMatch(/complete nonsense/);
    expect(allegations.find((a) => a.sourceType === 'blog or opinion')).toMatchObject({ credibility: 1, status: 'alleged' });
    // Loading the demo again adds nothing twice.
    await t.call('demo.load', {});
    expect((await t.call('allegations.list', {})).allegations).toHaveLength(2);
  });

  it("puts the allegation's recording, edits and deletion in the history of the vendor it names and of its subsidiaries", async () => {
    const t = testCore();
    const parent = await t.call('vendors.create', vendorInput({ legalName: 'Example Group Holdings Ltd' }));
    const child = await t.call('vendors.create', vendorInput({ legalName: 'Example Cloud GmbH', parentName: 'Example Group Holdings Ltd' }));
    const other = await t.call('vendors.create', vendorInput({ legalName: 'Unrelated Ltd' }));
    const a = await t.call('allegations.create', base);
    await t.call('allegations.update', { id: a.id, allegation: { ...base, status: 'denied by vendor', statusDate: '2025-06-10' } });
    await t.call('allegations.delete', { id: a.id });
    const actions = async (vendorId: string) => (await t.call('audit.list', { vendorId, limit: 50 })).events.map((e) => e.action);
    expect(await actions(parent.id)).toEqual(['allegation.delete', 'allegation.update', 'allegation.create', 'vendor.create']);
    expect(await actions(child.id)).toEqual(['allegation.delete', 'allegation.update', 'allegation.create', 'vendor.create']);
    expect(await actions(other.id)).toEqual(['vendor.create']);
    expect((await t.call('audit.list', { vendorId: child.id, limit: 2 })).total).toBe(4);
    expect((await t.call('audit.list', { entityId: a.id })).events.map((e) => e.action)).toEqual(['allegation.delete', 'allegation.update', 'allegation.create']);
  });

  it('deletes softly, audited', async () => {
    const t = testCore();
    const a = await t.call('allegations.create', base);
    await t.call('allegations.delete', { id: a.id });
    expect((await t.call('allegations.list', {})).allegations).toEqual([]);
    expect((await t.invoke('allegations.delete', { id: a.id })).ok).toBe(false);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it("keeps a snapshot of every vendor an allegation reaches, before and after, once the allegation's write has committed", async () => {
    const t = testCore();
    const parent = await t.call('vendors.create', vendorInput({ legalName: 'Example Group Holdings Ltd' }));
    const child = await t.call('vendors.create', vendorInput({ legalName: 'Example Cloud GmbH', parentName: 'Example Group Holdings Ltd' }));
    const other = await t.call('vendors.create', vendorInput({ legalName: 'Unrelated Ltd' }));
    const history = async (vendorId: string) => (await t.call('scores.vendor', { vendorId })).history;
    const a = await t.call('allegations.create', base);
    for (const v of [parent, child]) expect(await history(v.id)).toHaveLength(2);
    expect(await history(other.id)).toHaveLength(1);
    // Moved to another company: the vendors it reached before and the one it reaches now are kept.
    await t.call('allegations.update', { id: a.id, allegation: { ...base, subjectName: 'Unrelated Ltd' } });
    for (const v of [parent, child, other]) expect(await history(v.id)).toHaveLength(v === other ? 2 : 3);
    await t.call('allegations.delete', { id: a.id });
    expect(await history(other.id)).toHaveLength(3);
    for (const v of [parent, child, other]) {
      const { result, history } = await t.call('scores.vendor', { vendorId: v.id });
      expect(history[0]!.score).toBe(result.score);
    }
  });

  it('writes an allegation with its audit event or not at all: an append that fails leaves no allegation, and no edit', async () => {
    const t = testCore();
    const a = await t.call('allegations.create', base);
    const failing = failAuditOf(t, 'allegation.create', 'allegation.update', 'allegation.delete');
    expect(await t.invoke('allegations.create', { ...base, sourceTitle: 'Never recorded' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await t.invoke('allegations.update', { id: a.id, allegation: { ...base, status: 'retracted' } })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await t.invoke('allegations.delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'internal' } });
    failing.restore();
    expect((await t.call('allegations.list', {})).allegations).toEqual([a]);
    expect((await t.call('audit.list', { limit: 10 })).events.map((e) => e.action)).toEqual(['allegation.create']);
    expect(t.core.db.inTransaction).toBe(false);
    // The store works on after the failed writes, and the chain holds.
    await t.call('allegations.delete', { id: a.id });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('loads the demo whole or not at all: its vendors go when its allegations cannot be recorded', async () => {
    const t = testCore();
    const failing = failAuditOf(t, 'allegation.create');
    expect((await t.invoke('demo.load', {})).ok).toBe(false);
    failing.restore();
    expect((await t.call('vendors.list', {})).vendors).toEqual([]);
    expect((await t.call('audit.list', { limit: 1 })).total).toBe(0);
    expect((await t.call('demo.load', {})).created).toBeGreaterThan(0);
    expect((await t.call('allegations.list', {})).allegations).toHaveLength(2);
  });
});

