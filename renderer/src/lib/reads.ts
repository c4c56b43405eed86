// The core reads the renderer shows, as queries: what each depends on, the counterpart of the core's table of what
// each write changes (electron/core/changes.ts).
import type { DataArea, Input, Method, Output } from '../../../electron/core/contract';
import { call } from '../api';
import type { Query } from './queryCache';

export const READ_AREAS = {
  // The current user, and the vendor count.
  'app.info': ['settings', 'vendors'],
  // Four eyes, and the user's roles.
  'settings.get': ['settings'],
  // A window of the vendor table: its rows' screening, and their order when sorted by screening or risk.
  'vendors.page': ['vendors', 'screening', 'scores'],
  'vendors.get': ['vendors'],
  'vendors.similar': ['vendors'],
  'audit.list': ['audit'],
  'lists.list': ['lists'],
  'screening.lastRun': ['screening'],
  'screening.vendor': ['screening'],
  // Every vendor's undecided hits on one list entry: a vendor deleted or renamed changes them too.
  'screening.entryHits': ['screening', 'vendors'],
  // Allegations reach a vendor through its parent company, which an edit of the vendor can change.
  'allegations.list': ['allegations', 'vendors'],
  // Which criteria apply follows the vendor's services.
  'assessment.get': ['assessments', 'vendors'],
  // Findings follow answers and evidence; a vendor's name and contract owner come with them.
  'findings.list': ['assessments', 'vendors'],
  'questionnaires.review': ['questionnaires'],
  'scores.vendor': ['scores'],
  'scores.portfolio': ['scores'],
  // A new methodology version changes scores, and nothing else.
  'methodology.get': ['scores'],
  'reports.list': ['reports'],
  // The graph, and its parties screened against the lists in use, findings.
  'ownership.vendor': ['ownership', 'lists'],
  // A vendor's suppliers, with its name; the portfolio's concentration counts live vendors only.
  'suppliers.list': ['suppliers', 'vendors'],
  'suppliers.concentration': ['suppliers', 'vendors'],
  // Re-assessment dates and contract ends, questionnaires out and back, hits to decide, lists in use, findings.
  'work.queue': ['vendors', 'assessments', 'questionnaires', 'screening', 'lists'],
  // The user's own saved views of the vendor list.
  'views.list': ['views'],
} as const satisfies Partial<Record<Method, readonly DataArea[]>>;

export type ReadMethod = keyof typeof READ_AREAS;

/** A read as a query; its key is the method and its input (built alike everywhere, so equal reads share a key). */
export function read<M extends ReadMethod>(method: M, input: Input<M>): Query<Output<M>> {
  return { key: `${method} ${JSON.stringify(input)}`, areas: READ_AREAS[method], fetch: () => call(method, input) };
}
