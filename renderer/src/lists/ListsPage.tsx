import type { ListVersion } from '../../../electron/core/contract';
import { Alert } from '../ui/Alert';
import { BundledListsLoading } from './BundledListsLoading';
import { EmptyState } from '../ui/EmptyState';
import { LastScreeningSummary } from '../screening/LastScreeningSummary';
import { ListImport } from './ListImport';
import { ListSources } from './ListSources';
import { ListsTable } from './ListsTable';
import { PageTitle } from '../ui/PageTitle';
import { ScreenAllVendors } from '../screening/ScreenAllVendors';
import { Spinner } from '../ui/Spinner';
import { formatDate, plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';

/** "between 11 Aug 2023 and 8 Jun 2026", from the bundled lists' own dates. */
function bundledPeriod(bundled: ListVersion[]): string {
  const dates = bundled.flatMap((v) => (v.asOf ? [v.asOf] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return '';
  return first === last ? ` on ${formatDate(first)}` : ` between ${formatDate(first)} and ${formatDate(last)}`;
}

/** The designation lists Vetter screens against: how current each is, its versions, and importing new ones. */
export function ListsPage() {
  const lists = useQuery(read('lists.list', {}));
  const vendorCount = useQuery(read('app.info', {})).data?.vendorCount;
  const current = lists.data?.current ?? [];
  const bundled = current.filter((v) => v.bundled);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Designation lists">Designation lists</PageTitle>
          <p className="page-subtitle">
            The government lists your vendors are screened against. Each list keeps every version you import.
          </p>
        </div>
        <div className="page-actions">
          <ScreenAllVendors disabled={!vendorCount} />
          <ListImport />
        </div>
      </header>

      {bundled.length > 0 && (
        <Alert tone="warning" title="The bundled lists are old snapshots, for trying Vetter out — not for real screening">
          <p>
            Vetter comes with copies of {plural(bundled.length, 'list')} taken{bundledPeriod(bundled)}. Designations change
            every week, so these copies miss recent listings and still show entries removed since.
            {bundled.some((v) => !v.coverage.complete) &&
              ' Some are also partial (see Coverage below): the only public copies there were lack entries, aliases or whole parts.'}
          </p>
          <p>
            Before you rely on a result, download the current files from each publisher on a computer with internet access,
            copy them to this one, and choose <strong>Import list file(s)…</strong> above. Vetter recognises each file by
            its content: OFAC’s CSV files (select them together), the trade.gov Consolidated Screening List (CSV or JSON), the
            BIS Denied Persons List (.txt), the UK Sanctions List (.ods), the UN Security Council list (.xml), and the DoD
            1260H and NS-CMIC lists as CSV. For your own block list, use <strong>Custom list…</strong> instead. Where to get
            each is listed at the bottom of this page.
          </p>
        </Alert>
      )}

      <LastScreeningSummary />

      {lists.error && <Alert tone="error">{lists.error}</Alert>}
      {!lists.data && !lists.error && (
        <div className="page-loading">
          <Spinner label="Loading the lists…" visibleLabel />
        </div>
      )}

      {lists.data?.bundled?.state === 'loading' && (
        <BundledListsLoading done={lists.data.bundled.done} total={lists.data.bundled.total} onDone={lists.refetch} />
      )}
      {lists.data?.bundled?.state === 'failed' && (
        <Alert tone="error" title="The bundled lists could not be loaded">
          {lists.data.bundled.message}
        </Alert>
      )}

      {lists.data && current.length === 0 && lists.data.bundled?.state !== 'loading' && (
        <EmptyState icon="file" title="No lists yet">
          <p>Import the designation lists you screen against, as downloaded from their publishers.</p>
        </EmptyState>
      )}

      {lists.data && current.length > 0 && (
        <section className="card card-flush" aria-label="Lists in use">
          <ListsTable current={current} history={lists.data.history} />
          <div className="table-footer">
            <span className="muted">
              A list is marked <strong>Stale</strong> when its data is more than {plural(lists.data.staleAfterDays, 'day')} old.
              Change this in <a href={routeHref({ page: 'settings' })}>Settings</a>.
            </span>
          </div>
        </section>
      )}

      <ListSources />
    </div>
  );
}
