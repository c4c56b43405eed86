import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type SavedView, VENDOR_COLUMNS, type VendorColumn, type VendorView } from '../../../electron/core/contract';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { NO_FILTERS, type Sort, type VendorFilters } from './vendorList';

/** How the list is searched, filtered, sorted and shown; kept here so it survives a visit to a vendor page. */
export interface ListView {
  query: string;
  filters: VendorFilters;
  sort: Sort;
  /** The columns shown, in order; the legal name first. */
  columns: readonly VendorColumn[];
  /** The selected row's position in the list as searched, filtered and sorted; null when none is. */
  selectedIndex: number | null;
  /** The saved view last opened or saved, whose name the Views menu shows (marked when the list has moved on). */
  viewId: string | null;
}

interface ListViewState {
  view: ListView;
  updateView: (change: Partial<Omit<ListView, 'viewId'>>) => void;
  /** Shows a saved view: its search, filters, order and columns. */
  openView: (saved: SavedView) => void;
  /** The list as a view would keep it. */
  current: VendorView;
}

export const ALL_COLUMNS: readonly VendorColumn[] = VENDOR_COLUMNS;

const START: ListView = {
  query: '',
  filters: NO_FILTERS,
  sort: { key: 'legalName', direction: 'asc' },
  columns: ALL_COLUMNS,
  selectedIndex: null,
  viewId: null,
};

const ListViewContext = createContext<ListViewState | null>(null);

/** Whether the list shows what a saved view keeps (its name is then shown without a "changed" mark). */
export function showsView(current: VendorView, saved: SavedView): boolean {
  const kept = saved.definition;
  return (
    current.query === kept.query &&
    (Object.keys(kept.filters) as (keyof VendorFilters)[]).every((key) => current.filters[key] === kept.filters[key]) &&
    current.sort.key === kept.sort.key &&
    current.sort.direction === kept.sort.direction &&
    current.columns.join() === kept.columns.join()
  );
}

/** The vendor list's view; the rows themselves are queries (useVendorRows.ts). */
export function ListViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ListView>(START);
  const touched = useRef(false);
  // Another search, filter or order puts other vendors at each position: the selection starts again from the top.
  const updateView = useCallback((change: Partial<Omit<ListView, 'viewId'>>) => {
    touched.current = true;
    setView((v) => ({ ...v, ...(change.query !== undefined || change.filters || change.sort ? { selectedIndex: null } : {}), ...change }));
  }, []);
  const openView = useCallback((saved: SavedView) => {
    touched.current = true;
    setView({ ...saved.definition, selectedIndex: null, viewId: saved.id });
  }, []);

  // The user's default view opens with the app, unless they have already moved the list themselves.
  const saved = useQuery(read('views.list', {})).data;
  useEffect(() => {
    if (!saved || touched.current) return;
    touched.current = true;
    const first = saved.views.find((v) => v.isDefault);
    if (first) setView({ ...first.definition, selectedIndex: null, viewId: first.id });
  }, [saved]);

  const current = useMemo((): VendorView => ({ query: view.query, filters: view.filters, sort: view.sort, columns: [...view.columns] }), [view]);
  const state = useMemo(() => ({ view, updateView, openView, current }), [view, updateView, openView, current]);
  return <ListViewContext value={state}>{children}</ListViewContext>;
}

export function useListView(): ListViewState {
  const state = use(ListViewContext);
  if (!state) throw new Error('useListView outside ListViewProvider');
  return state;
}
