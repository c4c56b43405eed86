// Scores one vendor name against one list name: token alignment, weighted token score, country evidence and the
// rules that keep generic words, person names and short look-alike words from making hits. It runs for every
// candidate, so it works in reusable scratch arrays and allocates only when asked for the alignment (for an
// explanation).
import type { IndexedName, ScreeningIndex, TokenMatch } from './candidate-index';
import type { Likeness } from './likeness';
import { osaDistance } from './edit-distance';
import { legalFormBits } from './legal-forms';
import type { NormalisedName } from './normalise';
import { CONTAINED_SCORE, DISTINCTIVE_WEIGHT, isThinWord, PLACE_TRADE_EXTRAS } from './token-weights';
import { COMMON_NAME_WORDS, PLACE_WORDS } from './vocabulary';

/** A vendor name prepared once per screening call. */
export interface PreparedName {
  normalised: NormalisedName;
  tokens: readonly string[];
  /** Vocabulary id of each token, -1 when no list name carries it. */
  ids: Int32Array;
  /** The listed tokens each token can match, with their similarity (the index's own judgement, so that scoring
   *  and candidate search agree). */
  similar: readonly (readonly TokenMatch[])[];
  /** The listed tokens that tokens[i] + tokens[i + 1] can match ("hik vision" / "hikvision"). */
  joinedSimilar: readonly (readonly TokenMatch[])[];
  matchedWeight: Float32Array;
  unmatchedWeight: Float32Array;
  /** Its legal forms as bits (legalFormBits). */
  forms: number;
}

export function prepareName(index: ScreeningIndex, normalised: NormalisedName): PreparedName {
  const tokens = normalised.tokens;
  const ids = new Int32Array(tokens.length);
  const matchedWeight = new Float32Array(tokens.length);
  const unmatchedWeight = new Float32Array(tokens.length);
  tokens.forEach((t, i) => {
    ids[i] = index.tokenId(t);
    const w = index.weightOf(t);
    matchedWeight[i] = w.matched;
    unmatchedWeight[i] = w.unmatched;
  });
  // Filled by push rather than made by map, as in matcher.ts (why there): scoreName reads them for every candidate.
  const similar: (readonly TokenMatch[])[] = [];
  const joinedSimilar: (readonly TokenMatch[])[] = [];
  for (let i = 0; i < tokens.length; i++) {
    similar.push(index.similarTokens(tokens[i] ?? ''));
    if (i + 1 < tokens.length) joinedSimilar.push(index.similarTokens((tokens[i] ?? '') + (tokens[i + 1] ?? '')));
  }
  return { normalised, tokens, ids, similar, joinedSimilar, matchedWeight, unmatchedWeight, forms: legalFormBits(normalised.legalForms) };
}

/** Words of at most this many letters are short: one letter changed there usually makes another name
 *  ("Tesla"/"TESA", "Intel"/"INTER"), and their phonetic keys collide often ("Elisa"/"Ellissa"). */
const SHORT_WORD = 6;

/**
 * Whether two aligned words are different spellings, one of them short (see SHORT_WORD). When such a pair is all that
 * two names share, the hit is as likely a brand collision ("Tesla"/"TESA", "Cisco Systems"/"SISCO") as a typo. It
 * is reported only when something else supports it, a country both share or a legal form both carry ("OOO Orlan" /
 * "OOO Oraln"), and then at most as a review (rule "one-short-word").
 */
function isShortWordVariant(vendorToken: string, listToken: string, similarity: number): boolean {
  return similarity < 1 && Math.min(vendorToken.length, listToken.length) <= SHORT_WORD;
}

/** A legal form both names carry supports such a pair only when the spelling is this close (a letter dropped, added
 *  or two swapped: "Oraln" / "Orlan") and neither name has another word: a letter changed in a short word ("Aegon" /
 *  "ARGON", "Cemex" / "CIMEX") makes another name as often as a typo, a word on one side only ("ICICI Bank" /
 *  "I.C.I.C. KFT.", "Aegon" / "AEON DEVELOPMENT") says so too, and legal forms are shared by most companies. A shared
 *  country still supports it. */
const SHORT_WORD_FORM_SIMILARITY = 0.85;

/**
 * Whether one of two aligned, different words is the other with one letter added at its end ("Constant" /
 * "CONSTANTA", "Globant" / "GLOBANTY"): a word formed from the other (an inflection, a feminine, a brand made from a
 * word) as often as a typo. When such a pair is all two names share, the hit is held in review (rule "word-ending")
 * unless a country both share supports it.
 */
function isWordEnding(vendorToken: string, listToken: string, similarity: number): boolean {
  if (similarity >= 1) return false;
  const [shorter, longer] = vendorToken.length < listToken.length ? [vendorToken, listToken] : [listToken, vendorToken];
  return longer.length === shorter.length + 1 && longer.startsWith(shorter);
}

/** Words of at least this many letters with one typo ("Dawzing" / "DAWNING") are that word when nothing else tells
 *  two names apart, and count as LONG_TYPO_SIMILARITY; shorter ones are too often another name (rule 4). */
const LONG_TYPO_LENGTH = 7;
const LONG_TYPO_SIMILARITY = 0.95;

/**
 * Whether a vendor word no list carries is a long listed word with one typo: one letter changed, dropped, added or
 * two swapped, not the first ("Nakeri" / "BAKERI", "Telican" / "PELICAN" are other names as often), and not a letter
 * added at its end (isWordEnding: a word formed from the other).
 */
function isLongTypo(vendorToken: string, listToken: string): boolean {
  if (Math.min(vendorToken.length, listToken.length) < LONG_TYPO_LENGTH || vendorToken[0] !== listToken[0]) return false;
  return osaDistance(vendorToken, listToken, 1) === 1 && !isWordEnding(vendorToken, listToken, 0);
}

/** Country evidence: a shared country supports a match, entirely different countries argue against it (more than
 *  a shared one supports: a group's companies sit in many countries, but a vendor's recorded country is a fact). */
export const COUNTRY_SUPPORT = 0.03;
export const COUNTRY_OPPOSE = -0.1;

/** A compound ("Hik Vision" / "Hikvision") counts only when near-exact: a fuzzy one is mostly coincidence. */
const COMPOUND_MIN_SIMILARITY = 0.9;

export type CountryEvidence = 'supports' | 'opposes' | 'none';

/** Why a score is held in the review band, if it is: "generic-only" when both names are one and the same generic
 *  word ("Global"), which identifies nobody on its own; "one-short-word" when all the names share is one short word
 *  spelt differently (isShortWordVariant); "one-word" when all they share is an acronym or an ordinary word
 *  (isThinWord) and no country supports it (a legal form both carry lets it be reported, in review);
 *  "not-a-company" when the listed name is a person's, a vessel's or an aircraft's and no country supports it;
 *  "word-ending" when all they share is one word that the other has with a letter added at its end
 *  (isWordEnding) and no country supports it;
 *  "trade-words" when the vendor's name was matched as its brand without its trade words (name-variants.ts);
 *  "brand-in-name" when that brand, a coined word, is one word of a longer listed name (matcher.ts);
 *  "weak-alias" when the listed name is one the list marks as weak, matched exactly;
 *  "contains" when the vendor's name holds the whole listed name, a coined word of it included, and one word more
 *  (containsListedName);
 *  "pinyin" when the vendor's name was read from a listed Chinese name written in pinyin (matcher.ts). */
export type ScoreRule =
  | 'generic-only'
  | 'one-short-word'
  | 'word-ending'
  | 'one-word'
  | 'not-a-company'
  | 'trade-words'
  | 'brand-in-name'
  | 'weak-alias'
  | 'contains'
  | 'pinyin'
  | null;

export interface ScoreParts {
  /** Weighted token score (a soft Dice coefficient over token weights), before country evidence. */
  tokenScore: number;
  /** Share of the list name's weight that the vendor name matched. */
  listCoverage: number;
  /** Share of the vendor name's weight that the list name matched. */
  vendorCoverage: number;
  /** The lower of the two coverages. */
  coverage: number;
  /** At least one matched word is distinctive (rare across the lists and not a generic business word). */
  distinctiveMatch: boolean;
  countryEvidence: CountryEvidence;
  countryAdjustment: number;
  rule: ScoreRule;
  /** Final score in [0, 1]. */
  score: number;
}

/** One aligned pair: one token on each side, or a compound of two adjacent tokens on one side. */
export interface AlignedPair {
  vendor: readonly number[];
  list: readonly number[];
  similarity: number;
  /** What the pair counts for: the matched weight of its lighter side. */
  weight: number;
  likeness: Likeness;
}

// Candidate pairs (scratch, reused across calls): vendor token and span, list token and span, similarity,
// pair weight, the list side's own weight, and whether the greedy alignment has taken or discarded it.
const MAX_PAIRS = 1024;
const pairV = new Int32Array(MAX_PAIRS);
const pairVSpan = new Uint8Array(MAX_PAIRS);
const pairL = new Int32Array(MAX_PAIRS);
const pairLSpan = new Uint8Array(MAX_PAIRS);
const pairSim = new Float64Array(MAX_PAIRS);
const pairWeight = new Float64Array(MAX_PAIRS);
const pairListWeight = new Float64Array(MAX_PAIRS);
const pairDone = new Uint8Array(MAX_PAIRS);
let pairCount = 0;
let usedV = new Uint8Array(64);
let usedL = new Uint8Array(64);
// Alignment totals of the current call.
let matched = 0; // sum of similarity x pair weight
let alignedVendor = 0; // sum of pair weights (the vendor side of aligned pairs)
let alignedList = 0; // sum of the list tokens' own weights in aligned pairs
let distinctive = false;
let alignedPairs = 0;
// Aligned pairs of distinctive weight, and the list token of the last one (-1 for a compound).
let distinctivePairs = 0;
let lastDistinctiveList = -1;
// The last pair aligned (the only one when alignedPairs is 1): its tokens, -1 for a compound, and similarity.
let lastVendor = -1;
let lastList = -1;
let lastSimilarity = 0;
// Aligned pairs of two different single words, and the last one: its tokens, similarity and weight.
let fuzzyPairs = 0;
let fuzzyVendor = -1;
let fuzzyList = -1;
let fuzzySimilarity = 0;
let fuzzyWeight = 0;
// What the current call aligned, six numbers a pair (vendor token, its span, list token, its span, similarity,
// weight), in the order it aligned them: read out by lastAlignment() for the hits that are explained.
const aligned: number[] = [];

/** `vendorWeight` and `listWeight` are the matched weights of the two sides. A pair counts for its lighter side:
 *  "united" (generic) spelt like a rare listed "unite" is still a generic word, and a misspelt vendor word
 *  (unknown to the lists, so maximally rare) counts for what the listed word it stands for weighs. The list
 *  side keeps its own weight in the list's total, so a rare listed word is not "covered" by a generic one. */
function pushPair(v: number, vSpan: number, l: number, lSpan: number, sim: number, vendorWeight: number, listWeight: number): void {
  if (pairCount === MAX_PAIRS) return;
  pairV[pairCount] = v;
  pairVSpan[pairCount] = vSpan;
  pairL[pairCount] = l;
  pairLSpan[pairCount] = lSpan;
  pairSim[pairCount] = sim;
  pairWeight[pairCount] = Math.min(vendorWeight, listWeight);
  pairListWeight[pairCount] = listWeight;
  pairDone[pairCount] = 0;
  pairCount++;
}

function isFree(k: number): boolean {
  const v = pairV[k] ?? 0;
  const l = pairL[k] ?? 0;
  return !usedV[v] && !(pairVSpan[k] === 2 && usedV[v + 1]) && !usedL[l] && !(pairLSpan[k] === 2 && usedL[l + 1]);
}

/** Greedy alignment of the scratch pairs, heaviest evidence (similarity x weight) first, each token used once.
 *  Word order is ignored on purpose: registers and translations reorder names ("Aviation Industry Corporation
 *  of China" / 中国航空工业集团). */
function alignGreedy(): void {
  for (;;) {
    let best = -1;
    let bestValue = -1;
    for (let k = 0; k < pairCount; k++) {
      if (pairDone[k]) continue;
      if (!isFree(k)) {
        pairDone[k] = 1;
        continue;
      }
      const value = (pairSim[k] ?? 0) * (pairWeight[k] ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    if (best < 0) return;
    pairDone[best] = 1;
    const v = pairV[best] ?? 0;
    const l = pairL[best] ?? 0;
    const vSpan = pairVSpan[best] ?? 1;
    const lSpan = pairLSpan[best] ?? 1;
    usedV[v] = 1;
    if (vSpan === 2) usedV[v + 1] = 1;
    usedL[l] = 1;
    if (lSpan === 2) usedL[l + 1] = 1;
    const s = pairSim[best] ?? 0;
    const weight = pairWeight[best] ?? 0;
    matched += s * weight;
    alignedVendor += weight;
    alignedList += pairListWeight[best] ?? 0;
    if (weight >= DISTINCTIVE_WEIGHT) {
      distinctive = true;
      distinctivePairs++;
      lastDistinctiveList = lSpan === 1 ? l : -1;
    }
    alignedPairs++;
    lastVendor = vSpan === 1 ? v : -1;
    lastList = lSpan === 1 ? l : -1;
    lastSimilarity = s;
    if (s < 1) {
      fuzzyPairs++;
      fuzzyVendor = vSpan === 1 && lSpan === 1 ? v : -1;
      fuzzyList = vSpan === 1 && lSpan === 1 ? l : -1;
      fuzzySimilarity = s;
      fuzzyWeight = weight;
    }
    aligned.push(v, vSpan, l, lSpan, s, weight);
  }
}

/** Pairs of two adjacent vendor words, both still unmatched, against one unmatched list word they spell together at
 *  `minSimilarity` or closer. Two words that are one listed word written apart count for its weight ("Sense Time" is
 *  the coined "Sensetime", not two ordinary words), unless one is an initial ("M&T BANK" is no "TBANK"). */
function pushVendorCompounds(vendor: PreparedName, listIds: Int32Array, w: Float32Array, minSimilarity: number): void {
  const vw = vendor.matchedWeight;
  for (let i = 0; i + 1 < vendor.tokens.length; i++) {
    const similar = vendor.joinedSimilar[i];
    if (usedV[i] || usedV[i + 1] || !similar || similar.length === 0) continue;
    const parts = (vw[i] ?? 0) + (vw[i + 1] ?? 0);
    const apart = (vendor.tokens[i]?.length ?? 0) > 1 && (vendor.tokens[i + 1]?.length ?? 0) > 1;
    for (let j = 0; j < listIds.length; j++) {
      const lid = listIds[j] ?? 0;
      const s = usedL[j] ? 0 : similarityTo(similar, lid);
      if (s >= minSimilarity) pushPair(i, 2, j, 1, s, apart ? Math.max(parts, w[lid] ?? 0) : parts, w[lid] ?? 0);
    }
  }
}

function similarityTo(matches: readonly TokenMatch[] | undefined, id: number): number {
  if (matches) for (const m of matches) if (m.id === id) return m.similarity;
  return 0;
}

function countryEvidence(vendorCountries: ReadonlySet<string>, listed: IndexedName | undefined): CountryEvidence {
  if (vendorCountries.size === 0 || !listed) return 'none';
  let usable = 0;
  for (const c of listed.countries) {
    if (c.length !== 2) continue;
    usable++;
    if (vendorCountries.has(c.toUpperCase())) return 'supports';
  }
  if (usable > 0) return 'opposes';
  // A country the list implies only supports (IndexedName.impliedCountry).
  return listed.impliedCountry !== undefined && vendorCountries.has(listed.impliedCountry) ? 'supports' : 'none';
}

/**
 * Scores `vendor` against list name `nameId`. Returns null when a rule excludes the pair outright: no
 * distinctive word in common and the names do not agree word for word; for people, vessels and aircraft
 * (`nonEntity`), a word of the listed name left unmatched, or a one-word name without a country to support it;
 * all the names share is one short word spelt differently without support, or an acronym or ordinary word without
 * support and with other words beside it or another country. lastAlignment() then gives the pairs it aligned.
 */
export function scoreName(
  index: ScreeningIndex,
  vendor: PreparedName,
  nameId: number,
  vendorCountries: ReadonlySet<string>,
  nonEntity: boolean,
): ScoreParts | null {
  const listIds = index.nameTokenIds(nameId);
  const n = listIds.length;
  const m = vendor.tokens.length;
  if (n === 0 || m === 0) return null;
  const w = index.matchedWeight;
  const vw = vendor.matchedWeight;
  if (usedV.length < m) usedV = new Uint8Array(m * 2);
  if (usedL.length < n) usedL = new Uint8Array(n * 2);
  usedV.fill(0, 0, m);
  usedL.fill(0, 0, n);
  matched = 0;
  alignedVendor = 0;
  alignedList = 0;
  distinctive = false;
  alignedPairs = 0;
  distinctivePairs = 0;
  lastDistinctiveList = -1;
  fuzzyPairs = 0;
  aligned.length = 0;

  pairCount = 0;
  for (let i = 0; i < m; i++) {
    const vid = vendor.ids[i] ?? -1;
    const similar = vendor.similar[i];
    for (let j = 0; j < n; j++) {
      const lid = listIds[j] ?? 0;
      const s = vid === lid ? 1 : similarityTo(similar, lid);
      if (s > 0) pushPair(i, 1, j, 1, s, vw[i] ?? 0, w[lid] ?? 0);
    }
  }
  // A listed word written apart, exactly ("I FLYTEK"), competes with the single words: one of them alone may be
  // close to the listed word too ("flytek"), and would leave the other unmatched.
  pushVendorCompounds(vendor, listIds, w, 1);
  alignGreedy();

  // Compounds among the words still unmatched: two adjacent vendor words against one list word ("Hik Vision" /
  // "Hikvision"), and the reverse.
  pairCount = 0;
  pushVendorCompounds(vendor, listIds, w, COMPOUND_MIN_SIMILARITY);
  const tokens = index.tokens;
  for (let j = 0; j + 1 < n; j++) {
    if (usedL[j] || usedL[j + 1]) continue;
    const a = tokens[listIds[j] ?? 0] ?? '';
    const b = tokens[listIds[j + 1] ?? 0] ?? '';
    for (let i = 0; i < m; i++) {
      const vt = vendor.tokens[i] ?? '';
      // Exact only, as the candidate index finds it: a vendor word that is two listed words written together. It
      // is those two words, so it counts for their weight.
      if (usedV[i] || vt.length !== a.length + b.length || !vt.startsWith(a) || !vt.endsWith(b)) continue;
      const listWeight = (w[listIds[j] ?? 0] ?? 0) + (w[listIds[j + 1] ?? 0] ?? 0);
      pushPair(i, 1, j, 2, 1, listWeight, listWeight);
    }
  }
  if (pairCount > 0) alignGreedy();

  let listRest = 0;
  for (let j = 0; j < n; j++) if (!usedL[j]) listRest += index.unmatchedWeight[listIds[j] ?? 0] ?? 0;
  if (nonEntity && listRest > 0) return null;
  let vendorRest = 0;
  for (let i = 0; i < m; i++) if (!usedV[i]) vendorRest += vendor.unmatchedWeight[i] ?? 0;
  // Generic words never make a hit on their own: without a distinctive word in common, only names that agree
  // word for word are reported (a listed "Iran Export Bank" is that name, whatever its words).
  // A listed name of a place and a trade ("China Telecom") is held, though, by a vendor name that adds only trade
  // words and places to it ("CHINA TELECOM GLOBAL"): a subsidiary as often as not (rule "contains").
  const placeTrade = !distinctive && listRest === 0 && vendorRest > 0 && placeAndTrade(index, vendor, listIds);
  if (!distinctive && (listRest > 0 || vendorRest > 0) && !placeTrade) return null;

  const evidence = countryEvidence(vendorCountries, index.names[nameId]);
  // Read once, here: the rules below test them on paths few names take, and a comparison first made on such a path
  // makes V8 compile the scorer again (docs/benchmarks.md, "Why the timed pass was slow").
  const supports = evidence === 'supports';
  const opposes = evidence === 'opposes';
  const oneListWord = n === 1;
  // One typo in a long distinctive word is all that tells two otherwise equal names apart: it counts as a typo.
  if (fuzzyPairs === 1 && listRest === 0 && vendorRest === 0 && !opposes && fuzzyList >= 0 && fuzzySimilarity < LONG_TYPO_SIMILARITY) {
    const vt = vendor.tokens[fuzzyVendor] ?? '';
    // Only when the listed word is the one listed word the vendor's is like, and the legal forms do not differ
    // ("ROMARIN AS" is a typo of "ROMARINE AS" as much as of "ROBARIN LTD").
    const forms = index.nameForms[nameId] ?? 0;
    const formsAgree = vendor.forms === 0 || forms === 0 || (vendor.forms & forms) !== 0;
    const alone = vendor.similar[fuzzyVendor]?.length === 1;
    if (alone && formsAgree && (vendor.ids[fuzzyVendor] ?? 0) < 0 && fuzzyWeight >= DISTINCTIVE_WEIGHT && isLongTypo(vt, index.tokens[listIds[fuzzyList] ?? 0] ?? '')) {
      matched += (LONG_TYPO_SIMILARITY - fuzzySimilarity) * fuzzyWeight;
    }
  }
  const listSide = alignedList + listRest;
  const vendorSide = alignedVendor + vendorRest;
  const tokenScore = (2 * matched) / (listSide + vendorSide);
  // One short word spelt differently is all the names share: reported only when a country or a legal form both
  // carry supports it, and held in review (isShortWordVariant).
  const shortWordOnly =
    alignedPairs === 1 &&
    lastVendor >= 0 &&
    lastList >= 0 &&
    isShortWordVariant(vendor.tokens[lastVendor] ?? '', index.tokens[listIds[lastList] ?? 0] ?? '', lastSimilarity);
  const sharedForm = (vendor.forms & (index.nameForms[nameId] ?? 0)) !== 0;
  const closeAlone = lastSimilarity >= SHORT_WORD_FORM_SIMILARITY && listRest === 0 && vendorRest === 0;
  const supported = supports || (sharedForm && (!shortWordOnly || closeAlone));
  const endingOnly =
    !shortWordOnly &&
    !supports &&
    alignedPairs === 1 &&
    lastVendor >= 0 &&
    lastList >= 0 &&
    isWordEnding(vendor.tokens[lastVendor] ?? '', index.tokens[listIds[lastList] ?? 0] ?? '', lastSimilarity);
  if (shortWordOnly && !supported) return null;
  // Vendors are companies: a person's, vessel's or aircraft's name that is one word ("OTTO", "BLACKSTONE") is a
  // coincidence unless the country agrees (and then held in review), and any such name reaches the match band only
  // when the country agrees.
  if (nonEntity && oneListWord && !supports) return null;
  const thin =
    alignedPairs === 1 && distinctivePairs === 1 && lastDistinctiveList >= 0 && isThinWord(index.tokens[listIds[lastDistinctiveList] ?? 0] ?? '', sharedForm);
  // One acronym or ordinary word in common and nothing to support it: reported only when it is all of both names
  // (the listed alias "DJI" as the vendor's name), and then held in review.
  if (thin && !supported && (opposes || listRest > 0 || vendorRest > 0)) return null;
  // Nor is a listed name of one generic word ("Power") when the countries differ: the same trade elsewhere.
  if (!distinctive && oneListWord && opposes) return null;
  const countryAdjustment = supports ? COUNTRY_SUPPORT : opposes ? COUNTRY_OPPOSE : 0;
  const contained = !nonEntity && !opposes && (placeTrade || containsListedName(index, vendor, listIds, listRest, tokenScore));
  const listCoverage = matched / listSide;
  const vendorCoverage = matched / vendorSide;
  return {
    tokenScore,
    listCoverage,
    vendorCoverage,
    coverage: Math.min(listCoverage, vendorCoverage),
    distinctiveMatch: distinctive,
    countryEvidence: evidence,
    countryAdjustment,
    rule: !distinctive && oneListWord
      ? 'generic-only'
      : shortWordOnly
        ? 'one-short-word'
        : endingOnly
          ? 'word-ending'
          : contained
          ? 'contains'
          : nonEntity && !supports
          ? 'not-a-company'
          : // A legal form both carry lets such a pair be reported, but only a country lets it reach the match band:
            // "UCB SA" and "UCB JSC", "ITC LTD" and "LLC ITC" are other companies as often as not.
            (thin && !supports) || (nonEntity && oneListWord)
            ? 'one-word'
            : null,
    score: Math.min(1, Math.max(0, (contained ? CONTAINED_SCORE : tokenScore) + countryAdjustment)),
  };
}

/** Whether a listed name of two words or more, a place among them and not only places, is all matched word for word,
 *  and the vendor's other words are at most PLACE_TRADE_EXTRAS trade words or places. */
function placeAndTrade(index: ScreeningIndex, vendor: PreparedName, listIds: Int32Array): boolean {
  if (listIds.length < 2 || fuzzyPairs > 0 || alignedPairs !== listIds.length) return false;
  let places = 0;
  for (const id of listIds) if (PLACE_WORDS.has(index.tokens[id] ?? '')) places++;
  if (places === 0 || places === listIds.length) return false;
  let extras = 0;
  for (let i = 0; i < vendor.tokens.length; i++) {
    if (usedV[i]) continue;
    if ((vendor.unmatchedWeight[i] ?? 0) > DISTINCTIVE_WEIGHT + 1e-6 || ++extras > PLACE_TRADE_EXTRAS) return false;
  }
  return true;
}

/** The pairs the last scoreName call aligned (of `vendor` against name `nameId`), in the order it aligned them: read
 *  out only for a hit's explanation, so that scoring a candidate allocates nothing for it. */
export function lastAlignment(index: ScreeningIndex, vendor: PreparedName, nameId: number): AlignedPair[] {
  const listIds = index.nameTokenIds(nameId);
  const pairs: AlignedPair[] = [];
  for (let k = 0; k + 5 < aligned.length; k += 6) {
    const v = aligned[k] ?? 0;
    const vSpan = aligned[k + 1] === 2 ? 2 : 1;
    const l = aligned[k + 2] ?? 0;
    const lSpan = aligned[k + 3] === 2 ? 2 : 1;
    const similarity = aligned[k + 4] ?? 0;
    const lid = listIds[l] ?? -1;
    // As the index reached the listed word (exact when the words are equal, or one of two is the other two written
    // together).
    const matches = vSpan === 2 ? vendor.joinedSimilar[v] : vendor.similar[v];
    const likeness = similarity === 1 || lSpan === 2 ? 'exact' : (matches?.find((m) => m.id === lid)?.likeness ?? 'spelling');
    pairs.push({ vendor: wordsFrom(v, vSpan), list: wordsFrom(l, lSpan), similarity, weight: aligned[k + 5] ?? 0, likeness });
  }
  return pairs;
}

/** The words of one side of a pair: one, or two written as one. A loop, not two array literals: the literal of two
 *  words, first met late, made V8 compile the matcher again (docs/benchmarks.md, "Why the timed pass was slow"). */
function wordsFrom(start: number, count: number): number[] {
  const words: number[] = [];
  for (let i = 0; i < count; i++) words.push(start + i);
  return words;
}

/**
 * Whether the vendor's name holds the whole listed name, word for word, a coined word of it included (carried by
 * a few entries at most, neither an acronym nor an ordinary word), and besides it at most one word of weight
 * ("ANHUI USTC IFLYTEK" against "IFLYTEK"): a subsidiary or a former name as often as not, which the weighted score
 * alone leaves below review because the extra word weighs as much as the coined one. Not an ordinary word as that
 * one word ("Aleph Alpha" is a name of its own, not the listed "Aleph" with a word more).
 */
function containsListedName(index: ScreeningIndex, vendor: PreparedName, listIds: Int32Array, listRest: number, tokenScore: number): boolean {
  // Every listed word matched for its whole weight: not "T" + "BANK" for the listed "TBANK".
  if (listRest > 0 || fuzzyPairs > 0 || matched < alignedList - 1e-6 || tokenScore >= CONTAINED_SCORE) return false;
  let coined = false;
  for (const id of listIds) if (index.coined[id] === 1) coined = true;
  if (!coined) return false;
  let extras = 0;
  for (let i = 0; i < vendor.tokens.length; i++) {
    if (usedV[i] || (vendor.unmatchedWeight[i] ?? 0) <= DISTINCTIVE_WEIGHT + 1e-6) continue;
    if (COMMON_NAME_WORDS.has(vendor.tokens[i] ?? '') || ++extras > 1) return false;
  }
  return true;
}
