// A baseline in the style of OFAC's Sanctions List Search (OFAC FAQ 249): candidates by first letter, then the
// higher of two scores: Jaro-Winkler of the whole name, and a composite of the name parts, each query part
// scored against its best list-name part by Jaro-Winkler and Soundex. docs/benchmarks.md says where this
// necessarily guesses (OFAC does not publish the exact formula).
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import { jaroWinkler } from '../../electron/core/screening/jaro-winkler';
import { bestPerEntry, type Contender, type ContenderHit } from './contender';
import { soundex } from './soundex';

/** The slider is a minimum score; 85 is the common setting (the site's default is 100, exact only). */
export const OFAC_REVIEW = 0.85;
export const OFAC_MATCH = 0.95;
const PART_CACHE_LIMIT = 256;

/** Upper case, accents and punctuation gone, single spaces: "Co., Ltd." -> "CO LTD". */
export function ofacNormalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Jaro-Winkler of two name parts, lifted halfway to 1 when their Soundex codes agree. */
export function partSimilarity(a: string, b: string, soundexA: string, soundexB: string): number {
  const jw = jaroWinkler(a, b);
  return soundexA !== '' && soundexA === soundexB ? (jw + 1) / 2 : jw;
}

/** Mean over the query's parts of each part's best similarity to a part of the list name. */
export function composite(bestPartSimilarities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < bestPartSimilarities.length; i++) sum += bestPartSimilarities[i] ?? 0;
  return bestPartSimilarities.length > 0 ? sum / bestPartSimilarities.length : 0;
}

/** Characters counted into 37 bins (A-Z, 0-9, anything else). */
const BINS = 37;
function histogram(s: string, into: Uint8Array, at: number): void {
  into.fill(0, at, at + BINS);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Spaces and other scripts share the last bin: overcounting keeps the bound an upper bound.
    const bin = c >= 65 && c <= 90 ? c - 65 : c >= 48 && c <= 57 ? c - 22 : 36;
    into[at + bin] = Math.min(255, (into[at + bin] ?? 0) + 1);
  }
}

/** An upper bound on Jaro-Winkler from the characters two strings share (Jaro's matches cannot exceed them), so
 *  the whole-name comparison is skipped where it cannot reach the band. Exact: it never drops a hit. */
function jaroWinklerBound(common: number, la: number, lb: number): number {
  if (la === 0 || lb === 0) return 0;
  const jaro = (common / la + common / lb + 1) / 3;
  return jaro + 0.4 * (1 - jaro);
}

export class OfacStyleContender implements Contender {
  readonly id = 'ofac-style' as const;
  /**
   * symmetric: the composite also averages the list name's parts (each against its best query part), so that a
   * one-word vendor name no longer scores 1 against every list name containing that word. OFAC's FAQ describes
   * only the query side, which is the default; the symmetric reading is a sensitivity check.
   */
  constructor(private readonly symmetric = false) {}

  get description(): string[] {
    return [
      'upper case, accents and punctuation removed; candidates = list names starting with the first letter of any query part',
      `score = max(Jaro-Winkler of whole names, composite); composite = ${this.symmetric ? 'mean of (query parts -> best list part) and (list parts -> best query part)' : 'mean over query parts of the best list-part similarity'}`,
      'part similarity = Jaro-Winkler, halfway to 1 when the Soundex codes agree',
      `match >= ${OFAC_MATCH}, review >= ${OFAC_REVIEW} (slider at 85)`,
    ];
  }

  private names: readonly IndexedName[] = [];
  private whole: string[] = [];
  private partStart = new Int32Array(1);
  private partIds = new Int32Array(0);
  private vocabulary = new Map<string, number>();
  private tokens: string[] = [];
  private tokenSoundex: string[] = [];
  private byLetter = new Map<string, Int32Array>();
  private histograms = new Uint8Array(0);
  private readonly queryHistogram = new Uint8Array(BINS);
  /** Per query part: its similarity to each vocabulary token (NaN until needed), kept across queries for the
   *  parts vendors repeat ("LIMITED", "TRADING"), which makes the baseline tolerable to run, not different. */
  private readonly partSims = new Map<string, Float32Array>();

  build(names: readonly IndexedName[]): void {
    this.names = names;
    const ids: number[] = [];
    const starts = [0];
    const letters = new Map<string, number[]>();
    names.forEach((n, i) => {
      const whole = ofacNormalise(n.name);
      this.whole.push(whole);
      for (const part of whole.split(' ')) {
        if (part.length === 0) continue;
        let id = this.vocabulary.get(part);
        if (id === undefined) {
          id = this.tokens.length;
          this.vocabulary.set(part, id);
          this.tokens.push(part);
          this.tokenSoundex.push(soundex(part));
        }
        ids.push(id);
      }
      starts.push(ids.length);
      const first = whole[0];
      if (first) {
        const bucket = letters.get(first) ?? [];
        bucket.push(i);
        letters.set(first, bucket);
      }
    });
    this.histograms = new Uint8Array(names.length * BINS);
    this.whole.forEach((w, i) => histogram(w, this.histograms, i * BINS));
    this.partIds = Int32Array.from(ids);
    this.partStart = Int32Array.from(starts);
    for (const [letter, bucket] of letters) this.byLetter.set(letter, Int32Array.from(bucket));
  }

  screen(vendorName: string): ContenderHit[] {
    const query = ofacNormalise(vendorName);
    if (query.length === 0) return [];
    const parts = query.split(' ');
    const partSoundex = parts.map(soundex);
    const sims = parts.map((p) => this.simsFor(p));
    const best = new Float64Array(parts.length);
    histogram(query, this.queryHistogram, 0);
    const hits: ContenderHit[] = [];
    for (const letter of new Set(parts.map((p) => p[0] ?? ''))) {
      const bucket = this.byLetter.get(letter);
      if (!bucket) continue;
      for (const n of bucket) {
        best.fill(0);
        let listSide = 0;
        const from = this.partStart[n] ?? 0;
        const to = this.partStart[n + 1] ?? 0;
        for (let p = from; p < to; p++) {
          const tok = this.partIds[p] ?? 0;
          let bestForPart = 0;
          for (let q = 0; q < parts.length; q++) {
            const row = sims[q]!;
            let s = row[tok] ?? 0;
            if (Number.isNaN(s)) s = row[tok] = partSimilarity(parts[q] ?? '', this.tokens[tok] ?? '', partSoundex[q] ?? '', this.tokenSoundex[tok] ?? '');
            if (s > (best[q] ?? 0)) best[q] = s;
            if (s > bestForPart) bestForPart = s;
          }
          listSide += bestForPart;
        }
        let score = composite(best);
        if (this.symmetric && to > from) score = (score + listSide / (to - from)) / 2;
        if (score < OFAC_MATCH) {
          const listedWhole = this.whole[n] ?? '';
          let common = 0;
          for (let b = 0, at = n * BINS; b < BINS; b++) common += Math.min(this.queryHistogram[b] ?? 0, this.histograms[at + b] ?? 0);
          if (jaroWinklerBound(common, query.length, listedWhole.length) >= Math.max(score, OFAC_REVIEW)) {
            score = Math.max(score, jaroWinkler(query, listedWhole));
          }
        }
        if (score < OFAC_REVIEW) continue;
        const listed = this.names[n];
        if (listed) hits.push({ entryKey: listed.entryKey, band: score >= OFAC_MATCH ? 'match' : 'review', score, listName: listed.name });
      }
    }
    return bestPerEntry(hits);
  }

  private simsFor(part: string): Float32Array {
    let row = this.partSims.get(part);
    if (row) {
      // Most recently used last, so the oldest is evicted first.
      this.partSims.delete(part);
    } else {
      row = new Float32Array(this.tokens.length).fill(Number.NaN);
      if (this.partSims.size >= PART_CACHE_LIMIT) this.partSims.delete(this.partSims.keys().next().value ?? '');
    }
    this.partSims.set(part, row);
    return row;
  }
}
