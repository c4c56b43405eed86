import { useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { formatCount, formatDateTime, plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { ListDataAlert } from '../lists/ListDataAlert';
import { Icon } from '../ui/Icon';
import { ScreeningStatusBadge } from './ScreeningBadges';
import { ScreeningHitCard } from './ScreeningHitCard';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { BulkHitReview } from './BulkHitReview';
import { extended, NO_SELECTION, rangeBetween, type Selection, toggled } from '../lib/selection';

/** A vendor's screening against the designation lists: its status, each hit with its review, and Screen again. */
export function VendorScreeningPanel({ vendorId }: { vendorId: string }) {
  const toast = useToast();
  const vendorScreening = useQuery(read('screening.vendor', { vendorId }));
  const listsLoaded = useQuery(read('lists.list', {}));
  const [screening, setScreening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [reviewing, setReviewing] = useState(false);

  const screenNow = async () => {
    setScreening(true);
    setError(null);
    try {
      const run = await call('screening.run', { jobId: crypto.randomUUID(), vendorIds: [vendorId] });
      toast({
        tone: 'success',
        message: `Screened against every current list: ${plural(run.newHits.length, 'new hit')}, ${formatCount(run.resolvedHits.length)} no longer found`,
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setScreening(false);
    }
  };

  const result = vendorScreening.data;
  // Only hits still in use can be picked; a pick of a hit gone since (a re-screen) drops out.
  const hitIds = result?.hits.map((h) => h.id) ?? [];
  const picked = hitIds.filter((id) => selection.ids.has(id));
  const pickHit = (id: string, at: number, shift: boolean) => {
    if (!shift) return setSelection((s) => toggled(s, id, at));
    const [from, to] = rangeBetween(selection.anchor, at);
    setSelection((s) => extended(s, hitIds.slice(from, to + 1), at));
  };
  const lists = listsLoaded.data;
  const loadError = vendorScreening.error ?? listsLoaded.error;

  return (
    <section className="card screening-panel" aria-labelledby="screening-title">
      <div className="card-header">
        <h2 id="screening-title">Screening</h2>
        {result && <ScreeningStatusBadge screening={result.screening} />}
        {result && (
          <span className="muted">{result.screenedAt ? `Screened ${formatDateTime(result.screenedAt)}` : 'Not screened yet'}</span>
        )}
        <button type="button" className="btn btn-small card-header-action" onClick={() => void screenNow()} disabled={screening || !result}>
          {screening ? <Spinner label="Screening…" /> : <Icon name="shield" />}
          Screen this vendor
        </button>
      </div>

      {(loadError ?? error) && <Alert tone="error">{loadError ?? error}</Alert>}
      {!(result && lists) && !loadError && <Spinner label="Loading screening…" visibleLabel />}

      {lists && <ListDataAlert basis={lists.basis} />}

      {result &&
        (result.hits.length === 0 ? (
          <p className="muted">
            {result.screenedAt
              ? `${lists?.basis.clear ?? 'Clear'}: no entry resembles this vendor’s names or its parent company’s.`
              : 'Screen this vendor to compare its names and its parent company with every designation list.'}
          </p>
        ) : (
          <>
            <p className="section-hint">
              {result.hits.length === 1
                ? 'One list entry resembles this vendor. Decide whether it is the same company'
                : `${plural(result.hits.length, 'list entry', 'list entries')} resemble this vendor. Decide for each whether it is the same company`}
              ; your decision and reason are kept in the audit log.
            </p>
            <div className="selection-bar hit-selection" role="region" aria-label="Selected hits">
              <span className="selection-count" aria-live="polite">
                {picked.length > 0 ? `${plural(picked.length, 'hit')} selected` : 'Tick hits to review several at once'}
              </span>
              <button type="button" className="btn btn-small" onClick={() => setSelection({ ids: new Set(hitIds), anchor: null })} disabled={picked.length === hitIds.length}>
                Select all
              </button>
              <button type="button" className="btn btn-small btn-primary" onClick={() => setReviewing(true)} disabled={picked.length === 0}>
                Review selected…
              </button>
              <button type="button" className="btn btn-small" onClick={() => setSelection(NO_SELECTION)} disabled={picked.length === 0}>
                Clear selection
              </button>
            </div>
            <div className="hit-cards">
              {result.hits.map((hit, at) => (
                <ScreeningHitCard key={hit.id} hit={hit} picked={selection.ids.has(hit.id)} onPick={(event) => pickHit(hit.id, at, event.shiftKey)} />
              ))}
            </div>
            {reviewing && (
              <BulkHitReview
                target={{ hitIds: picked }}
                count={picked.length}
                onClose={(done) => {
                  setReviewing(false);
                  if (done) setSelection(NO_SELECTION);
                }}
              />
            )}
          </>
        ))}

      {result && result.resolved.length > 0 && (
        <details className="resolved-hits">
          <summary>No longer found ({result.resolved.length})</summary>
          <p className="section-hint">Hits of earlier screenings that are gone, kept with their reviews for the record.</p>
          <div className="hit-cards">
            {result.resolved.map((hit) => (
              <ScreeningHitCard key={hit.id} hit={hit} />
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
