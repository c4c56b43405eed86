import { type MouseEvent, useId, useState } from 'react';
import { plural } from '../lib/format';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { BulkHitReview } from './BulkHitReview';
import type { EntryHit, ScreeningHit } from '../../../electron/core/contract';
import { formatDate, formatDateTime } from '../lib/format';
import { formatScore, matchedNameLabels, supplierSentence } from './screening';
import { HitComparison } from './HitComparison';
import { HitReview } from './HitReview';
import { ListEntryDetails } from './ListEntryDetails';
import { BandBadge, StaleBadge, ViaListLinkTag, ViaParentTag } from './ScreeningBadges';
import { VisibleText } from '../ui/VisibleText';

/**
 * One hit: which list entry resembles the vendor, how closely and why, what the list says about the entry,
 * and the analyst's decision. A resolved hit (no longer found) shows why it went away and cannot be reviewed.
 */
export function ScreeningHitCard({ hit, picked, onPick }: { hit: ScreeningHit; picked?: boolean; onPick?: (event: MouseEvent) => void }) {
  const titleId = useId();
  const names = matchedNameLabels(hit);
  const resolved = hit.resolvedAt !== null;
  const { thresholds } = hit.explanation;

  return (
    <article className={`hit-card hit-card-${resolved ? 'resolved' : hit.band}`} aria-labelledby={titleId}>
      <header className="hit-header">
        {onPick && (
          <input
            type="checkbox"
            className="hit-pick"
            aria-label={`Select the hit on ${hit.entryName}`}
            checked={picked ?? false}
            onChange={() => undefined}
            onClick={onPick}
          />
        )}
        <div className="hit-title">
          <h3 id={titleId}>
            <VisibleText text={hit.entryName} />
          </h3>
          <p>
            <VisibleText text={hit.listDisplayName} />
          </p>
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
            title={
              hit.via === 'identifier'
                ? 'An identifier the list prints: 1 where it names one company, less where its country cannot be confirmed'
                : `How closely the names agree, from 0 to 1: ${formatScore(thresholds.match)} or more is a match, ${formatScore(thresholds.review)} or more needs review`
            }
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
          Found through the parent company recorded for this vendor.
        </p>
      )}
      {hit.via === 'list-link' && (
        <p className="hit-via">
          <ViaListLinkTag />
          Found through a link the list makes from another entry this vendor matched.
        </p>
      )}
      {hit.via === 'supplier' && hit.supplier && (
        <p className="hit-via">
          <span className="tag-supplier">via supplier</span>
          {supplierSentence(hit.supplier)} A supplier’s listing is a risk of this vendor’s supply chain, not its own designation.
        </p>
      )}
      {hit.via === 'identifier' && (
        <p className="hit-via">
          <span className="tag-identifier">by identifier</span>
          Found by an identifier of this vendor that the list prints for the entry: evidence that does not rest on the name.
        </p>
      )}

      <p className="hit-names">
        <span className="muted">{names.vendor}</span>{' '}
        <strong>
          <VisibleText text={hit.matchedName} />
        </strong>{' '}
        <span aria-hidden="true">↔</span>
        <span className="visually-hidden">compared with</span>{' '}
        <span className="muted">{names.list}</span>{' '}
        <strong>
          <VisibleText text={hit.listName} />
        </strong>
      </p>
      <p className="hit-explanation">
        <VisibleText text={hit.explanation.text} />
      </p>
      <p className="hit-matcher muted">{hit.matcherVersion ? `Matcher ${hit.matcherVersion}` : 'Matcher version not recorded (screened before Vetter recorded it)'}</p>

      {hit.via !== 'identifier' && (
        <details className="hit-more">
          <summary>How the names were compared</summary>
          <HitComparison explanation={hit.explanation} />
        </details>
      )}
      <details className="hit-more">
        <summary>The list entry</summary>
        <ListEntryDetails hit={hit} />
      </details>

      <HitReview hit={hit} readOnly={resolved} />
      {!resolved && hit.review.decision === 'open' && <EntryWideReview hit={hit} />}
    </article>
  );
}

/**
 * "Apply to every vendor's hits on this entry": one decision for every vendor's undecided hit on the same list entry.
 * The other vendors' hits are asked for when the button is pressed, not for every card drawn (a vendor may have dozens).
 */
function EntryWideReview({ hit }: { hit: ScreeningHit }) {
  const [others, setOthers] = useState<EntryHit[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const ask = async () => {
    try {
      const { hits } = await call('screening.entryHits', { listKey: hit.listKey, entryId: hit.entryId });
      if (hits.length < 2) setNote('No other vendor has an open hit on this entry.');
      else setOthers(hits);
    } catch (e) {
      setNote(errorMessage(e));
    }
  };
  return (
    <>
      <button type="button" className="btn btn-small btn-link" onClick={() => void ask()}>
        Apply to every vendor’s hits on this entry…
      </button>
      {note && <span className="muted"> {note}</span>}
      {others && (
        <BulkHitReview
          target={{ entry: { listKey: hit.listKey, entryId: hit.entryId, entryName: hit.entryName } }}
          count={others.length}
          title={`Apply to all ${plural(others.length, 'vendor')}’ hits on this entry`}
          onClose={() => setOthers(null)}
        />
      )}
    </>
  );
}
