import { useId, useState } from 'react';
import { criterionApplies } from '../../../electron/core/contract';
import type { Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { type AnswerValue, answerText, type Criterion, type EvidenceFile, FRAMEWORK_LABELS, isBlank, type StoredAnswer, vendorRecordValue } from './assessment';
import { formatDateTime } from '../lib/format';
import { routeHref } from '../lib/router';
import { AnswerControl } from './AnswerControl';
import { Chips } from '../ui/Chips';
import { EvidenceList } from './EvidenceList';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/** Where a criterion sits in the frameworks auditors know, as small chips per framework. */
function FrameworkMappings({ mappings }: { mappings: Criterion['mappings'] }) {
  const entries = (Object.keys(FRAMEWORK_LABELS) as (keyof Criterion['mappings'])[]).filter((k) => mappings[k].length > 0);
  if (entries.length === 0) return null;
  return (
    <dl className="framework-mappings">
      {entries.map((k) => (
        <div key={k} className="framework-mapping">
          <dt title={FRAMEWORK_LABELS[k].full}>{FRAMEWORK_LABELS[k].short}</dt>
          <dd>
            <Chips values={mappings[k]} className="chips-framework" />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One criterion of the assessment: a row with its answer at a glance, which opens to the question, what
 * evidence to expect, the guidance, the framework mappings, the answer, Verified, a note and the evidence files
 * (which belong to the criterion, so they show even before it is answered).
 */
export function CriterionItem({
  criterion,
  vendor,
  answer,
  evidence,
}: {
  criterion: Criterion;
  vendor: Vendor;
  answer: StoredAnswer | undefined;
  evidence: EvidenceFile[];
}) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const fromRecord = criterion.source === 'vendor-record';
  const asked = criterionApplies(criterion, vendor.services);
  const summary = fromRecord
    ? vendorRecordValue(criterion, vendor).join('; ') || 'Not recorded'
    : answer && answer.value !== null
      ? answerText(criterion, answer.value)
      : 'Unanswered';

  return (
    <li className={`criterion${open ? ' is-open' : ''}${asked ? '' : ' is-not-asked'}`}>
      <button type="button" className="criterion-row" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen((o) => !o)}>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
        <span className="criterion-id">{criterion.id}</span>
        <span className="criterion-title">{criterion.title}</span>
        <span className={`criterion-answer${summary === 'Unanswered' ? ' is-unanswered' : ''}`}>{asked ? summary : 'Not asked of this vendor'}</span>
        <span className="criterion-flags">
          {fromRecord && <span className="badge badge-record">Vendor record</span>}
          {answer?.verified && <span className="badge badge-verified">Verified</span>}
          {evidence.length > 0 && (
            <span className="evidence-count" title="Evidence files">
              <Icon name="paperclip" size={13} />
              {evidence.length}
            </span>
          )}
        </span>
      </button>
      {open && (
        <div id={bodyId} className="criterion-body">
          <p className="criterion-question">{criterion.question}</p>
          {!asked && (
            <p className="muted">
              Not asked of this vendor: it applies to vendors supplying {criterion.appliesTo?.services.join(' or ')}, and adds nothing to this
              vendor’s score.
            </p>
          )}
          <dl className="criterion-help">
            <div>
              <dt>Evidence expected</dt>
              <dd>{criterion.evidenceExpected}</dd>
            </div>
            {criterion.guidance && (
              <div>
                <dt>Guidance</dt>
                <dd>{criterion.guidance}</dd>
              </div>
            )}
          </dl>
          <FrameworkMappings mappings={criterion.mappings} />
          {fromRecord ? (
            <p className="criterion-record">
              Read from the vendor record: <strong>{vendorRecordValue(criterion, vendor).join('; ') || 'not recorded (counts as risk)'}</strong>.{' '}
              <a href={routeHref({ page: 'vendor', id: vendor.id, editing: true })}>Edit the vendor</a> to change it.
            </p>
          ) : (
            <AnswerEditor key={answer?.answeredAt ?? 'none'} criterion={criterion} vendorId={vendor.id} answer={answer} evidence={evidence} />
          )}
        </div>
      )}
    </li>
  );
}

function AnswerEditor({
  criterion,
  vendorId,
  answer,
  evidence,
}: {
  criterion: Criterion;
  vendorId: string;
  answer: StoredAnswer | undefined;
  evidence: EvidenceFile[];
}) {
  const toast = useToast();
  const noteId = useId();
  const [value, setValue] = useState<AnswerValue>(answer?.value ?? null);
  const [verified, setVerified] = useState(answer?.verified ?? false);
  const [note, setNote] = useState(answer?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty =
    JSON.stringify(isBlank(value) ? null : value) !== JSON.stringify(answer?.value ?? null) ||
    verified !== (answer?.verified ?? false) ||
    note !== (answer?.note ?? '');

  const save = async (next: { value: AnswerValue; verified: boolean; note: string }) => {
    setSaving(true);
    setError(null);
    try {
      const cleared = next.value === null || isBlank(next.value);
      await call('assessment.answer', {
        vendorId,
        criterionId: criterion.id,
        value: cleared ? null : next.value,
        verified: cleared ? false : next.verified,
        note: next.note.trim() === '' ? null : next.note.trim(),
      });
      toast({ tone: 'success', message: cleared ? `Cleared the answer to ${criterion.id}` : `Saved the answer to ${criterion.id}` });
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.value ?? e.message) : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="answer-editor">
      <div className="answer-field">
        <p className="field-label">Answer</p>
        <AnswerControl criterion={criterion} value={value} onChange={setValue} label={`Answer to ${criterion.id} ${criterion.title}`} disabled={saving} />
      </div>
      <label className="checkbox answer-verified">
        <input type="checkbox" checked={verified} disabled={saving || isBlank(value)} onChange={(e) => setVerified(e.target.checked)} />
        <span>
          Verified <span className="muted">— an analyst checked the evidence; unverified answers keep part of their risk</span>
        </span>
      </label>
      <div className="field">
        <label htmlFor={noteId} className="field-label">
          Note
        </label>
        <textarea id={noteId} rows={2} value={note} disabled={saving} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && <p className="field-error">{error}</p>}
      <div className="answer-actions">
        <button type="button" className="btn btn-primary btn-small" disabled={saving || !dirty} onClick={() => void save({ value, verified, note })}>
          {saving && <Spinner label="Saving…" />}
          Save answer
        </button>
        {answer && answer.value !== null && (
          <button type="button" className="btn btn-small" disabled={saving} onClick={() => void save({ value: null, verified: false, note })}>
            Clear answer
          </button>
        )}
        {answer && (
          <span className="muted">
            Last answered by {answer.answeredBy}, {formatDateTime(answer.answeredAt)}
          </span>
        )}
      </div>
      <EvidenceList vendorId={vendorId} criterionId={criterion.id} files={evidence} canAttach={answer !== undefined && answer.value !== null} />
    </div>
  );
}
