// Company identifiers: what a vendor record and a list entry can both carry, and what makes two of them the same.
// An identifier match is evidence independent of the name (docs/matching.md, "Identifiers").
import { quoteValue } from './visible-text';

/**
 * LEI (ISO 17442), USCC (China's unified social credit code, GB 32100-2015) and DUNS are issued once, worldwide, so
 * equal values name the same company. REG (a company or registration number) and TAX (a tax or VAT number) are
 * only unique inside a country: they count when the countries agree.
 */
export const IDENTIFIER_SCHEMES = ['LEI', 'USCC', 'DUNS', 'REG', 'TAX'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export const SCHEME_TEXT: Record<IdentifierScheme, string> = {
  LEI: 'LEI',
  USCC: 'unified social credit code',
  DUNS: 'DUNS number',
  REG: 'registration number',
  TAX: 'tax number',
};

/** Schemes whose values are unique worldwide. */
export const GLOBAL_SCHEMES: ReadonlySet<IdentifierScheme> = new Set(['LEI', 'USCC', 'DUNS']);

export interface Identifier {
  scheme: IdentifierScheme;
  /** As written, trimmed. */
  value: string;
}

/** An identifier a list prints for an entry. */
export interface ListedIdentifier extends Identifier {
  /** ISO 3166-1 alpha-2 code of the issuing country where the list gives one. */
  country: string | null;
  /** The list's own words for it, e.g. "Unified Social Credit Code (USCC) 9113100033607322XK (China)". */
  text: string;
}

/** The form values are compared in: letters and digits only, upper case. */
export function identifierKey(scheme: IdentifierScheme, value: string): string {
  return `${scheme}:${value.toUpperCase().replace(/[^0-9A-Z]/g, '')}`;
}

// A registration number this short is shared by too many companies across registers to be evidence by itself.
const MIN_LOCAL_LENGTH = 5;

/** Why a value cannot be an identifier of this scheme, or null when it can. */
export function identifierProblem(scheme: IdentifierScheme, value: string): string | null {
  const v = value.toUpperCase().replace(/[\s.\-/]/g, '');
  switch (scheme) {
    case 'LEI':
      if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(v)) return 'An LEI has 20 letters and digits, the last two digits';
      return mod97(v) === 1 ? null : 'This LEI fails its check digits (ISO 17442): check for a mistyped character';
    case 'USCC':
      if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(v)) return 'A unified social credit code has 18 digits and capital letters (no I, O, S, V or Z)';
      return usccCheck(v) ? null : 'This unified social credit code fails its check character (GB 32100-2015): check for a mistyped character';
    case 'DUNS':
      return /^\d{9}$/.test(v) ? null : 'A DUNS number has 9 digits';
    case 'REG':
    case 'TAX':
      if (!/^[0-9A-Z]+$/.test(v)) return 'Use letters and digits (spaces, dots, dashes and slashes are ignored)';
      return v.length >= MIN_LOCAL_LENGTH ? null : `At least ${MIN_LOCAL_LENGTH} letters and digits`;
  }
}

/** ISO 7064 MOD 97-10 over letters (A=10 … Z=35) and digits. */
function mod97(v: string): number {
  let rest = 0;
  for (const ch of v) {
    const n = parseInt(ch, 36);
    rest = n >= 10 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function usccCheck(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(v[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31] === v[17];
}

const SCHEME_NAMES: Record<string, IdentifierScheme> = {
  LEI: 'LEI',
  USCC: 'USCC',
  DUNS: 'DUNS',
  REG: 'REG',
  COMPANY: 'REG',
  CRN: 'REG',
  REGISTRATION: 'REG',
  TAX: 'TAX',
  VAT: 'TAX',
  TIN: 'TAX',
};

export interface IdentifierParse {
  identifiers: Identifier[];
  /** Plain-words problems, each naming the part of the text it is about. */
  problems: string[];
}

/** Reads "LEI:5493001KJTIIGC8Y1R12; DUNS:123456789", as import files and the form write identifiers. */
export function parseIdentifiers(text: string): IdentifierParse {
  const identifiers: Identifier[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    const scheme = colon > 0 ? SCHEME_NAMES[part.slice(0, colon).trim().toUpperCase()] : undefined;
    if (!scheme) {
      problems.push(`${quoteValue(part, 40)}: write TYPE:VALUE, where TYPE is ${IDENTIFIER_SCHEMES.join(', ')}`);
      continue;
    }
    const value = part.slice(colon + 1).trim();
    const problem = identifierProblem(scheme, value);
    if (problem) problems.push(`${scheme} ${quoteValue(value, 40)}: ${problem}`);
    else if (!seen.has(identifierKey(scheme, value))) {
      seen.add(identifierKey(scheme, value));
      identifiers.push({ scheme, value });
    }
  }
  return { identifiers, problems };
}

export const formatIdentifiers = (ids: readonly Identifier[]): string => ids.map((i) => `${i.scheme}:${i.value}`).join('; ');
