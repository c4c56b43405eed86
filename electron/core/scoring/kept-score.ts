// A score as its snapshot keeps it (score_snapshots.result): what an auditor needs to see why a score was what it
// was, and what the next snapshot's reason compares with (changes.ts: describeChange). The score and tier (and the
// known score under version 2), each factor's points, state and name, the knock-outs, the warnings, the methodology
// and catalog versions and the day; not the factors' sentences and references, nor the knock-outs' texts, which the
// methodology version and the data write again. About a sixth of the whole result, whose 9 KB of JSON each were most
// of what an import of 100,000 vendors wrote. Snapshots kept before this form hold the whole ScoreResult; both read.
import type { ComparedScore } from './changes';
import type { Factor, KnockoutResult, ScoreResult } from './types';

/** A factor as kept: its id, points, state and name, in that order (an array: a third of the object with its keys). */
type KeptFactor = [factor: string, contribution: number, state: string | null, label: string];

/** The kept form, marked `kept: 1` (a whole result has no `kept`). */
export interface KeptScore extends Pick<ScoreResult, 'score' | 'tier' | 'known' | 'unassessed' | 'warnings' | 'methodology' | 'catalog' | 'asOf'> {
  kept: 1;
  factors: KeptFactor[];
  knockouts: Pick<KnockoutResult, 'rule' | 'floor' | 'hitIds'>[];
}

/** A result as its snapshot stores it: JSON of its kept form. */
export function keptScore(r: ScoreResult): string {
  const kept: KeptScore = {
    kept: 1,
    score: r.score,
    tier: r.tier,
    known: r.known,
    unassessed: r.unassessed,
    factors: r.factors.map((f) => [f.factor, f.contribution, f.state, f.label]),
    knockouts: r.knockouts.map((k) => ({ rule: k.rule, floor: k.floor, hitIds: k.hitIds })),
    warnings: r.warnings,
    methodology: r.methodology,
    catalog: r.catalog,
    asOf: r.asOf,
  };
  return JSON.stringify(kept);
}

/** A snapshot's stored result, in either form, as the next snapshot's reason compares with it. */
export function storedScore(json: string): ComparedScore {
  const stored = JSON.parse(json) as KeptScore | ScoreResult;
  if (!('kept' in stored)) return stored;
  const factors = stored.factors.map(([factor, contribution, state, label]): Pick<Factor, 'factor' | 'contribution' | 'state' | 'label'> => ({ factor, contribution, state, label }));
  return { methodology: stored.methodology, factors };
}
