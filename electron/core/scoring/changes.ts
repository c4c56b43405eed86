// What-if mode: a what-if score is scoreVendor on a changed copy of the input. These helpers make the copy
// (the input passed in is never modified) and compare two results factor by factor.
import type { AllegationStatus, AnswerInput, HitDecision, ScoreResult, ScoringInput, Tier } from './types';

export type ScoringChange =
  /** Set (or, with null, clear) the answer to a criterion. */
  | { kind: 'answer'; criterionId: string; answer: AnswerInput | null }
  /** Review a screening hit differently. */
  | { kind: 'hit-decision'; hitId: string; decision: HitDecision }
  | { kind: 'allegation-status'; allegationId: string; status: AllegationStatus }
  | { kind: 'allegation-credibility'; allegationId: string; credibility: number };

export function withAnswer(input: ScoringInput, criterionId: string, answer: AnswerInput | null): ScoringInput {
  const answers = { ...input.answers };
  if (answer === null) delete answers[criterionId];
  else answers[criterionId] = answer;
  return { ...input, answers };
}

export function withHitDecision(input: ScoringInput, hitId: string, decision: HitDecision): ScoringInput {
  if (!input.designations.some((h) => h.hitId === hitId)) throw new Error(`What-if: no screening hit ${hitId} in this input`);
  return { ...input, designations: input.designations.map((h) => (h.hitId === hitId ? { ...h, decision } : h)) };
}

export function withAllegation(input: ScoringInput, allegationId: string, change: { status?: AllegationStatus; credibility?: number }): ScoringInput {
  if (!input.allegations.some((a) => a.id === allegationId)) throw new Error(`What-if: no allegation ${allegationId} in this input`);
  return { ...input, allegations: input.allegations.map((a) => (a.id === allegationId ? { ...a, ...change } : a)) };
}

export function applyChange(input: ScoringInput, change: ScoringChange): ScoringInput {
  switch (change.kind) {
    case 'answer':
      return withAnswer(input, change.criterionId, change.answer);
    case 'hit-decision':
      return withHitDecision(input, change.hitId, change.decision);
    case 'allegation-status':
      return withAllegation(input, change.allegationId, { status: change.status });
    case 'allegation-credibility':
      return withAllegation(input, change.allegationId, { credibility: change.credibility });
  }
}

export function applyChanges(input: ScoringInput, changes: readonly ScoringChange[]): ScoringInput {
  return changes.reduce(applyChange, input);
}

export interface FactorDelta {
  factor: string;
  label: string;
  before: number;
  after: number;
  delta: number;
}

export interface ScoreComparison {
  scoreBefore: number;
  scoreAfter: number;
  delta: number;
  tierBefore: Tier;
  tierAfter: Tier;
  /** Factors whose contribution changed (absent on one side counts as 0), largest change first. */
  changed: FactorDelta[];
}

export function compareScores(before: ScoreResult, after: ScoreResult): ScoreComparison {
  const tenths = (x: number) => Math.round(x * 10);
  const ids = [...new Set([...before.factors.map((f) => f.factor), ...after.factors.map((f) => f.factor)])];
  const changed: FactorDelta[] = [];
  for (const id of ids) {
    const b = before.factors.find((f) => f.factor === id);
    const a = after.factors.find((f) => f.factor === id);
    const bt = tenths(b?.contribution ?? 0);
    const at = tenths(a?.contribution ?? 0);
    if (bt !== at) changed.push({ factor: id, label: (a ?? b)!.label, before: bt / 10, after: at / 10, delta: (at - bt) / 10 });
  }
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  return {
    scoreBefore: before.score,
    scoreAfter: after.score,
    delta: (tenths(after.score) - tenths(before.score)) / 10,
    tierBefore: before.tier,
    tierAfter: after.tier,
    changed,
  };
}
