// What a screening verdict rests on: which lists, of what date, and which of them are partial or out of date. A
// result is only as good as its data, so every verdict is shown with this: "Clear against 7 lists as of …; partial: …",
// never a bare "Clear".
import type { ListVersion, VerdictBasis } from './model';

export type { VerdictBasis };

export function verdictBasis(current: readonly ListVersion[]): VerdictBasis {
  const dates = current.flatMap((v) => (v.asOf ? [v.asOf] : [])).sort();
  const asOf = { oldest: dates[0] ?? null, newest: dates.at(-1) ?? null };
  const partial = current.filter((v) => !v.coverage.complete).map((v) => ({ listKey: v.listKey, listName: v.listName, missing: v.coverage.missing }));
  const stale = current
    .filter((v) => v.stale)
    .map((v) => ({
      listKey: v.listKey,
      listName: v.listName,
      asOf: v.asOf,
      ageDays: v.ageDays,
      reason: v.asOf
        ? `its data is of ${v.asOf}, ${v.ageDays} days ago: designations and removals since then are not in it`
        : 'its files do not say of what date their data is',
    }));
  return { lists: current.length, asOf, partial, stale, clear: clearText(current.length, asOf, partial) };
}

function clearText(lists: number, asOf: VerdictBasis['asOf'], partial: VerdictBasis['partial']): string {
  if (lists === 0) return 'Not screened: no designation list is loaded';
  const dated = asOf.oldest === null ? '' : asOf.oldest === asOf.newest ? ` as of ${asOf.oldest}` : ` as of ${asOf.oldest} to ${asOf.newest}`;
  const against = `Clear against ${lists} list${lists === 1 ? '' : 's'}${dated}`;
  return partial.length === 0 ? against : `${against}; partial: ${partial.map((p) => p.listName).join(', ')}`;
}
