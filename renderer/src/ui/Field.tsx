import type { ReactNode } from 'react';

/** Props every control in a Field receives, tying it to its label, hint and error for screen readers. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** The id of a field's control, from its path in the contract ("legalName", "otherNames.0.name"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

/** A labelled control with an optional hint and the error message that belongs to it. */
export function Field({
  path,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = fieldId(path);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/** A group of checkboxes (services, data shared); the first box carries the field id for error links. */
export function CheckboxGroup<T extends string>({
  path,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  path: string;
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
  hint?: string;
}) {
  const id = fieldId(path);
  return (
    <fieldset
      className={`field checkbox-group${error ? ' has-error' : ''}`}
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="checkbox-options">
        {options.map((option, i) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              id={i === 0 ? id : undefined}
              checked={value.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, option] : value.filter((v) => v !== option))
              }
            />
            <span>{option}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
