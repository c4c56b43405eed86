// The screening index: every list name normalised once, token statistics, and an inverted index so that a
// vendor name is compared only with list names that share a token with it (exactly, within one edit, or as a
// compound: "Hik Vision" / "Hikvision").
//
// Not every token of a list name is a retrieval key: a name is filed under its distinctive tokens and its two
// heaviest tokens, never under every generic word, so "Technology" does not pull in thousands of names. A name
// reached only through its non-key tokens cannot reach the review band (its heavy tokens are unmatched), and
// `collect` proves that per candidate with an upper bound on the score before any alignment is computed.
import type { EntryType } from '../lists/entry';
import { DeletionIndex } from './deletion-index';
import { normaliseName } from './normalise';
import { phoneticKey, tokenSimilarity } from './token-similarity';
import { DISTINCTIVE_WEIGHT, tokenWeight, type TokenWeight } from './token-weights';

export interface IndexedName {
  /** Identifies the list entry; hits are reported once per (listKey, entryKey). */
  entryKey: string;
  listKey: string;
  /** The primary name or alias as published. */
  name: string;
  kind: 'primary' | 'alias';
  /** ISO 3166-1 alpha-2 codes; anything else is ignored by the country evidence. */
  countries: readonly string[];
  type: EntryType;
}

export interface TokenMatch {
  id: number;
  similarity: number;
}

/** Every name is a key under at least this many of its heaviest tokens, whatever their weight. */
const MIN_KEYS_PER_NAME = 2;
const SIMILAR_CACHE_LIMIT = 100_000;

export class ScreeningIndex {
  /** Number of distinct list entries (the "documents" token rarity is counted over). */
  readonly entryCount: number;
  /** The lists present, and for each name the index of its list in `listKeys`. */
  readonly listKeys: readonly string[];
  readonly nameList: Int32Array;
  /** For each name the entry it belongs to. */
  readonly nameEntry: Int32Array;
  /** Token ids of name n: nameTokenIds[nameTokenStart[n] .. nameTokenStart[n + 1]). */
  readonly nameTokenStart: Int32Array;
  readonly nameTokenIds: Int32Array;
  /** Sum of the matched weights of all tokens of a name, and of its non-key tokens (for the score bound). */
  readonly nameMatchedTotal: Float32Array;
  readonly nameNonKeyTotal: Float32Array;
  readonly tokens: readonly string[];
  readonly matchedWeight: Float32Array;
  readonly unmatchedWeight: Float32Array;
  readonly documentFrequency: Int32Array;
  /** For each token the id of its phonetic key (token-similarity.ts). */
  readonly tokenSound: Int32Array;

  private readonly similarCache = new Map<string, readonly TokenMatch[]>();
  private readonly accumulator: Float32Array;
  private touched: Int32Array;

  private constructor(
    readonly names: readonly IndexedName[],
    fields: {
      entryCount: number;
      listKeys: string[];
      nameList: Int32Array;
      nameEntry: Int32Array;
      nameTokenStart: Int32Array;
      nameTokenIds: Int32Array;
      nameMatchedTotal: Float32Array;
      nameNonKeyTotal: Float32Array;
      tokens: string[];
      matchedWeight: Float32Array;
      unmatchedWeight: Float32Array;
      documentFrequency: Int32Array;
      tokenSound: Int32Array;
    },
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly postingStart: Int32Array,
    private readonly postingNames: Int32Array,
    private readonly deletions: DeletionIndex,
    private readonly sounds: ReadonlyMap<string, number>,
    private readonly soundStart: Int32Array,
    private readonly soundTokens: Int32Array,
  ) {
    this.entryCount = fields.entryCount;
    this.listKeys = fields.listKeys;
    this.nameList = fields.nameList;
    this.nameEntry = fields.nameEntry;
    this.nameTokenStart = fields.nameTokenStart;
    this.nameTokenIds = fields.nameTokenIds;
    this.nameMatchedTotal = fields.nameMatchedTotal;
    this.nameNonKeyTotal = fields.nameNonKeyTotal;
    this.tokens = fields.tokens;
    this.matchedWeight = fields.matchedWeight;
    this.unmatchedWeight = fields.unmatchedWeight;
    this.documentFrequency = fields.documentFrequency;
    this.tokenSound = fields.tokenSound;
    this.accumulator = new Float32Array(names.length);
    this.touched = new Int32Array(Math.min(names.length, 1024));
  }

  static build(input: Iterable<IndexedName>): ScreeningIndex {
    const names = [...input];
    const vocabulary = new Map<string, number>();
    const tokens: string[] = [];
    const entryIds = new Map<string, number>();
    const listIds = new Map<string, number>();
    const nameList = new Int32Array(names.length);
    const nameEntry = new Int32Array(names.length);
    const nameTokenStart = new Int32Array(names.length + 1);
    let ids: number[] = [];
    let df: Int32Array = new Int32Array(1024);
    let lastEntry: Int32Array = new Int32Array(1024).fill(-1);

    names.forEach((n, i) => {
      const entryKey = `${n.listKey}\u0001${n.entryKey}`;
      let entry = entryIds.get(entryKey);
      if (entry === undefined) entryIds.set(entryKey, (entry = entryIds.size));
      let list = listIds.get(n.listKey);
      if (list === undefined) listIds.set(n.listKey, (list = listIds.size));
      nameEntry[i] = entry;
      nameList[i] = list;
      for (const t of normaliseName(n.name).tokens) {
        let id = vocabulary.get(t);
        if (id === undefined) {
          id = tokens.length;
          vocabulary.set(t, id);
          tokens.push(t);
          if (id >= df.length) {
            df = grow(df, 0);
            lastEntry = grow(lastEntry, -1);
          }
        }
        // Rarity counts entries, not names: twenty aliases of one bank do not make its name common.
        if (lastEntry[id] !== entry) {
          lastEntry[id] = entry;
          df[id] = (df[id] ?? 0) + 1;
        }
        ids.push(id);
      }
      nameTokenStart[i + 1] = ids.length;
    });
    const nameTokenIds = Int32Array.from(ids);
    ids = [];
    const entryCount = entryIds.size;
    const documentFrequency = df.slice(0, tokens.length);
    const matchedWeight = new Float32Array(tokens.length);
    const unmatchedWeight = new Float32Array(tokens.length);
    tokens.forEach((t, id) => {
      const w = tokenWeight(t, documentFrequency[id] ?? 0, entryCount);
      matchedWeight[id] = w.matched;
      unmatchedWeight[id] = w.unmatched;
    });

    const { sounds, tokenSound, soundStart, soundTokens } = buildSounds(tokens);
    const { nameMatchedTotal, nameNonKeyTotal, postingStart, postingNames } = buildPostings(
      names.length,
      tokens.length,
      nameTokenStart,
      nameTokenIds,
      matchedWeight,
    );
    return new ScreeningIndex(
      names,
      {
        entryCount,
        listKeys: [...listIds.keys()],
        nameList,
        nameEntry,
        nameTokenStart,
        nameTokenIds,
        nameMatchedTotal,
        nameNonKeyTotal,
        tokens,
        matchedWeight,
        unmatchedWeight,
        documentFrequency,
        tokenSound,
      },
      vocabulary,
      postingStart,
      postingNames,
      DeletionIndex.build(tokens),
      sounds,
      soundStart,
      soundTokens,
    );
  }

  tokenId(token: string): number {
    return this.vocabulary.get(token) ?? -1;
  }

  /** Id of a phonetic key, -1 when no listed token has it. */
  soundId(key: string): number {
    return this.sounds.get(key) ?? -1;
  }

  /** Weights of any token, listed or not (a token no list name carries is maximally rare). */
  weightOf(token: string): TokenWeight {
    const id = this.vocabulary.get(token);
    if (id !== undefined) return { matched: this.matchedWeight[id] ?? 0, unmatched: this.unmatchedWeight[id] ?? 0 };
    return tokenWeight(token, 0, this.entryCount);
  }

  /** Vocabulary tokens equal to `token`, within one edit of it, or sounding the same, and similar enough to
   *  score (memoised: vendor names share most of their words). */
  similarTokens(token: string): readonly TokenMatch[] {
    const cached = this.similarCache.get(token);
    if (cached) return cached;
    const found: TokenMatch[] = [];
    const exact = this.vocabulary.get(token);
    if (exact !== undefined) found.push({ id: exact, similarity: 1 });
    const sound = this.sounds.get(phoneticKey(token)) ?? -1;
    const consider = (id: number): void => {
      if (id === exact || found.some((f) => f.id === id)) return;
      const similarity = tokenSimilarity(token, this.tokens[id] ?? '', this.tokenSound[id] === sound);
      if (similarity > 0) found.push({ id, similarity });
    };
    this.deletions.forEachNeighbour(token, consider);
    if (sound >= 0) for (let k = this.soundStart[sound] ?? 0; k < (this.soundStart[sound + 1] ?? 0); k++) consider(this.soundTokens[k] ?? 0);
    if (this.similarCache.size >= SIMILAR_CACHE_LIMIT) this.similarCache.clear();
    this.similarCache.set(token, found);
    return found;
  }

  /**
   * Appends to `out` the names that share a key token with the vendor tokens and whose score could reach
   * `floor(name)`. The bound: a weighted Dice score 2M / (M + T) is at most 2X / (X + T), where T is the name's
   * total matched weight and X >= M adds what its key tokens can match to the weight of all its non-key tokens.
   */
  collect(vendorTokens: readonly string[], floor: (name: number) => number, out: number[]): void {
    const touchedCount = { n: 0 };
    const add = (match: TokenMatch): void => this.accumulate(match, touchedCount);
    for (let i = 0; i < vendorTokens.length; i++) {
      const v = vendorTokens[i] ?? '';
      for (const m of this.similarTokens(v)) add(m);
      const next = vendorTokens[i + 1];
      if (next !== undefined) for (const m of this.similarTokens(v + next)) add(m);
      if (this.vocabulary.get(v) === undefined) this.splitHits(v, add);
    }
    for (let k = 0; k < touchedCount.n; k++) {
      const n = this.touched[k] ?? 0;
      const total = this.nameMatchedTotal[n] ?? 0;
      const x = Math.min(total, (this.accumulator[n] ?? 0) + (this.nameNonKeyTotal[n] ?? 0));
      this.accumulator[n] = 0;
      if (total > 0 && (2 * x) / (x + total) >= floor(n)) out.push(n);
    }
  }

  /** A vendor token that is two listed tokens written together ("sensetime" for "sense time"). */
  private splitHits(token: string, add: (m: TokenMatch) => void): void {
    for (let cut = 3; cut <= token.length - 3; cut++) {
      const head = this.vocabulary.get(token.slice(0, cut));
      if (head === undefined) continue;
      const tail = this.vocabulary.get(token.slice(cut));
      if (tail === undefined) continue;
      add({ id: head, similarity: 1 });
      add({ id: tail, similarity: 1 });
    }
  }

  private accumulate(match: TokenMatch, touchedCount: { n: number }): void {
    const w = (this.matchedWeight[match.id] ?? 0) * match.similarity;
    const to = this.postingStart[match.id + 1] ?? 0;
    for (let p = this.postingStart[match.id] ?? 0; p < to; p++) {
      const n = this.postingNames[p] ?? 0;
      if (this.accumulator[n] === 0) {
        if (touchedCount.n === this.touched.length) this.touched = grow(this.touched, 0);
        this.touched[touchedCount.n++] = n;
      }
      this.accumulator[n] = (this.accumulator[n] ?? 0) + w;
    }
  }
}

function grow(a: Int32Array, fill: number): Int32Array {
  const b = new Int32Array(a.length * 2).fill(fill);
  b.set(a);
  return b;
}

/** Groups the vocabulary by phonetic key: key id per token, and the tokens of each key in compressed-row form. */
function buildSounds(tokens: readonly string[]): {
  sounds: Map<string, number>;
  tokenSound: Int32Array;
  soundStart: Int32Array;
  soundTokens: Int32Array;
} {
  const sounds = new Map<string, number>();
  const tokenSound = new Int32Array(tokens.length);
  tokens.forEach((t, id) => {
    const key = phoneticKey(t);
    let sound = sounds.get(key);
    if (sound === undefined) sounds.set(key, (sound = sounds.size));
    tokenSound[id] = sound;
  });
  const soundStart = new Int32Array(sounds.size + 1);
  for (const sound of tokenSound) soundStart[sound + 1] = (soundStart[sound + 1] ?? 0) + 1;
  for (let k = 0; k < sounds.size; k++) soundStart[k + 1] = (soundStart[k + 1] ?? 0) + (soundStart[k] ?? 0);
  const fill = soundStart.slice();
  const soundTokens = new Int32Array(tokens.length);
  tokenSound.forEach((sound, id) => {
    soundTokens[fill[sound] ?? 0] = id;
    fill[sound] = (fill[sound] ?? 0) + 1;
  });
  return { sounds, tokenSound, soundStart, soundTokens };
}

/** Chooses each name's key tokens (all distinctive ones, and at least its MIN_KEYS_PER_NAME heaviest) and
 *  builds the token → names posting lists in compressed-row form. */
function buildPostings(
  nameCount: number,
  tokenCount: number,
  nameTokenStart: Int32Array,
  nameTokenIds: Int32Array,
  matchedWeight: Float32Array,
): { nameMatchedTotal: Float32Array; nameNonKeyTotal: Float32Array; postingStart: Int32Array; postingNames: Int32Array } {
  const nameMatchedTotal = new Float32Array(nameCount);
  const nameNonKeyTotal = new Float32Array(nameCount);
  const isKey = new Uint8Array(nameTokenIds.length);
  const counts = new Int32Array(tokenCount + 1);
  const order: number[] = [];
  for (let n = 0; n < nameCount; n++) {
    const from = nameTokenStart[n] ?? 0;
    const to = nameTokenStart[n + 1] ?? 0;
    order.length = 0;
    for (let p = from; p < to; p++) order.push(p);
    order.sort((a, b) => (matchedWeight[nameTokenIds[b] ?? 0] ?? 0) - (matchedWeight[nameTokenIds[a] ?? 0] ?? 0));
    let total = 0;
    let nonKey = 0;
    order.forEach((p, rank) => {
      const id = nameTokenIds[p] ?? 0;
      const w = matchedWeight[id] ?? 0;
      total += w;
      if (rank < MIN_KEYS_PER_NAME || w >= DISTINCTIVE_WEIGHT) {
        isKey[p] = 1;
        counts[id + 1] = (counts[id + 1] ?? 0) + 1;
      } else nonKey += w;
    });
    nameMatchedTotal[n] = total;
    nameNonKeyTotal[n] = nonKey;
  }
  for (let t = 0; t < tokenCount; t++) counts[t + 1] = (counts[t + 1] ?? 0) + (counts[t] ?? 0);
  const postingStart = counts.slice();
  const postingNames = new Int32Array(counts[tokenCount] ?? 0);
  const fill = counts.slice();
  for (let n = 0; n < nameCount; n++) {
    for (let p = nameTokenStart[n] ?? 0; p < (nameTokenStart[n + 1] ?? 0); p++) {
      if (!isKey[p]) continue;
      const id = nameTokenIds[p] ?? 0;
      postingNames[fill[id] ?? 0] = n;
      fill[id] = (fill[id] ?? 0) + 1;
    }
  }
  return { nameMatchedTotal, nameNonKeyTotal, postingStart, postingNames };
}
