import { type FormEvent, useState } from 'react';
import { type Allegation, ALLEGATION_STATUSES, CLAIM_CATEGORIES, similarAllegations, type Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import {
  type AllegationDraft,
  type AllegationStatus,
  allegationInput,
  type ClaimCategory,
  CREDIBILITY_LABELS,
  draftFromAllegation,
  newAllegationDraft,
  subjectChoices,
} from './allegations';
import { SourceFields, sourceErrors } from './SourceForm';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Field, FieldError, fieldId } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { VisibleText } from '../ui/VisibleText';

/** The first error about a list or any of its items ("claims", "claims.0.text"). */
function errorUnder(errors: Record<string, string>, field: string): string | undefined {
  const path = Object.keys(errors).find((p) => p === field || p.startsWith(`${field}.`));
  return path === undefined ? undefined : errors[path];
}

/**
 * Records a new allegation or edits one, in a dialog. The core checks every field; its messages appear under
 * the fields. Changing the status asks for the date it took effect, which goes into the status history.
 */
export function AllegationForm({
  vendor,
  editing,
  recorded = [],
  onClose,
  onSaved,
}: {
  vendor: Vendor;
  editing: Allegation | null;
  /** The allegations already reaching this vendor: a new report of one of their events is offered as its source. */
  recorded?: readonly Allegation[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const toast = useToast();
  const [draft, setDraft] = useState<AllegationDraft>(() => (editing ? draftFromAllegation(editing) : newAllegationDraft(vendor)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const statusChanged = editing === null || draft.status !== editing.status;

  const set = <K extends keyof AllegationDraft>(key: K, value: AllegationDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // An edited field's message is out of date: drop it (and its items' messages, for the claims).
    setErrors((found) => Object.fromEntries(Object.entries(found).filter(([path]) => path !== key && !path.startsWith(`${key}.`))));
  };
  const setClaim = (index: number, change: Partial<AllegationDraft['claims'][number]>) =>
    set('claims', draft.claims.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const input = allegationInput(draft, editing === null ? 'new' : statusChanged ? 'changed' : 'unchanged');
      const saved = editing ? await call('allegations.update', { id: editing.id, allegation: input }) : await call('allegations.create', input);
      toast({ tone: 'success', message: editing ? `Saved the allegation "${saved.sourceTitle}"` : `Recorded the allegation "${saved.sourceTitle}"` });
      onSaved();
    } catch (e) {
      setErrors(e instanceof ApiError ? e.details : {});
      setFormError(errorMessage(e));
      setSaving(false);
    }
  };

  const subjects = subjectChoices(vendor, draft.subjectName);
  const sameEvent = editing === null && draft.sourceTitle.trim() !== '' ? similarAllegations(draft, recorded).slice(0, 3) : [];

  /** Records the report as a further source of `target` instead of a new allegation; its claims go in as what it shows. */
  const attach = async (target: Allegation) => {
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const evidence = draft.claims.map((c) => c.text.trim()).filter(Boolean).join(' ') || null;
      await call('allegations.addSource', {
        allegationId: target.id,
        source: { sourceTitle: draft.sourceTitle, publisher: draft.publisher, sourceType: draft.sourceType, url: draft.url.trim() || null, publishedAt: draft.publishedAt, evidence },
      });
      toast({ tone: 'success', message: `Attached "${draft.sourceTitle}" as another source to "${target.sourceTitle}"` });
      onSaved();
    } catch (e) {
      setErrors(sourceErrors(e));
      setFormError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={editing ? 'Edit the allegation' : 'Record an allegation'}
      onClose={onClose}
      closable={!saving}
      wide
      footer={
        <>
          <p className="footer-hint">An allegation is a claim, not a fact: it counts by its source, status, age and your credibility rating.</p>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" form="allegation-form" className="btn btn-primary" disabled={saving}>
            {saving && <Spinner label="Saving…" />}
            {editing ? 'Save changes' : 'Record allegation'}
          </button>
        </>
      }
    >
      <form id="allegation-form" className="allegation-form" onSubmit={(e) => void submit(e)} noValidate>
        {formError && (
          <Alert tone="error" title="The allegation was not saved">
            {formError}
          </Alert>
        )}

        <fieldset className="field">
          <legend className="field-label">Who does the source accuse?</legend>
          <div className="radio-group">
            {subjects.map((s) => (
              <label key={s.name} className="radio">
                <input type="radio" name="allegation-subject" checked={draft.subjectName === s.name} onChange={() => set('subjectName', s.name)} />
                <span>
                  <strong>
                    <VisibleText text={s.name} />
                  </strong>{' '}
                  <span className="muted">· {s.label}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${fieldId('subjectName')}-error`} message={errors.subjectName} />
        </fieldset>

        <SourceFields draft={draft} errors={errors} set={set} />

        {sameEvent.length > 0 && (
          <Alert tone="info" title="This may be another report of an event already recorded">
            <p>Several reports of one event are one allegation with several sources: an independent publisher corroborates it, a repeat does not.</p>
            <ul className="plain-list same-event">
              {sameEvent.map((s) => (
                <li key={s.allegation.id}>
                  <button type="button" className="btn btn-small" onClick={() => void attach(s.allegation)} disabled={saving}>
                    Attach as another source to: {s.allegation.sourceTitle}
                  </button>{' '}
                  <span className="muted">({s.why})</span>
                </li>
              ))}
            </ul>
          </Alert>
        )}

        <fieldset className="field claims-editor">
          <legend className="field-label">
            Claims <span className="required">(at least one)</span>
          </legend>
          <p className="field-hint">What the source alleges, one claim per row, each with its category.</p>
          <ol className="claims-rows">
            {draft.claims.map((claim, i) => (
              // Claims have no identity of their own; rows are edited in place and removed by position.
              <li key={i} className="claim-row">
                <label>
                  <span className="visually-hidden">Claim {i + 1} category</span>
                  <select value={claim.category} onChange={(e) => setClaim(i, { category: e.target.value as ClaimCategory })}>
                    {CLAIM_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span className="visually-hidden">Claim {i + 1}</span>
                  <textarea
                    rows={2}
                    value={claim.text}
                    aria-invalid={Boolean(errors[`claims.${i}.text`])}
                    onChange={(e) => setClaim(i, { text: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove claim ${i + 1}`}
                  disabled={draft.claims.length === 1}
                  onClick={() => set('claims', draft.claims.filter((_, j) => j !== i))}
                >
                  <Icon name="x" />
                </button>
              </li>
            ))}
          </ol>
          <FieldError id={`${fieldId('claims')}-error`} message={errorUnder(errors, 'claims')} />
          <button type="button" className="btn btn-small" onClick={() => set('claims', [...draft.claims, { category: 'other', text: '' }])}>
            <Icon name="plus" />
            Add a claim
          </button>
        </fieldset>

        <div className="form-grid">
          <Field path="status" label="Status" error={errors.status} required>
            {(control) => (
              <select {...control} value={draft.status} onChange={(e) => set('status', e.target.value as AllegationStatus)}>
                {ALLEGATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {statusChanged ? (
            <Field
              path="statusDate"
              label={editing ? 'New status since' : 'Status since'}
              hint={editing ? 'The date the new status took effect; kept in the status history.' : 'The date the status took effect; empty means the publication date.'}
              error={errors.statusDate}
              required={editing !== null}
            >
              {(control) => <input {...control} type="date" value={draft.statusDate} onChange={(e) => set('statusDate', e.target.value)} />}
            </Field>
          ) : (
            <p className="field-hint status-unchanged">Changing the status adds it, with its date, to the status history.</p>
          )}
          <Field path="vendorResponse" label="Vendor’s response" hint="What the company said, if anything." error={errors.vendorResponse} className="span-2">
            {(control) => <textarea {...control} rows={2} value={draft.vendorResponse} onChange={(e) => set('vendorResponse', e.target.value)} />}
          </Field>
        </div>

        <fieldset className="field">
          <legend className="field-label">
            Credibility <span className="required">(required)</span>
          </legend>
          <p className="field-hint">Your rating of the source and its evidence, from 1 (very weak) to 5 (very strong). The score weighs the allegation by it.</p>
          <div className="credibility-options">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="radio credibility-option">
                <input type="radio" name="allegation-credibility" checked={draft.credibility === n} onChange={() => set('credibility', n)} />
                <span>
                  {n} · {CREDIBILITY_LABELS[n]}
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${fieldId('credibility')}-error`} message={errors.credibility} />
        </fieldset>
        <Field path="credibilityRationale" label="Why this rating" hint="For the auditor: what makes the source strong or weak." error={errors.credibilityRationale} required>
          {(control) => <textarea {...control} rows={2} value={draft.credibilityRationale} onChange={(e) => set('credibilityRationale', e.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}
