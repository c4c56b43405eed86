// An event of the audit log as it is read back: each one chained to the one before by its hash. And a signed
// checkpoint of that chain (checkpoints.ts).
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

/** The chain's head as a signer saw it: event #seq, whose hash is headHash, signed with their certificate. */
export const auditCheckpoint = z.object({
  seq: z.number().int(),
  headHash: z.string(),
  signerLogin: z.string(),
  /** The certificate's common name. */
  signerName: z.string(),
  /** SHA-256 of the signer's certificate, lowercase hex. */
  fingerprint: z.string(),
  signedAt: z.string(),
});
export type AuditCheckpoint = z.infer<typeof auditCheckpoint>;

/** "checkpoint #N signed by NAME on DATE". */
export const describeCheckpoint = (c: AuditCheckpoint) => `checkpoint #${c.seq} signed by ${c.signerName} on ${c.signedAt}`;

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBad: z.object({ seq: z.number(), reason: z.string() }).nullable(),
  /** Signed checkpoints whose signature verifies and whose event still has the hash they signed. */
  checkpoints: z.number(),
  /** The newest checkpoint that still matches (before the first bad event, when there is one). */
  lastGoodCheckpoint: auditCheckpoint.nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;
