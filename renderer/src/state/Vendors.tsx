import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { NO_FILTERS, type Sort, type VendorFilters } from '../lib/vendorList';

/** How the list is searched, filtered and sorted; kept here so it survives a visit to a vendor page. */
export interface ListView {
  query: string;
  filters: VendorFilters;
  sort: Sort;
  selectedId: string | null;
}

interface VendorsState {
  /** null until the first load answers. */
  vendors: Vendor[] | null;
  error: string | null;
  reload: () => Promise<void>;
  view: ListView;
  updateView: (change: Partial<ListView>) => void;
}

const VendorsContext = createContext<VendorsState | null>(null);

export function VendorsProvider({ children }: { children: ReactNode }) {
  const [vendors, setVendors] = useState<Vendor[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<ListView>({
    query: '',
    filters: NO_FILTERS,
    sort: { key: 'legalName', direction: 'asc' },
    selectedId: null,
  });

  const reload = useCallback(async () => {
    try {
      const result = await call('vendors.list', {});
      setVendors(result.vendors);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const updateView = useCallback((change: Partial<ListView>) => setView((v) => ({ ...v, ...change })), []);
  const state = useMemo(
    () => ({ vendors, error, reload, view, updateView }),
    [vendors, error, reload, view, updateView],
  );
  return <VendorsContext value={state}>{children}</VendorsContext>;
}

export function useVendors(): VendorsState {
  const state = use(VendorsContext);
  if (!state) throw new Error('useVendors outside VendorsProvider');
  return state;
}
