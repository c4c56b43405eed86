// What every contender offers the benchmark: build an index over the list names, then screen one vendor name.
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import type { HitBand } from '../../electron/core/screening/model';

export interface ContenderHit {
  /** IndexedName.entryKey of the list entry hit (list:entryId). */
  entryKey: string;
  band: HitBand;
  /** In [0, 1], the contender's own scale. */
  score: number;
  /** The list name or alias that scored. */
  listName: string;
}

export interface Contender {
  readonly id: ContenderId;
  /** One line each on the configuration, printed with the results. */
  readonly description: readonly string[];
  build(names: readonly IndexedName[]): void;
  /** Hits at or above the review band, at most one per entry. */
  screen(vendorName: string): ContenderHit[];
}

export type ContenderId = 'vetter' | 'ofac-style' | 'fuse';

/** Keeps the best hit per entry. */
export function bestPerEntry(hits: Iterable<ContenderHit>): ContenderHit[] {
  const best = new Map<string, ContenderHit>();
  for (const h of hits) {
    const current = best.get(h.entryKey);
    if (!current || h.score > current.score) best.set(h.entryKey, h);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
