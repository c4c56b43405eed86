// What the contract says of signatures: who signed a kept report, and what a PDF's signatures are found to be
// (verify.ts). Plain schemas, no Node imports: the renderer shows them.
import { z } from 'zod';

/** The identity a report was signed with when it was made; null on a report kept unsigned. */
export const reportSigner = z.object({
  /** The certificate's common name. */
  name: z.string(),
  login: z.string(),
  /** SHA-256 of the certificate, lowercase hex. */
  fingerprint: z.string(),
  selfSigned: z.boolean(),
});
export type ReportSigner = z.infer<typeof reportSigner>;

/** One signature of a PDF, checked from the file alone (and, where a workspace is open, against its certificates). */
export const pdfSignature = z.object({
  /** The byte range covers its revision but the signature, nothing but later signatures follows it, the digest matches, the signature verifies, and the signer is the given certificate when one was given. */
  valid: z.boolean(),
  /** The signer's common name, and their full subject; null when the signature cannot be read. */
  signer: z.string().nullable(),
  subject: z.string().nullable(),
  fingerprint: z.string().nullable(),
  selfSigned: z.boolean(),
  /** ISO time the signature says it was made; null when it says none. */
  signedAt: z.string().nullable(),
  /** The signed bytes reach the end of the file: nothing was appended after signing. */
  wholeFile: z.boolean(),
  /**
   * What the file holds after the signed revision: nothing; only incremental updates each adding a later signature (a
   * countersignature), which leave this one valid; or changes, which make it "changed".
   */
  addedAfter: z.enum(['nothing', 'signatures', 'changes']),
  /** The SHA-256 of the signed bytes is the one signed. */
  unchanged: z.boolean(),
  signatureVerifies: z.boolean(),
  /** `--cert`: the signer is that certificate, was issued by it, or is another; 'not checked' when none was given. */
  certificate: z.enum(['given', 'issued by given', 'other', 'not checked']),
  /** The login whose certificate this is in the open workspace; null when the workspace does not know it (or none is open). */
  knownAs: z.string().nullable(),
  certificatePem: z.string().nullable(),
  message: z.string(),
});
export type PdfSignature = z.infer<typeof pdfSignature>;

/** Whether this user can sign here: the host unlocks keys, the key exists on this machine (where), and is unlocked. */
export const signingStatus = z.object({
  /** The host can unlock a key at all; where not, reports are kept unsigned. */
  available: z.boolean(),
  login: z.string(),
  hasIdentity: z.boolean(),
  unlocked: z.boolean(),
  /** Where the key is (or will be) kept on this machine; null where the host cannot sign. */
  file: z.string().nullable(),
});
export type SigningStatus = z.infer<typeof signingStatus>;

/** The identity a passphrase typed in the app unlocked, or made (`created`) on first use. */
export const unlockedIdentity = reportSigner.extend({ created: z.boolean(), file: z.string() });
