// How complete a list version is: whether its files are the whole list, what is missing, the date and size of each
// part. A verdict is only as good as its data: a partial list is shown as partial wherever a result against it
// appears, and a new version that lost entries or whole sub-lists is refused unless the user confirms.
import type { ListEntry, ParsedList } from './entry';

export interface Coverage {
  /** Whether the files are, as far as they show, the whole list. */
  complete: boolean;
  /** What is missing, in plain words. */
  missing: string[];
  /** Each part of the data: the file, what it holds, the date of its data and its rows. */
  parts: { file: string; role: string; asOf: string | null; rows: number }[];
  /** Entries by sub-list, for lists that merge several (the CSL, OFAC's non-SDN list). */
  subLists: Record<string, number>;
}

/** What a version recorded before coverage was kept: unknown, so never shown as complete. */
export const UNKNOWN_COVERAGE: Coverage = {
  complete: false,
  missing: ['This version was imported before Vetter recorded how complete a list is. Import the list again to have it checked.'],
  parts: [],
  subLists: {},
};

export function coverageOf(parsed: ParsedList): Coverage {
  return {
    complete: parsed.gaps.length === 0,
    missing: parsed.gaps,
    parts: parsed.sourceFiles.map((f) => ({ file: f.name, role: f.role, asOf: parsed.asOf, rows: f.rows })),
    subLists: subListCounts(parsed.entries),
  };
}

function subListCounts(entries: readonly ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) if (e.subList) counts[e.subList] = (counts[e.subList] ?? 0) + 1;
  return counts;
}

/** A drop in entries beyond this share is refused unless confirmed. */
export const DRIFT_THRESHOLD = 0.1;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What is wrong with a new version of a list, next to the one in use: no entries at all, more than 10 % fewer
 * entries, a whole sub-list gone, or files that are not the whole list. Each is refused unless the user confirms,
 * with the numbers shown: a cut-short download must never quietly become the list in use.
 */
export function importConcerns(next: { entryCount: number; coverage: Coverage }, previous: { entryCount: number; coverage: Coverage } | null): string[] {
  const concerns: string[] = [];
  if (next.entryCount === 0) concerns.push('It has no entries at all.');
  else if (previous && previous.entryCount > 0 && next.entryCount < previous.entryCount * (1 - DRIFT_THRESHOLD)) {
    const drop = Math.round((100 * (previous.entryCount - next.entryCount)) / previous.entryCount);
    concerns.push(`It has ${count(next.entryCount)} entries where the version in use has ${count(previous.entryCount)}: ${drop} % fewer.`);
  }
  const lost = previous ? Object.entries(previous.coverage.subLists).filter(([subList]) => !(subList in next.coverage.subLists)) : [];
  if (lost.length > 0) {
    concerns.push(`It has no rows from ${lost.map(([subList, entries]) => `${subList} (${count(entries)} in the version in use)`).join(', ')}.`);
  }
  concerns.push(...next.coverage.missing);
  return concerns;
}
