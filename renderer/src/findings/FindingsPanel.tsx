import { type FormEvent, useState } from 'react';
import type { Output } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { formatDate, plural, todayIso } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

type Finding = Output<'findings.list'>['findings'][number];
type EvidenceFile = Output<'assessment.get'>['assessment']['evidence'][string][number];

/** Severities in the tiers' colours: the same rising alarm. */
const SEVERITY_BADGE = { low: 'badge-tier-low', medium: 'badge-tier-moderate', high: 'badge-tier-high', critical: 'badge-tier-critical' } as const;

/** The gaps the assessment found, each followed to remediation or to a risk an approver accepts until a date. */
export function FindingsPanel({ vendorId }: { vendorId: string }) {
  const loaded = useQuery(read('findings.list', { vendorId }));
  // The same read as the assessment's section: the evidence files a finding may rest on.
  const evidence = useQuery(read('assessment.get', { vendorId })).data?.assessment.evidence ?? {};
  const findings = loaded.data?.findings;
  const live = findings?.filter((f) => f.status !== 'resolved') ?? [];
  const resolved = findings?.filter((f) => f.status === 'resolved') ?? [];
  const [accepting, setAccepting] = useState<Finding | null>(null);

  return (
    <section className="card" aria-labelledby="findings-title">
      <div className="card-header">
        <h2 id="findings-title">Findings</h2>
        {findings && <span className="muted">{live.length === 0 ? 'None open' : plural(live.length, 'open finding')}</span>}
      </div>
      <p className="section-hint">
        A criterion answered No or Partly, or Yes with no evidence attached, opens a finding. Give it an owner and a due date; answering Yes with
        evidence resolves it. An approver may accept its risk until a date, at most a year ahead.
      </p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!findings && !loaded.error && <Spinner label="Loading findings…" visibleLabel />}
      {findings && live.length === 0 && (
        <p className="muted">No open findings. Answer the assessment's criteria below: a gap in an answer shows here.</p>
      )}
      {live.length > 0 && (
        <table className="data-table findings-table">
          <caption className="visually-hidden">Open findings</caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Severity</th>
              <th scope="col">Owner, due date, status and notes</th>
            </tr>
          </thead>
          <tbody>
            {live.map((f) => (
              <FindingRow key={`${f.id} ${f.updatedAt}`} finding={f} files={evidence[f.criterionId] ?? []} onAccept={() => setAccepting(f)} />
            ))}
          </tbody>
        </table>
      )}
      {resolved.length > 0 && (
        <details className="findings-resolved">
          <summary>{plural(resolved.length, 'resolved finding')}</summary>
          <ul>
            {resolved.map((f) => (
              <li key={f.id}>
                {f.title} <span className="muted">· resolved {formatDate(f.resolvedAt?.slice(0, 10) ?? null)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {accepting && <AcceptDialog finding={accepting} onClose={() => setAccepting(null)} />}
    </section>
  );
}

function FindingRow({ finding: f, files, onAccept }: { finding: Finding; files: EvidenceFile[]; onAccept: () => void }) {
  const toast = useToast();
  const [owner, setOwner] = useState(f.owner ?? '');
  const [due, setDue] = useState(f.due ?? '');
  const [status, setStatus] = useState(f.status);
  const [notes, setNotes] = useState(f.notes);
  const [evidence, setEvidence] = useState(f.evidence);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const changed = owner !== (f.owner ?? '') || due !== (f.due ?? '') || status !== f.status || notes !== f.notes || evidence.join() !== f.evidence.join();
  const toggle = (id: string) => setEvidence((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      await call('findings.update', { id: f.id, owner: owner.trim() || null, due: due || null, status, notes: notes.trim(), evidence });
      toast({ tone: 'success', message: `Saved finding ${f.id}` });
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <tr>
      <td>
        <strong>{f.title}</strong>
        <div className="small muted">
          {f.id} · criterion {f.criterionId} · opened by {f.openedBy} on {formatDate(f.openedAt.slice(0, 10))}
        </div>
        {f.acceptance && (
          <div className={`small ${f.acceptance.expired ? 'finding-lapsed' : 'muted'}`}>
            {f.acceptance.expired
              ? `Risk acceptance by ${f.acceptance.by} ended ${formatDate(f.acceptance.until)}: open again`
              : `Risk accepted by ${f.acceptance.by} until ${formatDate(f.acceptance.until)}: ${f.acceptance.reason}`}
          </div>
        )}
        {f.overdue && <span className="badge badge-tier-critical">Overdue</span>}
      </td>
      <td>
        <span className={`badge ${SEVERITY_BADGE[f.severity]}`}>{f.severity}</span>
      </td>
      <td>
        <form className="finding-form" onSubmit={(e) => void save(e)} noValidate>
          <label>
            Owner
            <input value={owner} onChange={(e) => setOwner(e.target.value)} aria-label={`Owner of ${f.title}`} placeholder="Who remediates it" />
          </label>
          <label>
            Due
            <input type="date" value={due} onChange={(e) => setDue(e.target.value)} aria-label={`Due date of ${f.title}`} />
          </label>
          <label>
            Status
            <select value={status} onChange={(e) => setStatus(e.target.value as Finding['status'])} aria-label={`Status of ${f.title}`}>
              <option value="open">Open</option>
              <option value="in remediation">In remediation</option>
              <option value="resolved">Resolved</option>
              {f.status === 'risk accepted' && <option value="risk accepted">Risk accepted</option>}
            </select>
          </label>
          <label className="finding-notes">
            Notes
            <input value={notes} onChange={(e) => setNotes(e.target.value)} aria-label={`Notes on ${f.title}`} placeholder="What is being done" />
          </label>
          {files.length > 0 && (
            <fieldset className="finding-evidence">
              <legend>Evidence it rests on</legend>
              {files.map((file) => (
                <label key={file.id}>
                  <input type="checkbox" checked={evidence.includes(file.id)} onChange={() => toggle(file.id)} /> {file.fileName}
                </label>
              ))}
            </fieldset>
          )}
          <div className="finding-actions">
            <button type="submit" className="btn btn-small btn-primary" disabled={!changed || saving}>
              {saving && <Spinner label="Saving…" />}
              Save
            </button>
            {f.status !== 'risk accepted' && (
              <button type="button" className="btn btn-small" onClick={onAccept}>
                Accept risk…
              </button>
            )}
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      </td>
    </tr>
  );
}

function AcceptDialog({ finding: f, onClose }: { finding: Finding; onClose: () => void }) {
  const toast = useToast();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ until?: string; reason?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const refusal = f.acceptRefusal;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { until: until ? undefined : 'Set the date the acceptance ends (at most a year ahead)', reason: reason.trim() ? undefined : 'Say why the risk is accepted' };
    if (problems.until || problems.reason) {
      setErrors(problems);
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const accepted = await call('findings.accept', { id: f.id, until, reason: reason.trim() });
      toast({ tone: 'success', message: `Risk accepted until ${formatDate(accepted.acceptance?.until ?? until)}` });
      onClose();
    } catch (e) {
      setErrors(e instanceof ApiError && e.details.until ? { until: e.details.until } : { form: errorMessage(e) });
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="Accept the risk"
      onClose={onClose}
      closable={!saving}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            {refusal ? 'Close' : 'Cancel'}
          </button>
          {!refusal && (
            <button type="submit" form="accept-risk-form" className="btn btn-primary" disabled={saving}>
              {saving && <Spinner label="Accepting…" />}
              Accept risk
            </button>
          )}
        </>
      }
    >
      <p>
        <strong>{f.title}</strong> ({f.severity})
      </p>
      {refusal ? (
        <Alert tone="warning" title="You cannot accept this risk">
          {refusal}
        </Alert>
      ) : (
        <form id="accept-risk-form" onSubmit={(e) => void submit(e)} noValidate>
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          <Field path="until" label="Accepted until" hint="The finding opens again after this date. At most a year ahead." error={errors.until} required>
            {(control) => <input {...control} type="date" value={until} min={todayIso()} autoFocus onChange={(e) => setUntil(e.target.value)} />}
          </Field>
          <Field path="reason" label="Why the risk is accepted" hint="Kept with the finding, in reports and in the audit log." error={errors.reason} required>
            {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </form>
      )}
    </Dialog>
  );
}
