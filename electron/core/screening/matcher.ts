// Screening: every name of a vendor against the index, the best hit per list entry, each with its band and
// explanation. See docs/matching.md for the method and its measured accuracy.
import type { EntryType } from '../lists/entry';
import type { ScreeningIndex } from './candidate-index';
import { explain, type Explanation, type ListLink, type NameReading, type VendorNameVia } from './explain';
import type { HitBand } from './model';
import { bracketVariants, dashVariants, isTradeWordOrKnownPlace, recordVariants, scriptReadings, splitAfterLegalForm, tradeWordsBrand, unbracketedAcronymVariants, withoutNamedAfter } from './name-variants';
import { STRONG_LEGAL_WORDS } from './legal-forms';
import { boundedName, normaliseName, type NormalisedName, readTokens } from './normalise';
import { containsHan } from './chinese';
import { isPlaceMarker, isPlaceQualifier, leadingPlaces, placeCountry, placeKind, placeKindInName, placeWords, trailingPlaces } from './places';
import { COUNTRY_SUPPORT, lastAlignment, prepareName, scoreName, type AlignedPair, type PreparedName, type ScoreParts } from './scorer';
import { DEFAULT_THRESHOLDS, isNonEntity, thresholdsFor, type BandThresholds, type Thresholds } from './thresholds';
import { isThinWord } from './token-weights';
import { GENERIC_WORDS, PLACE_WORDS } from './vocabulary';

export interface VendorName {
  name: string;
  /** What is matched, when not the name as recorded (the name without its bracketed part, or that part alone). */
  match?: string;
  /** How `match` reads the name, when the explanation must say so. As its brand without its trade words
   *  (tradeWordsBrand), only a brand the list carries exactly counts, and the hit is held in review. */
  reading?: NameReading | null;
  /** "name" for the legal name, "alias" for other names; "parent" when screening a parent company's name;
   *  "list-link" for a name the lists link to an entry the vendor matched. */
  via: VendorNameVia;
  /** For "list-link": the hit that brought the link, whose score caps the hits of this name. */
  link?: ListLink;
}

export interface VendorNames {
  names: readonly VendorName[];
  /** ISO 3166-1 alpha-2 codes (incorporation, headquarters). */
  countries: readonly string[];
}

export interface Hit {
  entryKey: string;
  listKey: string;
  /** The list's primary name or alias that matched, as published. */
  listName: string;
  listNameKind: Explanation['listNameKind'];
  entryType: EntryType;
  /** The vendor's name that matched, as recorded. */
  matchedName: string;
  via: VendorNameVia;
  score: number;
  band: HitBand;
  explanation: Explanation;
}

/** What must be left of a name once places are taken off its end: a word that names something, not only generic
 *  words ("Air China" and "National Bank of Greece" keep their places; "Huawei Technologies Shenzhen" does not). */
function keepsName(rest: readonly string[]): boolean {
  return rest.some((t) => t.length > 1 && !GENERIC_WORDS.has(t) && !PLACE_WORDS.has(t));
}

/** Words of a street address as vendor masters write one after the name; since 2026.12-11 also the Russian
 *  abbreviations ("ul." ulitsa, "pr." prospekt, "sh." shosse, "pl." ploshchad, "per." pereulok, "nab.", "mkr."). */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'road', 'rd', 'street', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'highway', 'building', 'bldg', 'floor', 'suite',
  'room', 'tower', 'block', 'ulitsa', 'prospekt', 'naberezhnaya', 'shosse', 'pereulok', 'korpus', 'stroenie', 'strasse',
  'calle', 'rue', 'via', 'po', 'box', 'towers', 'ul', 'pr', 'prosp', 'sh', 'pl', 'ploshchad', 'per', 'nab', 'bulvar',
  'proezd', 'mkr',
]);

/** Qualifiers of a place whose subdivisions an address names before it. */
const SUBDIVIDED: ReadonlySet<string> = new Set(['district', 'county']);

const isPlace = (token: string): boolean => PLACE_WORDS.has(token) || placeKindInName([token]) !== null;

/**
 * The words of an address (the first `upTo` of `tokens`, read with the rest) that name no place, street or number: a
 * word is an address word when it belongs to a place (of one word or several: "VELIKIY NOVGOROD"), is a place's
 * qualifier or marker, a street word or a number, or is next to a word that makes it a place or a street
 * ("SVERDLOVSKAYA OBL.", "G. ZHUKOV", "LENINGRADSKIY PR.", "UL. LENINA"; since 2026.12-11), or a generic word before
 * such a qualified one ("KSTY INDUSTRIAL ZONE", "HIGH-TECH ZONE"), or since 2026.12-33 any one word before a
 * district or county ("BANTIAN LONGGANG DISTRICT").
 */
function unknownAddressWords(tokens: readonly string[], upTo = tokens.length): string[] {
  const placed = placeWords(tokens);
  const qualified = tokens.map(() => false);
  for (let k = tokens.length - 2; k >= 0; k--) {
    const next = tokens[k + 1] ?? '';
    // A generic word before a qualified place, or the one word before a district or county (its subdistrict or town,
    // as Chinese addresses in English write them: "BANTIAN, LONGGANG DISTRICT"; since 2026.12-33).
    qualified[k] = isPlaceQualifier(next) || (qualified[k + 1] === true && (GENERIC_WORDS.has(next) || SUBDIVIDED.has(tokens[k + 2] ?? '')));
  }
  return tokens.filter((t, k) => {
    if (k >= upTo || placed[k] || qualified[k] || isPlaceQualifier(t) || isPlaceMarker(t) || STREET_WORDS.has(t) || /^\d/.test(t)) return false;
    return !isPlaceMarker(tokens[k - 1] ?? '') && !STREET_WORDS.has(tokens[k - 1] ?? '') && !STREET_WORDS.has(tokens[k + 1] ?? '');
  });
}

/** At most this many words after a name's legal form that no list carries are read as its address (a town the
 *  gazetteer does not know: "BELARUSKALI OAO SOLIGORSK"). */
const ADDRESS_UNKNOWN_WORDS = 2;

/**
 * How many tokens at the end of a name are its address, written after its legal form ("GLOBAL MARINE SHIP
 * MANAGEMENT CO LTD BEIJING CHINA", "UNITED COMPANY OJSC, MOSCOW", "BELARUSKALI OAO SOLIGORSK"): places, a place
 * the gazetteer does not know named by its qualifier ("FARS PROVINCE", "BINJIANG DISTRICT"; since 2026.12-10, also
 * before other places), and up to ADDRESS_UNKNOWN_WORDS words that no list carries (`unlisted`), which could match
 * nothing and would only weigh against the name. Those only after a legal form that is rarely another word
 * (STRONG_LEGAL_WORDS: not the "S. A." of a person's initials). The legal form must follow a word of the name ("OOO
 * ROMASHKA MOSKVA" is all name), and a name with a bracketed part is left to its bracket variants.
 */
function addressAfterLegalForm(raw: string, unlisted: (token: string) => boolean): number {
  const split = splitAfterLegalForm(raw);
  if (!split) return 0;
  const { form, after } = split;
  const places = trailingPlaces(after, () => true).count;
  if (places === after.length) return after.length;
  // The words before the places, read with the places after them ("BANTIAN" before "LONGGANG DISTRICT").
  const unknown = unknownAddressWords(after, after.length - places);
  if (unknown.length === 0) return after.length;
  const unlistedWords = STRONG_LEGAL_WORDS.has(form) && unknown.length <= ADDRESS_UNKNOWN_WORDS && unknown.every((t) => unlisted(t) && /^\p{L}+$/u.test(t));
  return unlistedWords ? after.length : 0;
}

/** How many tokens at the end of a name are a street address written after its legal form ("…, NO. 555 QIANMO ROAD,
 *  BINJIANG DISTRICT, HANGZHOU 310051, CHINA"): a house number or a street word after a legal form that is rarely
 *  another word is no part of a name, and what follows it goes whole, places and all. */
function streetAddressAfterLegalForm(raw: string): number {
  const split = splitAfterLegalForm(raw);
  if (!split || !STRONG_LEGAL_WORDS.has(split.form)) return 0;
  return split.after.some((t) => /^\d/.test(t) || STREET_WORDS.has(t)) ? split.after.length : 0;
}

/** Most words of a street's name between the house number and the street word ("19 VAVILOVA STREET"). */
const STREET_NAME_WORDS = 3;

/**
 * How many tokens at the end of a name are a street address written straight after it, with no legal form or comma
 * between ("SBERBANK OF RUSSIA 19 VAVILOVA STREET MOSCOW", "ROSTEC 24 USACHEVA ST MOSCOW"; since 2026.12-33): from a
 * house number to the end, when a street word ("st" too, here) follows it within STREET_NAME_WORDS words and only
 * places, numbers and street words come after that. What is before the number must still name somebody.
 */
function streetAddressAfterName(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!/^\d/.test(tokens[i] ?? '')) continue;
    let street = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + STREET_NAME_WORDS && street < 0; k++) {
      if (STREET_WORDS.has(tokens[k] ?? '') || tokens[k] === 'st') street = k;
    }
    if (street < 0 || unknownAddressWords(tokens.slice(street + 1)).length > 0) continue;
    return keepsName(tokens.slice(0, i)) ? tokens.length - i : 0;
  }
  return 0;
}

/** Most parts between commas an address after a name is read in. */
const ADDRESS_MAX_PARTS = 6;

/**
 * How many tokens at the end of a name are an address written after it in parts between commas ("JSC MIL MOSCOW
 * HELICOPTER PLANT, TOMILINO, MOSCOW REGION, RF", "… DMCC, JUMEIRAH LAKES TOWERS, DUBAI"; since 2026.12-10): from
 * the first comma on, when the last part is places and the others hold only places, their qualifiers, street words,
 * numbers, legal forms and at most ADDRESS_UNKNOWN_WORDS words that no list carries. What is before the comma must
 * still name somebody.
 */
function addressAfterCommas(raw: string, tokens: readonly string[], unlisted: (token: string) => boolean): number {
  const parts = raw.split(',');
  const last = normaliseName(parts[parts.length - 1] ?? '').tokens;
  if (parts.length < 2 || last.length === 0) return 0;
  // The last part is places, or (since 2026.12-11) a place named by its qualifier or marker ("KALUZHSKAYA OBL.
  // 249192", "RESPUBLIKA KRYM").
  const qualifiedPlace = last.some((t) => isPlaceQualifier(t) || isPlaceMarker(t)) && unknownAddressWords(last).length === 0;
  if (!qualifiedPlace && trailingPlaces(last, () => true).count !== last.length) return 0;
  // An address has a few parts; a string of many commas is no name, and reading it so would cost its length squared.
  for (let i = Math.max(1, parts.length - ADDRESS_MAX_PARTS); i < parts.length; i++) {
    const tail = normaliseName(parts.slice(i).join(',')).tokens;
    const head = tokens.length - tail.length;
    if (head <= 0 || !tail.every((t, k) => tokens[head + k] === t) || !keepsName(tokens.slice(0, head))) continue;
    const unknown = unknownAddressWords(tail);
    return unknown.length <= ADDRESS_UNKNOWN_WORDS && unknown.every((t) => unlisted(t) && /^\p{L}+$/u.test(t)) ? tail.length : 0;
  }
  return 0;
}

/** The countries of the places among the last `count` tokens (a loop: see screen() on arrays made by map). */
function addressCountries(tokens: readonly string[], count: number): string[] {
  const countries: string[] = [];
  for (let i = Math.max(0, tokens.length - count); i < tokens.length; i++) {
    const country = placeCountry([tokens[i] ?? '']);
    if (country) countries.push(country);
  }
  return countries;
}

const NO_PLACES = { count: 0, countries: [] as string[] };

/** "… HAMBURG BRANCH", "… DUBAI BRANCH OFFICE", "… BEIJING OFFICE" (since 2026.12-10): an office of the company,
 *  named after its place. */
const BRANCH_ENDINGS: readonly (readonly string[])[] = [['branch', 'office'], ['representative', 'office'], ['branch'], ['office']];

/** The places ending a name (places.ts) that are not part of it, with the branch words after them, or its address
 *  after its legal form (addressAfterLegalForm) or after a comma (addressAfterCommas), whichever is longest; a
 *  street address after its legal form before the first two, and (since 2026.12-11) before a longer address after
 *  a comma only ("OAO POLOTSK-STEKLOVOLOKNO, KSTY INDUSTRIAL ZONE, POLOTSK 211400", whose ZONE reads as a legal form). */
function namePlaces(raw: string, tokens: readonly string[], unlisted: (token: string) => boolean): { count: number; countries: string[]; commas: number } {
  // Read only when the name has a number or a street word: the legal-form split folds the name again.
  const street = tokens.some((t) => /^\d/.test(t) || STREET_WORDS.has(t)) ? streetAddressAfterLegalForm(raw) || streetAddressAfterName(tokens) : 0;
  const found = street > 0 && street < tokens.length ? { count: street, countries: addressCountries(tokens, street) } : placesOrAddress(raw, tokens, unlisted);
  const commas = raw.includes(',') ? addressAfterCommas(raw, tokens, unlisted) : 0;
  return commas > found.count ? { count: commas, countries: addressCountries(tokens, commas), commas } : { ...found, commas };
}

/** The places ending a name with the branch words after them, or its address after its legal form. */
function placesOrAddress(raw: string, tokens: readonly string[], unlisted: (token: string) => boolean): { count: number; countries: string[] } {
  const branch = BRANCH_ENDINGS.find((e) => e.length < tokens.length && e.every((w, i) => tokens[tokens.length - e.length + i] === w))?.length ?? 0;
  const address = { count: -1 }; // worked out only when needed
  const addressCount = (): number => (address.count < 0 ? (address.count = addressAfterLegalForm(raw, unlisted)) : address.count);
  const places = trailingPlaces(tokens.slice(0, tokens.length - branch), placesKept(tokens, addressCount));
  // An address with a word no list carries or a place's qualifier before or instead of its places is no run of
  // places: it comes off whole ("… OAO SOLIGORSK", "… OAO SOLIGORSK BELARUS" since 2026.12-10, "… CO SHIRAZ FARS
  // PROVINCE").
  const before = tokens[tokens.length - branch - places.count - 1] ?? '';
  // Nor is a run of places with a district in it: the word before it is its subdistrict (since 2026.12-33).
  const district = tokens.slice(tokens.length - branch - places.count, tokens.length - branch).some((t) => SUBDIVIDED.has(t));
  if (branch > 0 || (!unlisted(before) && !isPlaceQualifier(before) && !district)) return places.count > 0 ? { count: places.count + branch, countries: places.countries } : places;
  const whole = addressCount();
  if (whole <= places.count || whole >= tokens.length) return places;
  return { count: whole, countries: addressCountries(tokens, whole) };
}

/** Whether a place ending the name comes off it, given what would be left (`rest`) and what kind of place it is. */
function placesKept(tokens: readonly string[], addressCount: () => number): Parameters<typeof trailingPlaces>[1] {
  return (rest, kind) => {
    // A town is a place only in the address after a legal form (since 2026.12-12: "… PLANT SOKOL" is the plant's name).
    if (kind === 'town') return rest.length > 0 && tokens.length - rest.length <= addressCount();
    // A city of the world gazetteer alone may be a word of the name ("Alpha Delta", "Red Phoenix"): it comes off
    // only after a legal form or after a name that carries its own place, as below.
    if (kind !== 'gazetteer' && keepsName(rest)) return true;
    // A city after a name that already carries its place among other words is an address ("SICHUAN UNIVERSITY
    // CHENGDU", "COMMERCIAL BANK OF SYRIA DAMASCUS"); a name of generic words alone keeps it ("National Bank
    // Tehran"), and a country may be the name's own ("National Bank of Greece").
    if (kind !== 'country' && rest.some(isPlace) && rest.some((t) => !isPlace(t))) return true;
    if (rest.length === 0) return false;
    return tokens.length - rest.length <= addressCount();
  };
}

/** The tokens without the legal form that ends them, read as the normaliser reads one at the end of a name. */
function withoutTrailingLegalForm(tokens: string[]): string[] {
  const again = normaliseName(tokens.join(' ')).tokens;
  const prefix = again.length > 0 && again.length < tokens.length && again.every((t, i) => t === tokens[i]);
  return prefix ? again : tokens;
}

/** Float sums of exact pairs may fall this short of 1. */
const EXACT_EPSILON = 1e-9;
/** How much of a listed name a vendor's brand read without its trade words must cover (tradeWordsBrand), and how
 *  much when the rest of the listed name is trade words and places. */
const BRAND_LIST_COVERAGE = 0.9;
const BRAND_TRADE_LIST_COVERAGE = 0.7;
/** How rare on the lists a brand read without its trade words must be (token weight): a word few entries carry, or
 *  (since 2026.12-16) a group's acronym that many of its listed companies carry ("CCCC", "AVIC", "CASIC": 0.6-0.85). */
const BRAND_MIN_WEIGHT = 0.5;
/** A coined word that many listed entries carry is a group's brand all the same ("HUAWEI", on a hundred of its
 *  companies; since 2026.12-34): one this long, no ordinary word, acronym or place. */
const GROUP_BRAND_MIN_LENGTH = 5;

/** Whether the lists carry token `id` as a brand a vendor's name may be read as without its trade words. */
function listedBrand(index: ScreeningIndex, id: number): boolean {
  if (id < 0) return false;
  if ((index.matchedWeight[id] ?? 0) >= BRAND_MIN_WEIGHT) return true;
  const token = index.tokens[id] ?? '';
  return token.length >= GROUP_BRAND_MIN_LENGTH && !isThinWord(token) && !PLACE_WORDS.has(token) && !GENERIC_WORDS.has(token) && !isTradeWordOrKnownPlace(token);
}
/** What a coined brand scores against a listed name that carries it among other words (rule "brand-in-name"): in
 *  review at the default thresholds, where a related company belongs. */
const BRAND_IN_NAME_SCORE = 0.78;
/** A hit that a rule holds in review (ScoreRule) is held this far below the match threshold. */
const HELD_MARGIN = 0.01;
const VIA_RANK: Record<VendorNameVia, number> = { name: 0, alias: 1, parent: 2, 'list-link': 3 };

interface Best {
  score: number;
  nameId: number;
  vendorIndex: number;
  band: HitBand;
  thresholds: BandThresholds;
  /** What scoring gave (finalScore made `score` of it) and the words it aligned, for the explanation. */
  parts: ScoreParts;
  pairs: AlignedPair[];
}

/** The score after rules, and for a linked name at most the score of the hit that brought the link. */
function finalScore(parts: ScoreParts, th: BandThresholds, link: ListLink | undefined): number {
  const score = parts.rule !== null ? Math.min(parts.score, th.match - HELD_MARGIN) : parts.score;
  return link ? Math.min(score, link.score) : score;
}

function better(index: ScreeningIndex, vendorNames: readonly VendorName[], a: Best, b: Best): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const via = VIA_RANK[vendorNames[a.vendorIndex]?.via ?? 'parent'] - VIA_RANK[vendorNames[b.vendorIndex]?.via ?? 'parent'];
  if (via !== 0) return via < 0;
  return index.names[a.nameId]?.kind === 'primary' && index.names[b.nameId]?.kind !== 'primary';
}

/** A way the vendor's name is read (vendorVariants), with the countries it gives. */
interface Variant {
  name: VendorName;
  normalised: NormalisedName;
  countries: ReadonlySet<string>;
  /** The variant of the same name without its places, or -1 for a name without places. */
  without: number;
  places: readonly string[];
}

/**
 * Every way the vendor's names are read. A function of its own, apart from the scoring in screen(): names of a kind
 * not met before take paths here that V8 has not compiled yet, and it compiles again only this.
 */
function vendorVariants(index: ScreeningIndex, given: VendorNames): Variant[] {
  const countries = new Set<string>();
  for (const c of given.countries) if (c.trim().length === 2) countries.add(c.trim().toUpperCase());
  // A name is also screened as vendor masters vary it (name-variants.ts): without a bracketed part and as the part
  // alone ("… Corporation (CETC)"), without the places appended to it ("… CO LTD SHENZHEN CHINA", whose countries
  // count as the vendor's), and a brand with trade words as the brand alone. A hit through any of them shows the
  // name as recorded.
  // A name with places can score higher than the name without them (`without`) only against a listed name that has
  // one of its places, or one the name without them did not reach (the places kept a listed name that carries them
  // among the candidates): the others, already scored, are not scored again.
  // Each variant, and each name it is read as, in one shape (readAs, readTokens): the matcher is compiled for the
  // shapes it meets, and meeting another costs a recompilation.
  const variants: Variant[] = [];
  const unlisted = (t: string): boolean => index.tokenId(t) < 0;
  // Returns the countries of the places taken off the name's end, and its words without them.
  const add = (name: VendorName, normalised: NormalisedName, also: readonly string[] = []): { countries: readonly string[]; tokens: readonly string[] } => {
    // Places are read in the name as written, a repeated word included ("… SYRIA DAMASCUS SYRIAN ARAB REPUBLIC").
    const sequence = normalised.repeated ?? normalised.tokens;
    const raw = name.match ?? name.name;
    const trailing = namePlaces(raw, sequence, unlisted);
    // A Chinese name begins with its places (中国中车, 惠州亿纬锂能): they come off as appended ones do.
    const leading = containsHan(raw) ? leadingPlaces(sequence.slice(0, sequence.length - trailing.count), keepsName) : NO_PLACES;
    const placed = [...leading.countries, ...trailing.countries];
    const named = also.length + placed.length > 0 ? new Set([...countries, ...also, ...placed]) : countries;
    if (trailing.count === 0 && leading.count === 0) {
      variants.push({ name, normalised, countries: named, without: -1, places: [] });
      return { countries: placed, tokens: normalised.tokens };
    }
    const withoutLast = (count: number): string[] => {
      const kept = [...new Set(sequence.slice(leading.count, sequence.length - count))];
      // A legal form the places followed ends the name too ("CORPORACION CIMEX SA HAVANA" is CIMEX).
      return count > 0 ? withoutTrailingLegalForm(kept) : kept;
    };
    const tokens = withoutLast(trailing.count);
    const stripped = variants.length;
    variants.push({ name: readAs(name, tokens.join(' ')), normalised: readTokens(tokens, normalised.legalForms), countries: named, without: -1, places: [] });
    // Places before the comma may be the name's own, as the comma says: read both ("LINER TRANSPORT KISH, KISH
    // ISLAND, IRAN" is also LINER TRANSPORT KISH; since 2026.12-12).
    if (trailing.commas > 0 && trailing.commas < trailing.count) {
      const before = withoutLast(trailing.commas);
      variants.push({ name: readAs(name, before.join(' ')), normalised: readTokens(before, normalised.legalForms), countries: named, without: -1, places: [] });
    }
    const places = [...sequence.slice(0, leading.count), ...sequence.slice(sequence.length - trailing.count)];
    variants.push({ name, normalised, countries: named, without: stripped, places });
    return { countries: placed, tokens };
  };
  // A brand is screened alone only when a list carries it as a brand (the only hits it may make).
  const listedRare = (t: string): boolean => listedBrand(index, index.tokenId(t));
  for (const recorded of given.names) {
    // Read within bounds (boundedName); the hit shows the name as recorded.
    const text = boundedName(recorded.match ?? recorded.name);
    const n = readAs(recorded, text);
    const normalised = normaliseName(text);
    const { countries: placed, tokens: unplaced } = add(n, normalised);
    for (const { match, normalised: part } of [...bracketVariants(text), ...unbracketedAcronymVariants(text), ...dashVariants(text)]) add(readAs(n, match), part, placed);
    const parts = recordVariants(text);
    for (const match of parts) add(readAs(n, match), normaliseName(match), placed);
    for (const part of [text, ...parts]) for (const { match, reading } of scriptReadings(part)) add(readAs(n, match, reading), normaliseName(match), placed);
    const head = withoutNamedAfter(unplaced);
    if (head) add(readAs(n, head.join(' ')), readTokens(head, normalised.legalForms), placed);
    // The brand is read from the name without the places taken off its end, and those places are the vendor's.
    const brand = tradeWordsBrand(unplaced);
    const named = placed.length > 0 ? new Set([...countries, ...placed]) : countries;
    if (brand?.every(listedRare)) variants.push({ name: readAs(n, brand.join(' '), 'brand'), normalised: readTokens(brand, normalised.legalForms), countries: named, without: -1, places: [] });
  }
  return variants;
}

/**
 * Screens one vendor (all its names) against the index. Returns the best hit per list entry at or above that
 * list's review threshold, highest score first.
 */
export function screen(index: ScreeningIndex, given: VendorNames, thresholds: Thresholds = DEFAULT_THRESHOLDS): Hit[] {
  const variants = vendorVariants(index, given);
  // Arrays filled by push, not made by map or filter: V8 lays out an array that map makes otherwise once map itself
  // is optimised, and the code reading it is then compiled again. In the benchmark's first pass over 4,000 vendors,
  // recompiling took more time than screening (the shapes above, the same).
  const names: VendorName[] = [];
  const prepared: (PreparedName | null)[] = [];
  const collected: (number[] | null)[] = [];
  const order: number[] = [];
  for (const v of variants) {
    order.push(names.length);
    names.push(v.name);
    prepared.push(null);
    collected.push(null);
  }
  const vendor: VendorNames = { countries: given.countries, names };
  order.sort((a, b) => VIA_RANK[names[a]?.via ?? 'parent'] - VIA_RANK[names[b]?.via ?? 'parent']);
  // Each list's bands for companies (2k) and for people, vessels and aircraft (2k + 1), once per vendor rather than
  // per candidate (and both worked out every time: a path V8 meets late makes it compile screen() again), and the
  // lowest score a candidate of each list must be able to reach (entity bands are the lower ones).
  const bands: BandThresholds[] = [];
  const floors: number[] = [];
  for (const key of index.listKeys) {
    const entity = thresholdsFor(thresholds, key, 'entity');
    bands.push(entity, thresholdsFor(thresholds, key, 'individual'));
    floors.push(entity.review - COUNTRY_SUPPORT);
  }
  const lowestFloor = Math.min(...floors);

  const scoreFor = (vi: number, nameId: number): ScoreParts | null => {
    const name = prepared[vi];
    const variant = variants[vi];
    if (!name || !variant) return null;
    const parts = scoreName(index, name, nameId, variant.countries, isNonEntity(index.scoredType(nameId)));
    if (!parts) return null;
    // A weak alias counts only word for word, every word exact.
    if (index.names[nameId]?.kind === 'weak-alias') return parts.tokenScore < 1 - EXACT_EPSILON ? null : { ...parts, rule: 'weak-alias' };
    // A Chinese name read back from pinyin may be another that sounds the same.
    if (vendor.names[vi]?.reading === 'pinyin') return parts.rule === null ? { ...parts, rule: 'pinyin' } : parts;
    if (vendor.names[vi]?.reading !== 'brand') return parts;
    // A brand read without its trade words counts only where the list carries it exactly as a brand, and
    // where it is nearly all of the listed name (the listed "KAFOLATBANK") or the listed name is that brand with
    // trade words and places of its own ("SIMA SHIPPING COMPANY LIMITED"), not "GUERREROS UNIDOS".
    const listIds = index.nameTokenIds(nameId);
    for (const id of name.ids) if (!listIds.includes(id) || !listedBrand(index, id)) return null;
    if (parts.listCoverage >= BRAND_LIST_COVERAGE || (parts.listCoverage >= BRAND_TRADE_LIST_COVERAGE && listIds.every((id) => name.ids.includes(id) || isTradeWordOrKnownPlace(index.tokens[id] ?? '')))) {
      return { ...parts, rule: 'trade-words' };
    }
    // A coined brand that begins a listed company's longer name ("GOLDPHARMA INTERNATIONAL TRADING" against
    // "GOLDPHARMA DRUG TRAFFICKING …", "FUJIAN HEYUE MARINE FISHING" after its place; since 2026.12-12): a related
    // company as often as not, for an analyst to look at, in review. Not an acronym, an ordinary word or a place, and
    // not a word further into the listed name (its trade or its place: "SERVICIO AEREO DE SANTANDER"). A person's
    // name never gets here: scoreName wants all of it.
    if (!name.ids.every((id, i) => index.coined[id] === 1 && placeKind([name.tokens[i] ?? '']) === null)) return null;
    const first = listIds.findIndex((id) => !isTradeWordOrKnownPlace(index.tokens[id] ?? ''));
    if (first < 0 || !name.ids.every((id, k) => listIds[first + k] === id)) return null;
    return { ...parts, rule: 'brand-in-name', score: Math.max(parts.score, BRAND_IN_NAME_SCORE) };
  };
  const seen = new Set<string>();
  const best = new Map<number, Best>();

  for (const vi of order) {
    const vendorName = vendor.names[vi];
    const normalised = variants[vi]?.normalised;
    if (!normalised) continue;
    const key = `${vendorName?.reading === 'brand' ? 'brand:' : ''}${normalised.tokens.join(' ')}`;
    if (normalised.tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const name = prepareName(index, normalised);
    prepared[vi] = name;
    const candidates: number[] = [];
    if (vendorName?.reading === 'brand') index.namesWithEvery(name.ids, candidates);
    else index.collect(name.tokens, (nameId) => floors[index.nameList[nameId] ?? 0] ?? 0, lowestFloor, candidates);
    collected[vi] = candidates;
    const without = variants[vi]?.without ?? -1;
    const scored = without >= 0 && collected[without] ? new Set(collected[without]) : null;
    const places: number[] = [];
    if (scored) {
      for (const t of variants[vi]?.places ?? []) {
        const id = index.tokenId(t);
        if (id >= 0) places.push(id);
      }
    }
    for (const nameId of candidates) {
      if (scored?.has(nameId) && !index.nameTokenIds(nameId).some((id) => places.includes(id))) continue;
      const listed = index.names[nameId];
      if (!listed) continue;
      const type = index.scoredType(nameId);
      const parts = scoreFor(vi, nameId);
      if (!parts) continue;
      const th = bands[2 * (index.nameList[nameId] ?? 0) + (isNonEntity(type) ? 1 : 0)] ?? thresholdsFor(thresholds, listed.listKey, type);
      const score = finalScore(parts, th, vendorName?.link);
      if (score < th.review) continue;
      const candidate: Best = { score, nameId, vendorIndex: vi, band: score >= th.match ? 'match' : 'review', thresholds: th, parts, pairs: [] };
      const entry = index.nameEntry[nameId] ?? 0;
      const current = best.get(entry);
      if (!current || better(index, vendor.names, candidate, current)) {
        // The alignment of the scoring just done, read out only for the entry's best so far.
        candidate.pairs = lastAlignment(index, prepared[vi] as PreparedName, nameId);
        best.set(entry, candidate);
      }
    }
  }

  const hits: Hit[] = [];
  for (const b of best.values()) {
    const hit = buildHit(index, vendor, prepared, b);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => b.score - a.score || VIA_RANK[a.via] - VIA_RANK[b.via]);
}

/** The vendor's name read as `match` (all of it, a part, a brand), every field present in one order; `reading`: how
 *  `match` reads the name, by default as the name it is a part of is read. */
function readAs(name: VendorName, match: string, reading: NameReading | null = name.reading ?? null): VendorName {
  return { name: name.name, match, reading, via: name.via, link: name.link };
}

function buildHit(
  index: ScreeningIndex,
  vendor: VendorNames,
  prepared: readonly (PreparedName | null)[],
  b: Best,
): Hit | null {
  const listed = index.names[b.nameId];
  const vendorName = vendor.names[b.vendorIndex];
  const name = prepared[b.vendorIndex];
  if (!listed || !vendorName || !name) return null;
  const scoredAs = index.scoredType(b.nameId);
  const parts: ScoreParts = { ...b.parts, score: b.score };
  const listTokens: string[] = [];
  const listUnmatchedWeights: number[] = [];
  for (const id of index.nameTokenIds(b.nameId)) {
    listTokens.push(index.tokens[id] ?? '');
    listUnmatchedWeights.push(index.unmatchedWeight[id] ?? 0);
  }
  const explanation = explain({
    vendorName: vendorName.name,
    via: vendorName.via,
    link: vendorName.link,
    reading: vendorName.reading ? { kind: vendorName.reading, as: vendorName.match ?? vendorName.name } : undefined,
    listName: listed.name,
    listNameKind: listed.kind,
    listKey: listed.listKey,
    entryKey: listed.entryKey,
    entryType: listed.type,
    scoredAs,
    vendorTokens: [...name.tokens],
    listTokens,
    vendorLegalForms: name.normalised.legalForms,
    listLegalForms: index.publishedLegalForms(b.nameId),
    pairs: b.pairs,
    vendorUnmatchedWeights: name.unmatchedWeight,
    listUnmatchedWeights,
    impliedCountry: listed.impliedCountry,
    parts,
    band: b.band,
    thresholds: b.thresholds,
  });
  return {
    entryKey: listed.entryKey,
    listKey: listed.listKey,
    listName: listed.name,
    listNameKind: listed.kind,
    entryType: listed.type,
    matchedName: vendorName.name,
    via: vendorName.via,
    score: b.score,
    band: b.band,
    explanation,
  };
}
