import { IDENTIFIER_SCHEMES } from '../../../electron/core/contract';
import { IDENTIFIER_SCHEME_LABELS } from '../lib/labels';
import type { IdentifierRow } from './vendorDraft';
import { RowsEditor } from '../ui/RowsEditor';

/** LEI, unified social credit code, DUNS, registration and tax numbers, one row each; checked by the core. */
export function IdentifiersEditor({
  rows,
  onChange,
  errors,
}: {
  rows: IdentifierRow[];
  onChange: (rows: IdentifierRow[]) => void;
  /** Errors by path: "identifiers", "identifiers.0" (the row), "identifiers.0.value", ... */
  errors: Record<string, string>;
}) {
  return (
    <RowsEditor
      field="identifiers"
      className="identifiers"
      legend="Identifiers"
      hint="Company numbers that name this vendor exactly: an LEI, unified social credit code or DUNS number is issued to one company worldwide; a registration or tax number counts with the vendor's country."
      rows={rows}
      onChange={onChange}
      errors={errors}
      blank={(key): IdentifierRow => ({ key, scheme: 'LEI', value: '' })}
      choiceFirst
      choice={{
        sub: 'scheme',
        label: (n) => `Type of identifier ${n}`,
        options: IDENTIFIER_SCHEMES,
        optionLabel: (scheme) => IDENTIFIER_SCHEME_LABELS[scheme],
        get: (r) => r.scheme,
        set: (r, scheme) => ({ ...r, scheme }),
      }}
      text={{ sub: 'value', label: (n) => `Identifier ${n}`, placeholder: 'Number or code', get: (r) => r.value, set: (r, value) => ({ ...r, value }) }}
      addLabel={(another) => `Add ${another ? 'another' : 'an'} identifier`}
      removeLabel={(n, value) => `Remove identifier ${n}${value ? ` (${value})` : ''}`}
    />
  );
}
