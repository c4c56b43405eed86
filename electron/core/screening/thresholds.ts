// Score bands. A hit scores in [0, 1] (matcher.ts); at or above `match` it is reported as a match, at or above
// `review` as something an analyst must look at, below `review` it is not reported. docs/matching.md gives the
// measurements behind these numbers.
import type { EntryType } from '../lists/entry';
import { LIST_SOURCES, type ListSource } from '../lists/registry';

export interface BandThresholds {
  match: number;
  review: number;
}

export interface Thresholds {
  /** Lists without an entry of their own. */
  default: BandThresholds;
  /** By list key ("ofac-sdn", "dod-1260h", ...); the defaults give each list of the registry (lists/registry.ts) its bands. */
  lists: Readonly<Record<string, BandThresholds>>;
  /** People, vessels and aircraft: the stricter of this and the list's bands applies (vendors are companies). */
  nonEntity: BandThresholds;
}

/**
 * match 0.90: a name equal to a listed name or alias after normalisation scores 1.00; a typo in its distinctive
 *   word still scores 0.90 to 0.97. A listed name plus one more generic word ("Alibaba Cloud" against the alias
 *   "Alibaba", 0.87) stays below: a subsidiary or a namesake, for an analyst to confirm.
 * review 0.75: one distinctive word shared, with generic words around it ("Huawei Cloud Computing Technologies"
 *   against "Huawei Technologies", 0.78) is shown; one distinctive word shared beside a different distinctive word
 *   ("Phoenix Contact" against "Phoenix Electronics", 0.35), or beside other trade words and another country
 *   ("Accenture", IE, against the Dubai "Accenture Building Materials", 0.70), is not.
 * Measured on the reference lists (docs/matching.md): 99.1% of perturbed list names reach review or match and
 * 97.2% reach match; of 370 real unlisted vendors none reaches match and 1.4% reach review. On the default pack
 * (docs/benchmarks.md) 99.9% of 3,059 listed-name variants are found, and of 1,681 real unlisted companies 0.4%
 * reach match and 3.3% review.
 */
const ENTITY: BandThresholds = { match: 0.9, review: 0.75 };

/**
 * Blocking lists (OFAC SDN, UK, UN): a missed hit is a violation, a false alarm costs an analyst minutes, so the
 * review band starts lower than for lists whose effect is a risk signal or a licence requirement.
 */
const BLOCKING: BandThresholds = { match: 0.9, review: 0.72 };

const BANDS: Readonly<Record<ListSource['bands'], BandThresholds>> = { blocking: BLOCKING, entity: ENTITY };

export const DEFAULT_THRESHOLDS: Thresholds = {
  default: ENTITY,
  lists: Object.fromEntries(LIST_SOURCES.map((s) => [s.listKey, BANDS[s.bands]])),
  // A company name that merely contains a person's full name ("Ali Hassan Trading") is a weak signal; only the
  // full name with little else around it is shown, and only a near-exact one is called a match.
  nonEntity: { match: 0.97, review: 0.9 },
};

const NON_ENTITY_TYPES: ReadonlySet<EntryType> = new Set(['individual', 'vessel', 'aircraft']);

export function isNonEntity(type: EntryType): boolean {
  return NON_ENTITY_TYPES.has(type);
}

export function thresholdsFor(thresholds: Thresholds, listKey: string, type: EntryType): BandThresholds {
  const list = thresholds.lists[listKey] ?? thresholds.default;
  if (!isNonEntity(type)) return list;
  return {
    match: Math.max(list.match, thresholds.nonEntity.match),
    review: Math.max(list.review, thresholds.nonEntity.review),
  };
}

/** Problems with user-configured thresholds, as sentences (empty when valid). */
export function checkThresholds(thresholds: Thresholds): string[] {
  const problems: string[] = [];
  const check = (label: string, b: BandThresholds): void => {
    if (!(b.review > 0 && b.review <= b.match && b.match <= 1)) {
      problems.push(`${label}: need 0 < review <= match <= 1 (got review ${b.review}, match ${b.match}).`);
    }
  };
  check('default', thresholds.default);
  check('people, vessels and aircraft', thresholds.nonEntity);
  for (const [key, b] of Object.entries(thresholds.lists)) check(key, b);
  return problems;
}
