import { useEffect, useRef, useState } from 'react';
import type { ReturnedAnswer } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { type Assessment, answerText, type Criterion } from '../assessment/assessment';
import { formatDateTime, plural } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/**
 * The answers a returned workbook holds, beside the vendor's current answers: each accepted (it becomes the answer,
 * unverified, with the vendor's comment as its note) or dismissed, one by one or all at once.
 */
export function ReturnedAnswers({ vendorId, pending, criteria, assessment }: { vendorId: string; pending: ReturnedAnswer[]; criteria: Criterion[]; assessment: Assessment }) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const decided = useRef(false);
  const first = pending[0]!;

  // A decided row leaves the table: the keyboard goes on from the next one rather than from the top of the page.
  useEffect(() => {
    if (!decided.current || document.activeElement !== document.body) return;
    decided.current = false;
    tableRef.current?.querySelector<HTMLButtonElement>('tbody button')?.focus();
  }, [pending.length]);

  const decide = async (kind: 'accept' | 'dismiss', answers: ReturnedAnswer[], key: string) => {
    setBusy(key);
    setError(null);
    try {
      const input = { vendorId, returnId: first.returnId, criterionIds: answers.map((a) => a.criterionId) };
      if (kind === 'accept') {
        const { accepted } = await call('questionnaires.accept', input);
        toast({ tone: 'success', message: answers.length === 1 ? `Accepted the vendor’s answer to ${answers[0]!.criterionId}` : `Accepted ${plural(accepted, 'answer')} from the vendor` });
      } else {
        await call('questionnaires.dismiss', input);
        toast({ message: `Dismissed the vendor’s answer to ${answers[0]!.criterionId}` });
      }
      decided.current = true;
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="returned-answers" aria-labelledby="returned-answers-title">
      <h3 id="returned-answers-title">Answers from the vendor, waiting for you</h3>
      <p className="section-hint">
        From questionnaire <code>{first.questionnaireId}</code>, file {first.fileName}, imported {formatDateTime(first.importedAt)} by {first.importedBy}.
        Accepting an answer makes it the vendor’s answer, unverified until you check the evidence; the vendor’s comment becomes its note.
      </p>
      {error && (
        <Alert tone="error" title="Nothing was changed">
          <p>{error}</p>
        </Alert>
      )}
      <div className="table-scroll">
        <table className="data-table returned-table" ref={tableRef}>
          <caption className="visually-hidden">The vendor’s answers beside the current answers</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Current answer</th>
              <th scope="col">Vendor’s answer</th>
              <th scope="col">
                <span className="visually-hidden">Decision</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pending.map((a) => {
              const criterion = criteria.find((c) => c.id === a.criterionId);
              const current = assessment.answers[a.criterionId];
              const currentText = current?.value == null || !criterion ? null : answerText(criterion, current.value);
              const vendorText = criterion ? answerText(criterion, a.value) : String(a.value);
              return (
                <tr key={a.criterionId}>
                  <th scope="row">
                    <span className="criterion-id">{a.criterionId}</span> {criterion?.title}
                  </th>
                  <td>
                    {currentText === null ? <span className="muted">Unanswered</span> : currentText}
                    {current?.verified && <span className="badge badge-verified">Verified</span>}
                  </td>
                  <td>
                    <strong>{vendorText}</strong>
                    {currentText === vendorText && <span className="tag-same">Same as now</span>}
                    {a.comment && <p className="returned-comment">“{a.comment}”</p>}
                    {a.evidenceRef && <p className="muted">Evidence: {a.evidenceRef}</p>}
                  </td>
                  <td>
                    <div className="returned-actions">
                      <button
                        type="button"
                        className="btn btn-small btn-primary"
                        disabled={busy !== null}
                        onClick={() => void decide('accept', [a], a.criterionId)}
                        aria-label={`Accept the vendor’s answer to ${a.criterionId}`}
                      >
                        {busy === a.criterionId ? <Spinner label="Accepting…" /> : <Icon name="check" />}
                        Accept
                      </button>
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={busy !== null}
                        onClick={() => void decide('dismiss', [a], `dismiss ${a.criterionId}`)}
                        aria-label={`Dismiss the vendor’s answer to ${a.criterionId}`}
                      >
                        Dismiss
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="returned-footer">
        <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void decide('accept', pending, 'all')}>
          {busy === 'all' ? <Spinner label="Accepting…" /> : <Icon name="check" />}
          Accept all {pending.length}
        </button>
        <span className="muted">Each accepted answer is recorded in the audit log under your name, and the score follows.</span>
      </div>
    </section>
  );
}
