// Country names for ISO 3166-1 alpha-2 codes, bundled (no network): the picker shows names, the data keeps codes.
import en from 'i18n-iso-countries/langs/en.json';

// Where the package leads with a formal name ("People's Republic of China"), the name people use.
const COMMON_NAMES: Record<string, string> = {
  CN: 'China',
  TW: 'Taiwan',
  RU: 'Russia',
  US: 'United States',
  IR: 'Iran',
  CZ: 'Czechia',
  MK: 'North Macedonia',
  PS: 'Palestine',
  TZ: 'Tanzania',
  CI: "Côte d'Ivoire",
};

const names = new Map<string, string>(
  Object.entries(en.countries).map(([code, name]) => [
    code,
    COMMON_NAMES[code] ?? (Array.isArray(name) ? (name[0] ?? code) : name),
  ]),
);

/** All countries, sorted by name for the picker. */
export const COUNTRIES: ReadonlyArray<{ code: string; name: string }> = [...names]
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

export function countryName(code: string | null): string {
  if (!code) return '';
  return names.get(code) ?? code;
}
