// Latency figures the benches print: a percentile of a sorted list, and p50 / p95 / max of a series in ms.

/** The p-th percentile of `sorted` (ascending), 0 when it is empty. */
export const pct = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export interface Spread {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95), max: sorted.at(-1) ?? 0 };
}

/** "p50 / p95 / max" in whole ms. */
export const formatSpread = (s: Spread): string => `${Math.round(s.p50)} / ${Math.round(s.p95)} / ${Math.round(s.max)} ms`;
