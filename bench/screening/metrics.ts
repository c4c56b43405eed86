// Accuracy of one contender on a set of queries. Definitions (docs/benchmarks.md):
//   recall            positives whose expected entry is among the hits (review or match band)
//   match recall      positives whose expected entry is among the match-band hits
//   precision         of all queries with any match-band hit, the share whose match-band hits include the
//                     expected entry (an unlisted vendor with a match-band hit is always wrong)
//   unlisted flagged  negatives whose best hit is in the match band / in the review band / either
//   Chinese script    recall on the positives written in Chinese characters
//   hard negatives    the namesakes of listed names among the negatives (counted in the unlisted rates as well)
//   match misses      positives not found in the match band, by the rule that holds them in review (accuracy-set.ts)
//   open match recall match recall over the positives no such rule holds in review
import type { Category, Query, ReviewRule } from './accuracy-set';
import type { ContenderHit } from './contender';
import { HAN_RE } from './names';

export interface Outcome {
  query: Query;
  hits: readonly ContenderHit[];
}

export interface Rate {
  n: number;
  k: number;
  rate: number;
  /** Wilson 95% interval. */
  low: number;
  high: number;
}

export function rate(k: number, n: number): Rate {
  if (n === 0) return { n, k, rate: 0, low: 0, high: 0 };
  const z = 1.96;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { n, k, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface CategoryAccuracy {
  category: Category;
  recall: Rate;
  matchRecall: Rate;
}

export interface Example {
  query: string;
  category: Category;
  /** Where the query came from (positives). */
  source: string | null;
  /** Best hits: "list name (score, band)". */
  got: string[];
}

export interface SectorAccuracy {
  /** The kind of company (vendor-master negatives); 'unlisted' when the set does not say. */
  sector: string;
  unlistedMatch: Rate;
  unlistedReview: Rate;
}

export interface Accuracy {
  positives: number;
  negatives: number;
  recall: Rate;
  matchRecall: Rate;
  precision: Rate;
  unlistedMatch: Rate;
  unlistedReview: Rate;
  unlistedAny: Rate;
  /** Positives written in Chinese characters. */
  chineseRecall: Rate;
  chineseMatchRecall: Rate;
  /** Negatives of category 'hard-negative': in the match band, in the review band (best hit). */
  hardNegatives: { match: Rate; review: Rate; examples: Example[] };
  byCategory: CategoryAccuracy[];
  bySector: SectorAccuracy[];
  /** Positives not in the match band, by the rule that holds them in review ('other': none does). */
  matchMisses: Record<ReviewRule | 'other', number>;
  openMatchRecall: Rate;
  /** Positives not found at all, and found only in the review band. */
  missed: Example[];
  reviewOnly: Example[];
  /** Unlisted vendors sent to the match band, and to the review band. */
  falseMatches: Example[];
  falseReviews: Example[];
}

const describeHits = (hits: readonly ContenderHit[]): string[] =>
  hits.slice(0, 3).map((h) => `${h.listName} (${h.score.toFixed(3)}, ${h.band})`);

export function accuracyOf(outcomes: readonly Outcome[], exampleLimit = 25): Accuracy {
  let pos = 0;
  let found = 0;
  let foundMatch = 0;
  let withMatch = 0;
  let rightMatch = 0;
  let neg = 0;
  let negMatch = 0;
  let negReview = 0;
  const chinese = { n: 0, found: 0, match: 0 };
  const hard = { n: 0, match: 0, review: 0, examples: [] as Example[] };
  const bySector = new Map<string, { n: number; match: number; review: number }>();
  const byCat = new Map<Category, { n: number; found: number; match: number }>();
  const matchMisses: Record<ReviewRule | 'other', number> = { 'weak-alias': 0, acronym: 0, 'brand-trade': 0, other: 0 };
  const open = { n: 0, match: 0 };
  const missed: Example[] = [];
  const reviewOnly: Example[] = [];
  const falseMatches: Example[] = [];
  const falseReviews: Example[] = [];
  const example = (o: Outcome): Example => ({ query: o.query.name, category: o.query.category, source: o.query.source, got: describeHits(o.hits) });

  for (const o of outcomes) {
    const matches = o.hits.filter((h) => h.band === 'match');
    if (matches.length > 0) withMatch++;
    if (o.query.positive) {
      pos++;
      const expected = new Set(o.query.expected);
      const hit = o.hits.some((h) => expected.has(h.entryKey));
      const hitMatch = matches.some((h) => expected.has(h.entryKey));
      if (hit) found++;
      if (hitMatch) {
        foundMatch++;
        rightMatch++;
      }
      const c = byCat.get(o.query.category) ?? { n: 0, found: 0, match: 0 };
      c.n++;
      if (hit) c.found++;
      if (hitMatch) c.match++;
      byCat.set(o.query.category, c);
      if (!hitMatch) matchMisses[o.query.reviewRule ?? 'other']++;
      if (!o.query.reviewRule) {
        open.n++;
        if (hitMatch) open.match++;
      }
      if (HAN_RE.test(o.query.name)) {
        chinese.n++;
        if (hit) chinese.found++;
        if (hitMatch) chinese.match++;
      }
      if (!hit && missed.length < exampleLimit) missed.push(example(o));
      else if (hit && !hitMatch && reviewOnly.length < exampleLimit) reviewOnly.push(example(o));
    } else {
      neg++;
      const sector = bySector.get(o.query.sector ?? 'unlisted') ?? { n: 0, match: 0, review: 0 };
      bySector.set(o.query.sector ?? 'unlisted', sector);
      sector.n++;
      const isHard = o.query.category === 'hard-negative';
      if (isHard) {
        hard.n++;
        if (o.hits.length > 0) hard.examples.push(example(o));
      }
      if (matches.length > 0) {
        negMatch++;
        sector.match++;
        if (isHard) hard.match++;
        if (falseMatches.length < exampleLimit) falseMatches.push(example(o));
      } else if (o.hits.length > 0) {
        negReview++;
        sector.review++;
        if (isHard) hard.review++;
        if (falseReviews.length < exampleLimit) falseReviews.push(example(o));
      }
    }
  }
  return {
    positives: pos,
    negatives: neg,
    recall: rate(found, pos),
    matchRecall: rate(foundMatch, pos),
    precision: rate(rightMatch, withMatch),
    unlistedMatch: rate(negMatch, neg),
    unlistedReview: rate(negReview, neg),
    unlistedAny: rate(negMatch + negReview, neg),
    chineseRecall: rate(chinese.found, chinese.n),
    chineseMatchRecall: rate(chinese.match, chinese.n),
    hardNegatives: { match: rate(hard.match, hard.n), review: rate(hard.review, hard.n), examples: hard.examples },
    byCategory: [...byCat.entries()].map(([category, c]) => ({ category, recall: rate(c.found, c.n), matchRecall: rate(c.match, c.n) })),
    bySector: [...bySector.entries()].map(([sector, c]) => ({ sector, unlistedMatch: rate(c.match, c.n), unlistedReview: rate(c.review, c.n) })),
    matchMisses,
    openMatchRecall: rate(open.match, open.n),
    missed,
    reviewOnly,
    falseMatches,
    falseReviews,
  };
}
