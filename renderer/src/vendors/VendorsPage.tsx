import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { EmptyState } from '../ui/EmptyState';
import { ExportMenu } from './ExportMenu';
import { Icon } from '../ui/Icon';
import { LastScreeningSummary } from '../screening/LastScreeningSummary';
import { PageTitle } from '../ui/PageTitle';
import { ScreenAllVendors } from '../screening/ScreenAllVendors';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { VendorTable } from './VendorTable';
import { VendorToolbar } from './VendorToolbar';
import { formatCount, plural } from '../lib/format';
import { shortcutLabel } from '../lib/keyboard';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { navigate } from '../lib/router';
import { filterVendors, hasFilters, NO_FILTERS, sortVendors, type VendorRisks } from './vendorList';
import { useShell } from '../shell/Shell';
import { useListView } from './listView';

export function VendorsPage() {
  const { view, updateView } = useListView();
  const { openImport, searchFocusRequested, searchFocusDone } = useShell();
  const vendorList = useQuery(read('vendors.list', {}));
  const vendors = vendorList.data?.vendors;
  // The vendors first, which the page needs first; then their screening, and the Risk column once both are known.
  const screening = useQuery(vendors ? read('screening.statuses', {}) : null);
  const statuses = screening.data?.statuses ?? null;
  const basis = useQuery(vendors ? read('lists.list', {}) : null).data?.basis ?? null;
  const scoring = useQuery(vendors && vendors.length > 0 && statuses ? read('scores.portfolio', {}) : null);
  const portfolio = scoring.data;
  const searchRef = useRef<HTMLInputElement>(null);
  const [tableFocusToken, setTableFocusToken] = useState(0);

  // Typing stays instant with thousands of vendors: the list catches up with the search box a moment later.
  const query = useDeferredValue(view.query);
  const risks = useMemo(
    (): VendorRisks | null => portfolio ? Object.fromEntries(portfolio.vendors.map((v) => [v.vendorId, { score: v.score, tier: v.tier }])) : null,
    [portfolio],
  );
  const shown = useMemo(() => {
    if (!vendors) return [];
    const known = statuses ?? {};
    return sortVendors(filterVendors(vendors, query, view.filters, known), view.sort, known, risks ?? {});
  }, [vendors, statuses, risks, query, view.filters, view.sort]);

  useEffect(() => {
    if (!searchFocusRequested) return;
    searchRef.current?.focus();
    searchRef.current?.select();
    searchFocusDone();
  }, [searchFocusRequested, searchFocusDone, vendors]);

  const total = vendors?.length ?? 0;
  const open = (id: string) => navigate({ page: 'vendor', id, editing: false });

  return (
    <div className="page page-full">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Vendors">Vendors</PageTitle>
          {vendors && total > 0 && (
            <>
              <p className="page-subtitle" aria-live="polite">
                Showing {formatCount(shown.length)} of {plural(total, 'vendor')}
              </p>
              <LastScreeningSummary />
            </>
          )}
        </div>
        <div className="page-actions">
          <ScreenAllVendors disabled={total === 0} />
          <button type="button" className="btn" onClick={openImport} title={`Import vendors from a file (${shortcutLabel('I')})`}>
            <Icon name="upload" />
            Import…
          </button>
          <ExportMenu disabled={total === 0} />
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => navigate({ page: 'new-vendor' })}
            title={`Add a vendor (${shortcutLabel('N')})`}
          >
            <Icon name="plus" />
            Add vendor
          </button>
        </div>
      </header>

      {vendorList.error && (
        <Alert tone="error" title="The vendor list could not be loaded">
          <p>{vendorList.error}</p>
          <button type="button" className="btn btn-small" onClick={() => void vendorList.refetch()}>
            Try again
          </button>
        </Alert>
      )}

      {screening.error && vendors && total > 0 && (
        <Alert tone="error" title="Screening results could not be loaded">
          <p>{screening.error}</p>
        </Alert>
      )}

      {scoring.error && vendors && total > 0 && (
        <Alert tone="error" title="Risk scores could not be computed">
          <p>{scoring.error}</p>
        </Alert>
      )}

      {!vendors && !vendorList.error && (
        <div className="page-loading">
          <Spinner label="Loading vendors…" visibleLabel />
        </div>
      )}

      {vendors && total === 0 && <FirstRun />}

      {vendors && total > 0 && (
        <>
          <VendorToolbar
            vendors={vendors}
            query={view.query}
            filters={view.filters}
            onQueryChange={(query) => updateView({ query })}
            onFiltersChange={(filters) => updateView({ filters })}
            searchRef={searchRef}
            onLeaveSearch={() => setTableFocusToken((t) => t + 1)}
          />
          {shown.length > 0 ? (
            <VendorTable
              vendors={shown}
              statuses={statuses}
              basis={basis}
              risks={risks}
              sort={view.sort}
              onSort={(sort) => updateView({ sort })}
              selectedId={view.selectedId}
              onSelect={(selectedId) => updateView({ selectedId })}
              onOpen={open}
              focusToken={tableFocusToken}
            />
          ) : (
            <EmptyState
              icon="search"
              title="No vendors match"
              actions={
                hasFilters(view.query, view.filters) && (
                  <button type="button" className="btn" onClick={() => updateView({ query: '', filters: NO_FILTERS })}>
                    Clear filters
                  </button>
                )
              }
            >
              <p>Nothing matches this search and these filters. Try fewer words, or clear the filters.</p>
            </EmptyState>
          )}
        </>
      )}
    </div>
  );
}

/** The empty database: say what Vetter is for and offer the three ways to start. */
function FirstRun() {
  const { openImport } = useShell();
  const toast = useToast();
  const [loading, setLoading] = useState(false);

  const loadDemo = async () => {
    setLoading(true);
    try {
      const { created } = await call('demo.load', {});
      toast({ tone: 'success', message: `Loaded ${plural(created, 'demo vendor')}` });
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    } finally {
      setLoading(false);
    }
  };

  return (
    <EmptyState
      icon="building"
      title="No vendors yet"
      actions={
        <>
          <button type="button" className="btn btn-primary" onClick={() => void loadDemo()} disabled={loading}>
            {loading ? <Spinner label="Loading demo data…" /> : <Icon name="building" />}
            Load demo data
          </button>
          <button type="button" className="btn" onClick={openImport}>
            <Icon name="upload" />
            Import a file…
          </button>
          <button type="button" className="btn" onClick={() => navigate({ page: 'new-vendor' })}>
            <Icon name="plus" />
            Add a vendor
          </button>
        </>
      }
    >
      <p>
        Vetter keeps an inventory of your cloud and AI vendors — who they are, what you share with them and how much you
        depend on them — so you can screen and score them and show an auditor how.
      </p>
      <p className="muted">Start with about 30 example vendors, import your own list from a CSV or Excel file, or add one by hand.</p>
    </EmptyState>
  );
}
