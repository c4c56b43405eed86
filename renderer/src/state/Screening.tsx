import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { ScreeningRun, VendorScreening, VerdictBasis } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { useVendors } from './Vendors';

interface ScreeningState {
  /** Vendor id -> screening status; null until the first load answers. */
  statuses: Record<string, VendorScreening> | null;
  /** The latest screening run; undefined until loaded, null when nothing was ever screened. */
  lastRun: ScreeningRun | null | undefined;
  /** What results rest on: the lists in use, their dates, which are partial or stale; null until loaded. */
  basis: VerdictBasis | null;
  error: string | null;
  /** Loads statuses and the last run again: after a run, an import or a review. */
  refresh: () => Promise<void>;
}

const ScreeningContext = createContext<ScreeningState | null>(null);

/** Every vendor's screening status and the last run, shared by the vendor table, the Lists page and vendor pages. */
export function ScreeningProvider({ children }: { children: ReactNode }) {
  const { vendors } = useVendors();
  const [statuses, setStatuses] = useState<Record<string, VendorScreening> | null>(null);
  const [lastRun, setLastRun] = useState<ScreeningRun | null | undefined>(undefined);
  const [basis, setBasis] = useState<VerdictBasis | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [status, last, lists] = await Promise.all([call('screening.statuses', {}), call('screening.lastRun', {}), call('lists.list', {})]);
      setStatuses(status.statuses);
      setLastRun(last.run);
      setBasis(lists.basis);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  // Adding, editing, importing or deleting vendors can change who is screened: follow the vendor list, and
  // wait for its first load, which the window needs first.
  useEffect(() => {
    if (vendors) void refresh();
  }, [refresh, vendors]);

  const state = useMemo(() => ({ statuses, lastRun, basis, error, refresh }), [statuses, lastRun, basis, error, refresh]);
  return <ScreeningContext value={state}>{children}</ScreeningContext>;
}

export function useScreening(): ScreeningState {
  const state = use(ScreeningContext);
  if (!state) throw new Error('useScreening outside ScreeningProvider');
  return state;
}
