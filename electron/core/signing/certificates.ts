// The signing certificates a workspace knows (public part only): recorded when a report is first signed with one,
// with the report, in its transaction; read to say whose a signature is. INSERT-only (migration 20).
import type { Sql } from '../db/store';
import type { SigningIdentity } from './identity';
import type { PdfSignature } from './model';

/** Records the identity's certificate unless the workspace has it already. */
export async function recordCertificate(tx: Sql, identity: SigningIdentity, at: string): Promise<void> {
  await tx.run(
    'INSERT INTO signing_certificates (fingerprint, login, name, certificate_pem, self_signed, added_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING',
    [identity.fingerprint, identity.login, identity.name, identity.certificatePem, identity.selfSigned ? 1 : 0, at],
  );
}

/** Whose each of these certificates is, for those the workspace knows: fingerprint → login. */
async function certificateHolders(sql: Sql, fingerprints: readonly string[]): Promise<Map<string, string>> {
  if (fingerprints.length === 0) return new Map();
  const rows = await sql.all<{ fingerprint: string; login: string }>(
    `SELECT fingerprint, login FROM signing_certificates WHERE fingerprint IN (${fingerprints.map(() => '?').join(', ')})`,
    fingerprints,
  );
  return new Map(rows.map((r) => [r.fingerprint, r.login]));
}

/** The signatures, each with the login whose certificate signed it where the workspace knows that certificate. */
export async function withHolders(sql: Sql, signatures: readonly PdfSignature[]): Promise<PdfSignature[]> {
  const holders = await certificateHolders(sql, signatures.flatMap((s) => (s.fingerprint ? [s.fingerprint] : [])));
  return signatures.map((s) => ({ ...s, knownAs: (s.fingerprint && holders.get(s.fingerprint)) ?? null }));
}
