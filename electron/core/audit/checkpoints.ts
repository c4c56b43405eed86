// Signed checkpoints of the audit chain: the head (event number and hash) as its signer saw it, signed with their key
// (RSA or EC, SHA-256) and checked with the certificate recorded in the workspace. The hash chain alone proves order:
// whoever can write the database can edit an event and recompute every hash after it. A checkpoint's hash is signed,
// so such a rewrite no longer reaches it, and the events since the last checkpoint that still matches are the
// rewritten ones. Signed at every report (reports/reports.ts), by `signCheckpoint` from any other signing step, and
// on demand (`vetter audit checkpoint`, what a daily scheduled task runs). INSERT-only (migration 21).
import { createHash, sign, verify, X509Certificate } from 'node:crypto';
import type { Sql } from '../db/store';
import { recordCertificate } from '../signing/certificates';
import type { SigningIdentity } from '../signing/identity';
import { GENESIS_HASH, SELECT_HEAD, verifyChain } from './log';
import { type AuditCheckpoint, type AuditVerification, describeCheckpoint } from './model';

/** A checkpoint as kept, with its signature (base64). */
export interface SignedCheckpoint extends AuditCheckpoint {
  signature: string;
}

/** A day: a checkpoint older than this is due again. */
export const CHECKPOINT_DUE_MS = 86_400_000;

/** The bytes a checkpoint's signature covers: every field but the signer's display name, in one fixed text. */
export function checkpointBytes(c: AuditCheckpoint): Buffer {
  return Buffer.from(`Vetter audit checkpoint\nevent ${c.seq}\nhead ${c.headHash}\nsigner ${c.signerLogin}\ncertificate ${c.fingerprint}\nsigned ${c.signedAt}\n`, 'utf8');
}

/**
 * Signs the chain's head as `identity`, in the transaction `tx` (so the head read is the one kept), recording the
 * identity's certificate if the workspace does not have it yet. What the countersign and any other signing step call.
 */
export async function signCheckpoint(tx: Sql, identity: SigningIdentity, at: Date = new Date()): Promise<SignedCheckpoint> {
  const head = await tx.get<{ seq: number; hash: string }>(SELECT_HEAD);
  const signedAt = at.toISOString();
  await recordCertificate(tx, identity, signedAt);
  const checkpoint: AuditCheckpoint = {
    seq: Number(head?.seq ?? 0),
    headHash: head?.hash ?? GENESIS_HASH,
    signerLogin: identity.login,
    signerName: identity.name,
    fingerprint: identity.fingerprint,
    signedAt,
  };
  const signature = sign('sha256', checkpointBytes(checkpoint), identity.key).toString('base64');
  await tx.run('INSERT INTO audit_checkpoints (seq, head_hash, signer_login, signer_fingerprint, signed_at, signature) VALUES (?, ?, ?, ?, ?, ?)', [
    checkpoint.seq,
    checkpoint.headHash,
    checkpoint.signerLogin,
    checkpoint.fingerprint,
    checkpoint.signedAt,
    signature,
  ]);
  return { ...checkpoint, signature };
}

/** How the chain stands since its newest checkpoint: a day old or more (or none yet), and moved on since. */
async function sinceNewest(tx: Sql, at: Date): Promise<{ dayOld: boolean; moved: boolean }> {
  const newest = await tx.get<{ seq: number; signed_at: string }>('SELECT seq, signed_at FROM audit_checkpoints ORDER BY seq DESC, signed_at DESC LIMIT 1');
  const head = await tx.get<{ seq: number }>(SELECT_HEAD);
  if (!newest) return { dayOld: true, moved: head !== undefined };
  return { dayOld: at.getTime() - Date.parse(newest.signed_at) >= CHECKPOINT_DUE_MS, moved: Number(newest.seq) !== Number(head?.seq ?? 0) };
}

/** Signs a checkpoint unless the newest one is less than a day old and the chain has not moved since. */
export async function checkpointIfDue(tx: Sql, identity: SigningIdentity, at: Date = new Date()): Promise<SignedCheckpoint | null> {
  const { dayOld, moved } = await sinceNewest(tx, at);
  return dayOld || moved ? signCheckpoint(tx, identity, at) : null;
}

/**
 * The daily checkpoint an app signs after a write while its user's key is unlocked (service.ts): when the newest is a
 * day old or more and the chain has moved since, so that the log is signed at least daily however few reports are made.
 */
export async function dailyCheckpoint(tx: Sql, identity: SigningIdentity, at: Date = new Date()): Promise<SignedCheckpoint | null> {
  const { dayOld, moved } = await sinceNewest(tx, at);
  return dayOld && moved ? signCheckpoint(tx, identity, at) : null;
}

/** When the newest checkpoint turns a day old (ms since the epoch; 0 with none): no daily one is due before then. */
export async function nextCheckpointDue(sql: Sql): Promise<number> {
  const newest = await sql.get<{ signed_at: string }>('SELECT signed_at FROM audit_checkpoints ORDER BY seq DESC, signed_at DESC LIMIT 1');
  return newest ? Date.parse(newest.signed_at) + CHECKPOINT_DUE_MS : 0;
}

/** Why the checkpoint's signature does not hold with `certificatePem`, or null when it does. */
export function checkpointProblem(c: SignedCheckpoint, certificatePem: string): string | null {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch {
    return `checkpoint #${c.seq}'s certificate cannot be read`;
  }
  if (createHash('sha256').update(certificate.raw).digest('hex') !== c.fingerprint) return `checkpoint #${c.seq} names a certificate other than the one kept with it`;
  let holds = false;
  try {
    holds = verify('sha256', checkpointBytes(c), certificate.publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    // A signature that cannot be read does not hold.
  }
  return holds ? null : `checkpoint #${c.seq} is not signed by ${c.signerName}'s certificate: its signature does not verify (it was forged or changed)`;
}

interface CheckpointRow {
  seq: number;
  head_hash: string;
  signer_login: string;
  signer_fingerprint: string;
  signed_at: string;
  signature: string;
  name: string;
  certificate_pem: string;
}

/** Every checkpoint, oldest first, with its signer's certificate. */
export async function listCheckpoints(sql: Sql): Promise<(SignedCheckpoint & { certificatePem: string })[]> {
  const rows = await sql.all<CheckpointRow>(
    `SELECT seq, head_hash, signer_login, signer_fingerprint, signed_at, signature, name, certificate_pem
     FROM audit_checkpoints JOIN signing_certificates ON fingerprint = signer_fingerprint ORDER BY seq, signed_at`,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    headHash: r.head_hash,
    signerLogin: r.signer_login,
    signerName: r.name,
    fingerprint: r.signer_fingerprint,
    signedAt: r.signed_at,
    signature: r.signature,
    certificatePem: r.certificate_pem,
  }));
}

/** A checkpoint as reports and verdicts show it: no signature. */
export const shown = ({ signature: _signature, certificatePem: _pem, ...c }: SignedCheckpoint & { certificatePem?: string }): AuditCheckpoint => c;

/**
 * The chain walked event by event (log.ts), then every checkpoint: its signature against the certificate kept with
 * it, and its event's hash against the one it signed. A chain edited and recomputed holds link by link but misses the
 * checkpoints after the edit: the events after the last checkpoint that still matches are the ones rewritten.
 */
export async function verifyAudit(sql: Sql): Promise<AuditVerification> {
  const chain = await verifyChain(sql);
  const checkpoints = await listCheckpoints(sql);
  const hashes = await eventHashes(sql, checkpoints.map((c) => c.seq));
  let lastGood: AuditCheckpoint | null = null;
  let good = 0;
  const verdict = (firstBad: AuditVerification['firstBad']): AuditVerification => ({ ok: firstBad === null, checked: chain.checked, firstBad, checkpoints: good, lastGoodCheckpoint: lastGood });
  for (const c of checkpoints) {
    // Past an event the walk found broken, nothing vouches for the hashes kept.
    if (chain.firstBad && c.seq >= chain.firstBad.seq) break;
    const forged = checkpointProblem(c, c.certificatePem);
    if (forged) return verdict({ seq: c.seq, reason: forged });
    if (c.seq > 0 && hashes.get(c.seq) !== c.headHash) {
      const since = lastGood ? `after #${lastGood.seq}` : 'from #1 on';
      return verdict({ seq: (lastGood?.seq ?? 0) + 1, reason: `events ${since} were rewritten: ${describeCheckpoint(c)} no longer matches` });
    }
    lastGood = shown(c);
    good += 1;
  }
  return verdict(chain.firstBad);
}

async function eventHashes(sql: Sql, seqs: readonly number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(seqs.filter((s) => s > 0))];
  const found = new Map<number, string>();
  // In pieces: a long-lived workspace has a checkpoint per report.
  for (let i = 0; i < wanted.length; i += 500) {
    const part = wanted.slice(i, i + 500);
    const rows = await sql.all<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_events WHERE seq IN (${part.map(() => '?').join(', ')})`, part);
    for (const r of rows) found.set(Number(r.seq), r.hash);
  }
  return found;
}
