// The vendor table's rows, a window at a time: the core searches, filters and sorts (vendors.page) and the table asks
// for the rows in view. The rows in view span at most two windows; each is a query, kept current by the core's
// change events like every other read.
import { useRef } from 'react';
import type { VendorListPage } from '../../../electron/core/contract';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import type { Sort, VendorFilters } from './vendorList';

/** Rows a request: a screenful many times over, a small answer however many vendors there are. */
export const WINDOW_ROWS = 100;

export type VendorRow = VendorListPage['rows'][number];

export interface VendorRows {
  /** The latest answer: counts and the country list. Null before the first. */
  page: VendorListPage | null;
  /** The row at this position, or undefined while its window loads. */
  rowAt: (index: number) => VendorRow | undefined;
  error: string | null;
  refetch: () => Promise<void>;
}

export function useVendorRows(view: { query: string; filters: VendorFilters; sort: Sort }, range: { first: number; last: number }): VendorRows {
  const base = { query: view.query, filters: view.filters, sort: view.sort, limit: WINDOW_ROWS };
  const firstWindow = Math.floor(range.first / WINDOW_ROWS);
  const lastWindow = Math.floor(range.last / WINDOW_ROWS);
  const first = useQuery(read('vendors.page', { ...base, offset: firstWindow * WINDOW_ROWS }));
  // The same query as the first when the rows in view lie in one window.
  const last = useQuery(read('vendors.page', { ...base, offset: lastWindow * WINDOW_ROWS }));

  // Until a new search's first answer comes, the counts of the one before stay on show rather than a blank page.
  const latest = useRef<VendorListPage | null>(null);
  const page = first.data ?? last.data ?? null;
  if (page) latest.current = page;

  const rowAt = (index: number) => {
    const window = Math.floor(index / WINDOW_ROWS);
    const answer = window === firstWindow ? first.data : window === lastWindow ? last.data : undefined;
    return answer?.rows[index - answer.offset];
  };
  return { page: latest.current, rowAt, error: first.error ?? last.error, refetch: first.refetch };
}
