// Country parsing for imports: ISO codes or English names in, ISO 3166-1 alpha-2 out.
import { alpha3ToAlpha2, getName, getNames, registerLocale } from 'i18n-iso-countries';
// A static import so esbuild bundles the locale; the package's own loader reads files at run time.
import en from 'i18n-iso-countries/langs/en.json';
import { vendorNameKey } from './names';

registerLocale(en);

/** Forms analysts write that the locale file lacks. Keys are compared with compactKey(). */
const EXTRA_NAMES: Record<string, string> = {
  'Mainland China': 'CN',
  PRC: 'CN',
  'England and Wales': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Britain: 'GB',
  Holland: 'NL',
  Macau: 'MO',
  Burma: 'MM',
  Swaziland: 'SZ',
  Syria: 'SY',
  Laos: 'LA',
  Moldova: 'MD',
  'Viet Nam': 'VN',
  'Vatican City': 'VA',
};

/** Shorter everyday names where the locale's first name is the formal one. */
const DISPLAY_NAMES: Record<string, string> = {
  CN: 'China',
  TW: 'Taiwan',
  US: 'United States',
  KR: 'South Korea',
  RU: 'Russia',
  IR: 'Iran',
  SY: 'Syria',
  LA: 'Laos',
  MD: 'Moldova',
  VA: 'Vatican City',
  FM: 'Micronesia',
};

/** Ignores case, accents, punctuation and spaces, so "U.S.A.", "usa" and "Cote d'Ivoire" all match. */
function compactKey(value: string): string {
  return vendorNameKey(value).replace(/ /g, '');
}

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [code, names] of Object.entries(getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const key = compactKey(name);
      const known = index.get(key);
      // "Congo" names two countries: refuse to guess rather than pick one.
      if (known !== undefined && known !== code) ambiguous.add(key);
      index.set(key, code);
    }
  }
  for (const key of ambiguous) index.delete(key);
  for (const [name, code] of Object.entries(EXTRA_NAMES)) index.set(compactKey(name), code);
  return index;
}

const nameIndex = buildNameIndex();

/**
 * The ISO alpha-2 code for an alpha-2 or alpha-3 code or an English country name (any case),
 * or null when the value is empty or not a country we recognise.
 */
export function parseCountry(value: string): string | null {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && getName(upper, 'en') !== undefined) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = alpha3ToAlpha2(upper);
    if (alpha2 !== undefined) return alpha2;
  }
  return nameIndex.get(compactKey(trimmed)) ?? null;
}

/** English display name for an alpha-2 code; unknown codes are shown as they are. */
export function countryName(code: string): string {
  return DISPLAY_NAMES[code] ?? getName(code, 'en') ?? code;
}
