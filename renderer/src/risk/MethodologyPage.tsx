import { type FormEvent, useState } from 'react';
import type { Output } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { ParameterValue } from './ParameterTable';
import { PageTitle } from '../ui/PageTitle';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';

type Methodology = Output<'methodology.get'>['methodology'];
type Parameters = Methodology['parameters'];

/** The parameter groups, in plain words; a full record, so a group added to the methodology needs its words here. */
const GROUPS: Record<keyof Parameters, { title: string; about: string }> = {
  designations: {
    title: 'Designations',
    about: 'Points per kind of list, then multipliers for the review decision, the route (own name or parent) and whether the entry is still listed.',
  },
  allegations: {
    title: 'Allegations',
    about:
      'Base points, weighted by the strongest source, status, the gravest claim, the analyst’s credibility rating and age; raised by independent publishers reporting it too (corroboration, from version 2); capped in total.',
  },
  jurisdiction: { title: 'Jurisdiction', about: 'Points for the country of incorporation or headquarters (the higher counts), with the law behind them.' },
  exposure: { title: 'Exposure', about: 'How sensitive the data shared is and how critical the service: the factor that scales all vendor risk.' },
  controls: { title: 'Control gaps', about: 'Points per assessment criterion, what unverified answers keep, and how audit age counts.' },
  findings: {
    title: 'Findings',
    about: 'Points an open finding adds by severity, the share one in remediation keeps, and the multiplier once overdue. Not in a version: findings add none.',
  },
  unassessed: {
    title: 'Not yet assessed',
    about: 'Whether unanswered criteria count in the score at their full weight (version 1) or apart from the known risk the tier follows (version 2).',
  },
  tiers: { title: 'Tiers', about: 'The score at or above which each tier starts.' },
  knockouts: { title: 'Knock-outs', about: 'Confirmed designations that hold the tier at a minimum, whatever the score.' },
};

/** The scoring methodology in force, its versions, and an editor that saves a new, audited version. */
export function MethodologyPage() {
  const loaded = useQuery(read('methodology.get', {}));
  const data = loaded.data;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Methodology">Scoring methodology</PageTitle>
          <p className="page-subtitle">How Vetter turns designations, allegations, jurisdiction, exposure and controls into a score and a tier.</p>
        </div>
      </header>

      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!data && !loaded.error && (
        <div className="page-loading">
          <Spinner label="Loading the methodology…" visibleLabel />
        </div>
      )}

      {data && (
        <>
          <section className="card" aria-labelledby="methodology-current">
            <div className="card-header">
              <h2 id="methodology-current">In force: {data.methodology.name}</h2>
              <span className="badge badge-version">
                {data.methodology.id} version {data.methodology.version}
              </span>
            </div>
            <p className="methodology-description">{data.methodology.description}</p>
            <p className="muted">
              Written for criteria catalog {data.methodology.catalog.id} version {data.methodology.catalog.version}. Every score names the
              methodology version that produced it; a new version changes later scores, never earlier ones.
            </p>
            <div className="parameter-groups">
              {(Object.keys(GROUPS) as (keyof Parameters)[]).map((key) => (
                <details key={key} className="parameter-group">
                  <summary>
                    <span className="parameter-group-title">{GROUPS[key].title}</span>
                    <span className="muted">{GROUPS[key].about}</span>
                  </summary>
                  <div className="parameter-group-body">
                    {data.methodology.parameters[key] === undefined ? (
                      <p className="muted">Not in this version.</p>
                    ) : (
                      <ParameterValue value={data.methodology.parameters[key]} />
                    )}
                  </div>
                </details>
              ))}
            </div>
          </section>

          <section className="card" aria-labelledby="methodology-versions">
            <h2 id="methodology-versions">Versions</h2>
            <table className="data-table">
              <caption className="visually-hidden">Methodology versions</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">What changed</th>
                  <th scope="col">By</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {[...data.versions].reverse().map((v) => (
                  <tr key={v.version}>
                    <td className="nowrap">
                      {v.version}
                      {v.version === data.methodology.version && <span className="badge chip-current">In force</span>}
                    </td>
                    <td>{v.note}</td>
                    <td>{v.createdBy}</td>
                    <td className="nowrap">{v.createdAt ? formatDateTime(v.createdAt) : 'Shipped'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <MethodologyEditor methodology={data.methodology} />
        </>
      )}
    </div>
  );
}

/** The problems the core lists for refused parameters ("a; b; c"), one per line. */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.details.parameters ?? '').split('; ').filter(Boolean);
}

/**
 * Parameters as JSON for advanced users: the core refuses edits that would break the method's guarantees and
 * says why; a saved edit is a new version, with the note, in the audit log.
 */
function MethodologyEditor({ methodology }: { methodology: Methodology }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ form?: string; problems?: string[]; json?: string; note?: string }>({});
  const [saving, setSaving] = useState(false);

  /** Changes a field and drops its message, which no longer applies. */
  const edit = (setter: (value: string) => void, value: string, field: 'json' | 'note') => {
    setter(value);
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const start = () => {
    setText(JSON.stringify(methodology.parameters, null, 2));
    setNote('');
    setErrors({});
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let parameters: unknown;
    try {
      parameters = JSON.parse(text);
    } catch (e) {
      setErrors({ json: `This is not valid JSON: ${e instanceof Error ? e.message : 'it cannot be read'}` });
      return;
    }
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      setErrors({ json: 'The parameters must be one JSON object, { … }, as shown when you started editing.' });
      return;
    }
    if (note.trim() === '') {
      setErrors({ note: 'Say what changed and why: the note is kept with the version and in the audit log' });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const saved = await call('methodology.update', { parameters: parameters as Record<string, unknown>, note: note.trim() });
      toast({ tone: 'success', message: `Saved methodology version ${saved.version}; scores from now on use it` });
      setOpen(false);
    } catch (e) {
      setErrors({ form: errorMessage(e), problems: problemsOf(e), note: e instanceof ApiError ? e.details.note : undefined });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="methodology-edit">
      <div className="card-header">
        <h2 id="methodology-edit">Change the methodology</h2>
        {!open && (
          <button type="button" className="btn btn-small card-header-action" onClick={start}>
            Edit parameters…
          </button>
        )}
      </div>
      <p className="section-hint">
        For advanced users. Saving makes version {methodology.version + 1}: scores from then on use it, stored scores keep their version and
        numbers, and the change is recorded in the audit log with the parameters before and after.
      </p>
      {open && (
        <form className="methodology-form" onSubmit={(e) => void submit(e)} noValidate>
          {errors.form && (
            <Alert tone="error" title={errors.form}>
              {errors.problems && errors.problems.length > 1 && (
                <ul>
                  {errors.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          <Field path="parameters" label="Parameters (JSON)" hint="Change values only; keep every key." error={errors.json}>
            {(control) => <textarea {...control} className="code-editor" rows={24} spellCheck={false} value={text} onChange={(e) => edit(setText, e.target.value, 'json')} />}
          </Field>
          <Field path="note" label="What changed and why" error={errors.note} required>
            {(control) => <input {...control} type="text" value={note} onChange={(e) => edit(setNote, e.target.value, 'note')} />}
          </Field>
          <div className="form-buttons">
            <button type="submit" className="btn btn-primary" disabled={saving}>
              {saving && <Spinner label="Saving…" />}
              Save as version {methodology.version + 1}
            </button>
            <button type="button" className="btn" onClick={() => setOpen(false)} disabled={saving}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
