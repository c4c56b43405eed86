import type { VerdictBasis } from '../../../electron/core/contract';
import { routeHref } from '../lib/router';
import { Alert } from '../ui/Alert';
import { VisibleText } from '../ui/VisibleText';

/**
 * Which of the lists a result rests on are partial or out of date, and why: shown wherever results are, so that a
 * verdict against incomplete data never reads as a sure one.
 */
export function ListDataAlert({ basis }: { basis: VerdictBasis }) {
  if (basis.partial.length === 0 && basis.stale.length === 0) return null;
  const what = [basis.partial.length > 0 && 'partial', basis.stale.length > 0 && 'out-of-date'].filter(Boolean).join(' and ');
  return (
    <Alert tone="warning" title={`Screened against ${what} lists`}>
      {basis.partial.length > 0 && (
        <>
          <p>
            <strong>Partial</strong> — these lists are not whole, so a company missing from them may still be listed:
          </p>
          <ul className="stale-lists">
            {basis.partial.map((p) => (
              <li key={p.listKey}>
                <strong>
                  <VisibleText text={p.listName} />
                </strong>
                : <VisibleText text={p.missing.join(' ')} />
              </li>
            ))}
          </ul>
        </>
      )}
      {basis.stale.length > 0 && (
        <>
          <p>
            <strong>Out of date</strong> — older than the limit set in Settings:
          </p>
          <ul className="stale-lists">
            {basis.stale.map((s) => (
              <li key={s.listKey}>
                <strong>
                  <VisibleText text={s.listName} />
                </strong>
                : <VisibleText text={s.reason} />.
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Import current, complete files from each publisher on the <a href={routeHref({ page: 'lists' })}>Lists</a> page.
      </p>
    </Alert>
  );
}
