// Vendor-master spellings of listed names for the generated accuracy set: what procurement systems do to a
// company's name (the kinds an independent evaluation found weak). They join the generated set, so both its tuning
// half and its held-out half carry them; the hand-written vendor-master set (vendor-master.ts) stays apart and unseen.
import type { Rng } from './random';
import { BUSINESS_WORDS, isLegalWord, LEGAL_PREFIX_RE, splitLegalSuffix } from './names';

export type VendorMasterKind = 'vm-upper' | 'vm-place' | 'vm-acronym' | 'vm-trade';
export const VENDOR_MASTER_KINDS: readonly VendorMasterKind[] = ['vm-upper', 'vm-place', 'vm-acronym', 'vm-trade'];

/** What a vendor master knows of a company besides its name. */
export interface VendorMasterContext {
  /** ISO codes of the countries the list gives the entity. */
  countries: readonly string[];
  /** Whether a (lower-case) word is rare on the lists: the brand a trade name is built on. */
  isDistinctive: (word: string) => boolean;
}

/** Legal forms as vendor masters abbreviate them. */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/^co\.?,? ?ltd\.?$|^company limited$/i, 'CO LTD'],
  [/^limited$|^ltd\.?$/i, 'LTD'],
  [/^limited liability company$|^l\.?l\.?c\.?$/i, 'LLC'],
  [/^corporation$|^corp\.?$/i, 'CORP'],
  [/^incorporated$|^inc\.?$/i, 'INC'],
  [/^joint stock company$/i, 'JSC'],
];

function shortForm(form: string): string {
  return SHORT_FORMS.find(([re]) => re.test(form.trim()))?.[1] ?? form.toUpperCase().replace(/[.,]/g, '');
}

/** Upper case without punctuation, the legal form abbreviated: "HUAWEI TECHNOLOGIES CO LTD". */
export function upper(name: string): string | null {
  const { core, form } = splitLegalSuffix(name);
  const text = `${core}${form ? ` ${shortForm(form)}` : ''}`;
  const out = text.toUpperCase().replace(/&/g, ' AND ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return out === name ? null : out;
}

/** Places a vendor master appends for a country: a city, the country, or both. */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  CN: ['BEIJING', 'SHANGHAI', 'SHENZHEN', 'GUANGZHOU', 'CHENGDU', 'P.R. CHINA', 'PRC', 'CHINA', 'BEIJING CHINA'],
  HK: ['HONG KONG', 'HK', 'KOWLOON HONG KONG'],
  RU: ['MOSCOW', 'RUSSIA', 'ST PETERSBURG', 'MOSCOW RUSSIAN FEDERATION'],
  IR: ['TEHRAN', 'IRAN', 'TEHRAN IRAN'],
  BY: ['MINSK', 'BELARUS'],
  AE: ['DUBAI', 'UAE', 'DUBAI UAE'],
  KP: ['PYONGYANG', 'DPRK'],
  SY: ['DAMASCUS', 'SYRIA'],
  TR: ['ISTANBUL', 'TURKEY'],
  PK: ['KARACHI', 'PAKISTAN'],
  IN: ['MUMBAI', 'INDIA'],
  VE: ['CARACAS', 'VENEZUELA'],
};

/** The name with a place appended ("… CO LTD SHENZHEN", "… P.R. CHINA"), often upper case too. */
export function place(name: string, rng: Rng, context: VendorMasterContext): string | null {
  const options = context.countries.flatMap((c) => PLACES[c] ?? []);
  if (options.length === 0) return null;
  const base = rng.chance(0.5) ? (upper(name) ?? name) : name;
  return `${base}${rng.chance(0.3) ? ', ' : ' '}${rng.pick(options)}`;
}

const PARTICLES = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'el', 'al']);

/** The name with its initials in brackets ("China Electronics Technology Group Corporation (CETC)"). */
export function acronym(name: string, rng: Rng): string | null {
  if (/[()]/.test(name)) return null;
  const { core } = splitLegalSuffix(name.replace(LEGAL_PREFIX_RE, ''));
  const words = (core.match(/[A-Za-z]+/g) ?? []).filter((w) => !PARTICLES.has(w.toLowerCase()) && !isLegalWord(w));
  if (words.length < 3) return null;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  const base = rng.chance(0.5) ? (upper(name) ?? name) : name;
  return `${base} (${initials})`;
}

/** Trade words a vendor master writes after a brand. */
const TRADE_PHRASES: readonly string[] = [
  'ELECTRONIC INFORMATION INDUSTRY',
  'TECHNOLOGY DEVELOPMENT',
  'IMPORT AND EXPORT',
  'INTERNATIONAL TRADING',
  'SCIENCE AND TECHNOLOGY',
  'INFORMATION TECHNOLOGY',
  'INTELLIGENT TECHNOLOGY',
];

/** A listed brand with other trade words: "HIKVISION ELECTRONIC INFORMATION INDUSTRY CO LTD". */
export function trade(name: string, rng: Rng, context: VendorMasterContext): string | null {
  const words = name.match(/[A-Za-z]+/g) ?? [];
  const brand = words.find((w) => w.length >= 4 && !isLegalWord(w) && !BUSINESS_WORDS.has(w.toLowerCase()) && context.isDistinctive(w.toLowerCase()));
  if (!brand) return null;
  return `${brand.toUpperCase()} ${rng.pick(TRADE_PHRASES)} ${rng.pick(['CO LTD', 'LTD', 'LIMITED', 'CO., LTD.'])}`;
}

export const VENDOR_MASTER_PERTURBATIONS: Readonly<Record<VendorMasterKind, (name: string, rng: Rng, context: VendorMasterContext) => string | null>> = {
  'vm-upper': (name) => upper(name),
  'vm-place': place,
  'vm-acronym': (name, rng) => acronym(name, rng),
  'vm-trade': trade,
};
