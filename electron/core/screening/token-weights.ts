// How much a token says about identity. Rarity is learned from the indexed names (an IDF over list names), so
// a word carried by thousands of list names ("trading", "bank") weighs little and a word carried by one weighs
// most. Two corrections the lists cannot teach: generic business words and places (vocabulary.ts) are capped,
// because the lists are not a sample of vendor names ("cloud" is rare on the SDN list, common among vendors).
//
// A token has two weights. `matched`: how much a shared token counts for the match. `unmatched`: how much a token
// present on one side only counts against it. They differ for generic words: "Technology" on both sides proves
// little, but "Networks" against "Information Technology" is evidence of a different trade, so an unmatched
// generic word costs more than a matched one earns. Places weigh little either way.
import { isEnglishWord } from './english-words';
import { isCountryWord } from './places';
import { COMMON_NAME_WORDS, GENERIC_WORDS, PLACE_WORDS } from './vocabulary';

export interface TokenWeight {
  matched: number;
  unmatched: number;
}

/** Matched weight from which a token counts as distinctive: at least one distinctive token must be shared
 *  for a name to match on its own merits (see matcher.ts, generic-only rule). */
export const DISTINCTIVE_WEIGHT = 0.3;
/** Cap on the matched weight of generic words and places. */
export const GENERIC_MATCHED_CAP = 0.1;
/** Cap on ordinary words used as company names ("Phoenix"): still distinctive, but not much above the bar. */
export const COMMON_NAME_CAP = 0.35;
/** Cap on single letters (initials), matched or not: "S" in "Obshchestvo S Ogranichennoi" or "J & M". */
export const INITIAL_CAP = 0.25;
const INITIAL_UNMATCHED = 0.1;
/** "Named after" and the Russian "im." (imeni, which the normaliser reads "named after") say whom a company is named
 *  after, not which company it is: the lists and vendor masters write "ZAVOD IMENI KALININA", "PLANT NAMED AFTER
 *  KALININ" and "KALININ PLANT" alike. Matched they weigh as little as a generic word, and missing they cost as little as
 *  an initial (since 2026.12-19; before, an unmatched "im" cost 0.82, as much as a distinctive word). */
const NAMED_AFTER_WORDS: ReadonlySet<string> = new Set(['im', 'named', 'after']);
/** What an unmatched non-place token costs at least. */
export const UNMATCHED_FLOOR = 0.3;
/** What an unmatched place costs at most. */
export const PLACE_UNMATCHED_CAP = 0.1;
const MIN_WEIGHT = 0.02;
/** Words no list carries weigh as rare only from this length on. */
const UNKNOWN_SHORT = 3;

/** Tokens carried by at most this many entries are fully distinctive: a company group with a few listed
 *  subsidiaries ("Huawei", "Hikvision") must not lose weight for it. */
const FULLY_RARE = 5;

/**
 * Rarity in [0, 1]: log((N + 1) / (df + 1)) / log((N + 1) / (FULLY_RARE + 1)), capped at 1 and squared so that
 * the scale is steep. With 20,000 entries a token carried by up to 5 entries weighs 1, by 20 entries 0.71, by
 * 100 entries 0.43, by 500 entries 0.21, by 2,000 entries 0.08. A token no entry carries weighs 1.
 */
export function rarity(documentFrequency: number, entries: number): number {
  if (documentFrequency <= FULLY_RARE) return 1;
  const r = Math.log((entries + 1) / (documentFrequency + 1)) / Math.log((entries + 1) / (FULLY_RARE + 1));
  return Math.min(1, Math.max(0, r)) ** 2;
}

/** `personWord`: the lists carry the token mostly in people's names ("Brown", "Victor"), where an English word is
 *  a surname or a given name, not an ordinary word a company takes. */
export function tokenWeight(token: string, documentFrequency: number, entries: number, personWord = false): TokenWeight {
  const base = Math.max(MIN_WEIGHT, rarity(documentFrequency, entries));
  // Every country's name is a place (since 2026.12-20; "Azerbaijan" and "Georgia", which few entries carry, weighed as
  // rare words), unless the lists carry it mostly in people's names ("Jordan", "Chad").
  if (PLACE_WORDS.has(token) || (!personWord && isCountryWord(token))) return { matched: Math.min(base, GENERIC_MATCHED_CAP), unmatched: Math.min(base, PLACE_UNMATCHED_CAP) };
  if (token.length === 1) return { matched: Math.min(base, INITIAL_CAP), unmatched: INITIAL_UNMATCHED };
  if (NAMED_AFTER_WORDS.has(token)) return { matched: Math.min(base, GENERIC_MATCHED_CAP), unmatched: INITIAL_UNMATCHED };
  // A short word no list carries ("P.R.", "NK", a stray syllable) is more likely an abbreviation the lists write
  // otherwise than the rarest word of the name: missing from a listed name, it costs little more than a place.
  if (documentFrequency === 0 && token.length <= UNKNOWN_SHORT) return { matched: base, unmatched: UNMATCHED_FLOOR };
  if (GENERIC_WORDS.has(token)) {
    const matched = Math.min(base, GENERIC_MATCHED_CAP);
    return { matched, unmatched: Math.max(matched, UNMATCHED_FLOOR) };
  }
  // A shared common name word proves little, but one on one side only is a different name ("Aleph Alpha" is not
  // the listed alias "Aleph"): capped when matched, full weight when not. So is any ordinary English word
  // ("Constellation", "Hydro", "Stack"): the lists carry it a few times, companies everywhere take it as a name.
  const ordinary = COMMON_NAME_WORDS.has(token) || (!personWord && isEnglishWord(token));
  const matched = ordinary ? Math.min(base, COMMON_NAME_CAP) : base;
  return { matched, unmatched: Math.max(base, UNMATCHED_FLOOR) };
}

/** Words of at most this many letters are acronyms when they are all a name shares ("ANA", "AEOI", "SES"). */
const ACRONYM_LENGTH = 4;
/** Acronyms of at most this many letters are shared by too many companies for a legal form to tell them apart ("UCB
 *  SA" and "UCB JSC" are both joint-stock companies); a longer one that both names give the same legal form is the
 *  listed name written out ("CRRC CORP LTD", "CRRC Corporation Limited"). */
const SHORT_ACRONYM_LENGTH = 3;

/** A word that identifies nobody when it is all two names share, unless something else supports it: an acronym
 *  (many organisations share each one) or an ordinary word companies take as a name ("Phoenix", and since 2026.12-8
 *  any ordinary English word: "Dover", "Honor"). `sharedForm`: both names carry the same legal form. */
export function isThinWord(token: string, sharedForm = false): boolean {
  if (COMMON_NAME_WORDS.has(token) || isEnglishWord(token)) return true;
  if (token.length <= SHORT_ACRONYM_LENGTH) return true;
  return token.length <= ACRONYM_LENGTH && !(sharedForm && !isEnglishWord(token));
}

/** A coined word: carried by a few entries at most, neither an acronym nor an ordinary English word ("Iflytek",
 *  not "Hydro"). */
export function isCoinedWord(token: string, matchedWeight: number): boolean {
  return matchedWeight >= 1 && !isThinWord(token);
}

/** What a vendor name scores that holds a whole listed name with a coined word and one word more (scorer.ts,
 *  rule "contains"; held in review). */
export const CONTAINED_SCORE = 0.8;

/** At most this many trade words and places beside a listed name of a place and a trade ("China Telecom") in a
 *  vendor's name that holds it (scorer.ts, rule "contains"). */
export const PLACE_TRADE_EXTRAS = 2;
