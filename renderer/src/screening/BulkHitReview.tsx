import { type FormEvent, useId, useState } from 'react';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { plural } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

type Verdict = 'confirmed' | 'dismissed';

/** Which hits one decision goes to: those ticked, or every vendor's undecided hits on one list entry. */
export type BulkTarget = { hitIds: string[] } | { entry: { listKey: string; entryId: string; entryName: string } };

/**
 * One decision and one reason for several hits. The core reviews each hit as a single review would (its own audit
 * event; a blocking match under four eyes becomes a proposal) and applies all or none: when any hit is refused, the
 * dialog lists each with why, and nothing has changed.
 */
export function BulkHitReview({ target, count, title, onClose }: { target: BulkTarget; count: number; title?: string; onClose: (done: boolean) => void }) {
  const toast = useToast();
  const [verdict, setVerdict] = useState<Verdict>('dismissed');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const reasonId = useId();
  const what = 'entry' in target ? `every vendor’s open hit on ${target.entry.entryName} (${plural(count, 'hit')})` : plural(count, 'selected hit');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Say why: the reason is kept in the audit log');
      return;
    }
    setSaving(true);
    setError(null);
    setRefused([]);
    try {
      const input = 'entry' in target ? { entry: { listKey: target.entry.listKey, entryId: target.entry.entryId } } : { hitIds: target.hitIds };
      const { hits } = await call('screening.reviewMany', { ...input, decision: verdict, reason: reason.trim() });
      const proposed = hits.filter((h) => verdict === 'dismissed' && h.review.decision !== 'dismissed').length;
      const done = hits.length - proposed;
      const verb = verdict === 'confirmed' ? 'confirmed as true matches' : 'dismissed as false positives';
      toast({
        tone: 'success',
        message: `${plural(done, 'hit')} ${verb}${proposed > 0 ? `; ${plural(proposed, 'dismissal')} proposed, waiting for a second reviewer` : ''}`,
      });
      onClose(true);
    } catch (e) {
      setError(e instanceof ApiError && e.details.reason ? e.details.reason : errorMessage(e));
      if (e instanceof ApiError && e.code === 'forbidden') setRefused(Object.values(e.details));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={title ?? `Review ${what}`}
      onClose={() => onClose(false)}
      closable={!saving}
      footer={
        <>
          <button type="submit" form="bulk-review-form" className="btn btn-primary" disabled={saving}>
            {saving && <Spinner label="Saving…" />}
            {verdict === 'confirmed' ? `Confirm ${plural(count, 'hit')}` : `Dismiss ${plural(count, 'hit')}`}
          </button>
          <button type="button" className="btn" onClick={() => onClose(false)} disabled={saving}>
            Cancel
          </button>
        </>
      }
    >
      <form id="bulk-review-form" className="bulk-review-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>Decision for all of them</legend>
          <label className="radio">
            <input type="radio" name="bulk-verdict" checked={verdict === 'dismissed'} onChange={() => setVerdict('dismissed')} />
            Dismiss as false positives (different companies)
          </label>
          <label className="radio">
            <input type="radio" name="bulk-verdict" checked={verdict === 'confirmed'} onChange={() => setVerdict('confirmed')} />
            Confirm as true matches (the same company)
          </label>
        </fieldset>
        <label htmlFor={reasonId}>Reason</label>
        <textarea id={reasonId} rows={3} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} aria-describedby={`${reasonId}-hint`} />
        <p id={`${reasonId}-hint`} className="muted">
          Kept in the audit log for each hit, with your name and the time. A match on a blocking list needs a second reviewer to agree before it is dismissed.
        </p>
        {error && (
          <Alert tone="error" title={refused.length > 0 ? 'Nothing was changed' : undefined}>
            <p>{refused.length > 0 ? 'These hits cannot be reviewed this way; take them out of the selection or review them one by one:' : error}</p>
            {refused.length > 0 && (
              <ul className="refused-hits">
                {refused.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </form>
    </Dialog>
  );
}
