// Makes a vendor's evidence bundle (manifest.ts) from the workspace. Sealed by a checkpoint its maker signs as it is
// made, so every event about the vendor, the latest report's own included, is covered by a signed head.
import JSZip from 'jszip';
import { listCheckpoints, signCheckpoint, type SignedCheckpoint } from '../audit/checkpoints';
import type { EventRow } from '../audit/log';
import type { Ctx } from '../context';
import { VetterError } from '../errors';
import type { VendorReportModel } from '../reports/model';
import { canonicalJson, sha256 } from '../reports/store';
import type { Download } from '../schemas';
import { BUNDLE_FORMAT, type ChainPart, MANIFEST, type Manifest, type PartKind } from './manifest';

export async function makeBundle(ctx: Ctx, vendorId: string): Promise<Download> {
  const vendor = await ctx.vendors.get(vendorId);
  const report = (await ctx.reports.store.list({ vendorId })).find((r) => r.signedBy !== null);
  if (!report) throw new VetterError('not_found', `${vendor.legalName} has no signed report to bundle. Make one first (vetter report vendor --name NAME --out FILE.pdf).`);
  if (!ctx.signing) throw new VetterError('forbidden', 'This copy of Vetter was started without signing keys, so it cannot seal a bundle with a checkpoint.');
  const identity = await ctx.signing.unlock(ctx.user(), await ctx.settings.displayName());
  const seal = await ctx.store.transaction((tx) => signCheckpoint(tx, identity));

  const parts: { path: string; kind: PartKind; bytes: Buffer }[] = [];
  const add = (path: string, kind: PartKind, bytes: Buffer | string) => parts.push({ path, kind, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8') });
  const model = await ctx.reports.store.model<VendorReportModel>(report.id);
  add(`report/${report.id}.pdf`, 'report', await ctx.reports.store.pdf(report.id));
  // Canonical, as kept: its SHA-256 is the one the report's audit event records.
  add(`report/${report.id}.json`, 'report-model', canonicalJson(model));
  add('provenance.json', 'provenance', `${JSON.stringify(model.provenance, null, 2)}\n`);

  const files = await ctx.store.read.all<{ id: string; criterion_id: string; file_name: string }>('SELECT id, criterion_id, file_name FROM evidence_files WHERE vendor_id = ? ORDER BY added_at, id', [vendorId]);
  const taken = new Set<string>();
  for (const f of files) {
    const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_');
    let path = `evidence/${safe(f.criterion_id)}/${safe(f.file_name)}`;
    if (taken.has(path)) path = `evidence/${safe(f.criterion_id)}/${f.id}-${safe(f.file_name)}`;
    taken.add(path);
    add(path, 'evidence', (await ctx.assessments.stored(f.id)).bytes);
  }

  const chain = await chainPart(ctx, [vendorId, ...(await ctx.allegations.idsEverReaching(vendor))], seal);
  add('audit/chain.json', 'audit', `${JSON.stringify(chain, null, 2)}\n`);
  const fingerprints = [...new Set([report.signedBy!.fingerprint, ...chain.checkpoints.map((c) => c.fingerprint)])];
  const certificates = await ctx.store.read.all<{ fingerprint: string; certificate_pem: string }>(
    `SELECT fingerprint, certificate_pem FROM signing_certificates WHERE fingerprint IN (${fingerprints.map(() => '?').join(', ')})`,
    fingerprints,
  );
  for (const c of certificates) add(`certificates/${c.fingerprint}.pem`, 'certificate', c.certificate_pem);

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: 1,
    vendor: { id: vendor.id, legalName: vendor.legalName },
    report: { id: report.id, pdf: `report/${report.id}.pdf`, model: `report/${report.id}.json` },
    madeAt: seal.signedAt,
    madeBy: ctx.user(),
    parts: parts.map((p) => ({ path: p.path, kind: p.kind, sha256: sha256(p.bytes), bytes: p.bytes.length })),
  };
  const zip = new JSZip();
  zip.file(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const p of parts) zip.file(p.path, p.bytes);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const name = `${report.id} ${vendor.legalName} evidence`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);
  return { fileName: `${name}.zip`, mimeType: 'application/zip', base64: bytes.toString('base64') };
}

/** The events about these entities, each with the stretch of chain up to the checkpoint that covers it. */
async function chainPart(ctx: Ctx, entityIds: string[], seal: SignedCheckpoint): Promise<ChainPart> {
  const about = (
    await ctx.store.read.all<{ seq: number }>(`SELECT seq FROM audit_events WHERE seq <= ? AND entity_id IN (${entityIds.map(() => '?').join(', ')}) ORDER BY seq`, [seal.seq, ...entityIds])
  ).map((r) => Number(r.seq));
  const checkpoints = (await listCheckpoints(ctx.store.read)).filter((c) => c.seq <= seal.seq);
  const covering = new Map<number, SignedCheckpoint>();
  const stretches: [number, number][] = [];
  for (const seq of about) {
    const c = checkpoints.find((k) => k.seq >= seq)!;
    const { certificatePem: _pem, ...signed } = c as SignedCheckpoint & { certificatePem?: string };
    covering.set(c.seq, signed);
    const last = stretches.at(-1);
    if (last && seq <= last[1] + 1) last[1] = Math.max(last[1], c.seq);
    else stretches.push([seq, c.seq]);
  }
  const events: EventRow[] = [];
  for (const [from, to] of stretches) {
    const rows = await ctx.store.read.all<EventRow>('SELECT * FROM audit_events WHERE seq BETWEEN ? AND ? ORDER BY seq', [from, to]);
    events.push(...rows.map((r) => ({ ...r, seq: Number(r.seq) })));
  }
  return { about, events, checkpoints: [...covering.values()] };
}
