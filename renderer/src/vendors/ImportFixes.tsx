import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportCells, ImportEdits, ImportField, ImportReview } from '../../../electron/core/contract';
import { formatCount, plural } from '../lib/format';
import { ImportFixRow } from './ImportFixRow';
import type { OnDuplicate, Preview } from './ImportPreview';
import { correctionOf } from './importEdits';

/**
 * Rows shown at once: a file of 10,000 rows with 500 bad ones renders 25 forms, not 500 (each country picker alone
 * is some 250 options).
 */
const PAGE = 25;

/**
 * The file's rows with problems, each to fix in place or leave out. The core checks each applied row again
 * (`vendors.importReview`) and answers where every row stands; this only shows it.
 */
export function ImportFixes({
  preview,
  review,
  edits,
  onDuplicate,
  disabled,
  onApply,
  onSkip,
}: {
  preview: Preview;
  review: ImportReview;
  edits: ImportEdits;
  onDuplicate: OnDuplicate;
  disabled: boolean;
  onApply: (row: number, cells: ImportCells) => void;
  onSkip: (row: number, skipped: boolean) => void;
}) {
  const { badRows, headers, mapping } = preview;
  const [page, setPage] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  /** The row just applied: once the core has answered, the focus moves on from it (or back to what is still wrong). */
  const applied = useRef<number | null>(null);
  const stateOf = useMemo(() => new Map(review.rows.map((r) => [r.row, r])), [review]);
  const order = useMemo(() => new Map(mapping.flatMap((f, i) => (f ? [[f, i] as const] : []))), [mapping]);
  const columnOf = useCallback((field: ImportField) => headers[order.get(field) ?? -1] ?? field, [headers, order]);

  // The cells at fault in the file, those at fault now, and those typed again: shown as inputs, left to right.
  const fieldsOf = useMemo(() => {
    const byRow = new Map<number, ImportField[]>();
    for (const bad of badRows) {
      const fields = new Set<ImportField>(bad.problems.map((p) => p.field));
      for (const p of stateOf.get(bad.row)?.problems ?? []) fields.add(p.field);
      for (const f of Object.keys(correctionOf(edits, bad.row) ?? {})) fields.add(f as ImportField);
      byRow.set(bad.row, [...fields].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    }
    return byRow;
  }, [badRows, stateOf, edits, order]);

  useEffect(() => {
    const row = applied.current;
    const list = listRef.current;
    if (row === null || !list) return;
    applied.current = null;
    const form = list.querySelector<HTMLElement>(`[data-fix-row="${row}"]`);
    if (stateOf.get(row)?.status === 'problem') {
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    // On to the next row still to fix on this page, so Tab and Enter walk through the file's faults.
    const next = [...list.querySelectorAll<HTMLElement>('.fix-row.is-problem')].find((f) => Number(f.dataset.fixRow) > row);
    next?.querySelector<HTMLElement>('[data-fix-cell]')?.focus();
  }, [stateOf]);

  const apply = useCallback(
    (row: number, cells: ImportCells) => {
      applied.current = row;
      onApply(row, cells);
    },
    [onApply],
  );

  const pages = Math.ceil(badRows.length / PAGE);
  const shown = badRows.slice(page * PAGE, (page + 1) * PAGE);
  const toFix = review.rows.filter((r) => r.status === 'problem').length;
  const unkept = review.counts.problemRows - toFix;

  return (
    <section aria-labelledby="import-fixes" className="import-fixes">
      <h3 id="import-fixes">Rows with problems</h3>
      <p className="section-hint">
        {toFix > 0
          ? `Fix ${toFix === 1 ? 'the row' : `the ${formatCount(toFix)} rows`} here or skip ${toFix === 1 ? 'it' : 'them'}: Tab moves between the cells to fix, Enter applies a row. The file itself is not changed; the import records each correction.`
          : 'Every row left in can be imported. The file itself is not changed; the import records each correction.'}
      </p>
      <div ref={listRef} className="fix-rows">
        {shown.map((bad) => {
          const state = stateOf.get(bad.row);
          if (!state) return null;
          return (
            <ImportFixRow
              key={bad.row}
              bad={bad}
              state={state}
              typed={correctionOf(edits, bad.row)}
              fields={fieldsOf.get(bad.row) ?? []}
              columnOf={columnOf}
              existingChoice={onDuplicate}
              disabled={disabled}
              onApply={apply}
              onSkip={onSkip}
            />
          );
        })}
      </div>
      {pages > 1 && (
        <nav className="fix-pages" aria-label="Pages of rows with problems">
          <button type="button" className="btn btn-small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span className="muted">
            Rows {formatCount(page * PAGE + 1)}–{formatCount(page * PAGE + shown.length)} of {plural(badRows.length, 'row')} with problems
          </span>
          <button type="button" className="btn btn-small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
      {unkept > 0 && (
        <p className="table-footnote muted">
          {plural(unkept, 'more row')} with problems {unkept === 1 ? 'is' : 'are'} not shown here (the preview keeps the first{' '}
          {formatCount(badRows.length)}). Fix {unkept === 1 ? 'it' : 'them'} in the file and choose it again.
        </p>
      )}
    </section>
  );
}
