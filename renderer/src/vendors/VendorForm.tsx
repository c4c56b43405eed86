import { type FormEvent, useEffect, useRef, useState } from 'react';
import { CRITICALITY, DATA_SHARED, SERVICES, type VendorInput } from '../../../electron/core/contract';
import { ApiError, errorMessage } from '../api-error';
import { hasCommandKey, shortcutLabel } from '../lib/keyboard';
import { CRITICALITY_LABELS, type Criticality, labelForPath, VENDOR_FIELD_LABELS } from '../lib/labels';
import { draftToInput, type VendorDraft, vendorErrorPaths } from './vendorDraft';
import type { DataShared } from './vendorList';
import { Alert } from '../ui/Alert';
import { CountrySelect } from '../ui/CountrySelect';
import { CheckboxGroup, Field, fieldId } from '../ui/Field';
import { IdentifiersEditor } from './IdentifiersEditor';
import { OtherNamesEditor } from './OtherNamesEditor';
import { SimilarVendors } from './SimilarVendors';
import { Spinner } from '../ui/Spinner';
import { TagInput } from '../ui/TagInput';

type TextKey = 'legalName' | 'parentName' | 'website' | 'contractOwner' | 'contractStart' | 'contractEnd' | 'annualSpend';

/** "None" shares nothing, so it cannot sit beside anything else: picking one side clears the other. */
function withExclusiveNone(previous: DataShared[], next: DataShared[]): DataShared[] {
  const addedNone = next.includes('None') && !previous.includes('None');
  if (addedNone) return ['None'];
  return next.length > 1 ? next.filter((d) => d !== 'None') : next;
}

/** The first error in a group of paths ("tags", "tags.2"...), for fields whose items have no control of their own. */
function firstErrorUnder(errors: Record<string, string>, field: string): string | undefined {
  const path = Object.keys(errors).find((p) => p === field || p.startsWith(`${field}.`));
  return path === undefined ? undefined : errors[path];
}

/**
 * Focuses the control of a path, the control standing for a whole row ("identifiers.2" -> that row's value), or
 * the field's when the item has none ("tags.2" -> the tag box).
 */
function focusField(path: string) {
  const field = path.split('.')[0] ?? path;
  (
    document.getElementById(fieldId(path)) ??
    document.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(path)}"]`) ??
    document.getElementById(fieldId(field))
  )?.focus();
}

export function VendorForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  vendorId = null,
}: {
  initial: VendorDraft;
  submitLabel: string;
  /** The vendor being edited (not warned about as its own duplicate); null for a new one. */
  vendorId?: string | null;
  /** Saves; throws ApiError, whose field details are shown under the fields. */
  onSubmit: (input: VendorInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof VendorDraft>(key: K, value: VendorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // Save and cancel from anywhere on the page, but leave dialogs (opened over the page) their own keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (hasCommandKey(event) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        formRef.current?.requestSubmit();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        onCancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const showErrors = (found: Record<string, string>, message: string | null) => {
    setErrors(found);
    setFormError(message);
    // Move to the summary so the keyboard and screen reader user learns what to fix, then can jump to each field.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const result = draftToInput(draft);
    if ('errors' in result) {
      showErrors(result.errors, null);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(result.input);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.details).length > 0) {
        showErrors(vendorErrorPaths(error.details), error.message);
      } else {
        showErrors({}, errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;

  /** A single-line input bound to one of the draft's text properties, labelled as the contract field. */
  const textField = (
    key: TextKey,
    options: {
      type?: 'text' | 'date';
      inputMode?: 'url' | 'decimal';
      placeholder?: string;
      hint?: string;
      required?: boolean;
      autoFocus?: boolean;
      className?: string;
    } = {},
  ) => (
    <Field
      path={key}
      label={VENDOR_FIELD_LABELS[key]}
      error={errors[key]}
      hint={options.hint}
      required={options.required}
      className={options.className}
    >
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          inputMode={options.inputMode}
          placeholder={options.placeholder}
          required={options.required}
          autoFocus={options.autoFocus}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );

  const countryField = (key: 'countryOfIncorporation' | 'countryOfHeadquarters') => (
    <Field path={key} label={VENDOR_FIELD_LABELS[key]} error={errors[key]}>
      {(control) => <CountrySelect {...control} value={draft[key]} onChange={(code) => set(key, code)} />}
    </Field>
  );

  return (
    <form ref={formRef} className="vendor-form" onSubmit={(e) => void submit(e)} noValidate>
      <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
        {(errorCount > 0 || formError) && (
          <Alert
            tone="error"
            title={
              errorCount > 0
                ? `This vendor was not saved: ${errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} attention`
                : 'This vendor was not saved'
            }
          >
            {formError && errorCount === 0 && <p>{formError}</p>}
            {errorCount > 0 && (
              <ul className="error-summary">
                {Object.entries(errors).map(([path, message]) => (
                  <li key={path}>
                    <button type="button" className="link-button" onClick={() => focusField(path)}>
                      {labelForPath(path)}
                    </button>
                    : {message}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>

      <section className="card form-section" aria-labelledby="section-identity">
        <h2 id="section-identity">Company</h2>
        <div className="form-grid">
          {textField('legalName', { required: true, autoFocus: true, className: 'span-2' })}
          <SimilarVendors name={draft.legalName} vendorId={vendorId} />
          <div className="span-2">
            <OtherNamesEditor rows={draft.otherNames} onChange={(rows) => set('otherNames', rows)} errors={errors} />
          </div>
          <div className="span-2">
            <IdentifiersEditor rows={draft.identifiers} onChange={(rows) => set('identifiers', rows)} errors={errors} />
          </div>
          {countryField('countryOfIncorporation')}
          {countryField('countryOfHeadquarters')}
          {textField('parentName', { hint: 'The company that owns or controls this vendor, if any.' })}
          {textField('website', { inputMode: 'url', placeholder: 'https://example.com' })}
        </div>
      </section>

      <section className="card form-section" aria-labelledby="section-relationship">
        <h2 id="section-relationship">What you buy and share</h2>
        <div className="form-grid">
          <CheckboxGroup
            path="services"
            legend={VENDOR_FIELD_LABELS.services}
            options={SERVICES}
            value={draft.services}
            onChange={(value) => set('services', value)}
            error={firstErrorUnder(errors, 'services')}
          />
          <CheckboxGroup
            path="dataShared"
            legend={VENDOR_FIELD_LABELS.dataShared}
            hint={'Choose "None" if the vendor receives no data from you.'}
            options={DATA_SHARED}
            value={draft.dataShared}
            onChange={(value) => set('dataShared', withExclusiveNone(draft.dataShared, value))}
            error={firstErrorUnder(errors, 'dataShared')}
          />
          <Field
            path="criticality"
            label={VENDOR_FIELD_LABELS.criticality}
            error={errors.criticality}
            hint="How badly your business would be hurt if this vendor failed."
          >
            {(control) => (
              <select {...control} value={draft.criticality} onChange={(e) => set('criticality', e.target.value as Criticality | '')}>
                <option value="">Not set</option>
                {CRITICALITY.map((c) => (
                  <option key={c} value={c}>
                    {CRITICALITY_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section className="card form-section" aria-labelledby="section-contract">
        <h2 id="section-contract">Contract</h2>
        <div className="form-grid">
          {textField('contractOwner', { hint: 'The person in your organisation responsible for this vendor.' })}
          {textField('annualSpend', { inputMode: 'decimal', placeholder: '0' })}
          {textField('contractStart', { type: 'date' })}
          {textField('contractEnd', { type: 'date' })}
        </div>
      </section>

      <section className="card form-section" aria-labelledby="section-notes">
        <h2 id="section-notes">Tags and notes</h2>
        <div className="form-grid">
          <Field
            path="tags"
            label={VENDOR_FIELD_LABELS.tags}
            error={firstErrorUnder(errors, 'tags')}
            hint="Press Enter or type a comma after each tag."
            className="span-2"
          >
            {(control) => <TagInput {...control} value={draft.tags} onChange={(tags) => set('tags', tags)} />}
          </Field>
          <Field path="notes" label={VENDOR_FIELD_LABELS.notes} error={errors.notes} className="span-2">
            {(control) => <textarea {...control} rows={5} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
        </div>
      </section>

      <div className="form-actions">
        <span className="muted form-actions-hint">
          {shortcutLabel('S')} to save · Esc to cancel
        </span>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving} title={`${submitLabel} (${shortcutLabel('S')})`}>
          {saving && <Spinner label="Saving…" />}
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
