// An assessment: a vendor's answers to the criteria catalog, the evidence behind them and its review workflow;
// and the schema of a criterion, checked against the catalog's own type (catalog.ts) so the two cannot drift.
import { z } from 'zod';
import { exactly } from '../schemas';
import { SERVICES } from '../vendors/vocabulary';
import { ANSWER_TYPES, type Criterion, PILLARS } from './catalog';

export const ASSESSMENT_STATUSES = ['draft', 'in review', 'approved'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const evidenceFile = z.object({
  id: z.string(),
  criterionId: z.string(),
  fileName: z.string(),
  /** What kind of file it is ("PDF document"), as decided from its content when it was attached. */
  kind: z.string(),
  sha256: z.string(),
  size: z.number(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFile>;

export const storedAnswer = z.object({
  criterionId: z.string(),
  value: z.union([z.string(), z.array(z.string())]).nullable(),
  verified: z.boolean(),
  note: z.string().nullable(),
  answeredBy: z.string(),
  answeredAt: z.string(),
  /** Who verified it (null while unverified). */
  verifiedBy: z.string().nullable(),
});
export type StoredAnswer = z.infer<typeof storedAnswer>;

export const assessment = z.object({
  vendorId: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  approver: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reassessDue: z.string().nullable(),
  /** The re-assessment date has passed (the core's rule: reassessOverdue in assessments.ts). */
  overdue: z.boolean(),
  /** Everyone who ever answered, verified or changed its criteria: four eyes keep each of them from approving it. */
  preparedBy: z.array(z.string()),
  answers: z.record(z.string(), storedAnswer),
  /** Evidence files by criterion id, whether or not the criterion is answered yet. */
  evidence: z.record(z.string(), z.array(evidenceFile)),
  catalog: z.object({ id: z.string(), version: z.number() }),
});
export type Assessment = z.infer<typeof assessment>;

const choiceOption = z.object({ value: z.string(), label: z.string(), risk: z.number().optional() });

export const criterion = exactly<Criterion>()(
  z.object({
    id: z.string(),
    pillar: z.enum(PILLARS),
    title: z.string(),
    question: z.string(),
    answerType: z.enum(ANSWER_TYPES),
    options: z.array(choiceOption).optional(),
    multiple: z.boolean().optional(),
    evidenceExpected: z.string(),
    riskIfUnanswered: z.number(),
    source: z.enum(['answer', 'vendor-record']),
    derivedFrom: z.enum(['dataShared', 'criticality']).optional(),
    appliesTo: z.object({ services: z.array(z.enum(SERVICES)) }).optional(),
    guidance: z.string().optional(),
    mappings: z.object({
      nist80016r1: z.array(z.string()),
      nistAiRmf: z.array(z.string()),
      iso42001: z.array(z.string()),
      iso27036: z.array(z.string()),
      csaCaiq: z.array(z.string()),
    }),
  }),
);
