import { type FormEvent, useEffect, useRef, useState } from 'react';
import { criterionApplies, HIT_DECISIONS } from '../../../electron/core/contract';
import type { HitDecision, ScreeningHit, Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { type AnswerValue, answerText, type Criterion, isBlank } from '../assessment/assessment';
import { todayIso } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { formatDelta, formatPoints, type ScoreResult, type ScoringChange, type WhatIf } from './risk';
import { DECISION_LABELS } from '../screening/screening';
import { Alert } from '../ui/Alert';
import { AnswerControl } from '../assessment/AnswerControl';
import { Spinner } from '../ui/Spinner';
import { TierBadge } from './TierBadge';

/** A change in the sandbox, with the words that describe it. */
interface TrialChange {
  /** One change per hit or criterion: a new one for the same target replaces it. */
  target: string;
  change: ScoringChange;
  description: string;
}


/**
 * "What if…": changes a review decision or an answer in a sandbox and shows the score that would follow, next to
 * the saved one. Nothing is saved: the core scores a changed copy of the vendor's data.
 */
export function WhatIfSandbox({ vendor, saved }: { vendor: Vendor; saved: ScoreResult }) {
  const screeningLoaded = useQuery(read('screening.vendor', { vendorId: vendor.id }));
  const assessmentLoaded = useQuery(read('assessment.get', { vendorId: vendor.id }));
  const [changes, setChanges] = useState<TrialChange[]>([]);
  const [outcome, setOutcome] = useState<{ result: WhatIf | null; error: string | null; running: boolean }>({ result: null, error: null, running: false });
  const request = useRef(0);

  // Every change to the sandbox, and every new saved score, scores it again; a late answer to an older request is dropped.
  useEffect(() => {
    const id = ++request.current;
    if (changes.length === 0) {
      setOutcome({ result: null, error: null, running: false });
      return;
    }
    setOutcome((o) => ({ ...o, running: true }));
    call('scores.whatIf', { vendorId: vendor.id, changes: changes.map((c) => c.change) }).then(
      (result) => id === request.current && setOutcome({ result, error: null, running: false }),
      (e: unknown) => id === request.current && setOutcome({ result: null, error: errorMessage(e), running: false }),
    );
  }, [changes, vendor.id, saved]);

  const add = (trial: TrialChange) => setChanges((list) => [...list.filter((c) => c.target !== trial.target), trial]);
  const screening = screeningLoaded.data;
  const assessment = assessmentLoaded.data;
  const sourcesError = screeningLoaded.error ?? assessmentLoaded.error;

  return (
    <section className="what-if" aria-labelledby="what-if-title">
      <header className="what-if-header">
        <h3 id="what-if-title">What if…</h3>
        <span className="badge badge-not-saved">Not saved</span>
        <p className="muted">Try a different review decision or answer and see the score it would give. Nothing here is recorded.</p>
      </header>

      {sourcesError && <Alert tone="error">{sourcesError}</Alert>}
      {!(screening && assessment) && !sourcesError && <Spinner label="Loading the vendor’s hits and answers…" visibleLabel />}
      {screening && assessment && (
        <div className="what-if-forms">
          <HitDecisionTrial hits={screening.hits} onAdd={add} />
          <AnswerTrial
            criteria={assessment.criteria.filter((c) => c.source === 'answer' && criterionApplies(c, vendor.services))}
            evidenceCount={(id) => assessment.assessment.evidence[id]?.length ?? 0}
            onAdd={add}
          />
        </div>
      )}

      {changes.length > 0 && (
        <div className="what-if-result" aria-live="polite">
          <h4>Changes in the sandbox</h4>
          <ul className="plain-list trial-changes">
            {changes.map((c) => (
              <li key={c.target}>
                <span>{c.description}</span>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => setChanges((list) => list.filter((x) => x.target !== c.target))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {outcome.error && <Alert tone="error">{outcome.error}</Alert>}
          {outcome.running && <Spinner label="Scoring the sandbox…" visibleLabel />}
          {outcome.result && <TrialOutcome result={outcome.result} saved={saved} />}
          <button type="button" className="btn btn-small" onClick={() => setChanges([])}>
            Clear the sandbox
          </button>
        </div>
      )}
    </section>
  );
}

function TrialOutcome({ result, saved }: { result: WhatIf; saved: ScoreResult }) {
  const { comparison, after } = result;
  return (
    <>
      <div className="trial-scores">
        <div>
          <p className="muted">Saved score</p>
          <p className="trial-score">
            {formatPoints(saved.score)} <TierBadge tier={saved.tier} />
          </p>
        </div>
        <span aria-hidden="true" className="trial-arrow">
          →
        </span>
        <div>
          <p className="muted">
            What-if score <span className="badge badge-not-saved">Not saved</span>
          </p>
          <p className="trial-score" data-testid="what-if-score">
            {formatPoints(after.score)} <TierBadge tier={after.tier} />
            <span className="muted"> ({formatDelta(comparison.delta)})</span>
          </p>
          {after.tier !== after.tierFromScore && (
            <p className="muted">
              The score alone gives {after.tierFromScore}; knock-out {after.knockouts.map((k) => k.rule).join(', ')} holds it at {after.tier}.
            </p>
          )}
        </div>
      </div>
      {comparison.changed.length === 0 ? (
        <p className="muted">No factor changes: this would not move the score.</p>
      ) : (
        <table className="data-table trial-factors">
          <caption className="visually-hidden">Factors that would change</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col" className="numeric">
                Now
              </th>
              <th scope="col" className="numeric">
                What if
              </th>
              <th scope="col" className="numeric">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.changed.map((f) => (
              <tr key={f.factor}>
                <th scope="row">{f.label}</th>
                <td className="numeric">{formatPoints(f.before)}</td>
                <td className="numeric">{formatPoints(f.after)}</td>
                <td className="numeric">{formatDelta(f.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function hitLabel(hit: ScreeningHit): string {
  return `${hit.entryName} — ${hit.listDisplayName}${hit.via === 'parent' ? ', via parent' : hit.via === 'list-link' ? ', via list link' : ''} (now: ${DECISION_LABELS[hit.review.decision].toLowerCase()})`;
}

function HitDecisionTrial({ hits, onAdd }: { hits: ScreeningHit[]; onAdd: (trial: TrialChange) => void }) {
  const [hitId, setHitId] = useState(hits[0]?.id ?? '');
  const [decision, setDecision] = useState<HitDecision>('dismissed');
  const hit = hits.find((h) => h.id === hitId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hit) return;
    onAdd({
      target: `hit:${hit.id}`,
      change: { kind: 'hit-decision', hitId: hit.id, decision },
      description: `"${hit.entryName}" (${hit.listDisplayName}): ${DECISION_LABELS[decision].toLowerCase()}`,
    });
  };

  return (
    <form className="trial-form" onSubmit={submit} aria-label="Try a review decision">
      <h4>A review decision</h4>
      {hits.length === 0 ? (
        <p className="muted">This vendor has no screening hits to decide differently.</p>
      ) : (
        <>
          <label className="field">
            <span className="field-label">Screening hit</span>
            <select value={hitId} onChange={(e) => setHitId(e.target.value)}>
              {hits.map((h) => (
                <option key={h.id} value={h.id}>
                  {hitLabel(h)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Decision</span>
            <select value={decision} onChange={(e) => setDecision(e.target.value as HitDecision)}>
              {HIT_DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {DECISION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-small">
            Try this decision
          </button>
        </>
      )}
    </form>
  );
}

function AnswerTrial({
  criteria,
  evidenceCount,
  onAdd,
}: {
  criteria: Criterion[];
  evidenceCount: (criterionId: string) => number;
  onAdd: (trial: TrialChange) => void;
}) {
  const [criterionId, setCriterionId] = useState(criteria[0]?.id ?? '');
  const [value, setValue] = useState<AnswerValue>(null);
  const [verified, setVerified] = useState(false);
  const criterion = criteria.find((c) => c.id === criterionId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!criterion) return;
    const cleared = isBlank(value);
    onAdd({
      target: `answer:${criterion.id}`,
      change: {
        kind: 'answer',
        criterionId: criterion.id,
        answer: value === null || cleared ? null : { value, verified, evidence: evidenceCount(criterion.id), answeredAt: todayIso() },
      },
      description: `${criterion.id} ${criterion.title}: ${cleared ? 'unanswered' : `${answerText(criterion, value)}${verified ? ', verified' : ', not verified'}`}`,
    });
  };

  return (
    <form className="trial-form" onSubmit={submit} aria-label="Try an answer">
      <h4>An answer</h4>
      <label className="field">
        <span className="field-label">Criterion</span>
        <select
          value={criterionId}
          onChange={(e) => {
            setCriterionId(e.target.value);
            setValue(null);
          }}
        >
          {criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id} {c.title}
            </option>
          ))}
        </select>
      </label>
      {criterion && (
        <>
          <p className="trial-question">{criterion.question}</p>
          <AnswerControl key={criterion.id} criterion={criterion} value={value} onChange={setValue} label={`What-if answer to ${criterion.id}`} />
          <label className="checkbox">
            <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} />
            <span>Verified by an analyst</span>
          </label>
        </>
      )}
      <button type="submit" className="btn btn-small" disabled={!criterion}>
        {criterion && isBlank(value) ? 'Try it unanswered' : 'Try this answer'}
      </button>
    </form>
  );
}
