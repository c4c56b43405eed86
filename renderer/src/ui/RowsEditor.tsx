import { useEffect, useRef } from 'react';
import { FieldError, fieldId } from './Field';
import { Icon } from './Icon';

/** One control of a row: where its value lives in the row, and its path and label in the contract. */
interface Part<R, V extends string> {
  /** The path segment after "field.N" ("name", "kind", "scheme", "value"). */
  sub: string;
  /** The accessible label of row n (1-based), e.g. "Other name 1". */
  label: (n: number) => string;
  get: (row: R) => V;
  set: (row: R, value: V) => R;
}

/**
 * A list of short rows, each a text box and a choice (other names with their kind, identifiers with their scheme),
 * with Add and Remove. Errors come by contract path: "field.N.sub" under its control, "field.N" (the row as a
 * whole) under the text box, "field" under the Add button. Adding moves the focus into the new row and removing
 * moves it to Add, so the list is worked from the keyboard without hunting for the next control.
 */
export function RowsEditor<R extends { key: number }, C extends string>({
  field,
  legend,
  hint,
  rows,
  onChange,
  errors,
  blank,
  text,
  choice,
  choiceFirst = false,
  addLabel,
  removeLabel,
  className,
}: {
  field: string;
  legend: string;
  hint: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  errors: Record<string, string>;
  /** A new, empty row with the given key. */
  blank: (key: number) => R;
  text: Part<R, string> & { placeholder: string };
  choice: Part<R, C> & { options: readonly C[]; optionLabel: (option: C) => string };
  /** Shows the choice before the text box (an identifier's scheme says how to read its value). */
  choiceFirst?: boolean;
  /** "Add a name" / "Add another name". */
  addLabel: (another: boolean) => string;
  /** The Remove button's label for row n and its text. */
  removeLabel: (n: number, value: string) => string;
  className?: string;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'new-row' | 'add' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'new-row') listRef.current?.querySelector<HTMLElement>('li:last-child input, li:last-child select')?.focus();
    else if (focusNext.current === 'add') addRef.current?.focus();
    focusNext.current = null;
  }, [rows.length]);

  const update = (key: number, change: (row: R) => R) => onChange(rows.map((r) => (r.key === key ? change(r) : r)));
  const nextKey = () => Math.max(0, ...rows.map((r) => r.key)) + 1;

  return (
    <fieldset className={`field rows-editor${className ? ` ${className}` : ''}${errors[field] ? ' has-error' : ''}`}>
      <legend className="field-label">{legend}</legend>
      <p className="field-hint">{hint}</p>
      {rows.length > 0 && (
        <ul ref={listRef} className={`rows-editor-rows${choiceFirst ? ' choice-first' : ''}`}>
          {rows.map((row, i) => {
            const textPath = `${field}.${i}.${text.sub}`;
            const choicePath = `${field}.${i}.${choice.sub}`;
            const textError = errors[textPath] ?? errors[`${field}.${i}`];
            const choiceError = errors[choicePath];
            const textId = fieldId(textPath);
            const choiceId = fieldId(choicePath);
            const textBox = (
              <div key="text" className={`field${textError ? ' has-error' : ''}`}>
                <label className="visually-hidden" htmlFor={textId}>
                  {text.label(i + 1)}
                </label>
                <input
                  id={textId}
                  // The error summary's link for the whole row ("identifiers.2") lands here.
                  data-focus-for={`${field}.${i}`}
                  type="text"
                  value={text.get(row)}
                  placeholder={text.placeholder}
                  aria-invalid={Boolean(textError)}
                  aria-describedby={textError ? `${textId}-error` : undefined}
                  onChange={(event) => update(row.key, (r) => text.set(r, event.target.value))}
                />
                <FieldError id={`${textId}-error`} message={textError} />
              </div>
            );
            const select = (
              <div key="choice" className={`field${choiceError ? ' has-error' : ''}`}>
                <label className="visually-hidden" htmlFor={choiceId}>
                  {choice.label(i + 1)}
                </label>
                <select
                  id={choiceId}
                  value={choice.get(row)}
                  aria-invalid={Boolean(choiceError)}
                  onChange={(event) => update(row.key, (r) => choice.set(r, event.target.value as C))}
                >
                  {choice.options.map((option) => (
                    <option key={option} value={option}>
                      {choice.optionLabel(option)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${choiceId}-error`} message={choiceError} />
              </div>
            );
            return (
              <li key={row.key} className="rows-editor-row">
                {choiceFirst ? [select, textBox] : [textBox, select]}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={removeLabel(i + 1, text.get(row))}
                  onClick={() => {
                    focusNext.current = 'add';
                    onChange(rows.filter((r) => r.key !== row.key));
                  }}
                >
                  <Icon name="trash" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        ref={addRef}
        type="button"
        id={fieldId(field)}
        className="btn btn-small btn-ghost"
        onClick={() => {
          focusNext.current = 'new-row';
          onChange([...rows, blank(nextKey())]);
        }}
      >
        <Icon name="plus" size={14} />
        {addLabel(rows.length > 0)}
      </button>
      <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
    </fieldset>
  );
}
