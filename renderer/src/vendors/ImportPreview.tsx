import type { ColumnMapping, ImportField, Output } from '../../../electron/core/contract';
import { IMPORT_FIELDS } from '../../../electron/core/contract';
import { formatCount, plural } from '../lib/format';
import { IMPORT_FIELD_LABELS } from '../lib/labels';
import { Alert } from '../ui/Alert';
import { VisibleText } from '../ui/VisibleText';

export type Preview = Output<'vendors.importPreview'>;
export type OnDuplicate = 'skip' | 'update';

const IGNORE = '';
const IGNORE_LABEL = 'Ignore this column';

/** The file as Vetter will read it: columns and how each maps to a vendor field, then what is wrong with it. */
export function ImportPreview({
  preview,
  onMappingChange,
  onDuplicate,
  onDuplicateChange,
  disabled,
}: {
  preview: Preview;
  onMappingChange: (mapping: ColumnMapping) => void;
  onDuplicate: OnDuplicate;
  onDuplicateChange: (choice: OnDuplicate) => void;
  disabled: boolean;
}) {
  const { headers, sample, mapping, problems, problemCount, duplicates, warnings } = preview;
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
      {problemCount > 0 && (
        <Alert tone="error" title={`${plural(problemCount, 'problem')} found in this file`}>
          <p>
            Nothing will be imported until they are fixed. Correct the rows listed below in the file, save it, then choose it
            again.
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

      {problems.length > 0 && (
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
              {problems.map((p, i) => (
                <tr key={i}>
                  <td className="numeric">{p.row}</td>
                  <td>{p.column}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problemCount > problems.length && (
            <p className="table-footnote muted">
              …and {plural(problemCount - problems.length, 'more problem')}. Fix these first; the rest are listed when you
              choose the file again.
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
