// The assessment in plain words: frameworks, statuses and how an answer reads. Pillars and which criteria a vendor
// is asked are the catalog's (electron/core/assessment/catalog.ts).
import { answerInWords, EVIDENCE_EXTENSIONS } from '../../../electron/core/contract';
import type { Output, Vendor } from '../../../electron/core/contract';
import { formatDate } from '../lib/format';

export type Criterion = Output<'assessment.get'>['criteria'][number];
export type Assessment = Output<'assessment.get'>['assessment'];
export type StoredAnswer = Assessment['answers'][string];
export type EvidenceFile = Assessment['evidence'][string][number];
export type AssessmentStatus = Assessment['status'];
/** What an answer control holds: an option value, several, a date or text; null when unanswered. */
export type AnswerValue = StoredAnswer['value'];

export const FRAMEWORK_LABELS: Record<keyof Criterion['mappings'], { short: string; full: string }> = {
  nist80016r1: { short: 'NIST 800-161r1', full: 'NIST SP 800-161r1 (C-SCRM), as SP 800-53 Rev. 5 controls' },
  nistAiRmf: { short: 'AI RMF', full: 'NIST AI RMF 1.0' },
  iso42001: { short: 'ISO 42001', full: 'ISO/IEC 42001:2023 Annex A' },
  iso27036: { short: 'ISO 27036', full: 'ISO/IEC 27036' },
  csaCaiq: { short: 'CAIQ', full: 'CSA CAIQ v4 (CCM v4 controls)' },
};

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'in review': 'In review',
  approved: 'Approved',
};

/** The vendor-record value an 'E1'/'E2'-style criterion reads, in words. */
export function vendorRecordValue(criterion: Criterion, vendor: Vendor): string[] {
  if (criterion.derivedFrom === 'dataShared') return vendor.dataShared;
  if (criterion.derivedFrom === 'criticality' && vendor.criticality) {
    return [criterion.options?.find((o) => o.value === vendor.criticality)?.label ?? vendor.criticality];
  }
  return [];
}

/** An answer as the analyst reads it: option labels rather than values, dates as the locale writes them. */
export function answerText(criterion: Criterion, value: AnswerValue): string {
  if (value === null) return '';
  if (criterion.answerType === 'date' && typeof value === 'string') return formatDate(value);
  return answerInWords(criterion, value);
}

/** An empty answer is no answer: blank text, no option, no ticked box. */
export function isBlank(value: AnswerValue): boolean {
  return value === null || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}

/** A year from today: the usual re-assessment cycle, proposed when approving. */
export function aYearFromToday(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The kinds of file Vetter keeps as evidence: the core's allowlist (documents, images, archives). */
export const EVIDENCE_TYPES = [...EVIDENCE_EXTENSIONS];
