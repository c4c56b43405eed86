import { useId } from 'react';
import type { ScreeningHit } from '../../../electron/core/contract';
import { formatDate, formatDateTime } from '../lib/format';
import { formatScore, matchedNameLabels } from '../lib/screening';
import { HitComparison } from './HitComparison';
import { HitReview } from './HitReview';
import { ListEntryDetails } from './ListEntryDetails';
import { BandBadge, StaleBadge, ViaParentTag } from './ScreeningBadges';

/**
 * One hit: which list entry resembles the vendor, how closely and why, what the list says about the entry,
 * and the analyst's decision. A resolved hit (no longer found) shows why it went away and cannot be reviewed.
 */
export function ScreeningHitCard({ hit, onReviewed }: { hit: ScreeningHit; onReviewed: () => void }) {
  const titleId = useId();
  const names = matchedNameLabels(hit);
  const resolved = hit.resolvedAt !== null;
  const { thresholds } = hit.explanation;

  return (
    <article className={`hit-card hit-card-${resolved ? 'resolved' : hit.band}`} aria-labelledby={titleId}>
      <header className="hit-header">
        <div className="hit-title">
          <h3 id={titleId}>{hit.entryName}</h3>
          <p>{hit.listDisplayName}</p>
          <p className="hit-source">
            <span className="muted">
              {hit.entryDetails.subList && `${hit.entryDetails.subList} · `}as of {hit.asOf ? formatDate(hit.asOf) : 'an unknown date'}
            </span>
            {hit.stale && <StaleBadge />}
          </p>
        </div>
        <div className="hit-result">
          <BandBadge band={hit.band} />
          <span
            className="hit-score"
            title={`How closely the names agree, from 0 to 1: ${formatScore(thresholds.match)} or more is a match, ${formatScore(thresholds.review)} or more needs review`}
          >
            Score {formatScore(hit.score)}
          </span>
        </div>
      </header>

      {resolved && (
        <p className="hit-resolution">
          <strong>No longer found</strong> since {formatDateTime(hit.resolvedAt ?? '')}
          {hit.resolution && `: ${hit.resolution}`}
        </p>
      )}

      {hit.via === 'parent' && (
        <p className="hit-via">
          <ViaParentTag />
          {hit.viaListParent
            ? 'Found through the parent company, named as parent by the list.'
            : 'Found through the parent company recorded for this vendor.'}
        </p>
      )}

      <p className="hit-names">
        <span className="muted">{names.vendor}</span> <strong>{hit.matchedName}</strong> <span aria-hidden="true">↔</span>
        <span className="visually-hidden">compared with</span>{' '}
        <span className="muted">{names.list}</span> <strong>{hit.listName}</strong>
      </p>
      <p className="hit-explanation">{hit.explanation.text}</p>

      <details className="hit-more">
        <summary>How the names were compared</summary>
        <HitComparison explanation={hit.explanation} />
      </details>
      <details className="hit-more">
        <summary>The list entry</summary>
        <ListEntryDetails hit={hit} />
      </details>

      <HitReview hit={hit} onReviewed={onReviewed} readOnly={resolved} />
    </article>
  );
}
