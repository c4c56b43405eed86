import { type FormEvent, useState } from 'react';
import type { ScreeningHit } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { formatDateTime } from '../lib/format';
import type { HitDecision } from '../../../electron/core/contract';
import { DECISION_LABELS } from './screening';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

type Verdict = 'confirmed' | 'dismissed';

const VERDICTS: Record<Verdict, { button: string; question: string; submit: string; done: string }> = {
  confirmed: {
    button: 'Confirm as true match…',
    question: 'Why is this the same company?',
    submit: 'Confirm match',
    done: 'Hit confirmed as a true match',
  },
  dismissed: {
    button: 'Dismiss as false positive…',
    question: 'Why is this a different company?',
    submit: 'Dismiss hit',
    done: 'Hit dismissed as a false positive',
  },
};

/** A match on a list whose hits are a hard stop, under four eyes: a dismissal is proposed, and a second reviewer agrees. */
const SECOND_REVIEW: Record<Verdict, { button: string; submit: string; done: string }> = {
  confirmed: VERDICTS.confirmed,
  dismissed: { button: 'Propose dismissal…', submit: 'Propose dismissal', done: 'Dismissal proposed: a second reviewer must agree' },
};

/** Agreeing with another's proposal, or not. */
const ON_PROPOSAL: Record<Verdict, { button: string; submit: string; done: string }> = {
  confirmed: { button: 'Decline: confirm as true match…', submit: 'Confirm match', done: 'Hit confirmed as a true match; the proposed dismissal is declined' },
  dismissed: { button: 'Agree: dismiss…', submit: 'Dismiss hit', done: 'Hit dismissed as a false positive, with the second reviewer’s agreement' },
};

/**
 * An analyst's decision on a hit: confirm or dismiss, each with a reason that goes into the audit log, or the decision
 * already taken, with who took it and when, and Reopen. Dismissing a match on a blocking list under four eyes is a
 * proposal that another reviewer agrees with (or declines) before the hit stops counting: the card says so, and the
 * core's reason shows when the one asking may not be that reviewer.
 */
export function HitReview({ hit, readOnly = false }: { hit: ScreeningHit; readOnly?: boolean }) {
  const toast = useToast();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const { decision, reviewer, decidedAt, proposal, needsSecondReviewer } = hit.review;
  const pending = decision === 'open' && proposal !== null;
  const texts = pending ? ON_PROPOSAL : needsSecondReviewer ? SECOND_REVIEW : VERDICTS;

  const review = async (next: HitDecision, text: string, done: string) => {
    setSaving(true);
    setError(undefined);
    try {
      await call('screening.review', { hitId: hit.id, decision: next, reason: text });
      setVerdict(null);
      setReason('');
      toast({ tone: 'success', message: done });
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.reason ?? e.message) : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  // A reason written for one verdict is not carried to the other.
  const cancel = () => {
    setVerdict(null);
    setReason('');
    setError(undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict) return;
    if (reason.trim() === '') {
      setError('Say why: the reason is kept in the audit log');
      return;
    }
    void review(verdict, reason.trim(), texts[verdict].done);
  };

  if (decision !== 'open') {
    return (
      <div className={`hit-decision hit-decision-${decision}`}>
        <Icon name={decision === 'confirmed' ? 'alert' : 'check'} />
        <div className="hit-decision-body">
          <p>
            <strong>{DECISION_LABELS[decision]}</strong>
            {reviewer && ` by ${reviewer}`}
            {decidedAt && ` on ${formatDateTime(decidedAt)}`}
            {decision === 'dismissed' && proposal && `, agreeing with ${proposal.by}’s proposal`}
          </p>
          {hit.review.reason && <p className="hit-decision-reason">{hit.review.reason}</p>}
          {error && <p className="field-error">{error}</p>}
        </div>
        {!readOnly && (
          <button
            type="button"
            className="btn btn-small"
            disabled={saving}
            onClick={() => void review('open', '', 'Hit reopened: it needs a decision again')}
          >
            {saving && <Spinner label="Reopening…" />}
            Reopen
          </button>
        )}
      </div>
    );
  }

  const proposed = pending && (
    <div className="hit-decision hit-decision-proposed">
      <Icon name="info" />
      <div className="hit-decision-body">
        <p>
          <strong>Dismissal proposed — needs a second reviewer</strong> · by {proposal.by} on {formatDateTime(proposal.at)}
        </p>
        <p className="hit-decision-reason">{proposal.reason}</p>
        <p className="muted">The hit still counts until another reviewer agrees. A reviewer who proposed it cannot agree with themselves.</p>
        {!verdict && error && <p className="field-error">{error}</p>}
      </div>
      {!readOnly && (
        <button type="button" className="btn btn-small" disabled={saving} onClick={() => void review('open', '', 'Proposed dismissal withdrawn')}>
          Withdraw
        </button>
      )}
    </div>
  );

  if (readOnly) return proposed || <p className="muted">{DECISION_LABELS.open}.</p>;

  if (!verdict) {
    return (
      <>
        {proposed}
        <div className="hit-actions">
          <span className="muted">
            {pending ? 'Do you agree it is a different company?' : 'Is this the same company?'}
            {needsSecondReviewer && !pending && ' A dismissal of a match on this list needs a second reviewer (four eyes).'}
          </span>
          {(Object.keys(texts) as Verdict[]).map((v) => (
            <button key={v} type="button" className="btn btn-small" onClick={() => setVerdict(v)}>
              {texts[v].button}
            </button>
          ))}
        </div>
      </>
    );
  }

  return (
    <form className="hit-review-form" onSubmit={submit} noValidate>
      <Field
        path={`hit-reason-${hit.id}`}
        label={VERDICTS[verdict].question}
        hint="Kept in the audit log with your name and the time."
        error={error}
        required
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={reason}
            autoFocus
            onChange={(event) => {
              setReason(event.target.value);
              setError(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                cancel();
              }
            }}
          />
        )}
      </Field>
      <div className="hit-actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving && <Spinner label="Saving…" />}
          {texts[verdict].submit}
        </button>
        <button type="button" className="btn" onClick={cancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
