// A saved view in words, for the dialogs that save and manage views: what it searches, filters, sorts and shows.
import type { VendorFilters, VendorView } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { CRITICALITY_LABELS } from '../lib/labels';
import { SCREENING_STATUS_LABELS } from '../screening/screening';
import { COLUMN_CHOICES } from './VendorTable';
import { ALL_COLUMNS } from './listView';

const FILTER_NAMES: Record<keyof VendorFilters, string> = {
  screening: 'Screening',
  tier: 'Risk tier',
  criticality: 'Criticality',
  service: 'Service',
  dataShared: 'Data shared',
  country: 'Country',
};

function filterValue(key: keyof VendorFilters, value: string): string {
  if (key === 'country') return countryName(value) || value;
  if (key === 'screening') return SCREENING_STATUS_LABELS[value as keyof typeof SCREENING_STATUS_LABELS] ?? value;
  if (key === 'criticality') return value === 'unset' ? 'Not set' : (CRITICALITY_LABELS[value as keyof typeof CRITICALITY_LABELS] ?? value);
  return value;
}

/** "Search “cloud” · Risk tier: High · sorted by Risk, high to low · 8 of 11 columns". */
export function describeView(view: VendorView): string {
  const parts: string[] = [];
  if (view.query.trim()) parts.push(`Search “${view.query.trim()}”`);
  for (const key of Object.keys(FILTER_NAMES) as (keyof VendorFilters)[]) {
    if (view.filters[key]) parts.push(`${FILTER_NAMES[key]}: ${filterValue(key, view.filters[key])}`);
  }
  if (parts.length === 0) parts.push('Every vendor');
  const sortedBy = COLUMN_CHOICES.find((c) => c.key === view.sort.key)?.label ?? view.sort.key;
  parts.push(`sorted by ${sortedBy.toLowerCase()}, ${view.sort.direction === 'asc' ? 'ascending' : 'descending'}`);
  parts.push(view.columns.length === ALL_COLUMNS.length ? 'every column' : `${view.columns.length} of ${ALL_COLUMNS.length} columns`);
  return parts.join(' · ');
}
