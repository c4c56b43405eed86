// Findings: a gap an assessment found (a criterion answered No or Partly, or answered Yes with no evidence attached),
// followed to remediation or to a risk an approver accepts until a date.
import { z } from 'zod';
import { isoDate, optionalText, text } from '../schemas';

export const FINDING_STATUSES = ['open', 'in remediation', 'resolved', 'risk accepted'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** What opened it: the answer No (or the worst option), Partly (some risk left), or Yes with no evidence attached. */
export const FINDING_KINDS = ['no', 'partial', 'evidence'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const finding = z.object({
  id: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  criterionId: z.string(),
  kind: z.enum(FINDING_KINDS),
  title: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  /** As it reads today: an acceptance past its expiry reads as open (`acceptance.expired`). */
  status: z.enum(FINDING_STATUSES),
  owner: z.string().nullable(),
  due: z.string().nullable(),
  /** Open or in remediation past its due date. */
  overdue: z.boolean(),
  notes: z.string(),
  /** The assessment's evidence files it rests on, by id. */
  evidence: z.array(z.string()),
  openedBy: z.string(),
  openedAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  acceptance: z
    .object({ by: z.string(), at: z.string(), until: z.string(), reason: z.string(), expired: z.boolean() })
    .nullable(),
  /** Why the user asking may not accept the risk (role, four eyes, its state), or null. */
  acceptRefusal: z.string().nullable(),
});
export type Finding = z.infer<typeof finding>;

export const findingUpdate = z.object({
  id: z.string().min(1),
  owner: optionalText(200),
  due: isoDate.nullable(),
  /** Risk accepted only as it stands: it is accepted with findings.accept, by an approver. */
  status: z.enum(FINDING_STATUSES),
  notes: text(4000),
  evidence: z.array(z.string().min(1).max(100)).max(50),
});

export const findingAccept = z.object({ id: z.string().min(1), until: isoDate, reason: text(2000).min(1, 'Say why the risk is accepted') });
