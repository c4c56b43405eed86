// The rules of findings, pure: when an answer is a gap, how severe, by when it is due, what status may follow which,
// and how long a risk may be accepted. docs/methodology.md ("Findings") says the same in words.
import { answerInWords, type Criterion } from '../assessment/catalog';
import { answerRisk } from '../scoring/engine';
import type { Methodology } from '../scoring/methodology';
import type { AnswerInput } from '../scoring/types';
import { FINDING_SEVERITIES, type FindingKind, type FindingSeverity, type FindingStatus } from './model';

/** Days from opening to the default due date, by severity. */
export const DUE_DAYS: Record<FindingSeverity, number> = { critical: 30, high: 60, medium: 90, low: 180 };
/** The longest a risk may be accepted for, in days from the acceptance. */
export const MAX_ACCEPTANCE_DAYS = 365;

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The gap an answer leaves, or null when it leaves none (no risk, and evidence attached). An answer carrying all its
 * criterion's risk is "no", some of it "partial"; one carrying none but with no evidence file is an evidence gap.
 */
export function gapOf(c: Criterion, answer: AnswerInput, today: string, methodology: Methodology): FindingKind | null {
  const read = answerRisk(c, answer, today, methodology);
  if ('error' in read) return null;
  if (read.risk >= 1) return 'no';
  if (read.risk > 0) return 'partial';
  return answer.evidence > 0 ? null : 'evidence';
}

/**
 * Severity from the criterion's weight in the methodology in force (the most points it adds): 4 or more critical,
 * 3 high, 2 medium, less low; a partial answer or a missing piece of evidence is one step less severe.
 */
export function severityOf(weight: number, kind: FindingKind): FindingSeverity {
  const base = weight >= 4 ? 3 : weight >= 3 ? 2 : weight >= 2 ? 1 : 0;
  return FINDING_SEVERITIES[Math.max(0, base - (kind === 'no' ? 0 : 1))]!;
}

export const severityRank = (s: FindingSeverity): number => FINDING_SEVERITIES.indexOf(s);

export function titleOf(c: Criterion, kind: FindingKind, value: AnswerInput['value']): string {
  return kind === 'evidence' ? `${c.title}: answered without evidence` : `${c.title}: ${answerInWords(c, value)}`;
}

/** Which status an analyst may set from which (risk accepted is an approver's, findings.accept). Resolved is final. */
const NEXT: Record<FindingStatus, readonly FindingStatus[]> = {
  open: ['in remediation', 'resolved'],
  'in remediation': ['open', 'resolved'],
  'risk accepted': ['open', 'in remediation', 'resolved'],
  resolved: [],
};

export function transitionRefusal(from: FindingStatus, to: FindingStatus): string | null {
  if (from === to || NEXT[from].includes(to)) return null;
  if (to === 'risk accepted') return 'A risk is accepted by an approver, with an expiry date (Accept risk).';
  return from === 'resolved' ? 'A resolved finding stays resolved: a new gap opens a new finding.' : `A finding that is ${from} cannot become ${to} directly.`;
}

/** Why an acceptance until `until` cannot be, or null. */
export function expiryRefusal(until: string, today: string): string | null {
  if (until <= today) return 'The acceptance must end after today.';
  if (until > addDays(today, MAX_ACCEPTANCE_DAYS)) return `A risk is accepted for at most a year: until ${addDays(today, MAX_ACCEPTANCE_DAYS)} at the latest.`;
  return null;
}

/** An accepted risk whose acceptance has ended reads as open again (ISO dates compare as text). */
export function expired(status: FindingStatus, acceptedUntil: string | null, today: string): boolean {
  return status === 'risk accepted' && acceptedUntil !== null && acceptedUntil < today;
}
