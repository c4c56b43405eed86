// An event of the audit log as it is read back: each one chained to the one before by its hash.
import { z } from 'zod';

export const auditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});


export type AuditEvent = z.infer<typeof auditEvent>;
