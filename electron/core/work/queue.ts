// "My work": what needs an analyst now or soon, from what the other domains keep (re-assessment dates, contract ends,
// questionnaires out and back, hits not yet decided, lists in use, findings due and risk acceptances ending). Nothing is stored: it is read afresh each time, so
// it is never out of step with the data it comes from, and it reads only what is due (not every vendor: the sidebar
// asks for it after every change). The same dates go to the user's calendar as an .ics file.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Domains } from '../domains';
import { plural } from '../reports/render/format';
import type { WorkItem, WorkQueue } from './model';

/** A re-assessment or a contract end this many days ahead or less is "soon"; up to LATER_DAYS ahead, "later". */
const SOON_DAYS = 30;
const LATER_DAYS = 90;
/** A questionnaire unanswered this long is overdue: time to chase the vendor. */
const CHASE_AFTER_DAYS = 30;
/** A contract that ended longer ago than this is left out: the vendor was renewed or let go without the date changing. */
const ENDED_SHOWN_DAYS = 90;

const DAY_MS = 86_400_000;
const day = (iso: string): string => iso.slice(0, 10);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

type Sources = Pick<Domains, 'vendors' | 'assessments' | 'questionnaires' | 'screening' | 'lists' | 'findings'>;

/** The names of the live vendors among `ids` (a deleted vendor's work is gone with it). */
async function liveNames(d: Sources, ids: Iterable<string>): Promise<Map<string, string>> {
  return new Map((await d.vendors.live([...new Set(ids)])).map((v) => [v.id, v.legalName]));
}

/** "in 12 days", "today", "3 days ago". */
function fromToday(today: string, date: string): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'today';
  return n > 0 ? `in ${plural(n, 'day')}` : `${plural(-n, 'day')} ago`;
}

/** A dated deadline's place in the queue, or null when it is too far ahead (or, ended, too far behind) to show. */
function whenDue(today: string, date: string): WorkItem['when'] | null {
  const n = daysBetween(today, date);
  if (n < 0) return 'overdue';
  if (n <= SOON_DAYS) return 'soon';
  return n <= LATER_DAYS ? 'later' : null;
}

export async function workQueue(d: Sources, today = new Date().toISOString().slice(0, 10)): Promise<WorkQueue> {
  const [contracts, reassess, unanswered, waiting, undecided, lists, findings] = await Promise.all([
    d.vendors.contractsEnding(addDays(today, -ENDED_SHOWN_DAYS), addDays(today, LATER_DAYS)),
    d.assessments.reassessDates(),
    d.questionnaires.unanswered(),
    d.questionnaires.awaitingReview(),
    d.screening.undecided(),
    d.lists.current(),
    d.findings.list(),
  ]);
  const names = await liveNames(d, [
    ...contracts.map((c) => c.id),
    ...reassess.keys(),
    ...unanswered.map((q) => q.vendorId),
    ...waiting.map((w) => w.vendorId),
    ...undecided.map((h) => h.vendorId),
  ]);
  const items: WorkItem[] = [];
  const vendorItem = (item: Omit<WorkItem, 'listKey'>) => {
    if (names.has(item.vendorId!)) items.push({ ...item, listKey: null });
  };

  for (const [vendorId, due] of reassess) {
    const when = whenDue(today, due);
    if (when) vendorItem({ kind: 'reassessment', when, date: due, vendorId, title: `Re-assess ${names.get(vendorId)}`, detail: `Re-assessment due ${due} (${fromToday(today, due)}).` });
  }
  for (const { id, legalName, contractEnd: end } of contracts) {
    const when = whenDue(today, end)!;
    const detail = when === 'overdue' ? `The contract ended ${end} (${fromToday(today, end)}): renew it or let the vendor go.` : `The contract ends ${end} (${fromToday(today, end)}).`;
    vendorItem({ kind: 'renewal', when, date: end, vendorId: id, title: `Contract renewal: ${legalName}`, detail });
  }
  for (const q of unanswered) {
    const sent = day(q.sentAt);
    const waited = daysBetween(sent, today);
    const chase = waited > CHASE_AFTER_DAYS;
    vendorItem({
      kind: 'questionnaire',
      when: chase ? 'overdue' : 'later',
      date: sent,
      vendorId: q.vendorId,
      title: `${chase ? 'Chase' : 'Awaiting'} questionnaire ${q.id}: ${names.get(q.vendorId)}`,
      detail: `Sent ${sent} (${fromToday(today, sent)}), not returned yet${chase ? `: ask the vendor for it (after ${CHASE_AFTER_DAYS} days)` : ''}.`,
    });
  }
  for (const w of waiting) {
    vendorItem({
      kind: 'answers',
      when: 'soon',
      date: day(w.since),
      vendorId: w.vendorId,
      title: `Review the vendor's answers: ${names.get(w.vendorId)}`,
      detail: `${plural(w.answers, 'returned answer')} waiting since ${day(w.since)}: accept or dismiss them.`,
    });
  }
  for (const h of undecided) {
    vendorItem({
      kind: 'hits',
      when: 'soon',
      date: day(h.since),
      vendorId: h.vendorId,
      title: `Review screening hits: ${names.get(h.vendorId)}`,
      detail: `${plural(h.hits, 'hit')} not yet confirmed or dismissed (screened ${day(h.since)}).`,
    });
  }
  // Findings come with their vendor's name, and only while the vendor is live.
  for (const f of findings) {
    const base = { vendorId: f.vendorId, listKey: null };
    if (f.acceptance?.expired) {
      items.push({ ...base, kind: 'acceptance', when: 'overdue', date: f.acceptance.until, title: `Risk acceptance ended: ${f.vendorName}`, detail: `The acceptance of "${f.title}" by ${f.acceptance.by} ended ${f.acceptance.until}: the finding is open again. Remediate it, or ask an approver to accept it again.` });
    } else if (f.status === 'risk accepted' && f.acceptance && daysBetween(today, f.acceptance.until) <= SOON_DAYS) {
      items.push({ ...base, kind: 'acceptance', when: 'soon', date: f.acceptance.until, title: `Risk acceptance ends: ${f.vendorName}`, detail: `The acceptance of "${f.title}" by ${f.acceptance.by} ends ${f.acceptance.until} (${fromToday(today, f.acceptance.until)}): remediate it or have it accepted again.` });
    }
    const when = (f.status === 'open' || f.status === 'in remediation') && f.due ? whenDue(today, f.due) : null;
    if (when && f.due)
      items.push({ ...base, kind: 'finding', when, date: f.due, title: `Finding due: ${f.vendorName}`, detail: `"${f.title}" (${f.severity}, ${f.status}${f.owner ? `, owner ${f.owner}` : ''}) is due ${f.due} (${fromToday(today, f.due)}).` });
  }
  for (const l of lists) {
    const problems = [
      ...(l.stale ? [l.asOf ? `as of ${l.asOf}, ${plural(l.ageDays ?? 0, 'day')} old` : 'of an unknown date'] : []),
      ...(l.coverage.complete ? [] : [`partial: ${l.coverage.missing[0] ?? 'parts are missing'}`]),
    ];
    if (problems.length === 0) continue;
    items.push({
      kind: 'list',
      when: 'soon',
      date: l.asOf,
      vendorId: null,
      listKey: l.listKey,
      title: `Update the ${l.listName}`,
      detail: `The version in use is ${problems.join('; ')}. Import the current files (the Lists page says where to get them).`,
    });
  }

  const order = { overdue: 0, soon: 1, later: 2 };
  items.sort((a, b) => order[a.when] - order[b.when] || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
  const counts = { overdue: 0, soon: 0, later: 0 };
  for (const item of items) counts[item.when] += 1;
  return { today, items, counts };
}

/**
 * The dates of the work as an iCalendar file: every re-assessment and contract end (not only those of the next 90
 * days: a calendar looks ahead), the day each unanswered questionnaire is to be chased, live findings' due dates and
 * the days risk acceptances end, as all-day events.
 */
export async function workCalendar(d: Sources, today = new Date().toISOString().slice(0, 10)): Promise<string> {
  const [contracts, reassess, unanswered, findings] = await Promise.all([
    d.vendors.contractsEnding(addDays(today, -ENDED_SHOWN_DAYS), '9999-12-31'),
    d.assessments.reassessDates(),
    d.questionnaires.unanswered(),
    d.findings.list(),
  ]);
  const names = await liveNames(d, [...reassess.keys(), ...unanswered.map((q) => q.vendorId)]);
  const calendar = ical({ name: 'Vetter: vendor work', prodId: { company: 'Vetter', product: 'Vetter', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  const add = (id: string, date: string, summary: string, description: string) =>
    // Ids stable across exports, so a calendar importing the file again updates its events instead of doubling them.
    calendar.createEvent({ id: `${id}@vetter`, start: new Date(`${date}T00:00:00Z`), allDay: true, summary, description, stamp: new Date(`${today}T00:00:00Z`) });
  for (const [vendorId, due] of reassess) {
    const name = names.get(vendorId);
    if (name) add(`reassess-${vendorId}`, due, `Re-assess ${name}`, `Vetter: the re-assessment of ${name} is due.`);
  }
  for (const { id, legalName, contractEnd } of contracts) {
    add(`contract-end-${id}`, contractEnd, `Contract ends: ${legalName}`, `Vetter: the contract with ${legalName} ends. Renew it or let the vendor go.`);
  }
  for (const q of unanswered) {
    const name = names.get(q.vendorId);
    if (name) add(`chase-${q.id}`, addDays(day(q.sentAt), CHASE_AFTER_DAYS + 1), `Chase questionnaire ${q.id}: ${name}`, `Vetter: questionnaire ${q.id}, sent ${day(q.sentAt)}, is not returned yet.`);
  }
  for (const f of findings) {
    if ((f.status === 'open' || f.status === 'in remediation') && f.due) add(`finding-${f.id}`, f.due, `Finding due: ${f.vendorName}`, `Vetter: finding ${f.id}, "${f.title}", is due.`);
    if (f.status === 'risk accepted' && f.acceptance) add(`acceptance-${f.id}`, f.acceptance.until, `Risk acceptance ends: ${f.vendorName}`, `Vetter: the acceptance of finding ${f.id}, "${f.title}", ends.`);
  }
  return calendar.toString();
}
