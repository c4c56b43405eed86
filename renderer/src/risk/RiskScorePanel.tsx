import { useState } from 'react';
import type { Vendor } from '../../../electron/core/contract';
import { formatDate } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { formatPoints, type ScoreResult } from './risk';
import { routeHref } from '../lib/router';
import { Alert } from '../ui/Alert';
import { DetailItem } from '../ui/DetailItem';
import { FactorTable } from './FactorTable';
import { Icon } from '../ui/Icon';
import { ScoreHistory } from './ScoreHistory';
import { Spinner } from '../ui/Spinner';
import { TierBadge } from './TierBadge';
import { WhatIfSandbox } from './WhatIfSandbox';
import { VisibleText } from '../ui/VisibleText';

/**
 * A vendor's risk score and how it was reached: the tier (and the knock-out that holds it, if any), the factors
 * adding up to the score, warnings, the methodology, the score history, and a what-if sandbox.
 */
export function RiskScorePanel({ vendor }: { vendor: Vendor }) {
  const loaded = useQuery(read('scores.vendor', { vendorId: vendor.id }));
  const [whatIf, setWhatIf] = useState(false);
  const data = loaded.data;

  return (
    <section className="card risk-panel" aria-labelledby="risk-title">
      <div className="card-header">
        <h2 id="risk-title">Risk score</h2>
        {data && (
          <span className="muted">
            Methodology {data.result.methodology.id} version {data.result.methodology.version} · scored for {formatDate(data.result.asOf)}
          </span>
        )}
        <button
          type="button"
          className="btn btn-small card-header-action"
          aria-expanded={whatIf}
          onClick={() => setWhatIf((open) => !open)}
          disabled={!data}
        >
          <Icon name="flask" />
          {whatIf ? 'Close what if' : 'What if…'}
        </button>
      </div>

      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!data && !loaded.error && <Spinner label="Scoring…" visibleLabel />}

      {data && whatIf && <WhatIfSandbox vendor={vendor} saved={data.result} />}

      {data && (
        <>
          <ScoreSummary result={data.result} />
          {data.result.warnings.length > 0 && (
            <Alert tone="warning" title="Read with care">
              <ul className="plain-list warning-list">
                {data.result.warnings.map((w) => (
                  <li key={w}>
                    <VisibleText text={w} />
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <div className="risk-subsection">
            <h3>How the score adds up</h3>
            <p className="section-hint">
              Each factor names the data behind it. Points are added, then scaled by exposure; the method is on the{' '}
              <a href={routeHref({ page: 'methodology' })}>Methodology</a> page.
            </p>
            <FactorTable factors={data.result.factors} score={data.result.score} />
          </div>
          <details className="risk-subsection score-history-section">
            <summary>Score history ({data.history.length})</summary>
            <p className="section-hint">A score is stored whenever it changes, with the methodology version that produced it.</p>
            <ScoreHistory history={data.history} />
          </details>
        </>
      )}
    </section>
  );
}

/** The score out of 100, the tier and what holds it, and the sub-scores behind them. */
function ScoreSummary({ result }: { result: ScoreResult }) {
  const { coverage } = result;
  return (
    <div className="score-summary">
      <div className="score-figure">
        <span className="score-number" data-testid="risk-score">
          {formatPoints(result.score)}
        </span>
        <span className="muted"> / 100</span>
        <div className="score-bar" aria-hidden="true">
          <div className={`score-bar-fill tier-fill-${result.tier.toLowerCase()}`} style={{ width: `${result.score}%` }} />
        </div>
        <p className="score-coverage" data-testid="score-coverage">
          {coverage.applicable === 0 ? 'No criteria asked' : `${Math.round((100 * coverage.answered) / coverage.applicable)} % assessed`} ·{' '}
          {coverage.answered} of {coverage.applicable} answered, {coverage.verified} verified
        </p>
      </div>
      <div className="score-tier">
        <p>
          Tier <TierBadge tier={result.tier} />
        </p>
        {result.knockouts.length > 0 ? (
          <ul className="plain-list knockouts">
            {result.tier !== result.tierFromScore && (
              <li>
                The score alone gives <strong>{result.tierFromScore}</strong>; a knock-out holds the tier at <strong>{result.tier}</strong>.
              </li>
            )}
            {result.knockouts.map((k) => (
              <li key={k.rule}>
                <strong>
                  Knock-out {k.rule}: {k.label}
                </strong>{' '}
                (at least {k.floor}). {k.detail}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Tier from the score; no knock-out applies.</p>
        )}
      </div>
      <dl className="detail-list score-parts-list">
        <DetailItem label="Inherent risk">{formatPoints(result.inherent)} points (designations, allegations, jurisdiction)</DetailItem>
        <DetailItem label="Control gaps">{formatPoints(result.controls)} points</DetailItem>
        <DetailItem label="Exposure">
          {result.exposure} of 100 · risk counts at ×{result.exposureMultiplier}
        </DetailItem>
        <DetailItem label="Known risk">
          {formatPoints(result.known.score)} · {result.known.tier}
          {result.known.score === result.score ? ' (the score: unanswered questions are counted apart)' : ' (the score without its unanswered questions)'}
        </DetailItem>
        <DetailItem label="Not yet assessed">
          {result.unassessed > 0
            ? `up to ${formatPoints(result.unassessed)} more points if every unanswered question were answered worst${result.known.score === result.score ? '' : ' (part of the score under this methodology version)'}`
            : 'nothing: every applicable question is answered'}
        </DetailItem>
        <DetailItem label="Assessment coverage">
          {coverage.answered} of {coverage.applicable} criteria answered, {coverage.verified} verified
          {coverage.notApplicable > 0 && `, ${coverage.notApplicable} not asked of this vendor`}
        </DetailItem>
      </dl>
    </div>
  );
}
