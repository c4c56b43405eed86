import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { ScreeningRun, VendorScreening } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { useVendors } from './Vendors';

interface ScreeningState {
  /** Vendor id -> screening status; null until the first load answers. */
  statuses: Record<string, VendorScreening> | null;
  /** The latest screening run; undefined until loaded, null when nothing was ever screened. */
  lastRun: ScreeningRun | null | undefined;
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
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [status, last] = await Promise.all([call('screening.statuses', {}), call('screening.lastRun', {})]);
      setStatuses(status.statuses);
      setLastRun(last.run);
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

  const state = useMemo(() => ({ statuses, lastRun, error, refresh }), [statuses, lastRun, error, refresh]);
  return <ScreeningContext value={state}>{children}</ScreeningContext>;
}

export function useScreening(): ScreeningState {
  const state = use(ScreeningContext);
  if (!state) throw new Error('useScreening outside ScreeningProvider');
  return state;
}
