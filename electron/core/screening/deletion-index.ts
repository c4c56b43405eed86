// Finds vocabulary tokens within one edit (insertion, deletion, substitution or adjacent transposition) of a
// query token without comparing it to the whole vocabulary: the symmetric-deletion method (as in SymSpell).
// Every token is stored under itself and under each of its one-character deletions; two tokens one edit apart
// always share one of those keys. Keys are 32-bit hashes in sorted typed arrays, so a million-name index stays
// compact; a hash collision only adds a candidate, which the caller verifies with Jaro-Winkler anyway.

/** FNV-1a over the UTF-16 code units of `token`, leaving out position `skip` (-1: none). */
export function hashWithout(token: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Tokens shorter than this are matched exactly only: a one-letter change turns one acronym into another. */
export const FUZZY_MIN_LENGTH = 4;

/** Keys are found through their top 16 bits first: a lookup then searches a dozen keys that sit together in
 *  memory, not the whole array, whose every probe would be a cache miss. */
const BUCKET_SHIFT = 16;

export class DeletionIndex {
  /** For each value b of a key's top bits, the first key group whose top bits are b or more. */
  private readonly buckets: Int32Array;

  private constructor(
    private readonly keys: Uint32Array,
    private readonly start: Int32Array,
    private readonly ids: Int32Array,
  ) {
    this.buckets = new Int32Array(2 ** (32 - BUCKET_SHIFT) + 1);
    let g = 0;
    for (let b = 0; b < this.buckets.length; b++) {
      while (g < keys.length && (keys[g] ?? 0) >>> BUCKET_SHIFT < b) g++;
      this.buckets[b] = g;
    }
  }

  static build(tokens: readonly string[]): DeletionIndex {
    let count = 0;
    for (const t of tokens) if (t.length >= FUZZY_MIN_LENGTH) count += t.length + 1;
    const hashes = new Uint32Array(count);
    const ids = new Int32Array(count);
    let k = 0;
    tokens.forEach((t, id) => {
      if (t.length < FUZZY_MIN_LENGTH) return;
      for (let skip = -1; skip < t.length; skip++) {
        hashes[k] = hashWithout(t, skip);
        ids[k] = id;
        k++;
      }
    });
    const order = sortByKey(hashes);
    // Group equal hashes: keys[g] with ids in [start[g], start[g + 1]).
    const keys: number[] = [];
    const start: number[] = [];
    const sortedIds = new Int32Array(count);
    let previous = -1;
    for (let i = 0; i < count; i++) {
      const o = order[i] ?? 0;
      const h = hashes[o] ?? 0;
      if (h !== previous) {
        keys.push(h);
        start.push(i);
        previous = h;
      }
      sortedIds[i] = ids[o] ?? 0;
    }
    start.push(count);
    return new DeletionIndex(Uint32Array.from(keys), Int32Array.from(start), sortedIds);
  }

  /** Calls `visit` with the id of every token that may be within one edit of `token` (duplicates possible). */
  forEachNeighbour(token: string, visit: (id: number) => void): void {
    if (token.length < FUZZY_MIN_LENGTH) return;
    for (let skip = -1; skip < token.length; skip++) {
      const g = this.find(hashWithout(token, skip));
      if (g < 0) continue;
      const to = this.start[g + 1] ?? 0;
      for (let i = this.start[g] ?? 0; i < to; i++) visit(this.ids[i] ?? 0);
    }
  }

  private find(hash: number): number {
    const bucket = hash >>> BUCKET_SHIFT;
    let lo = this.buckets[bucket] ?? 0;
    let hi = (this.buckets[bucket + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] ?? 0;
      if (k < hash) lo = mid + 1;
      else if (k > hash) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** Indices of `keys` in ascending key order: a two-pass (16-bit digit) LSD radix sort, linear in size. */
function sortByKey(keys: Uint32Array): Uint32Array {
  let order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let next = new Uint32Array(keys.length);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < order.length; i++) {
      const bucket = (((keys[order[i] ?? 0] ?? 0) >>> shift) & 0xffff) + 1;
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    for (let d = 0; d < 65536; d++) counts[d + 1] = (counts[d + 1] ?? 0) + (counts[d] ?? 0);
    for (let i = 0; i < order.length; i++) {
      const o = order[i] ?? 0;
      const digit = ((keys[o] ?? 0) >>> shift) & 0xffff;
      next[counts[digit] ?? 0] = o;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}
