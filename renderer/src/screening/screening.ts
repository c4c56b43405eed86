// Plain words for screening results: what an analyst reads instead of the core's enum values.
import type { HitBand, HitDecision, ListVersion, ScreeningHit } from '../../../electron/core/contract';
import { SCREENING_STATUSES, SERVICE_WORDS } from '../../../electron/core/contract';
import { formatCount, formatDateTime, plural } from '../lib/format';

export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export const SCREENING_STATUS_LABELS: Record<ScreeningStatus, string> = {
  match: 'Match',
  review: 'Needs review',
  clear: 'Clear',
  unscreened: 'Not screened',
};

export const SCREENING_STATUS_HINTS: Record<ScreeningStatus, string> = {
  match: 'A designation list entry matches this vendor or its parent company',
  review: 'A list entry resembles this vendor: an analyst must decide whether it is the same company',
  clear: 'No list entry needs attention',
  unscreened: 'Not screened against the designation lists yet',
};

/** Worst first, for sorting and for filters. */
export const SCREENING_STATUS_ORDER: readonly ScreeningStatus[] = ['match', 'review', 'clear', 'unscreened'];

export const BAND_LABELS: Record<HitBand, string> = {
  match: 'Match',
  review: 'Possible match — needs review',
};

export const DECISION_LABELS: Record<HitDecision, string> = {
  open: 'Not reviewed yet',
  confirmed: 'Confirmed as a true match',
  dismissed: 'Dismissed as a false positive',
};

const VIA_LABELS: Record<ScreeningHit['via'], string> = {
  name: 'Vendor name',
  alias: 'Vendor other name',
  parent: 'Parent company name',
  'list-link': 'Name the list links to',
  identifier: 'Vendor identifier',
  owner: 'Owner of the vendor',
  supplier: 'Supplier of the vendor',
};

/** "Supplier Amazon Web Services (hosting) is on this list." */
export function supplierSentence(s: NonNullable<ScreeningHit['supplier']>): string {
  const word = (SERVICE_WORDS as Record<string, string>)[s.service] ?? s.service;
  return `Supplier ${s.name} (${word}) is on this list.`;
}

/** "Vendor name", "Parent company name"... and "list name", "list alias" or "list identifier" for the two sides of a hit. */
export function matchedNameLabels(hit: ScreeningHit): { vendor: string; list: string } {
  const list = hit.via === 'identifier' ? 'list identifier' : hit.listName === hit.entryName ? 'list name' : 'list alias';
  return { vendor: VIA_LABELS[hit.via], list };
}

/** Scores run from 0 to 1; two decimals are what the thresholds are written in. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** "412 days old", "today"; null when the list carries no date. */
export function formatAge(days: number | null): string {
  if (days === null) return 'Date unknown';
  if (days <= 0) return 'From today';
  return `${plural(days, 'day')} old`;
}

/** The first 12 hex digits: enough to tell versions apart at a glance; the full hash is kept beside it. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** "2 match, 3 need review, 25 clear". */
export function countsSummary(counts: { match: number; review: number; clear: number }): string {
  return `${formatCount(counts.match)} match, ${formatCount(counts.review)} need review, ${formatCount(counts.clear)} clear`;
}

/** "Bundled with Vetter" or "Imported by Ana on 3 Mar 2026, 10:04". */
export function versionSource(version: ListVersion): string {
  return version.bundled ? 'Bundled with Vetter' : `Imported by ${version.importedBy} on ${formatDateTime(version.importedAt)}`;
}
