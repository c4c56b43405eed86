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

/** A vendor's screening against the designation lists: its status, each hit with its review, and Screen again. */
export function VendorScreeningPanel({ vendorId }: { vendorId: string }) {
  const toast = useToast();
  const vendorScreening = useQuery(read('screening.vendor', { vendorId }));
  const listsLoaded = useQuery(read('lists.list', {}));
  const [screening, setScreening] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
            <div className="hit-cards">
              {result.hits.map((hit) => (
                <ScreeningHitCard key={hit.id} hit={hit} />
              ))}
            </div>
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
