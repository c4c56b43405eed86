// Allegations (soft data: sourced claims, never shown as fact): what an analyst records and what is kept.
import { z } from 'zod';
import { isoDate, optionalText, text } from '../schemas';

export const SOURCE_TYPES = [
  'official government document',
  'leaked or reported government document',
  'court filing',
  'major press',
  'trade press',
  'blog or opinion',
] as const;
export const CLAIM_CATEGORIES = [
  'state access to customer data',
  'military or intelligence support',
  'IP or model theft',
  'vulnerability sharing with state actors',
  'sanctions evasion',
  'other',
] as const;
export const ALLEGATION_STATUSES = ['alleged', 'denied by vendor', 'under investigation', 'corroborated', 'adjudicated', 'retracted'] as const;

export const allegationInput = z.object({
  subjectName: text(300).min(1, 'Name the company the source accuses'),
  sourceTitle: text(500).min(1, 'Give the title of the source'),
  publisher: text(200).min(1, 'Say who published it'),
  sourceType: z.enum(SOURCE_TYPES),
  /** Kept as text; the app never opens it unless the user asks. */
  url: optionalText(2000),
  publishedAt: isoDate,
  claims: z.array(z.object({ category: z.enum(CLAIM_CATEGORIES), text: text(4000).min(1, 'Describe the claim') })).min(1, 'Record at least one claim'),
  status: z.enum(ALLEGATION_STATUSES),
  /** The date the status took effect (for the status history); defaults to today. */
  statusDate: isoDate.optional(),
  vendorResponse: optionalText(8000),
  credibility: z.number().int().min(1, 'Credibility is 1 to 5').max(5, 'Credibility is 1 to 5'),
  credibilityRationale: text(4000).min(1, 'Explain the credibility rating'),
});

/** Another report of the same event: a further source of an allegation (#15). */
export const allegationSourceInput = z.object({
  sourceTitle: text(500).min(1, 'Give the title of the source'),
  publisher: text(200).min(1, 'Say who published it'),
  sourceType: z.enum(SOURCE_TYPES),
  /** Kept as text; the app never opens it unless the user asks. */
  url: optionalText(2000),
  publishedAt: isoDate,
  /** What this source shows or adds (a quote, a document it cites). */
  evidence: optionalText(4000),
});

export const allegationSource = z.object({
  id: z.string(),
  /** 1 is the source the allegation was recorded with (edited with it); further sources follow in the order added. */
  position: z.number(),
  sourceTitle: z.string(),
  publisher: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  url: z.string().nullable(),
  publishedAt: z.string(),
  evidence: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
});

export const allegation = z.object({
  id: z.string(),
  subjectName: z.string(),
  sourceTitle: z.string(),
  publisher: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  url: z.string().nullable(),
  publishedAt: z.string(),
  claims: z.array(z.object({ category: z.enum(CLAIM_CATEGORIES), text: z.string() })),
  status: z.enum(ALLEGATION_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(ALLEGATION_STATUSES), date: z.string(), recordedBy: z.string(), recordedAt: z.string() })),
  vendorResponse: z.string().nullable(),
  credibility: z.number(),
  credibilityRationale: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  /** Every report of the event, the one it was recorded with first; the score counts the strongest (methodology v2). */
  sources: z.array(allegationSource),
  /** Set when listed for a vendor: whether it names the vendor itself or its parent company. */
  appliesVia: z.enum(['vendor', 'parent']).optional(),
});

export type Allegation = z.infer<typeof allegation>;
export type AllegationInput = z.infer<typeof allegationInput>;
export type AllegationSource = z.infer<typeof allegationSource>;
export type AllegationSourceInput = z.infer<typeof allegationSourceInput>;
