// The Fuse.js baseline: what a developer reaches for first. Fuse (Bitap) over every list name, punctuation
// folded on both sides; its score (0 = exact) read as similarity 1 - score, banded like Vetter's entity bands.
import Fuse from 'fuse.js';
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import { bestPerEntry, type Contender, type ContenderHit } from './contender';

export const FUSE_MATCH = 0.9;
export const FUSE_REVIEW = 0.75;
/** Fuse's own cut-off (0 exact, 1 anything); 0.3 keeps similarity >= 0.7, below the review band. */
const FUSE_THRESHOLD = 0.3;

/** Case is Fuse's business; punctuation and repeated spaces are folded so "Co., Ltd." meets "Co Ltd". */
export function foldPunctuation(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

interface Doc {
  name: string;
  i: number;
}

export class FuseContender implements Contender {
  readonly id = 'fuse' as const;
  readonly description = [
    `fuse.js 7: keys ['name'], threshold ${FUSE_THRESHOLD}, ignoreLocation, ignoreFieldNorm, includeScore; punctuation folded`,
    `similarity = 1 - Fuse score; match >= ${FUSE_MATCH}, review >= ${FUSE_REVIEW} (Vetter's entity bands)`,
  ];
  private fuse: Fuse<Doc> | null = null;
  private names: readonly IndexedName[] = [];

  build(names: readonly IndexedName[]): void {
    this.names = names;
    // ignoreFieldNorm: Fuse's field-length norm marks down long names, which says nothing about a name match.
    this.fuse = new Fuse(
      names.map((n, i) => ({ name: foldPunctuation(n.name), i })),
      { keys: ['name'], threshold: FUSE_THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true },
    );
  }

  screen(vendorName: string): ContenderHit[] {
    if (!this.fuse) throw new Error('build() first');
    const query = foldPunctuation(vendorName);
    if (query.length === 0) return [];
    const hits: ContenderHit[] = [];
    for (const r of this.fuse.search(query)) {
      const similarity = 1 - (r.score ?? 1);
      if (similarity < FUSE_REVIEW) continue;
      const listed = this.names[r.item.i];
      if (!listed) continue;
      hits.push({ entryKey: listed.entryKey, band: similarity >= FUSE_MATCH ? 'match' : 'review', score: similarity, listName: listed.name });
    }
    return bestPerEntry(hits);
  }
}
