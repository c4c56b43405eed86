import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
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
import { hasFilters, NO_FILTERS, type VendorRisks } from './vendorList';
import { useShell } from '../shell/Shell';
import { useListView } from './listView';
import { useVendorRows } from './useVendorRows';
import { VendorSelectionBar } from './VendorSelectionBar';
import { extended, NO_SELECTION, only, rangeBetween, type Selection, toggled } from '../lib/selection';
import { WINDOW_ROWS } from './useVendorRows';

export function VendorsPage() {
  const { view, updateView } = useListView();
  const toast = useToast();
  const { openImport, searchFocusRequested, searchFocusDone } = useShell();
  // Typing stays instant: the list catches up with the search box a moment later.
  const query = useDeferredValue(view.query);
  const [range, setRange] = useState({ first: 0, last: 0 });
  const onRangeChange = useCallback((first: number, last: number) => setRange({ first, last }), []);
  const rows = useVendorRows({ query, filters: view.filters, sort: view.sort }, range);
  const page = rows.page;
  const basis = useQuery(page ? read('lists.list', {}) : null).data?.basis ?? null;
  const scoring = useQuery(page && page.total > 0 ? read('scores.portfolio', {}) : null);
  const portfolio = scoring.data;
  const searchRef = useRef<HTMLInputElement>(null);
  const [tableFocusToken, setTableFocusToken] = useState(0);

  const risks = useMemo(
    (): VendorRisks | null => portfolio ? Object.fromEntries(portfolio.vendors.map((v) => [v.vendorId, { score: v.score, tier: v.tier, coverage: v.coverage, unassessed: v.unassessed }])) : null,
    [portfolio],
  );

  // The search box is drawn with the list, which may come a moment after the page (or be empty): focus it once it
  // is there; a request still waiting when the page closes is dropped.
  useEffect(() => {
    if (!searchFocusRequested || !searchRef.current) return;
    searchRef.current.focus();
    searchRef.current.select();
    searchFocusDone();
  }, [searchFocusRequested, searchFocusDone, page]);
  useEffect(() => searchFocusDone, [searchFocusDone]);

  const total = page?.total ?? 0;
  const open = (id: string) => navigate({ page: 'vendor', id, editing: false });

  // Ticked vendors, for bulk actions. Another search, filter or order starts afresh: a selection made under one filter
  // would otherwise act on vendors no longer in sight.
  const listKey = JSON.stringify([query, view.filters, view.sort]);
  const [selection, setSelection] = useState<Selection & { listKey: string }>({ ...NO_SELECTION, listKey });
  const picked = selection.listKey === listKey ? selection : { ...NO_SELECTION, listKey };
  const pick = (next: Selection) => setSelection({ ...next, listKey });
  const toggle = (index: number) => {
    const row = rows.rowAt(index);
    if (row) pick(toggled(picked, row.vendor.id, index));
  };
  // A range may reach rows not loaded (a long Shift+End): those are asked of the core, a window at a time.
  const pickRange = async (index: number) => {
    const [from, to] = rangeBetween(picked.anchor, index);
    const ids: string[] = [];
    for (let at = from; at <= to; at++) {
      const row = rows.rowAt(at);
      if (row) {
        ids.push(row.vendor.id);
        continue;
      }
      const answer = await call('vendors.page', { query, filters: view.filters, sort: view.sort, offset: at, limit: Math.min(to - at + 1, WINDOW_ROWS * 5) });
      ids.push(...answer.rows.map((r) => r.vendor.id));
      at += answer.rows.length - 1;
    }
    setSelection((s) => ({ ...extended(s.listKey === listKey ? s : { ...NO_SELECTION }, ids, index), listKey }));
  };
  const pickAll = async () => {
    try {
      const { ids } = await call('vendors.matchingIds', { query, filters: view.filters });
      pick(only(ids));
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    }
  };

  return (
    <div className="page page-full">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Vendors">Vendors</PageTitle>
          {page && total > 0 && (
            <>
              <p className="page-subtitle" aria-live="polite">
                Showing {formatCount(page.matched)} of {plural(total, 'vendor')}
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

      {rows.error && (
        <Alert tone="error" title="The vendor list could not be loaded">
          <p>{rows.error}</p>
          <button type="button" className="btn btn-small" onClick={() => void rows.refetch()}>
            Try again
          </button>
        </Alert>
      )}

      {scoring.error && total > 0 && (
        <Alert tone="error" title="Risk scores could not be computed">
          <p>{scoring.error}</p>
        </Alert>
      )}

      {!page && !rows.error && (
        <div className="page-loading">
          <Spinner label="Loading vendors…" visibleLabel />
        </div>
      )}

      {page && total === 0 && <FirstRun />}

      {page && total > 0 && (
        <>
          <VendorToolbar
            countries={page.countries}
            query={view.query}
            filters={view.filters}
            onQueryChange={(query) => updateView({ query })}
            onFiltersChange={(filters) => updateView({ filters })}
            searchRef={searchRef}
            onLeaveSearch={() => setTableFocusToken((t) => t + 1)}
          />
          {picked.ids.size > 0 && <VendorSelectionBar ids={[...picked.ids]} onClear={() => pick(NO_SELECTION)} />}
          {page.matched > 0 ? (
            <VendorTable
              picked={picked.ids}
              onToggle={toggle}
              onRange={(index) => void pickRange(index)}
              onPickAll={() => void pickAll()}
              onClearPicked={() => pick(NO_SELECTION)}
              count={page.matched}
              rowAt={rows.rowAt}
              basis={basis}
              risks={risks}
              sort={view.sort}
              onSort={(sort) => updateView({ sort })}
              selectedIndex={view.selectedIndex}
              onSelect={(selectedIndex) => updateView({ selectedIndex })}
              onOpen={open}
              onRangeChange={onRangeChange}
              focusToken={tableFocusToken}
              listKey={listKey}
              columns={view.columns}
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
