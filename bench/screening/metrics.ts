// Accuracy of one contender on a set of queries. Definitions (docs/benchmarks.md):
//   recall            positives whose expected entry is among the hits (review or match band)
//   match recall      positives whose expected entry is among the match-band hits
//   precision         of all queries with any match-band hit, the share whose match-band hits include the
//                     expected entry (an unlisted vendor with a match-band hit is always wrong)
//   unlisted flagged  negatives whose best hit is in the match band / in the review band / either
import type { Category, Query } from './accuracy-set';
import type { ContenderHit } from './contender';

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

export interface Accuracy {
  positives: number;
  negatives: number;
  recall: Rate;
  matchRecall: Rate;
  precision: Rate;
  unlistedMatch: Rate;
  unlistedReview: Rate;
  unlistedAny: Rate;
  byCategory: CategoryAccuracy[];
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
  const byCat = new Map<Category, { n: number; found: number; match: number }>();
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
      if (!hit && missed.length < exampleLimit) missed.push(example(o));
      else if (hit && !hitMatch && reviewOnly.length < exampleLimit) reviewOnly.push(example(o));
    } else {
      neg++;
      if (matches.length > 0) {
        negMatch++;
        if (falseMatches.length < exampleLimit) falseMatches.push(example(o));
      } else if (o.hits.length > 0) {
        negReview++;
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
    byCategory: [...byCat.entries()].map(([category, c]) => ({ category, recall: rate(c.found, c.n), matchRecall: rate(c.match, c.n) })),
    missed,
    reviewOnly,
    falseMatches,
    falseReviews,
  };
}
