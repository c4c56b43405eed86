// Several reports of one event: the allegation counts by its strongest source, raised a little by each independent
// publisher that reports it too (methodology v2, `allegations.corroboration`). A publisher repeating itself adds
// nothing: what raises belief is independent confirmation, not repetition.
import type { AllegationSourceType } from './types';

export interface SourceInput {
  sourceType: AllegationSourceType;
  /** Who published it; sources are independent when their publishers differ (compared without case or spacing). */
  publisher: string;
}

export interface CorroborationParameters {
  /** Each further independent publisher raises the weight by this share of its own (strongest) source weight. */
  perSource: number;
  /** The raise never exceeds this (×(1 + max) at most). */
  max: number;
}

export interface Corroboration {
  /** The strongest source's weight (0..1) and the source itself. */
  strongest: SourceInput & { weight: number };
  /** The publishers other than the strongest source's, each once, with their strongest source's weight. */
  independent: { publisher: string; weight: number }[];
  /** Same-publisher repeats left out. */
  repeats: number;
  /** 1 + the capped raise. */
  multiplier: number;
  capped: boolean;
}

/** The publisher as compared: "The  Financial Times" and "the financial times" are one publisher. */
export const publisherKey = (publisher: string): string => publisher.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');

/** How the sources of one allegation count together; `params` absent (methodology v1): no raise. */
export function corroborate(sources: readonly SourceInput[], weights: Record<AllegationSourceType, number>, params: CorroborationParameters | undefined): Corroboration {
  if (sources.length === 0) throw new Error('corroborate: an allegation has at least one source');
  const byPublisher = new Map<string, { publisher: string; weight: number; source: SourceInput }>();
  for (const s of sources) {
    const key = publisherKey(s.publisher);
    const weight = weights[s.sourceType];
    const best = byPublisher.get(key);
    if (!best || weight > best.weight) byPublisher.set(key, { publisher: s.publisher.trim(), weight, source: s });
  }
  const ranked = [...byPublisher.values()].sort((a, b) => b.weight - a.weight);
  const top = ranked[0]!;
  const independent = ranked.slice(1).map(({ publisher, weight }) => ({ publisher, weight }));
  const raise = params ? params.perSource * independent.reduce((s, x) => s + x.weight, 0) : 0;
  const capped = params !== undefined && raise > params.max;
  return {
    strongest: { ...top.source, weight: top.weight },
    independent: params ? independent : [],
    repeats: sources.length - byPublisher.size,
    multiplier: 1 + (params ? Math.min(params.max, raise) : 0),
    capped,
  };
}
