// What-if mode: a what-if score is scoreVendor on a changed copy of the input. These helpers make the copy
// (the input passed in is never modified) and compare two results factor by factor, for the sandbox and for the
// score history's "what changed".
import type { HitDecision } from '../screening/model';
import type { AllegationStatus, AnswerInput, Factor, ScoreResult, ScoringInput, Tier } from './types';

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

const tenths = (x: number) => Math.round(x * 10);

/** A factor as far as comparing needs it: a kept snapshot's (kept-score.ts) has no more. */
type ComparedFactor = Pick<Factor, 'factor' | 'contribution' | 'state' | 'label'>;

/** A score as far as describeChange compares with it: a whole result, or a snapshot's stored result read back. */
export interface ComparedScore {
  methodology: { version: number };
  factors: readonly ComparedFactor[];
}

/** Each factor of either result with its two sides (absent on one side: undefined), in the order they appear. */
function pairFactors(before: ComparedScore, after: ScoreResult): { id: string; b: ComparedFactor | undefined; a: Factor | undefined; deltaTenths: number }[] {
  const ids = [...new Set([...before.factors.map((f) => f.factor), ...after.factors.map((f) => f.factor)])];
  return ids.map((id) => {
    const b = before.factors.find((f) => f.factor === id);
    const a = after.factors.find((f) => f.factor === id);
    return { id, b, a, deltaTenths: tenths(a?.contribution ?? 0) - tenths(b?.contribution ?? 0) };
  });
}

export function compareScores(before: ScoreResult, after: ScoreResult): ScoreComparison {
  const changed: FactorDelta[] = [];
  for (const { id, b, a, deltaTenths } of pairFactors(before, after)) {
    const bt = tenths(b?.contribution ?? 0);
    if (deltaTenths !== 0) changed.push({ factor: id, label: (a ?? b)!.label, before: bt / 10, after: (bt + deltaTenths) / 10, delta: deltaTenths / 10 });
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

/** Factor changes named in a snapshot's reason; the rest are counted. */
const CHANGES_NAMED = 3;

/** "+4.0", "−4.0": a change in points, with a true minus sign. */
function signedPoints(deltaTenths: number): string {
  return `${deltaTenths > 0 ? '+' : deltaTenths < 0 ? '−' : ''}${(Math.abs(deltaTenths) / 10).toFixed(1)}`;
}

/**
 * Why a score differs from the previous one, in one line for the score history: a new methodology version, then
 * the factors whose data or points changed, largest change first ("T1 AI model provenance changed from No to Yes:
 * −4.0", "SDN: ACME changed from open, match band to confirmed: +10.0", "New: Allegation: … (alleged,
 * credibility 3/5): +5.2").
 */
export function describeChange(previous: ComparedScore | null, current: ScoreResult): string {
  if (!previous) return 'First score';
  const changes: { text: string; size: number }[] = [];
  for (const { b, a, deltaTenths } of pairFactors(previous, current)) {
    const points = deltaTenths === 0 ? '' : `: ${signedPoints(deltaTenths)}`;
    const size = Math.abs(deltaTenths);
    // The allegations cap and the 0–100 clamp (no state) only follow the others.
    if (!a) {
      if (b!.state !== null) changes.push({ text: `Removed: ${b!.label}${points}`, size });
    } else if (!b) {
      if (a.state !== null) changes.push({ text: `New: ${a.label} (${a.state})${points}`, size });
    } else if (a.state !== null && b.state !== undefined && b.state !== a.state) {
      // (Snapshots kept before factors carried a state have none to compare.)
      changes.push({ text: `${a.label} changed from ${b.state} to ${a.state}${points}`, size });
    } else if (a.state !== null && a.component !== 'exposure' && deltaTenths !== 0) {
      // Exposure scales every other factor, so its points move with them: only a change in what it reads is news.
      changes.push({ text: `${a.label}${points}`, size });
    }
  }
  changes.sort((x, y) => y.size - x.size);
  const named = changes.slice(0, CHANGES_NAMED).map((c) => c.text);
  if (changes.length > CHANGES_NAMED) named.push(`and ${changes.length - CHANGES_NAMED} more`);
  if (previous.methodology.version !== current.methodology.version) named.unshift(`Methodology v${current.methodology.version}`);
  return named.join('; ') || 'No factor changed';
}
