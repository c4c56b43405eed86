// Checks an evidence bundle from the zip alone, on any machine: no workspace, no network. Every part against the
// manifest's SHA-256; the report PDF's signatures (signing/verify.ts), by a certificate the bundle carries; the model
// against the SHA-256 the report's audit event recorded; each evidence file and the provenance against the model; each
// event's hash computed again and its links followed up to a checkpoint whose signature holds with the signer's
// certificate. One verdict per part; the bundle passes only when every one does.
import { X509Certificate } from 'node:crypto';
import { checkpointProblem } from '../audit/checkpoints';
import { GENESIS_HASH, hashOf } from '../audit/log';
import { describeCheckpoint } from '../audit/model';
import { VetterError } from '../errors';
import { ZipArchive, ZipError } from '../files/zip';
import type { VendorReportModel } from '../reports/model';
import { canonicalJson, sha256 } from '../reports/store';
import { checkPdfSignatures } from '../signing/verify';
import { BUNDLE_FORMAT, type ChainPart, MANIFEST, type Manifest } from './manifest';

export interface PartVerdict {
  ok: boolean;
  part: string;
  message: string;
}

const LIMITS = { maxEntries: 10_000, maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 };

export async function verifyBundle(zipBytes: Buffer, name: string): Promise<PartVerdict[]> {
  const files = await readZip(zipBytes, name);
  const manifest = parseManifest(files.get(MANIFEST), name);
  const verdicts: PartVerdict[] = [];
  const ok = (part: string, message: string) => verdicts.push({ ok: true, part, message });
  const fail = (part: string, message: string) => verdicts.push({ ok: false, part, message });
  const listed = new Set(manifest.parts.map((p) => p.path));

  // Each part as bundled: a part whose bytes changed is named with both hashes, and checked no further.
  const intact = new Map<string, Buffer>();
  for (const p of manifest.parts) {
    const bytes = files.get(p.path);
    if (!bytes) fail(p.path, 'missing from the bundle');
    else if (sha256(bytes) !== p.sha256) fail(p.path, `changed since bundled (sha256 ${sha256(bytes)} expected ${p.sha256})`);
    else intact.set(p.path, bytes);
  }
  for (const extra of [...files.keys()].filter((f) => f !== MANIFEST && !listed.has(f))) fail(extra, 'not in the manifest: added after the bundle was made');

  const certificates = new Map<string, string>();
  for (const p of manifest.parts.filter((q) => q.kind === 'certificate' && intact.has(q.path))) {
    const pem = intact.get(p.path)!.toString('utf8');
    try {
      const fingerprint = new X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase();
      certificates.set(fingerprint, pem);
      ok(p.path, `sha256 ${p.sha256}, certificate ${fingerprint}`);
    } catch {
      fail(p.path, 'not an X.509 certificate');
    }
  }

  const chainBytes = intact.get('audit/chain.json');
  const chain = chainBytes ? (JSON.parse(chainBytes.toString('utf8')) as ChainPart) : null;
  const reportEvent = chain?.events.find((e) => e.action === 'report.generate' && e.after?.includes(`"reportId":"${manifest.report.id}"`));
  const recorded = reportEvent ? (JSON.parse(reportEvent.after!) as { pdfSha256: string; modelSha256: string }) : null;

  const pdf = intact.get(manifest.report.pdf);
  if (pdf) {
    const signatures = checkPdfSignatures(pdf);
    const problem =
      signatures.length === 0 ? 'carries no signature' :
      signatures.find((s) => !s.valid)?.message ??
      (signatures.find((s) => !s.fingerprint || !certificates.has(s.fingerprint)) && 'is signed with a certificate the bundle does not carry') ??
      (recorded?.pdfSha256 !== sha256(pdf) ? 'is not the report its audit event records' : null);
    if (problem) fail(manifest.report.pdf, problem);
    else ok(manifest.report.pdf, `sha256 ${sha256(pdf)}, ${signatures.map((s) => s.message.replace(/\.$/, '')).join('; ')}`);
  }

  const modelBytes = intact.get(manifest.report.model);
  const model = modelBytes ? (JSON.parse(modelBytes.toString('utf8')) as VendorReportModel) : null;
  if (modelBytes) {
    if (recorded?.modelSha256 !== sha256(modelBytes)) fail(manifest.report.model, `is not the model its report's audit event records (sha256 ${sha256(modelBytes)} expected ${recorded?.modelSha256 ?? 'an event that is not in the bundle'})`);
    else ok(manifest.report.model, `sha256 ${sha256(modelBytes)}, as report ${manifest.report.id}'s audit event records`);
  }

  const inModel = new Set(model?.criteria.flatMap((c) => c.evidence.map((e) => e.sha256)) ?? []);
  // An evidence file's SHA-256 is in the report, or (attached since) in the audit event that attached it.
  const attached = new Set(chain?.events.filter((e) => chain.about.includes(e.seq) && e.action === 'assessment.evidence').map((e) => (JSON.parse(e.after ?? '{}') as { sha256?: string }).sha256));
  for (const p of manifest.parts.filter((q) => q.kind === 'evidence' && intact.has(q.path))) {
    if (inModel.has(p.sha256)) ok(p.path, `sha256 ${p.sha256}, as the report lists it`);
    else if (attached.has(p.sha256)) ok(p.path, `sha256 ${p.sha256}, attached after the report, as its audit event records`);
    else fail(p.path, `sha256 ${p.sha256} is recorded neither in the report nor in the audit events: it is not the file that was attached`);
  }
  const provenance = intact.get('provenance.json');
  if (provenance && model) {
    if (canonicalJson(JSON.parse(provenance.toString('utf8'))) !== canonicalJson(model.provenance)) fail('provenance.json', 'differs from the list versions the report was made from');
    else ok('provenance.json', `sha256 ${sha256(provenance)}, ${model.provenance.length} list version(s), as the report lists them`);
  }

  if (chain) verdicts.push(...checkChain(chain, certificates));
  return verdicts;
}

/** Each checkpoint's signature, then each event: its hash, its link to the one before, and a covering signed head. */
function checkChain(chain: ChainPart, certificates: Map<string, string>): PartVerdict[] {
  const verdicts: PartVerdict[] = [];
  const good = new Map<number, string>();
  for (const c of chain.checkpoints) {
    const part = `checkpoint #${c.seq}`;
    const pem = certificates.get(c.fingerprint);
    const problem = pem ? checkpointProblem(c, pem) : `its signer's certificate ${c.fingerprint} is not in the bundle`;
    if (problem) verdicts.push({ ok: false, part, message: problem });
    else {
      good.set(c.seq, c.headHash);
      verdicts.push({ ok: true, part, message: `${describeCheckpoint(c)}, head ${c.headHash}, signature holds` });
    }
  }
  const bySeq = new Map(chain.events.map((e) => [e.seq, e]));
  const problems: string[] = [];
  for (const e of chain.events) {
    if (hashOf(e) !== e.hash) problems.push(`event #${e.seq} was changed (its hash does not match its content)`);
    const before = bySeq.get(e.seq - 1);
    if (before && before.hash !== e.prev_hash) problems.push(`event #${e.seq} does not follow event #${e.seq - 1}`);
    if (e.seq === 1 && e.prev_hash !== GENESIS_HASH) problems.push('event #1 does not start the chain');
  }
  // Covered: a run of bundled events from the event to a checkpoint whose event has the signed hash.
  const uncovered = chain.about.filter((seq) => {
    for (let s = seq; bySeq.has(s); s += 1) if (good.has(s)) return good.get(s) !== bySeq.get(s)!.hash;
    return true;
  });
  if (uncovered.length) problems.push(`event(s) ${uncovered.map((s) => `#${s}`).join(', ')} do not reach a signed checkpoint`);
  verdicts.push(
    problems.length
      ? { ok: false, part: 'audit/chain.json', message: problems.join('; ') }
      : { ok: true, part: 'audit/chain.json', message: `${chain.about.length} event(s) about the vendor, each hash recomputed and linked up to a signed checkpoint` },
  );
  return verdicts;
}

async function readZip(bytes: Buffer, name: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  try {
    const zip = await ZipArchive.open(bytes, LIMITS);
    for (const entry of zip.entries.keys()) {
      if (entry.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of zip.stream(entry)) chunks.push(chunk);
      files.set(entry, Buffer.concat(chunks));
    }
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    throw new VetterError('bad_file', `${name} is not a readable zip file (${err.message}): it is not an evidence bundle, or it was damaged. Ask for the bundle again.`);
  }
  return files;
}

function parseManifest(bytes: Buffer | undefined, name: string): Manifest {
  const refuse = (why: string) => new VetterError('bad_file', `${name} is not a Vetter evidence bundle: ${why}. Give the .zip that vetter evidence bundle wrote.`);
  if (!bytes) throw refuse(`it has no ${MANIFEST}`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    throw refuse(`its ${MANIFEST} is not JSON`);
  }
  if (manifest?.format !== BUNDLE_FORMAT || !Array.isArray(manifest.parts) || !manifest.report) throw refuse(`its ${MANIFEST} is not a bundle's`);
  return manifest;
}
