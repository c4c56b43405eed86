import type { ColumnMapping, ImportCells, ImportEdits, ImportField, ImportReview, Output } from '../../../electron/core/contract';
import { IMPORT_FIELDS } from '../../../electron/core/contract';
import { formatCount, plural } from '../lib/format';
import { IMPORT_FIELD_LABELS } from '../lib/labels';
import { Alert } from '../ui/Alert';
import { VisibleText } from '../ui/VisibleText';
import { ImportFixes } from './ImportFixes';

export type Preview = Output<'vendors.importPreview'>;
export type OnDuplicate = 'skip' | 'update';

const IGNORE = '';
const IGNORE_LABEL = 'Ignore this column';

/** "12 to add, 3 to update, 0 with problems", as the core counted them with the edits. */
export function countsInWords({ counts }: ImportReview, onDuplicate: OnDuplicate): string {
  const parts = [`${formatCount(counts.new)} to add`];
  if (counts.existing > 0 || onDuplicate === 'update') {
    parts.push(onDuplicate === 'update' ? `${formatCount(counts.existing)} to update` : `${formatCount(counts.existing)} already in Vetter to skip`);
  }
  parts.push(`${formatCount(counts.problemRows)} with problems`);
  if (counts.skipped > 0) parts.push(`${formatCount(counts.skipped)} left out`);
  return parts.join(', ');
}

/** The file as Vetter will read it: columns and how each maps to a vendor field, then what is wrong with it. */
export function ImportPreview({
  preview,
  review,
  edits,
  onMappingChange,
  onDuplicate,
  onDuplicateChange,
  onApply,
  onSkip,
  disabled,
}: {
  preview: Preview;
  /** Where the file stands with the edits (the preview's own review before any). */
  review: ImportReview;
  edits: ImportEdits;
  onMappingChange: (mapping: ColumnMapping) => void;
  onDuplicate: OnDuplicate;
  onDuplicateChange: (choice: OnDuplicate) => void;
  onApply: (row: number, cells: ImportCells) => void;
  onSkip: (row: number, skipped: boolean) => void;
  disabled: boolean;
}) {
  const { headers, sample, mapping, problems, duplicates, warnings, badRows } = preview;
  const problemCount = review.problemCount;
  // The rows below take their own problems; the table lists the rest (the column mapping's, rows beyond those kept).
  const fixable = new Set(badRows.map((b) => b.row));
  const otherProblems = problems.filter((p) => !fixable.has(p.row));
  const ignored = headers.filter((_, i) => !mapping[i]).length;
  // Problems point at a spreadsheet row and a column header: mark those cells in the sample.
  const problemAt = new Map(problems.map((p) => [`${p.row}:${p.column}`, p.message]));
  const problemRows = new Set(problems.map((p) => p.row));

  const setColumn = (index: number, value: string) => {
    const next = headers.map((_, i) => mapping[i] ?? null);
    next[index] = value === IGNORE ? null : (value as ImportField);
    onMappingChange(next);
  };

  return (
    <div className="import-preview">
      <p className="import-counts" role="status">
        {countsInWords(review, onDuplicate)}
      </p>
      {problemCount > 0 && (
        <Alert tone="error" title={`${plural(problemCount, 'problem')} to fix`}>
          <p>
            Nothing will be imported while a row left in has a problem. Fix each row below (or skip it), or correct the file,
            save it, and choose it again.
          </p>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert tone="warning" title="Please check">
          <ul className="plain-list">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}

      <section aria-labelledby="import-columns">
        <h3 id="import-columns">Columns</h3>
        <p className="section-hint">
          Check what each column of the file contains. Vetter guessed from the headings; change any that are wrong.
        </p>
        <div className="table-scroll">
          <table className="data-table mapping-table">
            <thead>
              <tr>
                <th scope="col" className="col-row-number numeric">
                  Row
                </th>
                {headers.map((header, i) => (
                  <th key={i} scope="col">
                    <span className="mapping-header">{header || `Column ${i + 1}`}</span>
                    <label className="visually-hidden" htmlFor={`mapping-${i}`}>
                      Import column “{header}” as
                    </label>
                    <select
                      id={`mapping-${i}`}
                      className={mapping[i] ? undefined : 'is-ignored'}
                      value={mapping[i] ?? IGNORE}
                      disabled={disabled}
                      onChange={(event) => setColumn(i, event.target.value)}
                    >
                      <option value={IGNORE}>{IGNORE_LABEL}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {IMPORT_FIELD_LABELS[field]}
                        </option>
                      ))}
                    </select>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sample.map((row, r) => {
                const rowNumber = r + 2; // the header is spreadsheet row 1
                return (
                  <tr key={r} className={problemRows.has(rowNumber) ? 'has-problem' : undefined}>
                    <td className="col-row-number numeric muted">{rowNumber}</td>
                    {headers.map((header, c) => {
                      const problem = problemAt.get(`${rowNumber}:${header}`);
                      const className = problem ? 'has-problem' : mapping[c] ? undefined : 'is-ignored';
                      return (
                        <td key={c} className={className} title={problem ?? row[c]}>
                          {row[c]}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="table-footnote muted">
          {sample.length < preview.rowCount
            ? `The first ${formatCount(sample.length)} of ${plural(preview.rowCount, 'row')}.`
            : `All ${plural(preview.rowCount, 'row')}.`}
          {ignored > 0 &&
            ` ${ignored === 1 ? 'One column is' : `${ignored} columns are`} set to “${IGNORE_LABEL}” and will not be imported.`}
        </p>
      </section>

      {badRows.length > 0 && (
        <ImportFixes
          preview={preview}
          review={review}
          edits={edits}
          onDuplicate={onDuplicate}
          disabled={disabled}
          onApply={onApply}
          onSkip={onSkip}
        />
      )}

      {otherProblems.length > 0 && (
        <section aria-labelledby="import-problems">
          <h3 id="import-problems">Problems</h3>
          <table className="data-table problems-table">
            <thead>
              <tr>
                <th scope="col" className="col-row-number numeric">
                  Row
                </th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {otherProblems.map((p, i) => (
                <tr key={i}>
                  <td className="numeric">{p.row}</td>
                  <td>{p.column}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.problemCount > problems.length && (
            <p className="table-footnote muted">
              …and {plural(preview.problemCount - problems.length, 'more problem')}. Fix these first; the rest are listed when
              you choose the file again.
            </p>
          )}
        </section>
      )}

      {duplicates.length > 0 && (
        <section aria-labelledby="import-duplicates">
          <h3 id="import-duplicates">Already in Vetter</h3>
          <p className="section-hint">
            {duplicates.length === 1
              ? 'One row is a vendor you already have (the same name, or the same LEI, unified social credit code or DUNS number):'
              : `${formatCount(duplicates.length)} rows are vendors you already have (the same name, or the same LEI, unified social credit code or DUNS number):`}
          </p>
          <ul className="duplicate-list">
            {duplicates.map((d) => (
              <li key={d.row}>
                <span className="muted">Row {d.row}</span> <VisibleText text={d.name} />
                {d.existingName !== d.name ? (
                  <span className="muted">
                    {' '}
                    (matches <VisibleText text={d.existingName} />: <VisibleText text={d.reason} />)
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <fieldset className="radio-group">
            <legend className="visually-hidden">What to do with these rows</legend>
            <label className="radio">
              <input
                type="radio"
                name="on-duplicate"
                checked={onDuplicate === 'skip'}
                disabled={disabled}
                onChange={() => onDuplicateChange('skip')}
              />
              <span>
                <strong>Skip duplicates</strong>
                <span className="muted"> — keep the vendors you have as they are</span>
              </span>
            </label>
            <label className="radio">
              <input
                type="radio"
                name="on-duplicate"
                checked={onDuplicate === 'update'}
                disabled={disabled}
                onChange={() => onDuplicateChange('update')}
              />
              <span>
                <strong>Update existing vendors</strong>
                <span className="muted"> — replace their details with the file's</span>
              </span>
            </label>
          </fieldset>
        </section>
      )}
    </div>
  );
}
