// The work queue ("My work"): what needs an analyst, each thing with its date and where to act on it.
import { z } from 'zod';

/** A calendar date as the core writes it (YYYY-MM-DD). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const WORK_KINDS = ['reassessment', 'renewal', 'questionnaire', 'answers', 'hits', 'list', 'finding', 'acceptance'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** When: past its date, due within the next 30 days (or waiting now), or coming up later. */
export const WORK_WHEN = ['overdue', 'soon', 'later'] as const;

export const workItem = z.object({
  kind: z.enum(WORK_KINDS),
  when: z.enum(WORK_WHEN),
  /**
   * The date it is about: the re-assessment or contract end, the day a questionnaire was sent, a list's as-of date, a
   * finding's due date, the day a risk acceptance ends.
   */
  date: day.nullable(),
  /** What to do, in a few words ("Re-assess Acme Cloud"). */
  title: z.string(),
  /** Why it is here and since when, in a sentence. */
  detail: z.string(),
  /** Where to act: the vendor's page, or the Lists page for a list. */
  vendorId: z.string().nullable(),
  listKey: z.string().nullable(),
});
export type WorkItem = z.infer<typeof workItem>;

export const workQueue = z.object({
  /** The day the queue was made for. */
  today: day,
  /** Most pressing first: overdue, then soon, then later; by date within each. */
  items: z.array(workItem),
  counts: z.object({ overdue: z.number(), soon: z.number(), later: z.number() }),
});
export type WorkQueue = z.infer<typeof workQueue>;
