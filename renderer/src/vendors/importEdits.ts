// The preview's edits as the wizard keeps them: plain functions, so the rows and the wizard share one way to change them.
import type { ImportCells, ImportEdits } from '../../../electron/core/contract';

export const NO_EDITS: ImportEdits = { corrections: [], skipped: [] };

/** The row's cells typed again (replacing what was typed before); the row is taken back in if it was left out. */
export function withCorrection(edits: ImportEdits, row: number, cells: ImportCells): ImportEdits {
  return {
    corrections: [...edits.corrections.filter((c) => c.row !== row), { row, cells }],
    skipped: edits.skipped.filter((r) => r !== row),
  };
}

/** The row left out of the import, or taken back in. */
export function withSkipped(edits: ImportEdits, row: number, skipped: boolean): ImportEdits {
  const others = edits.skipped.filter((r) => r !== row);
  return { corrections: edits.corrections, skipped: skipped ? [...others, row] : others };
}

/** What the user typed for the row so far, if anything. */
export function correctionOf(edits: ImportEdits, row: number): ImportCells | undefined {
  return edits.corrections.find((c) => c.row === row)?.cells;
}

export function hasEdits(edits: ImportEdits): boolean {
  return edits.corrections.length > 0 || edits.skipped.length > 0;
}
