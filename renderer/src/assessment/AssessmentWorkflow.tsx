import { type FormEvent, useState } from 'react';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { aYearFromToday, type Assessment, type AssessmentStatus, STATUS_LABELS } from './assessment';
import { formatDate, formatDateTime, todayIso } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/**
 * Where the assessment stands (draft, in review, approved), who prepared it, who approved it and when it is due again,
 * and the next steps: Send for review, Approve (with a re-assessment date; the approver is you), Back to draft. When
 * you may not approve it (your role, or four eyes: you prepared it), the core's reason shows instead of the button.
 */
export function AssessmentWorkflow({ assessment, approvalRefusal }: { assessment: Assessment; approvalRefusal: string | null }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [approving, setApproving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { status, approver, approvedAt, reassessDue, overdue, preparedBy } = assessment;

  const move = async (next: AssessmentStatus, due: string | null, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('assessment.setStatus', { vendorId: assessment.vendorId, status: next, reassessDue: due });
      toast({ tone: 'success', message: done });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`assessment-status assessment-status-${status.replace(' ', '-')}`}>
      <div className="assessment-status-text">
        <p>
          Status <span className={`badge badge-assessment-${status.replace(' ', '-')}`}>{STATUS_LABELS[status]}</span>
          {status === 'approved' && approver && (
            <span>
              {' '}
              by <strong>{approver}</strong>
              {approvedAt && ` on ${formatDateTime(approvedAt)}`}
            </span>
          )}
        </p>
        <p className={overdue ? 'reassess-overdue' : 'muted'}>
          {reassessDue ? (
            <>
              Re-assessment due {formatDate(reassessDue)}
              {overdue && <strong> — overdue</strong>}
            </>
          ) : (
            'No re-assessment date yet: it is set on approval.'
          )}
        </p>
        {preparedBy.length > 0 && (
          <p className="muted">
            Prepared by {preparedBy.join(', ')}: {preparedBy.length === 1 ? 'they' : 'each of them'} answered, verified or changed its criteria.
          </p>
        )}
        {status === 'approved' && <p className="muted">Changing an answer or attaching evidence withdraws the approval.</p>}
        {status === 'in review' && approvalRefusal && (
          <p className="approval-refusal" role="note">
            {approvalRefusal}
          </p>
        )}
        {error && <p className="field-error">{error}</p>}
      </div>
      <div className="assessment-status-actions">
        {busy && <Spinner label="Saving…" />}
        {status === 'draft' && (
          <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => void move('in review', reassessDue, 'Sent for review')}>
            Send for review
          </button>
        )}
        {status === 'in review' && !approvalRefusal && (
          <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => setApproving(true)}>
            Approve…
          </button>
        )}
        {status !== 'draft' && (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void move('draft', reassessDue, 'Back to draft')}>
            Back to draft
          </button>
        )}
      </div>
      {approving && (
        <ApproveDialog
          vendorId={assessment.vendorId}
          initialDue={reassessDue && !overdue ? reassessDue : aYearFromToday()}
          onClose={() => setApproving(false)}
          onApproved={() => setApproving(false)}
        />
      )}
    </div>
  );
}

function ApproveDialog({ vendorId, initialDue, onClose, onApproved }: { vendorId: string; initialDue: string; onClose: () => void; onApproved: () => void }) {
  const { data: info } = useQuery(read('app.info', {}));
  const toast = useToast();
  const [due, setDue] = useState(initialDue);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (due === '') {
      setError('Set the date by which the vendor must be assessed again');
      return;
    }
    if (due <= todayIso()) {
      setError('Choose a date after today: a re-assessment due today or earlier would be overdue at once');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const approved = await call('assessment.setStatus', { vendorId, status: 'approved', reassessDue: due });
      toast({ tone: 'success', message: `Approved; re-assess by ${formatDate(approved.reassessDue)}` });
      onApproved();
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.reassessDue ?? e.message) : errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="Approve the assessment"
      onClose={onClose}
      closable={!saving}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" form="approve-form" className="btn btn-primary" disabled={saving}>
            {saving && <Spinner label="Approving…" />}
            Approve
          </button>
        </>
      }
    >
      <form id="approve-form" className="approve-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          You approve as <strong>{info?.user ?? 'the current user'}</strong>. Your name and the time are kept with the assessment and in the
          audit log.
        </p>
        <Field path="reassessDue" label="Re-assess by" hint="When this vendor must be assessed again. Overdue dates show on the dashboard." error={error} required>
          {(control) => <input {...control} type="date" value={due} min={todayIso()} autoFocus onChange={(e) => setDue(e.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}
