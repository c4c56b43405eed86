// The screening index: every list name normalised once, token statistics, and a candidate index so that a vendor
// name is compared only with list names that could reach the review band, never with every name.
//
// Two ways in, following the rule that generic words never make a hit on their own (scorer.ts):
// - a name with a distinctive token is filed under each distinctive token, and found through any vendor token
//   equal to it, within one edit of it, sounding the same, or written as a compound ("Hik Vision" / "Hikvision");
// - a name without one can only be hit by a vendor name made of the same words, so it is filed under its exact
//   set of tokens.
// "Within one edit" also looks at the way a listed name wrote a word that normalisation read as another
// ("Elektroniks" read "electronic"), and an ambiguous abbreviation ("Elec") reaches each word it stands for.
// Generic words are never posting lists, so "Technology" or "Trading" does not pull in a hundred thousand names,
// and `collect` also drops every candidate whose score provably stays below its review threshold.
import type { EntryType } from '../lists/entry';
import { isSkeleton, latinSkeleton } from './abjad';
import { DeletionIndex } from './deletion-index';
import { isEnglishWord } from './english-words';
import { type LegalForm, legalFormBits, packLegalForms, unpackLegalForms } from './legal-forms';
import { normaliseName, type Normaliser, normalisingOnce } from './normalise';
import { readsAsPersonName } from './person-names';
import { placeKind } from './places';
import { PERSIAN_ARABIC_COUNTRIES, vowelBlindKey } from './romanised-vowels';
import { phoneticKey, SAME_SOUND_SIMILARITY, tokenSimilarity } from './token-similarity';
import { CONTAINED_SCORE, DISTINCTIVE_WEIGHT, isCoinedWord, PLACE_TRADE_EXTRAS, tokenWeight, type TokenWeight } from './token-weights';
import type { Likeness } from './likeness';
import { AMBIGUOUS_ABBREVIATIONS } from './vocabulary';

export interface IndexedName {
  /** Identifies the list entry; hits are reported once per (listKey, entryKey). */
  entryKey: string;
  listKey: string;
  /** The primary name or alias as published. */
  name: string;
  /** What is matched, when not the name as published: the name without its bracketed part, or that part alone
   *  ("China Electronics Technology Group Corporation (CETC)"). */
  match?: string;
  /** "weak-alias": a name the list marks as weak (ListEntry.weakAliases). */
  kind: 'primary' | 'alias' | 'weak-alias';
  /** ISO 3166-1 alpha-2 codes; anything else is ignored by the country evidence. */
  countries: readonly string[];
  /** For an entry without countries, the country its list implies (ListSource.impliedCountry): it supports a hit
   *  when the vendor is there, and opposes none. */
  impliedCountry?: string;
  type: EntryType;
}

export interface TokenMatch {
  id: number;
  similarity: number;
  /** How the listed token was reached, for the explanation. */
  likeness: Likeness;
}

const SIMILAR_CACHE_LIMIT = 100_000;
/** How an ambiguous abbreviation compares with each of its readings: near-exact, but not the word as written. */
export const ABBREVIATION_SIMILARITY = 0.95;

/** What a Russian place adjective's reading as its place is worth, against the place's own similarity. */
const PLACE_ADJECTIVE_FACTOR = 0.9;
/** A Russian adjective of a place as registers romanise it: a stem of four letters or more, "-sk" and an ending
 *  ("Salavatskiy", "Kazanskij", "Chelyabinskaya"; not "Tulskij", whose stem would match too much). */
const PLACE_ADJECTIVE_RE = /^(\p{L}{4,}?)(sk|ck)(ij|iy|ii|iyy|yj|yy|yi|y|i|aya|aja|oe|oye|oje|ogo|oy|oi|oj)$/u;

/** Adds a listed token reached at `similarity`, or raises its similarity if it was reached another way already
 *  (and then says it was reached the closer way). */
function keepClosest(found: TokenMatch[], id: number, similarity: number, likeness: Likeness): void {
  const known = found.find((f) => f.id === id);
  if (!known) found.push({ id, similarity, likeness });
  else if (similarity > known.similarity) {
    known.similarity = similarity;
    known.likeness = likeness;
  }
}

/** Adds a listed token not reached another way already. */
function keepFirst(found: TokenMatch[], id: number, similarity: number, likeness: Likeness): void {
  if (!found.some((f) => f.id === id)) found.push({ id, similarity, likeness });
}

/** The places a Russian place adjective may be of: its stem ("salavat" of "salavatskiy") and, for a town ending in
 *  "-sk", the stem with it ("chelyabinsk" of "chelyabinskiy"). */
function placeAdjectiveStems(token: string): string[] {
  const m = PLACE_ADJECTIVE_RE.exec(token);
  return m ? [m[1] ?? '', `${m[1] ?? ''}${m[2] ?? ''}`] : [];
}
/** Longer tokens are matched exactly only (the longest words of company names have about 35 letters). */
export const MAX_FUZZY_TOKEN = 48;
/** Shorter consonant skeletons ("m") match too many words to mean anything. */
const MIN_SKELETON = 2;
/** Most token sets tried for a name without a distinctive token (abbreviations multiply the readings). */
const MAX_GENERIC_KEYS = 16;

/** Compressed-row lists: the items of row r are items[start[r] .. start[r + 1]). */
interface Rows {
  start: Int32Array;
  items: Int32Array;
}

export class ScreeningIndex {
  /** Number of distinct list entries (what token rarity is counted over). */
  readonly entryCount: number;
  /** The lists present, and for each name the index of its list in `listKeys`. */
  readonly listKeys: readonly string[];
  readonly nameList: Int32Array;
  /** For each name the entry it belongs to. */
  readonly nameEntry: Int32Array;
  /** Token ids of each name, in name order. */
  readonly nameTokens: Rows;
  readonly tokens: readonly string[];
  readonly matchedWeight: Float32Array;
  /** 1 for a coined token (isCoinedWord): a vendor name holding a listed name with one may score CONTAINED_SCORE, a
   *  vendor's brand that begins a longer listed name reaches review (matcher.ts, rule "brand-in-name"). */
  readonly coined: Uint8Array;
  readonly unmatchedWeight: Float32Array;
  readonly documentFrequency: Int32Array;
  /** For each name, its legal forms as bits (legalFormBits). */
  readonly nameForms: Uint8Array;
  /** For each name, its legal forms in order (packLegalForms) for the explanation of a hit, or -1: read them from
   *  the name as published (one matched as another text, or with too many to pack). */
  private readonly nameFormList: Int32Array;
  /** For each entry: 1 when it has no type but its primary name reads as a person's (person-names.ts). */
  private readonly entryReadsAsPerson: Uint8Array;

  private readonly vocabulary: ReadonlyMap<string, number>;
  /** Every spelling fuzzy search looks at: the tokens (spelling k is token k), then listed names' own spellings of
   *  words normalisation read as another word ("elektroniks" read "electronic", "german" read "germany"), each with
   *  the token it was read as. */
  private readonly spellings: readonly string[];
  private readonly spellingToken: Int32Array;
  /** A reading of an ambiguous abbreviation → the listed tokens that abbreviate it ("electronic" → "elec"). */
  private readonly abbreviatedAs: ReadonlyMap<string, readonly number[]>;
  /** Distinctive token → names carrying it. */
  private readonly postings: Rows;
  /** Sorted token ids of a name with no distinctive token → those names. */
  private readonly genericNames: ReadonlyMap<string, readonly number[]>;
  private readonly deletions: DeletionIndex;
  private readonly sounds: ReadonlyMap<string, number>;
  private readonly spellingSound: Int32Array;
  private readonly soundSpellings: Rows;
  private readonly similarCache = new Map<string, readonly TokenMatch[]>();
  /** Per spelling, the number of the last fuzzy search that reached it (see similarTokens). */
  private readonly spellingSeen: Int32Array;
  private spellingStamp = 0;
  /** Consonant skeleton → the listed Latin tokens with it (abjad.ts). Built with the index, not when an Arabic-script
   *  name first asks: that vendor paid for a whole pass over the vocabulary (2026.12-24). */
  private readonly latinBySkeleton: ReadonlyMap<string, readonly number[]>;
  /** Consonant skeleton → the listed tokens read from Arabic script with it (usually none). */
  private readonly abjadBySkeleton: ReadonlyMap<string, readonly number[]>;
  /** Vowel-blind key → the words of Iranian and Arab entries' names with it (romanised-vowels.ts). */
  private readonly byVowelBlindKey: ReadonlyMap<string, readonly number[]>;
  /** The stems of the listed Russian place adjectives → those adjectives ("azov" → "azovski"). */
  private readonly placeAdjectives: ReadonlyMap<string, readonly number[]>;
  // Three numbers per name n, side by side so that a candidate costs one cache miss, not three:
  // slots[3n]     per query: what the name's distinctive tokens can match (accumulated, then reset)
  // slots[3n + 1] the sum of the matched weights of all the name's tokens
  // slots[3n + 2] the same over its non-distinctive tokens only
  private readonly slots: Float64Array;
  /** Per query, for each listed token: bits of the vendor tokens that can reach it (0: none). */
  private readonly reach: Int32Array;
  private touched: Int32Array;
  private touchedCount = 0;

  private constructor(
    readonly names: readonly IndexedName[],
    normalise: Normaliser,
  ) {
    const listIds = new Map<string, number>();
    const entryIds = new Map<string, number>();
    const vocabulary = new Map<string, number>();
    const tokens: string[] = [];
    this.nameList = new Int32Array(names.length);
    this.nameEntry = new Int32Array(names.length);
    const start = new Int32Array(names.length + 1);
    const ids: number[] = [];
    let df: Int32Array = new Int32Array(1024);
    let lastEntry: Int32Array = new Int32Array(1024).fill(-1);
    // Typed people and companies carrying each token, to tell which untyped rows are people (person-names.ts).
    let people: Int32Array = new Int32Array(1024);
    let companies: Int32Array = new Int32Array(1024);
    this.nameForms = new Uint8Array(names.length);
    this.nameFormList = new Int32Array(names.length);
    const untypedPrimaries: number[] = [];
    const romanisedTokens = new Set<number>();

    const respelt = new Map<string, string>();
    names.forEach((n, i) => {
      const entryKey = `${n.listKey}\u0001${n.entryKey}`;
      let entry = entryIds.get(entryKey);
      if (entry === undefined) entryIds.set(entryKey, (entry = entryIds.size));
      let list = listIds.get(n.listKey);
      if (list === undefined) listIds.set(n.listKey, (list = listIds.size));
      this.nameEntry[i] = entry;
      this.nameList[i] = list;
      const normalised = normalise(n.match ?? n.name);
      for (const r of normalised.respelt) respelt.set(r.written, r.token);
      this.nameForms[i] = legalFormBits(normalised.legalForms);
      this.nameFormList[i] = n.match === undefined ? packLegalForms(normalised.legalForms) : -1;
      if (n.type === 'unknown' && n.kind === 'primary') untypedPrimaries.push(i);
      const romanised = n.countries.some((c) => PERSIAN_ARABIC_COUNTRIES.has(c));
      for (const t of normalised.tokens) {
        let id = vocabulary.get(t);
        if (id === undefined) {
          id = tokens.length;
          vocabulary.set(t, id);
          tokens.push(t);
          if (id >= df.length) {
            df = grow(df, 0);
            lastEntry = grow(lastEntry, -1);
            people = grow(people, 0);
            companies = grow(companies, 0);
          }
        }
        // Rarity counts entries, not names: twenty aliases of one bank do not make its name common.
        if (lastEntry[id] !== entry) {
          lastEntry[id] = entry;
          df[id] = (df[id] ?? 0) + 1;
          if (n.type === 'individual') people[id] = (people[id] ?? 0) + 1;
          else if (n.type === 'entity') companies[id] = (companies[id] ?? 0) + 1;
        }
        if (romanised) romanisedTokens.add(id);
        ids.push(id);
      }
      start[i + 1] = ids.length;
    });

    this.entryCount = entryIds.size;
    this.entryReadsAsPerson = new Uint8Array(entryIds.size);
    for (const n of untypedPrimaries) {
      const tokenIds = ids.slice(start[n] ?? 0, start[n + 1] ?? 0);
      if (readsAsPersonName(tokenIds, this.nameForms[n] !== 0, people, companies)) this.entryReadsAsPerson[this.nameEntry[n] ?? 0] = 1;
    }
    this.listKeys = [...listIds.keys()];
    this.vocabulary = vocabulary;
    this.tokens = tokens;
    this.nameTokens = { start, items: Int32Array.from(ids) };
    this.documentFrequency = df.slice(0, tokens.length);
    this.matchedWeight = new Float32Array(tokens.length);
    this.unmatchedWeight = new Float32Array(tokens.length);
    this.coined = new Uint8Array(tokens.length);
    tokens.forEach((t, id) => {
      const w = tokenWeight(t, this.documentFrequency[id] ?? 0, this.entryCount, (people[id] ?? 0) > (companies[id] ?? 0));
      this.matchedWeight[id] = w.matched;
      this.unmatchedWeight[id] = w.unmatched;
      this.coined[id] = isCoinedWord(t, w.matched) ? 1 : 0;
    });

    this.slots = new Float64Array(names.length * 3);
    this.reach = new Int32Array(tokens.length);
    const genericNames = new Map<string, number[]>();
    const postingCounts = new Int32Array(tokens.length + 1);
    for (let n = 0; n < names.length; n++) {
      let distinctive = false;
      this.forEachToken(n, (id) => {
        const w = this.matchedWeight[id] ?? 0;
        this.slots[3 * n + 1] = (this.slots[3 * n + 1] ?? 0) + w;
        if (w >= DISTINCTIVE_WEIGHT) {
          distinctive = true;
          postingCounts[id + 1] = (postingCounts[id + 1] ?? 0) + 1;
        } else this.slots[3 * n + 2] = (this.slots[3 * n + 2] ?? 0) + w;
      });
      if (!distinctive && this.nameTokenCount(n) > 0) {
        const key = tokenSetKey(this.nameTokens.items.subarray(start[n] ?? 0, start[n + 1] ?? 0));
        const bucket = genericNames.get(key);
        if (bucket) bucket.push(n);
        else genericNames.set(key, [n]);
      }
    }
    this.genericNames = genericNames;
    this.postings = fillRows(postingCounts, (visit) => {
      for (let n = 0; n < names.length; n++) {
        this.forEachToken(n, (id) => {
          if ((this.matchedWeight[id] ?? 0) >= DISTINCTIVE_WEIGHT) visit(id, n);
        });
      }
    });

    const ownSpellings = [...respelt].filter(([written]) => !vocabulary.has(written));
    this.spellings = [...tokens, ...ownSpellings.map(([written]) => written)];
    this.spellingSeen = new Int32Array(this.spellings.length);
    this.spellingToken = Int32Array.from(this.spellings, (_, k) => (k < tokens.length ? k : (vocabulary.get(ownSpellings[k - tokens.length]?.[1] ?? '') ?? 0)));
    this.deletions = DeletionIndex.build(this.spellings);
    const abbreviatedAs = new Map<string, number[]>();
    for (const [abbreviation, readings] of AMBIGUOUS_ABBREVIATIONS) {
      const id = vocabulary.get(abbreviation);
      if (id !== undefined) for (const r of readings) abbreviatedAs.set(r, [...(abbreviatedAs.get(r) ?? []), id]);
    }
    this.abbreviatedAs = abbreviatedAs;
    const sounds = new Map<string, number>();
    this.spellingSound = new Int32Array(this.spellings.length);
    const soundCounts = new Int32Array(this.spellings.length + 1);
    this.spellings.forEach((t, k) => {
      const key = phoneticKey(t);
      let sound = sounds.get(key);
      if (sound === undefined) sounds.set(key, (sound = sounds.size));
      this.spellingSound[k] = sound;
      soundCounts[sound + 1] = (soundCounts[sound + 1] ?? 0) + 1;
    });
    this.sounds = sounds;
    this.soundSpellings = fillRows(soundCounts.subarray(0, sounds.size + 1), (visit) =>
      this.spellingSound.forEach((sound, k) => visit(sound, k)),
    );

    const abjadBySkeleton = new Map<string, number[]>();
    const latinBySkeleton = new Map<string, number[]>();
    tokens.forEach((t, id) => {
      if (isSkeleton(t)) {
        abjadBySkeleton.set(t.toLowerCase(), [...(abjadBySkeleton.get(t.toLowerCase()) ?? []), id]);
        return;
      }
      const key = latinSkeleton(t);
      if (key.length < MIN_SKELETON) return;
      const ids = latinBySkeleton.get(key);
      if (ids) ids.push(id);
      else latinBySkeleton.set(key, [id]);
    });
    this.abjadBySkeleton = abjadBySkeleton;
    this.latinBySkeleton = latinBySkeleton;
    const byVowelBlindKey = new Map<string, number[]>();
    for (const id of romanisedTokens) {
      const t = tokens[id] ?? '';
      const key = isEnglishWord(t) ? null : vowelBlindKey(t);
      if (key !== null) byVowelBlindKey.set(key, [...(byVowelBlindKey.get(key) ?? []), id]);
    }
    this.byVowelBlindKey = byVowelBlindKey;
    const placeAdjectives = new Map<string, number[]>();
    tokens.forEach((t, id) => {
      for (const stem of placeAdjectiveStems(t)) placeAdjectives.set(stem, [...(placeAdjectives.get(stem) ?? []), id]);
    });
    this.placeAdjectives = placeAdjectives;

    this.touched = new Int32Array(1024);
  }

  /** `normalise`: how names are normalised (the engine's own normalisingOnce, to share what it already did). */
  static build(names: Iterable<IndexedName>, normalise: Normaliser = normalisingOnce()): ScreeningIndex {
    return new ScreeningIndex([...names], normalise);
  }

  nameTokenCount(name: number): number {
    return (this.nameTokens.start[name + 1] ?? 0) - (this.nameTokens.start[name] ?? 0);
  }

  nameTokenIds(name: number): Int32Array {
    return this.nameTokens.items.subarray(this.nameTokens.start[name] ?? 0, this.nameTokens.start[name + 1] ?? 0);
  }

  /** The type a name is scored as: its entry's, or "individual" for an untyped entry whose name reads as a
   *  person's, so that the rules and bands for people apply to it. */
  scoredType(name: number): EntryType {
    const type = this.names[name]?.type ?? 'unknown';
    return type === 'unknown' && this.entryReadsAsPerson[this.nameEntry[name] ?? 0] ? 'individual' : type;
  }

  /** The legal forms normalisation sets aside from a listed name as published. */
  publishedLegalForms(name: number): LegalForm[] {
    const packed = this.nameFormList[name] ?? -1;
    return packed >= 0 ? unpackLegalForms(packed) : normaliseName(this.names[name]?.name ?? '').legalForms;
  }

  tokenId(token: string): number {
    return this.vocabulary.get(token) ?? -1;
  }

  /** The names that carry every one of these tokens exactly, from the shortest posting list: what a brand read
   *  without its trade words may match (no spelling variant, no other word), without collect()'s fuzzy search. */
  namesWithEvery(tokenIds: ArrayLike<number>, out: number[]): void {
    const { start, items } = this.postings;
    let rarest = -1;
    for (let i = 0; i < tokenIds.length; i++) {
      const id = tokenIds[i] ?? -1;
      if (id < 0) return;
      if (rarest < 0 || (start[id + 1] ?? 0) - (start[id] ?? 0) < (start[rarest + 1] ?? 0) - (start[rarest] ?? 0)) rarest = id;
    }
    if (rarest < 0) return;
    const to = start[rarest + 1] ?? 0;
    for (let p = start[rarest] ?? 0; p < to; p++) {
      const name = items[p] ?? 0;
      if (out.at(-1) === name) continue;
      const carried = this.nameTokenIds(name);
      let all = true;
      for (let i = 0; i < tokenIds.length && all; i++) all = carried.includes(tokenIds[i] ?? -1);
      if (all) out.push(name);
    }
  }

  /** Weights of any token, listed or not (a token no list name carries is maximally rare). */
  weightOf(token: string): TokenWeight {
    const id = this.vocabulary.get(token);
    if (id !== undefined) return { matched: this.matchedWeight[id] ?? 0, unmatched: this.unmatchedWeight[id] ?? 0 };
    return tokenWeight(token, 0, this.entryCount);
  }

  /** Listed tokens equal to `token`, within one edit of it or of a listed name's own spelling of it, sounding the
   *  same, or (a word of an Iranian or Arab entry) spelt with other vowels, with their similarity (memoised: vendor
   *  names share most of their words). */
  similarTokens(token: string): readonly TokenMatch[] {
    const cached = this.similarCache.get(token);
    if (cached) return cached;
    const found: TokenMatch[] = [];
    const exact = this.vocabulary.get(token);
    if (exact !== undefined) found.push({ id: exact, similarity: 1, likeness: 'exact' });
    // No word of a name is this long: a pasted blob is matched exactly or not at all, never searched for spellings
    // (the search costs time in proportion to its length squared).
    if (token.length > MAX_FUZZY_TOKEN) return found;
    // A word read from Arabic script is compared by its consonants only, and a Latin word with the listed words
    // read so (abjad.ts).
    if (isSkeleton(token)) return this.cache(token, [...found, ...this.skeletonMatches(token.toLowerCase(), this.latinBySkeleton)]);
    if (this.abjadBySkeleton.size > 0) found.push(...this.skeletonMatches(latinSkeleton(token), this.abjadBySkeleton));
    const sound = this.sounds.get(phoneticKey(token)) ?? -1;
    // The spellings within one edit, then those that sound the same, each once (marked with this search's number,
    // not kept in a Set: a Set per search cost as much as the search).
    const stamp = ++this.spellingStamp;
    const spellings: number[] = [];
    const visit = (k: number): void => {
      if (this.spellingSeen[k] === stamp) return;
      this.spellingSeen[k] = stamp;
      spellings.push(k);
    };
    this.deletions.forEachNeighbour(token, visit);
    if (sound >= 0) forEachInRow(this.soundSpellings, sound, visit);
    // A token may be reached through several spellings (its own and a listed name's): the closest counts.
    for (const k of spellings) {
      const id = this.spellingToken[k] ?? 0;
      if (id === exact) continue;
      const sameSound = this.spellingSound[k] === sound;
      const similarity = tokenSimilarity(token, this.spellings[k] ?? '', sameSound);
      // The same sound lifts a spelling to SAME_SOUND_SIMILARITY, never above it.
      if (similarity > 0) keepClosest(found, id, similarity, sameSound && similarity === SAME_SOUND_SIMILARITY ? 'sound' : 'spelling');
    }
    // A Persian or Arabic word spelt with other vowels sounds the same (since 2026.12-24).
    const vowelBlind = isEnglishWord(token) ? null : vowelBlindKey(token);
    for (const id of vowelBlind === null ? [] : (this.byVowelBlindKey.get(vowelBlind) ?? [])) keepClosest(found, id, SAME_SOUND_SIMILARITY, 'vowels');
    for (const id of this.abbreviationReadings(token)) keepFirst(found, id, ABBREVIATION_SIMILARITY, 'abbreviation');
    // A Russian place adjective also reads as its place, a little less surely (since 2026.12-11): "Salawatskij" as
    // SALAVAT, "Czelabinskij" as CHELYABINSK, where the lists translate "Salavatskiy Khimicheskiy Zavod".
    for (const stem of placeAdjectiveStems(token)) {
      for (const match of this.similarTokens(stem)) keepFirst(found, match.id, match.similarity * PLACE_ADJECTIVE_FACTOR, 'place');
    }
    // And a place as a listed adjective of it (since 2026.12-12): "AZOV OPTICAL" as AZOVSKI OPTIKO, where the list
    // keeps the Russian adjective.
    const adjectives = this.placeAdjectives.get(token);
    if (adjectives && placeKind([token]) !== null) {
      for (const id of adjectives) keepFirst(found, id, PLACE_ADJECTIVE_FACTOR, 'place');
    }
    return this.cache(token, found);
  }

  private cache(token: string, found: readonly TokenMatch[]): readonly TokenMatch[] {
    if (this.similarCache.size >= SIMILAR_CACHE_LIMIT) this.similarCache.clear();
    this.similarCache.set(token, found);
    return found;
  }

  /** The tokens sharing a consonant skeleton, surer the more consonants it has ("mlt" is also "malta" and "molot");
   *  since 2026.12-13 also without a final h, a Persian word's silent final heh (توسعه is "tosee" as often as
   *  "toseh"), one step less surely. */
  private skeletonMatches(skeleton: string, bySkeleton: ReadonlyMap<string, readonly number[]>): TokenMatch[] {
    const found: TokenMatch[] = [];
    const add = (key: string, similarity: number): void => {
      if (key.length < MIN_SKELETON) return;
      for (const id of bySkeleton.get(key) ?? []) keepFirst(found, id, similarity, 'consonants');
    };
    const sureness = (length: number): number => (length >= 4 ? 0.92 : length === 3 ? 0.9 : 0.85);
    add(skeleton, sureness(skeleton.length));
    if (skeleton.length >= 3 && skeleton.endsWith('h')) add(skeleton.slice(0, -1), sureness(skeleton.length - 1));
    return found;
  }

  /**
   * Appends to `out` the names worth scoring against the vendor tokens: names sharing a distinctive token whose
   * score could reach `floor(name)` (never less than `lowestFloor`), and names without a distinctive token that
   * consist of exactly the vendor's words.
   *
   * Two upper bounds on the weighted Dice score 2M / (Dl + Dv) of scorer.ts prune the first kind:
   * - cheap, for every name reached: with T the name's total matched weight (Dl >= T) and X >= M what its
   *   distinctive tokens can match plus the weight of all its other tokens, the score is at most 2X / (T + X);
   * - exact about which words can pair up, for the survivors: a listed token no vendor token can reach counts
   *   its unmatched weight in Dl, and a vendor token that reaches none of the name's tokens counts its unmatched
   *   weight in Dv, while every reachable pair is assumed perfect.
   */
  collect(vendorTokens: readonly string[], floor: (name: number) => number, lowestFloor: number, out: number[]): void {
    this.touchedCount = 0;
    // Which vendor tokens (as bits) can reach each listed token: directly, as a compound of two vendor tokens,
    // or as two listed tokens written together in one vendor token.
    const reach = this.reach;
    const reachedTokens: number[] = [];
    const m = vendorTokens.length;
    for (let i = 0; i < m; i++) {
      const v = vendorTokens[i] ?? '';
      for (const match of this.similarTokens(v)) {
        this.accumulate(match.id, match.similarity);
        this.noteReach(match.id, bitOf(i), reachedTokens);
      }
      const next = vendorTokens[i + 1];
      if (next !== undefined) {
        for (const match of this.similarTokens(v + next)) {
          this.accumulate(match.id, match.similarity);
          this.noteReach(match.id, bitOf(i) | bitOf(i + 1), reachedTokens);
        }
      }
      if (!this.vocabulary.has(v)) this.splitHits(v, (id) => this.noteReach(id, bitOf(i), reachedTokens));
    }
    // Filled by push (matcher.ts says why not by map).
    const vendorUnmatched: number[] = [];
    for (let i = 0; i < m; i++) vendorUnmatched.push(i < 31 ? this.weightOf(vendorTokens[i] ?? '').unmatched : 0);

    const slots = this.slots;
    const { start: rowStart, items: rowItems } = this.nameTokens;
    for (let k = 0; k < this.touchedCount; k++) {
      const n = this.touched[k] ?? 0;
      const at = 3 * n;
      const total = slots[at + 1] ?? 0;
      const x = Math.min(total, (slots[at] ?? 0) + (slots[at + 2] ?? 0));
      slots[at] = 0;
      if ((2 * x) / (total + x) < lowestFloor) continue;
      let possible = 0;
      let listSide = 0;
      let reached = 0;
      let unreached = false;
      let coined = false;
      const to = rowStart[n + 1] ?? 0;
      for (let p = rowStart[n] ?? 0; p < to; p++) {
        const id = rowItems[p] ?? 0;
        const bits = reach[id] ?? 0;
        if (bits === 0) {
          listSide += this.unmatchedWeight[id] ?? 0;
          unreached = true;
        } else {
          possible += this.matchedWeight[id] ?? 0;
          listSide += this.matchedWeight[id] ?? 0;
          reached |= bits;
          coined ||= this.coined[id] === 1;
        }
      }
      let vendorSide = possible;
      for (let i = 0; i < m; i++) if (!(reached & bitOf(i))) vendorSide += vendorUnmatched[i] ?? 0;
      // A name every word of which the vendor's may hold, a coined one among them, may score CONTAINED_SCORE.
      const bound = !unreached && coined ? Math.max(CONTAINED_SCORE, (2 * possible) / (listSide + vendorSide)) : (2 * possible) / (listSide + vendorSide);
      if (bound >= floor(n)) out.push(n);
    }
    for (const id of reachedTokens) reach[id] = 0;
    this.collectGeneric(vendorTokens, out);
  }

  /**
   * Names without a distinctive token: only a vendor name of exactly their words (each word as listed, as its closest
   * listed spelling, or a listed word it abbreviates or is abbreviated by ("Elec" / "Electronics")), none of them
   * distinctive, or of their words and up to PLACE_TRADE_EXTRAS more (a listed place and trade, "China Telecom", in
   * "CHINA TELECOM GLOBAL": the scorer decides). A method of its own: few vendors get past its first loop, and the
   * paths after it, met late, make V8 compile again only this, not all of collect.
   */
  private collectGeneric(vendorTokens: readonly string[], out: number[]): void {
    const options: number[][] = [];
    for (const t of vendorTokens) {
      const readings = this.genericReadings(t);
      if (readings.length === 0) return;
      options.push(readings);
    }
    const keys = new Set<string>();
    for (const kept of withoutUpTo(options, PLACE_TRADE_EXTRAS)) for (const ids of combinations(kept, MAX_GENERIC_KEYS)) keys.add(tokenSetKey(ids));
    for (const key of keys) for (const n of this.genericNames.get(key) ?? []) out.push(n);
  }

  /** What a vendor token can be in a name without a distinctive token: its closest listed token, and the listed
   *  tokens it reads as through an abbreviation; nothing when the closest one is distinctive. */
  private genericReadings(token: string): number[] {
    const closest = this.closestToken(token);
    if (closest < 0 || (this.matchedWeight[closest] ?? 0) >= DISTINCTIVE_WEIGHT) return [];
    // The closest token may be one of the readings ("elec" is closest to "electronic" through them).
    return [closest].concat(this.abbreviationReadings(token).filter((id) => id !== closest));
  }

  /** Listed tokens that `token` abbreviates ambiguously ("elec": "electronic", "electric"), or that abbreviate it. */
  private abbreviationReadings(token: string): readonly number[] {
    const readings = AMBIGUOUS_ABBREVIATIONS.get(token);
    if (!readings) return this.abbreviatedAs.get(token) ?? [];
    const ids: number[] = [];
    for (const reading of readings) {
      const id = this.vocabulary.get(reading);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** The listed token `token` is, or failing that its most similar listed token; -1 if none. */
  private closestToken(token: string): number {
    let best = -1;
    let similarity = 0;
    for (const match of this.similarTokens(token)) {
      if (match.similarity > similarity) {
        best = match.id;
        similarity = match.similarity;
      }
    }
    return best;
  }

  private forEachToken(name: number, visit: (id: number) => void): void {
    forEachInRow(this.nameTokens, name, visit);
  }

  /** A vendor token that is two listed tokens written together ("sensetime" for "sense time"). */
  private splitHits(token: string, reached: (id: number) => void): void {
    if (token.length > MAX_FUZZY_TOKEN || isSkeleton(token)) return;
    for (let cut = 3; cut <= token.length - 3; cut++) {
      const head = this.vocabulary.get(token.slice(0, cut));
      if (head === undefined) continue;
      const tail = this.vocabulary.get(token.slice(cut));
      if (tail === undefined) continue;
      for (const id of [head, tail]) {
        this.accumulate(id, 1);
        reached(id);
      }
    }
  }

  /** Records (collect) that the vendor tokens `bits` can reach listed token `id`, and `id` among those reached. */
  private noteReach(id: number, bits: number, reached: number[]): void {
    if (this.reach[id] === 0) reached.push(id);
    this.reach[id] = (this.reach[id] ?? 0) | bits;
  }

  private accumulate(tokenId: number, similarity: number): void {
    const w = (this.matchedWeight[tokenId] ?? 0) * similarity;
    const { start, items } = this.postings;
    const slots = this.slots;
    const to = start[tokenId + 1] ?? 0;
    for (let p = start[tokenId] ?? 0; p < to; p++) {
      const n = items[p] ?? 0;
      const at = 3 * n;
      const before = slots[at] ?? 0;
      if (before === 0) {
        if (this.touchedCount === this.touched.length) this.touched = grow(this.touched, 0);
        this.touched[this.touchedCount++] = n;
      }
      slots[at] = before + w;
    }
  }
}

/** A vendor token's bit in collect's reach sets (tokens past the 31st have none). A function of the module, as
 *  noteReach is a method, rather than a closure made in each collect: under tsx, which the benchmark runs with,
 *  making a named closure defines its name, about a microsecond each time. */
function bitOf(i: number): number {
  return i < 31 ? 1 << i : 0;
}

function grow(a: Int32Array, fill: number): Int32Array {
  const b = new Int32Array(a.length * 2).fill(fill);
  b.set(a);
  return b;
}

function forEachInRow(rows: Rows, row: number, visit: (item: number) => void): void {
  const to = rows.start[row + 1] ?? 0;
  for (let k = rows.start[row] ?? 0; k < to; k++) visit(rows.items[k] ?? 0);
}

/** Builds compressed rows from per-row counts (counts[r + 1] = size of row r) and a pass that visits every
 *  (row, item) pair in order. */
function fillRows(counts: Int32Array, pass: (visit: (row: number, item: number) => void) => void): Rows {
  const start = counts.slice();
  for (let r = 1; r < start.length; r++) start[r] = (start[r] ?? 0) + (start[r - 1] ?? 0);
  const items = new Int32Array(start[start.length - 1] ?? 0);
  const fill = start.slice();
  pass((row, item) => {
    items[fill[row] ?? 0] = item;
    fill[row] = (fill[row] ?? 0) + 1;
  });
  return { start, items };
}

/** `items` whole, and without any one or (up to `most`) more of them, as long as two are left. */
function withoutUpTo<T>(items: readonly T[], most: number): T[][] {
  let level: number[][] = [[]];
  const out: T[][] = [[...items]];
  for (let drop = 1; drop <= most && items.length - drop >= 2; drop++) {
    level = level.flatMap((dropped) => items.flatMap((_, i) => (i > (dropped.at(-1) ?? -1) ? [[...dropped, i]] : [])));
    for (const dropped of level) out.push(items.filter((_, i) => !dropped.includes(i)));
  }
  return out;
}

/** Every choice of one item per option list, in order; only the first items when there would be more than
 *  `limit` choices. */
function combinations(options: readonly (readonly number[])[], limit: number): number[][] {
  if (options.reduce((n, o) => n * o.length, 1) > limit) return [options.map((o) => o[0] ?? -1)];
  let out: number[][] = [[]];
  for (const o of options) out = out.flatMap((prefix) => o.map((id) => [...prefix, id]));
  return out;
}

function tokenSetKey(ids: ArrayLike<number>): string {
  return Array.from(ids)
    .sort((a, b) => a - b)
    .join(',');
}
