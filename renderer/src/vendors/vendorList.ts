// Search, filters and sorting of the vendor list, done in the renderer: the core hands over the whole
// list once and every keystroke filters it in memory (10,000 vendors take a few milliseconds).
import type { DATA_SHARED, SERVICES, Vendor, VendorScreening } from '../../../electron/core/contract';
import { CRITICALITY, vendorNameKey } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { SCREENING_STATUS_ORDER, type ScreeningStatus } from '../screening/screening';

/** Vendor id -> screening status, as screening.statuses answers; a vendor missing from it is not screened. */
export type ScreeningStatuses = Record<string, VendorScreening>;

/** Vendor id -> the vendor's score and tier, from the portfolio. */
export type VendorRisks = Record<string, { score: number; tier: string }>;

export type Service = (typeof SERVICES)[number];
export type DataShared = (typeof DATA_SHARED)[number];

export interface VendorFilters {
  criticality: string; // '' = any; a CRITICALITY value; 'unset'
  service: string; // '' = any; a SERVICES value
  dataShared: string; // '' = any; a DATA_SHARED value
  country: string; // '' = any; an ISO code matching incorporation or headquarters
  screening: string; // '' = any; a screening status
}

export const NO_FILTERS: VendorFilters = { criticality: '', service: '', dataShared: '', country: '', screening: '' };

export type SortKey =
  | 'legalName'
  | 'screening'
  | 'risk'
  | 'country'
  | 'parentName'
  | 'services'
  | 'dataShared'
  | 'criticality'
  | 'contractOwner'
  | 'contractEnd'
  | 'annualSpend';

export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export function hasFilters(query: string, filters: VendorFilters): boolean {
  return query.trim() !== '' || Object.values(filters).some((v) => v !== '');
}

const searchTexts = new WeakMap<Vendor, string>();

/** Legal name and every other name, each folded as the core compares names, once per vendor object. */
function searchText(vendor: Vendor): string {
  let text = searchTexts.get(vendor);
  if (text === undefined) {
    text = [vendor.legalName, ...vendor.otherNames.map((n) => n.name)].map(vendorNameKey).join('\n');
    searchTexts.set(vendor, text);
  }
  return text;
}

function screeningStatus(vendor: Vendor, statuses: ScreeningStatuses): ScreeningStatus {
  return statuses[vendor.id]?.status ?? 'unscreened';
}

export function filterVendors(vendors: Vendor[], query: string, filters: VendorFilters, statuses: ScreeningStatuses): Vendor[] {
  // Every word must appear somewhere in the names, so "alibaba cloud" and "cloud alibaba" both match.
  const words = vendorNameKey(query).split(' ').filter(Boolean);
  return vendors.filter((v) => {
    if (filters.criticality && (v.criticality ?? 'unset') !== filters.criticality) return false;
    if (filters.service && !v.services.some((s) => s === filters.service)) return false;
    if (filters.dataShared && !v.dataShared.some((d) => d === filters.dataShared)) return false;
    if (filters.country && v.countryOfIncorporation !== filters.country && v.countryOfHeadquarters !== filters.country) {
      return false;
    }
    if (filters.screening && screeningStatus(v, statuses) !== filters.screening) return false;
    if (words.length === 0) return true;
    const text = searchText(v);
    return words.every((w) => text.includes(w));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type SortValue = string | number | null;

function sortValue(v: Vendor, key: SortKey, statuses: ScreeningStatuses, risks: VendorRisks): SortValue {
  switch (key) {
    case 'risk':
      return risks[v.id]?.score ?? null;
    case 'screening': {
      // Match > needs review > clear; not screened counts as blank and goes last.
      const status = screeningStatus(v, statuses);
      return status === 'unscreened' ? null : SCREENING_STATUS_ORDER.length - SCREENING_STATUS_ORDER.indexOf(status);
    }
    case 'country':
      return countryName(v.countryOfIncorporation) || null;
    case 'services':
      return v.services.join(', ') || null;
    case 'dataShared':
      return v.dataShared.join(', ') || null;
    case 'criticality':
      return v.criticality === null ? null : CRITICALITY.indexOf(v.criticality);
    default:
      return v[key] === '' ? null : v[key];
  }
}

/** Sorted copy; blanks always go last so that sorting never buries the filled-in rows. */
export function sortVendors(vendors: Vendor[], sort: Sort, statuses: ScreeningStatuses, risks: VendorRisks): Vendor[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return vendors
    .map((vendor) => ({ vendor, value: sortValue(vendor, sort.key, statuses, risks) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || collator.compare(a.vendor.legalName, b.vendor.legalName);
    })
    .map((entry) => entry.vendor);
}

/** Countries that occur in the data, for the country filter. */
export function countriesInUse(vendors: Vendor[]): string[] {
  const codes = new Set<string>();
  for (const v of vendors) {
    if (v.countryOfIncorporation) codes.add(v.countryOfIncorporation);
    if (v.countryOfHeadquarters) codes.add(v.countryOfHeadquarters);
  }
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b)));
}
