// Rows with problems fixed or left out in the import preview (#15). A fix is checked by the file's own RowChecker,
// told which names and identifiers the file's other rows hold, so the preview holds a typed cell to exactly the rules a
// cell in the file meets. Only the rows with problems are checked again: the file's good rows stand as read.
import { VetterError } from '../errors';
import { GLOBAL_SCHEMES, identifierKey } from '../identifiers';
import type { Sql } from '../db/store';
import { type Correction, type Duplicate, type FilePlan, findDuplicates, InputPacker, type PlannedVendors, eachInput } from './import';
import { RowChecker } from './import-rows';
import type { ImportCells, ImportEdits, ImportField, ImportReview, ImportRowState, RowProblem } from './model';
import type { VendorRepository } from './repository';

/** The global identifiers (LEI, USCC, DUNS) of the file's good rows, read once per plan: unpacking is the slow part. */
const identifiersOfGoodRows = new WeakMap<PlannedVendors, [row: number, keys: string[]][]>();

function goodRowIdentifiers(vendors: PlannedVendors): [number, string[]][] {
  let found = identifiersOfGoodRows.get(vendors);
  if (!found) {
    const list: [number, string[]][] = [];
    eachInput(vendors, (i, input) => {
      const keys = input.identifiers.filter((id) => GLOBAL_SCHEMES.has(id.scheme)).map((id) => identifierKey(id.scheme, id.value));
      if (keys.length > 0) list.push([vendors.rows[i]!, keys]);
    });
    identifiersOfGoodRows.set(vendors, list);
    found = list;
  }
  return found;
}

export interface AmendedPlan {
  /** The plan as it would import: the good rows, then the fixed ones; its problems those still standing. */
  plan: FilePlan;
  /** Each row with problems the plan kept, as it stands now (`existing` is filled in by reviewImport). */
  rows: ImportRowState[];
}

/**
 * Applies the preview's edits to a plan. Refuses edits of rows that had no problem (the preview never offers them,
 * and a file changed since would mean other rows): what is imported is the file, plus fixes of its faulty rows.
 */
export function amendPlan(plan: FilePlan, edits: ImportEdits): AmendedPlan {
  const byRow = new Map(plan.badRows.map((bad) => [bad.row, bad]));
  const corrected = new Map<number, ImportCells>();
  for (const { row, cells } of edits.corrections) {
    if (!byRow.has(row)) throw notFixable(plan, row);
    const unmapped = Object.keys(cells).filter((field) => !plan.mapping.includes(field as ImportField));
    if (unmapped.length > 0) {
      throw new VetterError('invalid_input', `Row ${row}: no column of ${plan.fileName} is imported as ${unmapped.join(', ')}. Nothing was changed.`);
    }
    corrected.set(row, { ...corrected.get(row), ...cells });
  }
  const skipped = new Set(edits.skipped);
  for (const row of skipped) if (!byRow.has(row)) throw notFixable(plan, row);

  const checker = new RowChecker(plan.headers, plan.mapping);
  plan.vendors.keys.forEach((key, i) => checker.claim(plan.vendors.rows[i]!, key, []));
  if (plan.badRows.length > 0) for (const [row, keys] of goodRowIdentifiers(plan.vendors)) checker.claim(row, '', keys);

  const rows: ImportRowState[] = [];
  const fixed = { rows: [] as number[], keys: [] as string[], inputs: new InputPacker() };
  const problems: RowProblem[] = [];
  let problemCount = plan.unkeptProblemCount;
  const corrections: Correction[] = [];
  const left: { row: number; name: string }[] = [];
  for (const bad of plan.badRows) {
    if (skipped.has(bad.row)) {
      rows.push({ row: bad.row, status: 'skipped', problems: [], existing: null });
      left.push({ row: bad.row, name: bad.cells.name ?? '' });
      continue;
    }
    const change = corrected.get(bad.row) ?? {};
    const outcome = checker.checkCells(bad.row, { ...bad.cells, ...change });
    corrections.push(...changedCells(bad.row, bad.cells, change, plan));
    if (outcome.input !== null) {
      fixed.rows.push(bad.row);
      fixed.keys.push(outcome.key);
      fixed.inputs.push(outcome.input);
      rows.push({ row: bad.row, status: 'fixed', problems: [], existing: null });
    } else {
      rows.push({ row: bad.row, status: 'problem', problems: outcome.problems, existing: null });
      problemCount += outcome.problems.length;
      problems.push(...outcome.problems.map((p) => ({ row: bad.row, column: p.column, message: p.message })));
    }
  }
  const mapped = plan.problems.slice(0, plan.mappingProblemCount);
  const vendors: PlannedVendors = {
    rows: [...plan.vendors.rows, ...fixed.rows],
    keys: [...plan.vendors.keys, ...fixed.keys],
    inputs: [...plan.vendors.inputs, ...fixed.inputs.finish()],
  };
  return {
    plan: {
      ...plan,
      vendors,
      problems: [...mapped, ...problems],
      problemCount: plan.mappingProblemCount + problemCount,
      edits: { corrections, skipped: left },
    },
    rows,
  };
}

function notFixable(plan: FilePlan, row: number): VetterError {
  return new VetterError('invalid_input', `Row ${row} of ${plan.fileName} has no problem to fix or leave out. Check the file again; nothing was changed.`);
}

/** The cells the user typed that differ from the file's, in the file's column order. */
function changedCells(row: number, before: ImportCells, change: ImportCells, plan: FilePlan): Correction[] {
  const found: Correction[] = [];
  plan.mapping.forEach((field, index) => {
    if (field === null) return;
    const to = change[field];
    const from = before[field] ?? '';
    if (to === undefined || to.trim() === from) return;
    found.push({ row, column: plan.headers[index] ?? field, field, from, to: to.trim() });
  });
  return found;
}

/**
 * The file as it would import with the edits: each row with problems as it stands, the vendors already in Vetter
 * among the fixed rows, and the totals the preview shows ("12 to add, 3 to update, 0 with problems").
 */
export async function reviewImport(
  repo: VendorRepository,
  plan: FilePlan,
  edits: ImportEdits,
  sql?: Sql,
): Promise<{ review: ImportReview; duplicates: Duplicate[]; amended: FilePlan }> {
  const amended = amendPlan(plan, edits);
  const duplicates = await findDuplicates(repo, amended.plan.vendors, sql);
  const existingOf = new Map(duplicates.map((d) => [d.row, d]));
  const rows = amended.rows.map((state) => {
    const same = state.status === 'fixed' ? existingOf.get(state.row) : undefined;
    return same ? { ...state, existing: { name: same.existingName, reason: same.reason } } : state;
  });
  const problemRows = rows.filter((r) => r.status === 'problem').length + (plan.badRowCount - plan.badRows.length);
  const fixedRows = new Set(amended.rows.filter((r) => r.status === 'fixed').map((r) => r.row));
  return {
    review: {
      rows,
      counts: {
        new: amended.plan.vendors.rows.length - duplicates.length,
        existing: duplicates.length,
        problemRows,
        skipped: rows.filter((r) => r.status === 'skipped').length,
      },
      problemCount: amended.plan.problemCount,
    },
    // The preview's list of duplicates is the file's own good rows; a fixed row shows its own on its row.
    duplicates: duplicates.filter((d) => !fixedRows.has(d.row)),
    amended: amended.plan,
  };
}
