import { type ChangeEvent, type FormEvent, useState } from 'react';
import type { CustomListMapping, Input, Output } from '../../../electron/core/contract';
import { Field } from '../ui/Field';

export type CustomListPreview = Output<'lists.customPreview'>;
export type CustomListImport = NonNullable<Input<'lists.import'>['custom']>;

type MappingField = keyof CustomListMapping;

const MAPPING_FIELDS: { field: MappingField; label: string; hint?: string }[] = [
  { field: 'name', label: 'Listed name', hint: 'The company or person on the list.' },
  { field: 'aliases', label: 'Other names', hint: 'Several names separated by ; or |.' },
  { field: 'country', label: 'Country' },
  { field: 'type', label: 'Type', hint: 'Company, person, vessel or aircraft.' },
  { field: 'id', label: 'Entry ID', hint: 'Tells entries apart from one version of the list to the next.' },
  { field: 'remarks', label: 'Remarks' },
  { field: 'listedDate', label: 'Date listed' },
];

const NOT_IN_FILE = '';
const SAMPLE_ROWS = 5;

/**
 * A list in no format Vetter knows (an internal block list, a spreadsheet from a partner): which column holds
 * what, and what the list is called, who publishes it and how current it is.
 */
export function CustomListForm({
  formId,
  fileName,
  preview,
  errors,
  onSubmit,
}: {
  formId: string;
  fileName: string;
  preview: CustomListPreview;
  /** Problems by field ("listName", "asOf", "mapping.name"), from the core. */
  errors: Record<string, string>;
  onSubmit: (custom: CustomListImport) => void;
}) {
  const [mapping, setMapping] = useState<CustomListMapping>(preview.mapping);
  const [listName, setListName] = useState('');
  const [publisher, setPublisher] = useState('');
  const [asOf, setAsOf] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  // A field changed since the last submit no longer shows the problem found in it.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const shown = Object.fromEntries(Object.entries({ ...errors, ...problems }).filter(([path]) => !edited.has(path)));
  const markEdited = (path: string) => setEdited((paths) => new Set(paths).add(path));
  const change = (path: string, set: (value: string) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    markEdited(path);
    set(event.target.value);
  };

  const setColumn = (field: MappingField, value: string) => {
    markEdited(`mapping.${field}`);
    const next: CustomListMapping = { ...mapping };
    if (field === 'name') next.name = Number(value);
    else if (value === NOT_IN_FILE) delete next[field];
    else next[field] = Number(value);
    setMapping(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (listName.trim() === '') found.listName = 'Name the list';
    if (publisher.trim() === '') found.publisher = 'Say who publishes the list';
    if (asOf === '') found.asOf = 'Enter the date of the data in the file';
    setProblems(found);
    setEdited(new Set());
    if (Object.keys(found).length === 0) onSubmit({ mapping, listName: listName.trim(), publisher: publisher.trim(), asOf });
  };

  const fieldOf = new Map(MAPPING_FIELDS.filter((f) => mapping[f.field] !== undefined).map((f) => [mapping[f.field], f.label]));

  return (
    <form id={formId} className="custom-list-form" onSubmit={submit} noValidate>
      <section aria-labelledby="custom-list-file">
        <h3 id="custom-list-file">{fileName}</h3>
        <p className="section-hint">The first rows of the file, with the columns Vetter will read.</p>
        <div className="table-scroll">
          <table className="data-table mapping-table">
            <thead>
              <tr>
                {preview.headers.map((header, i) => (
                  <th key={i} scope="col">
                    <span className="mapping-header">{header || `Column ${i + 1}`}</span>
                    <span className={fieldOf.has(i) ? 'mapping-field' : 'mapping-field muted'}>{fieldOf.get(i) ?? 'Not read'}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sample.slice(0, SAMPLE_ROWS).map((row, r) => (
                <tr key={r}>
                  {preview.headers.map((_, c) => (
                    <td key={c} className={fieldOf.has(c) ? undefined : 'is-ignored'} title={row[c]}>
                      {row[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="custom-list-columns">
        <h3 id="custom-list-columns">Columns</h3>
        <div className="form-grid">
          {MAPPING_FIELDS.map(({ field, label, hint }) => (
            <Field key={field} path={`mapping.${field}`} label={label} hint={hint} error={shown[`mapping.${field}`]} required={field === 'name'}>
              {(control) => (
                <select {...control} value={mapping[field] ?? NOT_IN_FILE} onChange={(event) => setColumn(field, event.target.value)}>
                  {field !== 'name' && <option value={NOT_IN_FILE}>Not in this file</option>}
                  {preview.headers.map((header, i) => (
                    <option key={i} value={i}>
                      {header || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
      </section>

      <section aria-labelledby="custom-list-about">
        <h3 id="custom-list-about">About this list</h3>
        <div className="form-grid">
          <Field path="listName" label="List name" error={shown.listName} required>
            {(control) => <input {...control} type="text" value={listName} onChange={change('listName', setListName)} />}
          </Field>
          <Field path="publisher" label="Publisher" hint="Who keeps the list, e.g. your compliance team." error={shown.publisher} required>
            {(control) => <input {...control} type="text" value={publisher} onChange={change('publisher', setPublisher)} />}
          </Field>
          <Field path="asOf" label="As of" hint="The date of the data in the file, used to tell when it is stale." error={shown.asOf} required>
            {(control) => <input {...control} type="date" value={asOf} onChange={change('asOf', setAsOf)} />}
          </Field>
        </div>
      </section>
    </form>
  );
}
