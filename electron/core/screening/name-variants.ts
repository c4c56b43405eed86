// Other ways the same name is written, screened beside it. Vendor masters and lists both put acronyms and old
// names in brackets ("China Electronics Technology Group Corporation (CETC)"), and vendor masters often record a
// brand with the trade it is in ("KAFOLATBANK ELECTRONIC INFORMATION INDUSTRY LIMITED").
import { containsArabic } from './abjad';
import { arabicTranslation } from './arabic-words';
import { belarusianReadings } from './belarusian';
import { pinyinReading } from './chinese';
import { persianTranslation } from './romanised-persian';
import { russianReadings } from './russian';
import type { NameReading } from './explain';
import { isEnglishWord } from './english-words';
import { LEGAL_WORDS } from './legal-forms';
import { foldText, normaliseName, type NormalisedName, type Normaliser } from './normalise';
import { placeKindInName, trailingPlaces } from './places';
import { COMMON_NAME_WORDS, GENERIC_WORDS, PLACE_WORDS } from './vocabulary';

/** A bracketed part of a name: "(CETC)", "[Huawei]", "（集团）". */
const BRACKETED_RE = /\s*[(\[（【]([^()\[\]（）【】]*)[)\]）】]\s*/gu;

/** A word that says what a company does or where it is, not which company it is. */
function isTradeOrPlace(token: string): boolean {
  return GENERIC_WORDS.has(token) || PLACE_WORDS.has(token) || placeKindInName([token]) !== null;
}

/** The same, but not a city that only the world gazetteer names: such a city is as often a word of a name
 *  ("Grant Thornton", "Alpha Delta"), so a brand is not read without it. */
export function isTradeWordOrKnownPlace(token: string): boolean {
  const kind = placeKindInName([token]);
  return GENERIC_WORDS.has(token) || PLACE_WORDS.has(token) || (kind !== null && kind !== 'gazetteer');
}

/** Words vendor masters write between two names of one company: "ACME LLC DBA HIKVISION", "… T/A …", "… F/K/A …",
 *  "(FORMERLY …)". */
const ALIAS_MARKER = String.raw`\b(?:d\/b\/a|dba|t\/a|f\/k\/a|fka|a\/k\/a|aka|formerly(?:\s+known\s+as)?|trading\s+as|doing\s+business\s+as|also\s+known\s+as)\b\.?:?`;
const ALIAS_MARKER_RE = new RegExp(String.raw`\s{0,4}[,;]?\s{0,4}${ALIAS_MARKER}\s+`, 'giu');
const LEADING_ALIAS_MARKER_RE = new RegExp(String.raw`^\s*${ALIAS_MARKER}\s+`, 'iu');

/** What vendor masters append to a record rather than to the name: "- DO NOT USE", "*INACTIVE*", "- NEW VENDOR",
 *  "ATTN: ACCOUNTS PAYABLE", "C/O …" (not "Attention" or "care of" without a colon: they may be words of a name).
 *  The marks before them are bounded, so that a long run of marks costs no more than a short one. */
const ANNOTATION_RE =
  /(?:[\s\-–—,;:*(\[]{0,12}\b(?:do\s+not\s+use|inactive|duplicate|obsolete|blocked|(?:new|old)\s+vendor)\b[\s*)\]]*|\s{0,4}[,;(\-]?\s{0,4}\b(?:attn\b|attention:|c\/o\b).*)$/iu;

/** What vendor masters put before a record's name (since 2026.12-8): the "ZZ" or "XX" that sorts a retired record
 *  last, a record marker ("DO NOT USE -", "*INACTIVE*"), and the record's number ("1234", "V-10023", "#88"). */
const LEADING_ANNOTATION_RE =
  /^(?:\s*(?:zz+|xx+)(?=[\s\-_*:.])|\s*[*(\[]*\b(?:do\s+not\s+use|inactive|duplicate|obsolete|blocked)\b[\s*)\]]*|\s*#?(?:\d{4,}|[a-z]{1,2}[\-_]?\d{3,})(?=[\s\-_:*]))[\s\-–—_:*.]*/iu;

/** The name without what comes before it on the record, however many such marks ("XX-DO NOT USE-…"). */
function withoutLeadingAnnotations(name: string): string {
  let rest = name;
  for (let i = 0; i < 3; i++) {
    const next = rest.replace(LEADING_ANNOTATION_RE, '');
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

/**
 * The names a vendor record holds besides the whole of it, as vendor masters write them (matcher 2026.12-6): without
 * an annotation of the record ("… - DO NOT USE", "… ATTN: ACCOUNTS PAYABLE"), and each name of several joined by
 * "DBA", "T/A", "F/K/A" or "FORMERLY" ("ZORBAX HOLDINGS LLC DBA HIKVISION" is also "ZORBAX HOLDINGS LLC" and
 * "HIKVISION").
 */
export function recordVariants(name: string): string[] {
  const annotated = withoutLeadingAnnotations(name).replace(ANNOTATION_RE, '').trim();
  const base = annotated.length > 0 ? annotated : name;
  const variants: string[] = [];
  for (const part of base.split(ALIAS_MARKER_RE)) if (part.trim().length > 0) variants.push(part.trim());
  // One part is the name itself, no variant of it.
  if (variants.length === 1) variants.pop();
  if (base !== name) variants.push(base);
  return variants;
}

/** The other ways a name in another script or romanisation is read, which the explanation names: a name in Arabic
 *  script with the words translated that the lists print romanised in some names and translated in others (since
 *  2026.12-13: ملی is MELLI and NATIONAL), a name written in Belarus as the lists romanise it from Russian (since
 *  2026.12-17), a Russian name spelt in German, Polish, French or scholarly romanisation as the lists spell it
 *  (since 2026.12-19), a listed Chinese name written in pinyin as the lists print it in English (since
 *  2026.12-30), and a Persian name in Latin letters with the words translated that the lists print romanised in
 *  some names and translated in others (since 2026.12-31: Melli is MELLI and NATIONAL). */
export function scriptReadings(name: string): { match: string; reading: NameReading }[] {
  const readings: { match: string; reading: NameReading }[] = [];
  const translated = containsArabic(name) ? arabicTranslation(name) : null;
  if (translated !== null) readings.push({ match: translated, reading: 'arabic-translation' });
  for (const match of belarusianReadings(name)) readings.push({ match, reading: 'belarusian' });
  for (const match of russianReadings(name)) readings.push({ match, reading: 'russian' });
  const persian = persianTranslation(name);
  if (persian !== null) readings.push({ match: persian, reading: 'persian-translation' });
  const pinyin = pinyinReading(name);
  if (pinyin !== null) readings.push({ match: pinyin, reading: 'pinyin' });
  return readings;
}

/** Whether words name somebody: not only trade words, legal forms and places ("(Holding)", "(New Zealand)", and
 *  since 2026.12-10 "(Pty)", which the normaliser leaves as a word when it is all there is). */
function namesSomebody(tokens: readonly string[]): boolean {
  return tokens.length > 0 && placeKindInName(tokens) === null && tokens.some((t) => !isTradeOrPlace(t) && !LEGAL_WORDS.has(t));
}

/** Letters a trailing acronym may have: fewer is a coincidence of initials as often as not. */
const ACRONYM_MIN = 3;
const ACRONYM_MAX = 6;

/** Initials an acronym may end with for a word the name leaves out: Corporation, Company, Group, Limited ("CSGC" for
 *  "China South Industries Group" written without its Corporation). */
const LEFT_OUT_INITIALS = new Set(['c', 'g', 'l']);

/** Whether `word` (3 to 6 letters) is spelt by the initials of `words`, in order, from the first: an acronym may skip
 *  words ("CETC" for "China Electronics Technology Group Corporation") and, since 2026.12-10, end with the initial of
 *  a legal form the name leaves out (LEFT_OUT_INITIALS) or spell a short legal form's initials (PDVSA). */
function isAcronymOf(word: string, given: readonly string[]): boolean {
  if (given.length < 2 || word.length < ACRONYM_MIN || word.length > ACRONYM_MAX || !/^[a-z]+$/.test(word)) return false;
  // A legal form's initials written together count one by one: the "SA" of "S.A." in "PDVSA".
  const words = given.flatMap((w) => (w.length <= 3 && LEGAL_WORDS.has(w) ? [...w] : [w]));
  if (words[0]?.[0] !== word[0]) return false;
  let at = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word[i] ?? '';
    while (at < words.length && words[at]?.[0] !== letter) at++;
    if (at++ >= words.length) return i === word.length - 1 && i >= ACRONYM_MIN && LEFT_OUT_INITIALS.has(letter);
  }
  return true;
}

/**
 * A vendor master's "NAME (ACRONYM)" with its brackets gone (since 2026.12-9): the acronym after the name
 * ("NATIONAL IRANIAN OIL COMPANY NIOC") or before it ("IRGC ISLAMIC REVOLUTIONARY GUARD CORPS"; since 2026.12-26
 * also after a legal form that begins the name, as Russian registers write it: "AO KBP KONSTRUKTORSKOE BYURO
 * PRIBOROSTROENIYA"). Read as bracketVariants reads "(NIOC)": the name without it, and the acronym alone.
 */
export function unbracketedAcronymVariants(name: string): { match: string; normalised: NormalisedName }[] {
  // One array, returned empty or filled, in every case (dashVariants says why).
  const variants: { match: string; normalised: NormalisedName }[] = [];
  const words = foldText(name).split(' ');
  // Since 2026.12-10 also before the places appended to the name ("PETROLEOS DE VENEZUELA S A PDVSA CARACAS").
  const places = trailingPlaces(words, (rest, kind) => kind !== 'town' && rest.length >= ACRONYM_MIN).count;
  const named = words.slice(0, words.length - places);
  // The legal forms a name begins with ("AO", "OOO"), left where they are.
  const lead = Math.max(0, words.findIndex((w) => !LEGAL_WORDS.has(w)));
  const first = words[lead] ?? '';
  const last = named.at(-1) ?? '';
  const trimmed = name.trim();
  let rest: string;
  let acronym: string;
  if (isAcronymOf(last, named.slice(0, -1))) {
    rest = places === 0 ? trimmed.replace(/[\s,;:\-–—]*[^\s,;:\-–—]+$/u, '') : [...named.slice(0, -1), ...words.slice(named.length)].join(' ');
    acronym = last;
  } else if (isAcronymOf(first, words.slice(lead + 1))) {
    rest = lead === 0 ? trimmed.replace(/^[^\s,;:\-–—]+[\s,;:\-–—]*/u, '') : [...words.slice(0, lead), ...words.slice(lead + 1)].join(' ');
    acronym = first;
  } else return variants;
  variants.push({ match: rest, normalised: normaliseName(rest) }, { match: acronym.toUpperCase(), normalised: normaliseName(acronym) });
  return variants;
}

/**
 * The other ways a name with a bracketed part is written: without it, and the part alone when it names somebody
 * ("China Electronics Technology Group Corporation (CETC)" is also "China Electronics Technology Group
 * Corporation" and "CETC"; "Huawei Technologies (New Zealand) Company Limited" is not also "New Zealand").
 */
export function bracketVariants(name: string, normalise: Normaliser = normaliseName): { match: string; normalised: NormalisedName }[] {
  const variants: { match: string; normalised: NormalisedName }[] = [];
  if (!/[(\[（【]/u.test(name)) return variants;
  const inside: string[] = [];
  const outside = name.replace(BRACKETED_RE, (_m, part: string) => {
    inside.push(part.trim());
    return ' ';
  }).trim();
  if (outside.length > 0 && outside !== name) variants.push({ match: outside, normalised: normalise(outside) });
  for (const written of inside) {
    // "(FORMERLY …)", "(DBA …)": the other name, without the word that says so.
    const part = written.replace(LEADING_ALIAS_MARKER_RE, '');
    const normalised = normalise(part);
    if (namesSomebody(normalised.tokens)) variants.push({ match: part, normalised });
  }
  return variants;
}

/** Two names a vendor master joins with a spaced dash. */
const SPACED_DASH_RE = /\s[-–—]\s/u;

/**
 * The two sides of a name joined by a spaced dash, each alone where it names somebody, as a bracketed part is read
 * (bracketVariants; since 2026.12-11): "ISIRAN - Information Systems of Iran", "UOMZ - Uralskiy
 * Optiko-Mekhanicheskiy Zavod". A dash inside a word ("Kamensk-Uralsky") joins no names.
 */
export function dashVariants(name: string, normalise: Normaliser = normaliseName): { match: string; normalised: NormalisedName }[] {
  const parts = name.split(SPACED_DASH_RE);
  const variants: { match: string; normalised: NormalisedName }[] = [];
  if (parts.length !== 2) return variants;
  // Loops rather than map and filter, and one array returned empty or filled, here and in the other variants: the
  // matcher calls them for every name (matcher.ts says why arrays made by map or of another literal cost it time).
  for (const written of parts) {
    const match = written.trim();
    const normalised = normalise(match);
    if (namesSomebody(normalised.tokens)) variants.push({ match, normalised });
  }
  return variants;
}

/** Most words a namesake's name takes after "im." (initials and a surname: "IM. I.I. TOROPOVA"). */
const NAMED_AFTER_MAX_WORDS = 3;

/**
 * A name without the person it is named after, at its end (since 2026.12-10): Russian "im." / "imeni", read
 * "named after" (vocabulary.ts), then a surname with or without initials. Vendor masters and lists keep or drop that
 * part as they please: "JSC NIIP IM TIKHOMIROVA" is the listed "JSC NIIP". Null when there is no such ending or
 * what is before it names nobody.
 */
export function withoutNamedAfter(tokens: readonly string[]): string[] | null {
  const at = tokens.findIndex((t, i) => i > 0 && (t === 'im' || (t === 'named' && tokens[i + 1] === 'after')));
  if (at < 0) return null;
  const words = tokens.length - at - (tokens[at] === 'im' ? 1 : 2);
  const head = tokens.slice(0, at);
  return words >= 1 && words <= NAMED_AFTER_MAX_WORDS && namesSomebody(head) ? head : null;
}

/** A brand read without its trade words must be at least this long, an ordinary English word five letters long:
 *  shorter ones are too often someone else's. Four letters make a group's acronym ("CETC", "CSSC"; since 2026.12-16). */
const BRAND_MIN_LENGTH = 4;
const BRAND_MIN_LENGTH_ENGLISH = 5;
/** Nor more words than this: a longer remainder is a name in its own right and is screened as one. */
const BRAND_MAX_WORDS = 2;

/**
 * The brand a name consists of when the rest of it is trade words and places (isTradeWordOrKnownPlace), and at
 * least one trade word is there to take off: "KAFOLATBANK ELECTRONIC INFORMATION INDUSTRY LIMITED" is the brand
 * "kafolatbank". One or two words, each at least BRAND_MIN_LENGTH letters (an English word, five) and not an
 * ordinary word companies take as a name ("Phoenix"). Null when the name has no such shape. The matcher accepts a
 * brand only where a list carries it exactly, and holds the hit in review: the listed company, or another of the same
 * name in another trade, for an analyst to tell apart.
 */
export function tradeWordsBrand(tokens: readonly string[]): string[] | null {
  const brand = tokens.filter((t) => !isTradeWordOrKnownPlace(t));
  if (brand.length === 0 || brand.length > BRAND_MAX_WORDS || brand.length === tokens.length) return null;
  if (brand.some((t) => t.length < (isEnglishWord(t) ? BRAND_MIN_LENGTH_ENGLISH : BRAND_MIN_LENGTH) || COMMON_NAME_WORDS.has(t))) return null;
  return brand;
}

/**
 * A name's folded words up to its last legal form, and the tokens written after it ("TEHNOGLOBAL SYSTEMS DOO
 * BEOGRAD": "tehnoglobal systems doo", then "beograd"). Null unless a word of the name comes before the legal form
 * and something after it ("OOO ROMASHKA MOSKVA" is all name), and for a name with a bracketed part, which is left to
 * its bracket variants.
 */
export function splitAfterLegalForm(raw: string): { name: string[]; form: string; after: string[] } | null {
  if (/[(\[（【]/u.test(raw)) return null;
  const words = foldText(raw).split(' ');
  let last = -1;
  words.forEach((w, i) => {
    if (LEGAL_WORDS.has(w)) last = i;
  });
  if (last < 1 || last === words.length - 1 || words.slice(0, last).every((w) => LEGAL_WORDS.has(w))) return null;
  return { name: words.slice(0, last + 1), form: words[last] ?? '', after: normaliseName(words.slice(last + 1).join(' ')).tokens };
}

/**
 * A listed name without the places a list writes after its legal form ("TEHNOGLOBAL SYSTEMS DOO BEOGRAD" is also
 * "tehnoglobal systems doo", whose DOO, now at the end, reads as its legal form), when what is left still names
 * somebody ("ADVANCED TECHNOLOGIES COMPANY OF IRAN" stays whole). Vendor names lose such an address when screened
 * (matcher.ts); a list name keeps it beside this reading.
 */
export function withoutListedAddress(name: string, normalise: Normaliser = normaliseName): string | null {
  const split = splitAfterLegalForm(name);
  if (!split || split.after.length === 0 || trailingPlaces(split.after, () => true).count !== split.after.length) return null;
  const match = split.name.join(' ');
  return namesSomebody(normalise(match).tokens) ? match : null;
}
