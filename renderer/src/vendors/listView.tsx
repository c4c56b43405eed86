import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { NO_FILTERS, type Sort, type VendorFilters } from './vendorList';

/** How the list is searched, filtered and sorted; kept here so it survives a visit to a vendor page. */
export interface ListView {
  query: string;
  filters: VendorFilters;
  sort: Sort;
  /** The selected row's position in the list as searched, filtered and sorted; null when none is. */
  selectedIndex: number | null;
}

interface ListViewState {
  view: ListView;
  updateView: (change: Partial<ListView>) => void;
}

const ListViewContext = createContext<ListViewState | null>(null);

/** The vendor list's view; the rows themselves are queries (useVendorRows.ts). */
export function ListViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ListView>({
    query: '',
    filters: NO_FILTERS,
    sort: { key: 'legalName', direction: 'asc' },
    selectedIndex: null,
  });
  // Another search, filter or order puts other vendors at each position: the selection starts again from the top.
  const updateView = useCallback(
    (change: Partial<ListView>) =>
      setView((v) => ({ ...v, ...(change.query !== undefined || change.filters || change.sort ? { selectedIndex: null } : {}), ...change })),
    [],
  );
  const state = useMemo(() => ({ view, updateView }), [view, updateView]);
  return <ListViewContext value={state}>{children}</ListViewContext>;
}

export function useListView(): ListViewState {
  const state = use(ListViewContext);
  if (!state) throw new Error('useListView outside ListViewProvider');
  return state;
}
