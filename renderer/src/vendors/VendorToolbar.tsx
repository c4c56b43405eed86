import { type RefObject, useMemo } from 'react';
import { DATA_SHARED, SERVICES, TIERS } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { shortcutLabel } from '../lib/keyboard';
import { CRITICALITY_LABELS } from '../lib/labels';
import { SCREENING_STATUS_LABELS, SCREENING_STATUS_ORDER } from '../screening/screening';
import type { VendorFilters } from './vendorList';
import { Icon } from '../ui/Icon';
import { ColumnsMenu } from './ColumnsMenu';
import { ViewsMenu } from './ViewsMenu';

interface Props {
  /** Countries that occur in the inventory, for the country filter. */
  countries: readonly string[];
  query: string;
  filters: VendorFilters;
  onQueryChange: (query: string) => void;
  onFiltersChange: (filters: VendorFilters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown in the search box hands the keyboard to the table. */
  onLeaveSearch: () => void;
}

type Option = { value: string; label: string };

const CRITICALITY_OPTIONS: Option[] = [
  ...Object.entries(CRITICALITY_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'unset', label: 'Not set' },
];
const SERVICE_OPTIONS: Option[] = SERVICES.map((s) => ({ value: s, label: s }));
const DATA_OPTIONS: Option[] = DATA_SHARED.map((d) => ({ value: d, label: d }));
const TIER_OPTIONS: Option[] = TIERS.map((t) => ({ value: t, label: t }));
const SCREENING_OPTIONS: Option[] = SCREENING_STATUS_ORDER.map((s) => ({ value: s, label: SCREENING_STATUS_LABELS[s] }));

/** Search box and the filters above the vendor table. */
export function VendorToolbar({ countries, query, filters, onQueryChange, onFiltersChange, searchRef, onLeaveSearch }: Props) {
  const countryOptions = useMemo(() => countries.map((code) => ({ value: code, label: countryName(code) })), [countries]);
  const filter = (key: keyof VendorFilters, label: string, anyLabel: string, options: Option[]) => (
    <FilterSelect
      label={label}
      anyLabel={anyLabel}
      options={options}
      value={filters[key]}
      // The options are the filter's own values; the core checks them all the same.
      onChange={(value) => onFiltersChange({ ...filters, [key]: value } as VendorFilters)}
    />
  );

  return (
    <div className="toolbar" role="search">
      <div className="search-box">
        <Icon name="search" />
        <input
          ref={searchRef}
          id="vendor-search"
          type="search"
          placeholder="Search by name, country, tag, owner or ID…"
          aria-label="Search vendors by name"
          title={`Search vendors (${shortcutLabel('K')} or /)`}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onLeaveSearch();
            } else if (event.key === 'Escape' && query) {
              onQueryChange('');
            }
          }}
        />
        <kbd className="search-hint" aria-hidden="true">
          {shortcutLabel('K')}
        </kbd>
      </div>
      {filter('screening', 'Screening result', 'Any screening', SCREENING_OPTIONS)}
      {filter('tier', 'Risk tier', 'Any risk tier', TIER_OPTIONS)}
      {filter('criticality', 'Criticality', 'Any criticality', CRITICALITY_OPTIONS)}
      {filter('service', 'Service', 'Any service', SERVICE_OPTIONS)}
      {filter('dataShared', 'Data shared', 'Any data shared', DATA_OPTIONS)}
      {filter('country', 'Country', 'Any country', countryOptions)}
      <div className="toolbar-end">
        <ColumnsMenu />
        <ViewsMenu />
      </div>
    </div>
  );
}

/** A filter: '' is "any"; an active filter is highlighted so a narrowed list is never mistaken for the whole. */
function FilterSelect({
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="filter">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} className={value ? 'is-active' : undefined}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
