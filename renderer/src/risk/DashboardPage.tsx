import { useState } from 'react';
import { COMPONENT_LABELS } from '../../../electron/core/contract';
import { Alert } from '../ui/Alert';
import { ListDataAlert } from '../lists/ListDataAlert';
import { EmptyState } from '../ui/EmptyState';
import { GenerateReport } from '../reports/GenerateReport';
import { Icon } from '../ui/Icon';
import { PageTitle } from '../ui/PageTitle';
import { RankedVendorTable } from './RankedVendorTable';
import { SupplierConcentration } from '../suppliers/SupplierConcentration';
import { RiskHeatmap } from './RiskHeatmap';
import { Spinner } from '../ui/Spinner';
import { TierCounts } from './TierCounts';
import { formatCount, formatDate, formatDateTime, plural } from '../lib/format';
import { coverageText, formatPoints, notYetAssessed, type Portfolio, rankedIn, type RiskView, type Tier, topDrivers } from './risk';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';

const DRIVERS_SHOWN = 8;

/** The portfolio at a glance: tiers, the heat map, what drives the scores, what is overdue or stale, and the ranking. */
export function DashboardPage() {
  // Every visit scores the portfolio again, as dates move scores too; changes to what scores read score it again.
  const scores = useQuery(read('scores.portfolio', {}), { refetch: true });
  const { data: portfolio, fetching: loading, error, refetch: load } = scores;
  const scoredAt = scores.updatedAt === null ? null : new Date(scores.updatedAt).toISOString();
  const vendorCount = useQuery(read('app.info', {})).data?.vendorCount;

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Dashboard">Dashboard</PageTitle>
          <p className="page-subtitle">
            {portfolio
              ? `${plural(portfolio.vendors.length, 'vendor')} scored under methodology ${portfolio.methodology.id} version ${portfolio.methodology.version}${scoredAt ? `, ${formatDateTime(scoredAt)}` : ''}`
              : 'Every vendor’s risk score, from the latest screening, allegations and assessments.'}
          </p>
        </div>
        <div className="page-actions">
          {loading && portfolio && <Spinner label="Scoring every vendor…" visibleLabel />}
          <button type="button" className="btn" onClick={() => void load()} disabled={loading}>
            <Icon name="gauge" />
            Score again
          </button>
          <GenerateReport
            subject={{ kind: 'portfolio' }}
            disabled={portfolio?.vendors.length === 0}
            disabledHint="Add vendors first: there is nothing to report on yet"
          />
        </div>
      </header>

      {error && (
        <Alert tone="error" title="The scores could not be computed">
          <p>{error}</p>
        </Alert>
      )}

      {!portfolio && !error && (
        <div className="page-loading">
          <Spinner label={vendorCount !== undefined ? `Scoring ${plural(vendorCount, 'vendor')}…` : 'Scoring every vendor…'} visibleLabel />
        </div>
      )}

      {portfolio && portfolio.vendors.length === 0 && (
        <EmptyState
          icon="gauge"
          title="No vendors to score yet"
          actions={
            <a className="btn btn-primary" href={routeHref({ page: 'vendors' })}>
              Add or import vendors
            </a>
          }
        >
          <p>Once your vendors are in Vetter, this page shows how they compare: tiers, a heat map, what drives the scores and what is overdue.</p>
        </EmptyState>
      )}

      {portfolio && portfolio.vendors.length > 0 && <PortfolioView portfolio={portfolio} />}
    </div>
  );
}

function PortfolioView({ portfolio }: { portfolio: Portfolio }) {
  const [tier, setTier] = useState<Tier | null>(null);
  const [view, setView] = useState<RiskView>('known');
  const overdue = portfolio.vendors.filter((v) => v.overdue);
  const drivers = topDrivers(portfolio.vendors, DRIVERS_SHOWN, view);
  const inView = rankedIn(portfolio.vendors, view);
  const ranked = tier ? inView.filter((v) => v.tier === tier) : inView;
  const open = notYetAssessed(portfolio.vendors);
  const untouched = open.filter((v) => v.coverage.answered === 0).length;

  return (
    <>
      <ListDataAlert basis={portfolio.basis} />

      <fieldset className="card risk-view" aria-describedby="risk-view-hint">
        <legend className="field-label">Read scores as</legend>
        <div className="radio-group radio-group-inline">
          <label className="radio">
            <input type="radio" name="risk-view" checked={view === 'known'} onChange={() => setView('known')} />
            <span>Known risk only</span>
          </label>
          <label className="radio">
            <input type="radio" name="risk-view" checked={view === 'with-unassessed'} onChange={() => setView('with-unassessed')} />
            <span>Including not yet assessed</span>
          </label>
        </div>
        <p id="risk-view-hint" className="field-hint">
          {view === 'known'
            ? 'What designations, allegations, jurisdiction, answered questions and findings show. Unanswered questions are counted apart, under “Not yet assessed”.'
            : 'Known risk plus what every unanswered question would add if its answer were the worst: the most a vendor could score once assessed.'}
        </p>
      </fieldset>

      <section className="card" aria-labelledby="tiers-title">
        <h2 id="tiers-title">Vendors by tier</h2>
        <TierCounts vendors={portfolio.vendors} selected={tier} onSelect={setTier} />
      </section>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="heatmap-title">
          <h2 id="heatmap-title">Exposure against inherent risk</h2>
          <RiskHeatmap vendors={portfolio.vendors} />
        </section>

        <div className="dashboard-column">
          <section className="card" aria-labelledby="drivers-title">
            <h2 id="drivers-title">Top drivers</h2>
            <p className="section-hint">
              {view === 'known'
                ? 'The factors adding the most known risk across the portfolio (each vendor’s three largest); unanswered questions are left out.'
                : 'The factors adding the most points across the portfolio, unanswered questions counted at their worst (each vendor’s three largest of each).'}
            </p>
            {drivers.length === 0 ? (
              <p className="muted">No factor adds points to any vendor.</p>
            ) : (
              <table className="data-table drivers-table">
                <caption className="visually-hidden">Top drivers</caption>
                <thead>
                  <tr>
                    <th scope="col">Factor</th>
                    <th scope="col">Kind</th>
                    <th scope="col" className="numeric">
                      Vendors
                    </th>
                    <th scope="col" className="numeric">
                      Points in all
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {drivers.map((d) => (
                    <tr key={d.label}>
                      <th scope="row">{d.label}</th>
                      <td className="muted">{COMPONENT_LABELS[d.component]}</td>
                      <td className="numeric">{formatCount(d.vendors)}</td>
                      <td className="numeric">{formatPoints(d.points)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="card" aria-labelledby="unassessed-title">
            <h2 id="unassessed-title">Not yet assessed</h2>
            {open.length === 0 ? (
              <p className="muted">Every vendor has every applicable question answered.</p>
            ) : (
              <>
                <p className="section-hint">
                  {plural(open.length, 'vendor')} with questions still open, {formatCount(untouched)} with none answered. Their tier follows what is
                  known; “up to” is what the open questions would add at worst.
                </p>
                <ul className="plain-list unassessed-list">
                  {open.slice(0, DRIVERS_SHOWN).map((v) => (
                    <li key={v.vendorId}>
                      <a href={routeHref({ page: 'vendor', id: v.vendorId, editing: false })}>{v.name}</a>{' '}
                      <span className="muted">
                        {coverageText(v.coverage)} · up to +{formatPoints(v.unassessed)}
                      </span>
                    </li>
                  ))}
                </ul>
                {open.length > DRIVERS_SHOWN && <p className="muted">and {plural(open.length - DRIVERS_SHOWN, 'more vendor')}: see the ranking below.</p>}
              </>
            )}
          </section>

          <section className="card" aria-labelledby="overdue-title">
            <h2 id="overdue-title">Overdue re-assessments</h2>
            {overdue.length === 0 ? (
              <p className="muted">No re-assessment is overdue.</p>
            ) : (
              <ul className="plain-list overdue-list">
                {overdue.map((v) => (
                  <li key={v.vendorId}>
                    <a href={routeHref({ page: 'vendor', id: v.vendorId, editing: false })}>{v.name}</a>
                    <span className="reassess-overdue">due {formatDate(v.reassessDue)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <SupplierConcentration />

      <section className="card card-flush" aria-labelledby="ranked-title">
        <div className="card-header card-header-padded">
          <h2 id="ranked-title">{view === 'known' ? 'Vendors by known risk' : 'Vendors by known risk and not yet assessed'}</h2>
          {tier && (
            <>
              <span className="muted">Only {tier}</span>
              <button type="button" className="btn btn-small" onClick={() => setTier(null)}>
                Show every tier
              </button>
            </>
          )}
        </div>
        {ranked.length === 0 ? <p className="muted card-padded">No vendor is in this tier.</p> : <RankedVendorTable key={`${tier ?? 'all'}:${view}`} vendors={ranked} view={view} />}
      </section>
    </>
  );
}
