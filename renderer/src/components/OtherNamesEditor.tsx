import { NAME_KINDS } from '../../../electron/core/contract';
import { NAME_KIND_LABELS, type NameKind } from '../lib/labels';
import type { OtherNameRow } from '../lib/vendorDraft';
import { FieldError, fieldId } from './Field';
import { Icon } from './Icon';

/** Trading, former and local-script names (e.g. 阿里云), one row each, with their kind. */
export function OtherNamesEditor({
  rows,
  onChange,
  errors,
}: {
  rows: OtherNameRow[];
  onChange: (rows: OtherNameRow[]) => void;
  /** Errors by path: "otherNames", "otherNames.0.name", ... */
  errors: Record<string, string>;
}) {
  const update = (key: number, change: Partial<OtherNameRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const nextKey = () => Math.max(0, ...rows.map((r) => r.key)) + 1;

  return (
    <fieldset className={`field other-names${errors.otherNames ? ' has-error' : ''}`}>
      <legend className="field-label">Other names</legend>
      <p className="field-hint">Trading names, former names and names in the local script, so searches and screening find them.</p>
      {rows.length > 0 && (
        <ul className="other-names-rows">
          {rows.map((row, i) => {
            const nameError = errors[`otherNames.${i}.name`];
            const kindError = errors[`otherNames.${i}.kind`];
            const nameId = fieldId(`otherNames.${i}.name`);
            const kindId = fieldId(`otherNames.${i}.kind`);
            return (
              <li key={row.key} className="other-names-row">
                <div className={`field${nameError ? ' has-error' : ''}`}>
                  <label className="visually-hidden" htmlFor={nameId}>
                    Other name {i + 1}
                  </label>
                  <input
                    id={nameId}
                    type="text"
                    value={row.name}
                    placeholder="Name"
                    aria-invalid={Boolean(nameError)}
                    aria-describedby={nameError ? `${nameId}-error` : undefined}
                    onChange={(event) => update(row.key, { name: event.target.value })}
                  />
                  <FieldError id={`${nameId}-error`} message={nameError} />
                </div>
                <div className={`field${kindError ? ' has-error' : ''}`}>
                  <label className="visually-hidden" htmlFor={kindId}>
                    Kind of other name {i + 1}
                  </label>
                  <select
                    id={kindId}
                    value={row.kind}
                    aria-invalid={Boolean(kindError)}
                    onChange={(event) => update(row.key, { kind: event.target.value as NameKind })}
                  >
                    {NAME_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {NAME_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${kindId}-error`} message={kindError} />
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove other name ${i + 1}${row.name ? ` (${row.name})` : ''}`}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  <Icon name="trash" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        id={fieldId('otherNames')}
        className="btn btn-small btn-ghost"
        onClick={() => onChange([...rows, { key: nextKey(), name: '', kind: 'trading' }])}
      >
        <Icon name="plus" size={14} />
        Add {rows.length > 0 ? 'another' : 'a'} name
      </button>
      <FieldError id={`${fieldId('otherNames')}-error`} message={errors.otherNames} />
    </fieldset>
  );
}
