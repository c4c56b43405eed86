import { type FormEvent, useState } from 'react';
import { type Allegation, type AllegationSourceInput, SOURCE_TYPES } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import type { SourceType } from './allegations';

/** Adds another report of the same event to an allegation: a further source, which the score weighs (#15). */
export function SourceForm({ allegation, onClose }: { allegation: Allegation; onClose: () => void }) {
  const toast = useToast();
  const [draft, setDraft] = useState({ sourceTitle: '', publisher: '', sourceType: 'major press' as SourceType, url: '', publishedAt: '', evidence: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const source: AllegationSourceInput = { ...draft, url: draft.url.trim() || null, evidence: draft.evidence.trim() || null };
      await call('allegations.addSource', { allegationId: allegation.id, source });
      toast({ tone: 'success', message: `Added ${draft.publisher} as a source of "${allegation.sourceTitle}"` });
      onClose();
    } catch (e) {
      setErrors(sourceErrors(e));
      setFormError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="Add a source"
      onClose={onClose}
      closable={!saving}
      footer={
        <>
          <p className="footer-hint">Another publisher reporting the same event corroborates it; the same publisher again does not raise the score.</p>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" form="source-form" className="btn btn-primary" disabled={saving}>
            {saving && <Spinner label="Saving…" />}
            Add source
          </button>
        </>
      }
    >
      <form id="source-form" className="allegation-form" onSubmit={(e) => void submit(e)} noValidate>
        {formError && (
          <Alert tone="error" title="The source was not added">
            {formError}
          </Alert>
        )}
        <p className="muted">Another report of: {allegation.sourceTitle}</p>
        <SourceFields draft={draft} errors={errors} set={set} />
        <Field path="evidence" label="What it shows" hint="A quote, or the document it cites." error={errors.evidence}>
          {(control) => <textarea {...control} rows={2} value={draft.evidence} onChange={(e) => set('evidence', e.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}

interface SourceDraft {
  sourceTitle: string;
  publisher: string;
  sourceType: SourceType;
  url: string;
  publishedAt: string;
}

/** A source's title, publisher, type, date and address: the allegation form's and the source form's. */
/** The core's field problems of a source (`source.publisher`, ...) by the names the source fields carry here. */
export function sourceErrors(e: unknown): Record<string, string> {
  return e instanceof ApiError ? Object.fromEntries(Object.entries(e.details).map(([k, v]) => [k.replace(/^source\./, ''), v])) : {};
}

export function SourceFields<D extends SourceDraft>({ draft, errors, set }: { draft: D; errors: Record<string, string>; set: <K extends keyof D>(key: K, value: D[K]) => void }) {
  return (
    <div className="form-grid">
      <Field path="sourceTitle" label="Source title" hint="The headline, document title or case name." error={errors.sourceTitle} required className="span-2">
        {(control) => <input {...control} type="text" value={draft.sourceTitle} autoFocus onChange={(e) => set('sourceTitle', e.target.value as D['sourceTitle'])} />}
      </Field>
      <Field path="publisher" label="Publisher" hint="Who published it: a newspaper, a ministry, a court, a blog." error={errors.publisher} required>
        {(control) => <input {...control} type="text" value={draft.publisher} onChange={(e) => set('publisher', e.target.value as D['publisher'])} />}
      </Field>
      <Field path="sourceType" label="Source type" error={errors.sourceType} required>
        {(control) => (
          <select {...control} value={draft.sourceType} onChange={(e) => set('sourceType', e.target.value as D['sourceType'])}>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field path="publishedAt" label="Publication date" error={errors.publishedAt} required>
        {(control) => <input {...control} type="date" value={draft.publishedAt} onChange={(e) => set('publishedAt', e.target.value as D['publishedAt'])} />}
      </Field>
      <Field path="url" label="Address (URL)" hint="Kept as text for the record; Vetter never opens it." error={errors.url}>
        {(control) => <input {...control} type="text" inputMode="url" value={draft.url} onChange={(e) => set('url', e.target.value as D['url'])} />}
      </Field>
    </div>
  );
}
