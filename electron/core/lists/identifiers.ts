// Company identifiers the lists print: OFAC in its remarks ("Unified Social Credit Code (USCC) 9113100033607322XK
// (China); Legal Entity Number 253400V1H6ART1UQ0N98 (Russia)"), trade.gov's CSL in its ids ("RU, 7736640919, Tax ID
// No."). Only company identifiers are kept: passports, national ids, vessel and aircraft numbers identify no vendor.
import { identifierKey, identifierProblem, type IdentifierScheme, type ListedIdentifier } from '../identifiers';
import { parseCountry } from '../vendors/countries';

/** The lists' labels (lower case, without a closing "." or "#"), by scheme. */
const LABELS: [IdentifierScheme, string[]][] = [
  ['LEI', ['legal entity number', 'legal entity identifier', 'lei']],
  ['USCC', ['unified social credit code (uscc)', 'unified social credit code', 'uscc']],
  ['DUNS', ['d-u-n-s number', 'duns number', 'duns']],
  [
    'REG',
    [
      'registration number',
      'registration id',
      'business registration number',
      'company number',
      'uk company number',
      'commercial registry number',
      'commercial registration number',
      'chamber of commerce number',
      'public registration number',
      'enterprise number',
      'business number',
      'folio mercantil no',
      'matricula mercantil no',
      'c.r. no',
      'trade license no',
      'central registration system number',
      'istanbul chamber of comm. no',
      'economic register number (cbls)',
      'government gazette number',
      'certificate of incorporation number',
      'identification number',
    ],
  ],
  ['TAX', ['tax id no', 'v.a.t. number', 'vat number', 'r.f.c', 'rfc', 'us fein', 'nit', 'ruc', 'inn']],
];

const SCHEME_OF = new Map(LABELS.flatMap(([scheme, labels]) => labels.map((l) => [l, scheme] as const)));
const labelKey = (label: string): string => label.trim().toLowerCase().replace(/\s*[.#]$/, '');

// "Label value (Country)" between semicolons; the longest labels first so "UK Company Number" is not read as
// "Company Number" with "UK" lost.
const LABEL_PATTERN = [...SCHEME_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace(/[.()\\-]/g, (c) => `\\${c}`).replace(/ /g, '\\s+'))
  .join('|');
const REMARK = new RegExp(`(?:^|[;\\n]\\s*)(${LABEL_PATTERN})\\.?\\s*#?\\s+([^;()\\n]+?)\\s*(?:\\(([^()]+)\\))?\\s*(?=;|\\.?\\s*$|\\n)`, 'gim');

/**
 * A printed value as an identifier of the scheme its label gives; a value that fails the scheme's own checks (an
 * "LEI" of 9 digits) is still a registration number of its country.
 */
function listed(scheme: IdentifierScheme, value: string, country: string | null, text: string): ListedIdentifier | null {
  if (identifierProblem(scheme, value) === null) return { scheme, value, country, text };
  if (scheme !== 'REG' && scheme !== 'TAX' && identifierProblem('REG', value) === null) return { scheme: 'REG', value, country, text };
  return null;
}

function distinctIds(ids: (ListedIdentifier | null)[]): ListedIdentifier[] {
  const byKey = new Map<string, ListedIdentifier>();
  for (const id of ids) if (id && !byKey.has(identifierKey(id.scheme, id.value))) byKey.set(identifierKey(id.scheme, id.value), id);
  return [...byKey.values()];
}

/** Identifiers in OFAC-style remarks. */
export function remarkIdentifiers(remarks: string | null): ListedIdentifier[] {
  if (!remarks) return [];
  return distinctIds(
    [...remarks.matchAll(REMARK)].map((m) => {
      const scheme = SCHEME_OF.get(labelKey(m[1]!.replace(/\s+/g, ' ')));
      return scheme ? listed(scheme, m[2]!, m[3] ? parseCountry(m[3]) : null, m[0].replace(/^[;\n\s]+/, '').trim()) : null;
    }),
  );
}

/** Identifiers among the CSL's ids, each "country, number, type" or "type, number[, country]" in either file. */
export function cslIdentifiers(ids: readonly string[]): ListedIdentifier[] {
  return distinctIds(
    ids.map((id) => {
      const parts = id.split(/,\s*/).map((p) => p.trim());
      const scheme = parts.map((p) => SCHEME_OF.get(labelKey(p))).find(Boolean);
      if (!scheme) return null;
      const country = parts.find((p) => /^[A-Z]{2}$/.test(p)) ?? null;
      const value = parts.find((p) => p !== country && !SCHEME_OF.has(labelKey(p)) && /\d/.test(p));
      return value ? listed(scheme, value, country, id) : null;
    }),
  );
}
