// The allegation form's state, and the words used around allegations: claims are always "alleged", with their
// source, status and credibility next to them.
import type { Allegation, AllegationInput, Vendor } from '../../../electron/core/contract';
import { todayIso } from '../lib/format';
import type { ALLEGATION_STATUSES, CLAIM_CATEGORIES, SOURCE_TYPES } from '../../../electron/core/contract';

export type AllegationStatus = (typeof ALLEGATION_STATUSES)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

/** What an analyst's 1-5 rating means; shown next to the number wherever it appears. */
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: 'Very weak',
  2: 'Weak',
  3: 'Plausible',
  4: 'Strong',
  5: 'Very strong',
};

export interface AllegationDraft {
  subjectName: string;
  sourceTitle: string;
  publisher: string;
  sourceType: SourceType;
  url: string;
  publishedAt: string;
  claims: { category: ClaimCategory; text: string }[];
  status: AllegationStatus;
  statusDate: string;
  vendorResponse: string;
  /** 0 until the analyst rates it. */
  credibility: number;
  credibilityRationale: string;
}

export function newAllegationDraft(vendor: Vendor): AllegationDraft {
  return {
    subjectName: vendor.legalName,
    sourceTitle: '',
    publisher: '',
    sourceType: 'major press',
    url: '',
    publishedAt: '',
    claims: [{ category: 'state access to customer data', text: '' }],
    status: 'alleged',
    // Empty: the status dates from the publication (see allegationInput).
    statusDate: '',
    vendorResponse: '',
    credibility: 0,
    credibilityRationale: '',
  };
}

export function draftFromAllegation(a: Allegation): AllegationDraft {
  return {
    subjectName: a.subjectName,
    sourceTitle: a.sourceTitle,
    publisher: a.publisher,
    sourceType: a.sourceType,
    url: a.url ?? '',
    publishedAt: a.publishedAt,
    claims: a.claims.map((c) => ({ ...c })),
    status: a.status,
    statusDate: todayIso(),
    vendorResponse: a.vendorResponse ?? '',
    credibility: a.credibility,
    credibilityRationale: a.credibilityRationale,
  };
}

/**
 * The input the core checks. The status date goes with a new or changed status only (an unchanged status keeps
 * its history as it is); left empty on a new allegation, it is the publication date.
 */
export function allegationInput(draft: AllegationDraft, status: 'new' | 'changed' | 'unchanged'): AllegationInput {
  const statusDate = status === 'new' ? draft.statusDate || draft.publishedAt : draft.statusDate;
  // Nothing to date a new allegation by yet: the missing publication date is the problem to report.
  const datesStatus = status === 'changed' || (status === 'new' && statusDate !== '');
  return {
    subjectName: draft.subjectName,
    sourceTitle: draft.sourceTitle,
    publisher: draft.publisher,
    sourceType: draft.sourceType,
    url: draft.url.trim() === '' ? null : draft.url,
    publishedAt: draft.publishedAt,
    claims: draft.claims,
    status: draft.status,
    ...(datesStatus ? { statusDate } : {}),
    vendorResponse: draft.vendorResponse.trim() === '' ? null : draft.vendorResponse,
    credibility: draft.credibility,
    credibilityRationale: draft.credibilityRationale,
  };
}

/** The companies an allegation can name from this vendor's page: the vendor, its parent, and whatever it already names. */
export function subjectChoices(vendor: Vendor, current: string): { name: string; label: string }[] {
  const choices = [{ name: vendor.legalName, label: 'This vendor' }];
  if (vendor.parentName) choices.push({ name: vendor.parentName, label: 'Its parent company (reaches every subsidiary recorded with this parent)' });
  if (!choices.some((c) => c.name === current)) choices.push({ name: current, label: 'As recorded' });
  return choices;
}
