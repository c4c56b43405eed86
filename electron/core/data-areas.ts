// The areas of data the UI shows and reloads when they change (changes.ts says which method changes which).
export const DATA_AREAS = ['settings', 'vendors', 'lists', 'screening', 'allegations', 'assessments', 'questionnaires', 'scores', 'reports', 'audit', 'ownership', 'suppliers', 'views'] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** The areas a change touched: sent to every window after a write. */
export interface DataChange {
  areas: DataArea[];
}
