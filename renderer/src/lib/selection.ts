// A multi-selection of rows by id, as lists and tables keep it: toggled one at a time, extended as a range from the
// last row toggled (Shift), replaced by "all". Plain functions over sets, so the table and the hit list share them.

/** The ids picked, and the position a Shift range starts from (the last row toggled). */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: number | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

/** One row in or out; it becomes the anchor of the next range. */
export function toggled(selection: Selection, id: string, at: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: at };
}

/** The rows from the anchor (or `at` when there is none) to `at` added; the anchor stays, so ranges can be redrawn. */
export function extended(selection: Selection, rangeIds: readonly string[], at: number): Selection {
  return { ids: new Set([...selection.ids, ...rangeIds]), anchor: selection.anchor ?? at };
}

/** Exactly these ids. */
export function only(ids: readonly string[]): Selection {
  return { ids: new Set(ids), anchor: null };
}

/** The positions a range covers, first to last whichever way it was drawn. */
export function rangeBetween(anchor: number | null, at: number): [number, number] {
  const from = anchor ?? at;
  return [Math.min(from, at), Math.max(from, at)];
}
