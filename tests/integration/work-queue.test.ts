// "My work": what the queue holds, in what order, and its dates as an iCalendar file.
import { describe, expect, it } from 'vitest';
import { tempDir, testCore, vendorInput } from '../helpers';

const DAY_MS = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number): string => new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

describe('the work queue', () => {
  it('lists re-assessments and renewals by how soon they fall due, questionnaires out, hits to decide and stale lists; most pressing first', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const vendor = (legalName: string, contractEnd: string | null = null) => t.call('vendors.create', vendorInput({ legalName, contractEnd }));
    await vendor('Ended Ltd', inDays(-10));
    await vendor('Thirty Days Ltd', inDays(30));
    await vendor('Thirty One Days Ltd', inDays(31));
    await vendor('Ninety Days Ltd', inDays(90));
    await vendor('Ninety One Days Ltd', inDays(91));
    await vendor('Long Gone Ltd', inDays(-200));
    const reassessed = await vendor('Reassessed Ltd');
    // One person's workspace: they approve alone once four eyes are off.
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('assessment.setStatus', { vendorId: reassessed.id, status: 'in review', reassessDue: null });
    await t.call('assessment.setStatus', { vendorId: reassessed.id, status: 'approved', reassessDue: inDays(12) });
    const asked = await vendor('Asked Ltd');
    const { questionnaire } = await t.call('questionnaires.send', { vendorId: asked.id, lang: 'en' });
    const listed = await vendor('Huawei Technologies Co., Ltd.');
    await t.call('screening.run', { jobId: 'screen', vendorIds: [listed.id] });

    const { today: day, items, counts } = await t.call('work.queue', {});
    expect(day).toBe(today);
    const vendorItems = items.filter((i) => i.kind !== 'list').map((i) => [i.when, i.kind, i.title, i.date]);
    expect(vendorItems).toEqual([
      ['overdue', 'renewal', 'Contract renewal: Ended Ltd', inDays(-10)],
      ['soon', 'hits', 'Review screening hits: Huawei Technologies Co., Ltd.', today],
      ['soon', 'reassessment', 'Re-assess Reassessed Ltd', inDays(12)],
      ['soon', 'renewal', 'Contract renewal: Thirty Days Ltd', inDays(30)],
      ['later', 'questionnaire', `Awaiting questionnaire ${questionnaire.id}: Asked Ltd`, today],
      ['later', 'renewal', 'Contract renewal: Thirty One Days Ltd', inDays(31)],
      ['later', 'renewal', 'Contract renewal: Ninety Days Ltd', inDays(90)],
    ]);
    expect(items.find((i) => i.title === 'Contract renewal: Ended Ltd')?.detail).toBe(`The contract ended ${inDays(-10)} (10 days ago): renew it or let the vendor go.`);
    expect(items.find((i) => i.kind === 'reassessment')).toMatchObject({ vendorId: reassessed.id, listKey: null, detail: `Re-assessment due ${inDays(12)} (in 12 days).` });
    // The bundled lists are years old: each is there to be updated, with the Lists page to act on.
    const lists = items.filter((i) => i.kind === 'list');
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((i) => i.when === 'soon' && i.vendorId === null && i.listKey !== null && /Import the current files/.test(i.detail))).toBe(true);
    expect(counts).toEqual({ overdue: 1, soon: 3 + lists.length, later: 3 });

    // Deciding the hits, answering the questionnaire's vendor and a deleted vendor take them off the queue.
    const { hits } = await t.call('screening.vendor', { vendorId: listed.id });
    for (const hit of hits) await t.call('screening.review', { hitId: hit.id, decision: 'confirmed', reason: 'The listed company itself' });
    await t.call('vendors.delete', { id: asked.id, version: asked.version });
    const after = await t.call('work.queue', {});
    expect(after.items.some((i) => i.kind === 'hits' || i.kind === 'questionnaire')).toBe(false);
  });

  it('writes the dates to an iCalendar file: all-day events whose ids stay the same from one export to the next', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput({ legalName: 'Calendar; Test, Ltd', contractEnd: inDays(200) }));
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: inDays(12) });
    const file = await t.call('work.calendar', {});
    expect(file).toMatchObject({ mimeType: 'text/calendar', fileName: `Vetter work ${today}.ics` });
    const ics = Buffer.from(file.base64, 'base64').toString('utf8');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(events).toHaveLength(2);
    const compact = (date: string) => date.replaceAll('-', '');
    // A contract end 200 days ahead is in the calendar though not yet in the queue; text is escaped as iCalendar wants.
    expect(ics).toContain(`DTSTART;VALUE=DATE:${compact(inDays(200))}`);
    expect(ics).toContain('SUMMARY:Contract ends: Calendar\\; Test\\, Ltd');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${compact(inDays(12))}`);
    expect(ics).toContain('SUMMARY:Re-assess Calendar\\; Test\\, Ltd');
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
    const again = Buffer.from((await t.call('work.calendar', {})).base64, 'base64').toString('utf8');
    expect(uids(again)).toEqual(uids(ics));
    expect(uids(ics)).toEqual([`reassess-${v.id}@vetter`, `contract-end-${v.id}@vetter`]);
  });

  it('lists findings due and risk acceptances ending within 30 days, and an ended acceptance as overdue', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput({ legalName: 'Gap Ltd', contractOwner: 'Olivia Owner' }));
    await t.call('assessment.answer', { vendorId: v.id, criterionId: 'T3', value: 'no', verified: false, note: null });
    await t.call('assessment.answer', { vendorId: v.id, criterionId: 'R3', value: 'partial', verified: false, note: null });
    const { findings } = await t.call('findings.list', { vendorId: v.id });
    const [t3, r3] = [findings.find((f) => f.criterionId === 'T3')!, findings.find((f) => f.criterionId === 'R3')!];
    await t.call('findings.update', { ...t3, due: inDays(-2) });
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('findings.accept', { id: r3.id, until: inDays(20), reason: 'Vendor replaced in Q3' });
    const { items } = await t.call('work.queue', {});
    const ours = items.filter((i) => i.kind === 'finding' || i.kind === 'acceptance').map((i) => [i.when, i.kind, i.title, i.date]);
    expect(ours).toEqual([
      ['overdue', 'finding', 'Finding due: Gap Ltd', inDays(-2)],
      ['soon', 'acceptance', 'Risk acceptance ends: Gap Ltd', inDays(20)],
    ]);
    expect(items.find((i) => i.kind === 'finding')?.detail).toMatch(/\(high, open, owner Olivia Owner\) is due .* \(2 days ago\)\.$/);

    // The acceptance's date passes: it reads as open, overdue, and its finding is due again.
    t.db.prepare('UPDATE findings SET accepted_until = ? WHERE id = ?').run(inDays(-1), r3.id);
    const after = (await t.call('work.queue', {})).items.filter((i) => i.kind === 'acceptance');
    expect(after).toMatchObject([{ when: 'overdue', date: inDays(-1), title: 'Risk acceptance ended: Gap Ltd', vendorId: v.id }]);
    const ics = Buffer.from((await t.call('work.calendar', {})).base64, 'base64').toString('utf8');
    expect(ics).toContain(`finding-${t3.id}@vetter`);
  });
});
