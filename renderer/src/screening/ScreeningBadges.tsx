import type { HitBand, VendorScreening, VerdictBasis } from '../../../electron/core/contract';
import { plural } from '../lib/format';
import { BAND_LABELS, SCREENING_STATUS_HINTS, SCREENING_STATUS_LABELS } from './screening';

/**
 * A vendor's screening result: Match (red), Needs review (amber), Clear (green), Not screened (grey). A clear result
 * against partial lists says so, never a bare "Clear".
 */
export function ScreeningStatusBadge({ screening, basis }: { screening: VendorScreening | undefined; basis?: VerdictBasis }) {
  const status = screening?.status ?? 'unscreened';
  const openHits = screening && screening.openHits > 0 ? ` (${plural(screening.openHits, 'hit')} to review)` : '';
  const partial = status === 'clear' && basis && basis.partial.length > 0;
  return (
    <span className="screening-status">
      <span className={`badge badge-${status}`} title={status === 'clear' && basis ? basis.clear : `${SCREENING_STATUS_HINTS[status]}${openHits}`}>
        {SCREENING_STATUS_LABELS[status]}
      </span>
      {screening?.viaParent && <ViaParentTag />}
      {partial && (
        <span className="tag-partial" title={basis.clear}>
          partial lists
        </span>
      )}
    </span>
  );
}

/** Said of a hit found through the vendor's parent company rather than the vendor's own names. */
export function ViaParentTag() {
  return (
    <span className="tag-via-parent" title="Found through the vendor's parent company, not the vendor's own names">
      via parent
    </span>
  );
}

/** Said of a hit found through a name the list itself links to an entry the vendor matched; styled as the parent tag. */
export function ViaListLinkTag() {
  return (
    <span className="tag-via-parent" title="Found through a link the list makes (a parent or “Linked To” it names) from an entry the vendor matched">
      via list link
    </span>
  );
}

/** How close a hit is: "Match", or "Possible match — needs review". */
export function BandBadge({ band }: { band: HitBand }) {
  return <span className={`badge badge-${band}`}>{BAND_LABELS[band]}</span>;
}

/** Marks list data older than the threshold set in Settings. */
export function StaleBadge() {
  return (
    <span className="badge badge-stale" title="Older than the limit set in Settings: newer designations and removals are missing. Import a current file.">
      Stale
    </span>
  );
}
