import { useState } from 'react';
import { COMPONENT_LABELS } from '../../../electron/core/contract';
import { formatCount, formatDate } from '../lib/format';
import { coverageText, formatPoints, isTier, type PortfolioVendor, type RiskView, viewScore } from './risk';
import { routeHref } from '../lib/router';
import { TierBadge } from './TierBadge';
import { VisibleText } from '../ui/VisibleText';

const FIRST_ROWS = 50;

/** Vendors from the highest score down, with what drives each score and when each is due for re-assessment. */
export function RankedVendorTable({ vendors, view }: { vendors: readonly PortfolioVendor[]; view: RiskView }) {
  const [all, setAll] = useState(false);
  const shown = all ? vendors : vendors.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table ranked-table">
          <caption className="visually-hidden">Vendors ranked by risk score</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                #
              </th>
              <th scope="col">Vendor</th>
              <th scope="col" className="numeric">
                {view === 'known' ? 'Known risk' : 'Up to'}
              </th>
              <th scope="col">Tier</th>
              <th scope="col" className="numeric">
                Assessed
              </th>
              <th scope="col" className="numeric">
                Open hits
              </th>
              <th scope="col">Largest factors</th>
              <th scope="col">Re-assess by</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v, i) => (
              <tr key={v.vendorId}>
                <td className="numeric muted">{i + 1}</td>
                <th scope="row">
                  <a href={routeHref({ page: 'vendor', id: v.vendorId, editing: false })}>
                    <VisibleText text={v.name} />
                  </a>
                </th>
                <td className="numeric">{formatPoints(viewScore(v, view))}</td>
                <td>{isTier(v.tier) ? <TierBadge tier={v.tier} /> : v.tier}</td>
                <td className="numeric nowrap" title={coverageText(v.coverage)}>
                  {v.coverage.applicable === 0 ? '—' : `${Math.round((100 * v.coverage.answered) / v.coverage.applicable)} %`}
                  <span className="muted"> · {Math.round((100 * v.coverage.verified) / Math.max(1, v.coverage.applicable))} % verified</span>
                </td>
                <td className="numeric">{v.openHits > 0 ? <strong>{formatCount(v.openHits)}</strong> : <span className="muted">0</span>}</td>
                <td>
                  <ul className="plain-list top-factors">
                    {(view === 'known' ? v.topFactors : [...v.topFactors, ...v.openQuestions].sort((a, b) => b.contribution - a.contribution).slice(0, 3))
                      .filter((f) => f.contribution > 0)
                      .map((f) => (
                        <li key={f.factor} title={COMPONENT_LABELS[f.component]}>
                          {f.label} <span className="muted">+{formatPoints(f.contribution)}</span>
                        </li>
                      ))}
                  </ul>
                </td>
                <td className="nowrap">
                  {v.reassessDue ? (
                    <span className={v.overdue ? 'reassess-overdue' : undefined}>
                      {formatDate(v.reassessDue)}
                      {v.overdue && ' (overdue)'}
                    </span>
                  ) : (
                    <span className="muted">Not set</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {vendors.length > FIRST_ROWS && (
        <div className="table-footer">
          <span className="muted">
            Showing {formatCount(shown.length)} of {formatCount(vendors.length)} vendors
          </span>
          <button type="button" className="btn btn-small" onClick={() => setAll((a) => !a)}>
            {all ? `Show the first ${FIRST_ROWS}` : 'Show all'}
          </button>
        </div>
      )}
    </>
  );
}
