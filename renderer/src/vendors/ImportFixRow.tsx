import { memo, useState, type FormEvent } from 'react';
import type { ImportBadRow, ImportCells, ImportField, ImportRowState } from '../../../electron/core/contract';
import { CRITICALITY } from '../../../electron/core/contract';
import { COUNTRIES } from '../lib/countries';
import { IMPORT_FIELD_LABELS } from '../lib/labels';
import { CountrySelect } from '../ui/CountrySelect';
import { VisibleText } from '../ui/VisibleText';

const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One row of the file with problems: the cells at fault as inputs (Enter applies, the core checks the row again),
 * the core's message under each, and "Skip this row". Its draft is its own, so typing re-renders this row only.
 */
export const ImportFixRow = memo(function ImportFixRow({
  bad,
  state,
  typed,
  fields,
  columnOf,
  existingChoice,
  disabled,
  onApply,
  onSkip,
}: {
  bad: ImportBadRow;
  state: ImportRowState;
  /** What the user typed for this row before, if anything. */
  typed: ImportCells | undefined;
  /** The fields to show as inputs, in the file's column order. */
  fields: ImportField[];
  columnOf: (field: ImportField) => string;
  existingChoice: 'skip' | 'update';
  disabled: boolean;
  onApply: (row: number, cells: ImportCells) => void;
  onSkip: (row: number, skipped: boolean) => void;
}) {
  const [draft, setDraft] = useState<ImportCells>(() => ({ ...Object.fromEntries(fields.map((f) => [f, bad.cells[f] ?? ''])), ...typed }));
  const skipped = state.status === 'skipped';
  const name = draft.name ?? bad.cells.name ?? '';
  const messageOf = new Map(state.problems.map((p) => [p.field, p.message]));
  const id = (field: ImportField) => `fix-${bad.row}-${field}`;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(bad.row, Object.fromEntries(fields.map((f) => [f, draft[f] ?? ''])));
  };

  return (
    <form
      className={`fix-row is-${state.status}`}
      data-fix-row={bad.row}
      onSubmit={apply}
      // Enter applies in a list too, where the browser would not submit the form by itself.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
      aria-label={`Row ${bad.row}`}
      noValidate
    >
      <div className="fix-row-head">
        <span className="fix-row-number">Row {bad.row}</span>
        <span className="fix-row-name">{name ? <VisibleText text={name} /> : <span className="muted">(no name)</span>}</span>
        <RowStatus state={state} existingChoice={existingChoice} />
      </div>
      {!skipped && (
        <div className="fix-row-cells">
          {fields.map((field) => {
            const message = messageOf.get(field);
            return (
              <div key={field} className={`fix-cell${message ? ' has-error' : ''}`}>
                <label htmlFor={id(field)} className="field-label">
                  {IMPORT_FIELD_LABELS[field]} <span className="muted mono">({columnOf(field)})</span>
                </label>
                <FixControl
                  id={id(field)}
                  field={field}
                  value={draft[field] ?? ''}
                  disabled={disabled}
                  invalid={message !== undefined}
                  describedBy={message ? `${id(field)}-message` : undefined}
                  onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
                />
                {message && (
                  <p id={`${id(field)}-message`} className="field-error">
                    {message}
                    {bad.cells[field] && draft[field] !== bad.cells[field] && (
                      <span className="muted"> The file has {quoted(bad.cells[field])}.</span>
                    )}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
      <div className="fix-row-actions">
        {!skipped && (
          <button type="submit" className="btn btn-small" disabled={disabled}>
            Apply
          </button>
        )}
        <button type="button" className="btn btn-small" disabled={disabled} onClick={() => onSkip(bad.row, !skipped)}>
          {skipped ? 'Include this row again' : 'Skip this row'}
        </button>
        {state.status === 'problem' && <span className="muted fix-row-hint">Change the cells above and press Enter, or skip this row.</span>}
      </div>
    </form>
  );
});

function RowStatus({ state, existingChoice }: { state: ImportRowState; existingChoice: 'skip' | 'update' }) {
  if (state.status === 'skipped') return <span className="badge badge-low">Left out of the import</span>;
  if (state.status === 'problem') return <span className="badge badge-critical">To fix</span>;
  if (state.existing) {
    return (
      <span className="badge badge-clear">
        Fixed: already in Vetter as&nbsp;<VisibleText text={state.existing.name} />, {existingChoice === 'update' ? 'will be updated' : 'will be skipped'}
      </span>
    );
  }
  return <span className="badge badge-clear">Fixed: will be added</span>;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** The control that suits the field: a country picker, a date, a list for the criticality, else text. */
function FixControl({
  id,
  field,
  value,
  disabled,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  field: ImportField;
  value: string;
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const common = { id, disabled, 'aria-invalid': invalid, 'aria-describedby': describedBy, 'data-fix-cell': '' };
  // A value from the file that is no option stays on show (and is sent as it is) until another is chosen.
  const fromFile = (known: boolean) =>
    value !== '' && !known ? (
      <option value={value} disabled>
        {quoted(value)} (in the file)
      </option>
    ) : null;
  if (field === 'country' || field === 'country_hq') {
    const code = COUNTRY_CODES.has(value.toUpperCase()) ? value.toUpperCase() : value;
    return (
      <CountrySelect {...common} value={code} onChange={onChange}>
        {fromFile(code !== value || COUNTRY_CODES.has(code))}
      </CountrySelect>
    );
  }
  if (field === 'criticality') {
    return (
      <select {...common} value={CRITICALITY.find((c) => c === value.toLowerCase()) ?? value} onChange={(e) => onChange(e.target.value)}>
        {fromFile((CRITICALITY as readonly string[]).includes(value.toLowerCase()))}
        <option value="">Not set</option>
        {CRITICALITY.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  if (field === 'contract_start' || field === 'contract_end') {
    // A date the file wrote another way shows blank here; the message quotes it. Untouched, it is sent as it was.
    return <input {...common} type="date" value={ISO_DATE.test(value) ? value : ''} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <input
      {...common}
      type="text"
      inputMode={field === 'annual_spend' ? 'decimal' : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
