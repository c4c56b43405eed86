// What the user chose to see of the vendor list: a search, filters and a sort. The core does the searching, filtering
// and sorting (vendors.page, electron/core/vendors/list-view.ts) and answers the window of rows the table shows.
import type { DATA_SHARED, SERVICES, VendorFilters, VendorSort, VendorSortKey } from '../../../electron/core/contract';

export type { VendorFilters };
export type Sort = VendorSort;
export type SortKey = VendorSortKey;

/** Vendor id -> the vendor's score and tier, and its assessment coverage, from the portfolio. */
export type VendorRisks = Record<string, { score: number; tier: string; coverage: { applicable: number; answered: number; verified: number }; unassessed: number }>;

export type Service = (typeof SERVICES)[number];
export type DataShared = (typeof DATA_SHARED)[number];

export const NO_FILTERS: VendorFilters = { criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '' };

export function hasFilters(query: string, filters: VendorFilters): boolean {
  return query.trim() !== '' || Object.values(filters).some((v) => v !== '');
}
