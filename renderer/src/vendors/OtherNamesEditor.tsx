import { NAME_KINDS } from '../../../electron/core/contract';
import { NAME_KIND_LABELS } from '../lib/labels';
import type { OtherNameRow } from './vendorDraft';
import { RowsEditor } from '../ui/RowsEditor';

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
  return (
    <RowsEditor
      field="otherNames"
      legend="Other names"
      hint="Trading names, former names and names in the local script, so searches and screening find them."
      rows={rows}
      onChange={onChange}
      errors={errors}
      blank={(key): OtherNameRow => ({ key, name: '', kind: 'trading' })}
      text={{ sub: 'name', label: (n) => `Other name ${n}`, placeholder: 'Name', get: (r) => r.name, set: (r, name) => ({ ...r, name }) }}
      choice={{
        sub: 'kind',
        label: (n) => `Kind of other name ${n}`,
        options: NAME_KINDS,
        optionLabel: (kind) => NAME_KIND_LABELS[kind],
        get: (r) => r.kind,
        set: (r, kind) => ({ ...r, kind }),
      }}
      addLabel={(another) => `Add ${another ? 'another' : 'a'} name`}
      removeLabel={(n, name) => `Remove other name ${n}${name ? ` (${name})` : ''}`}
    />
  );
}
