// The approver's sign-off of a kept report, on real PDFs from the report printer: the key unlocked as the app's hosts
// do (a passphrase typed in the page, made on first use), the countersignature appended so that pdfsig and Vetter's
// verify find both signatures valid, the first covering its revision; a one-byte change in either revision, or bytes
// appended, is "changed". Who may sign off (the approver a vendor report names, not under four eyes its preparer,
// once), in the core; and in PostgreSQL itself as raw SQL by login.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCheckpoints } from '../../electron/core/audit/checkpoints';
import type { ReportSummary } from '../../electron/core/contract';
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { openPostgresStore } from '../../electron/core/db/postgres/store';
import { recordCertificate } from '../../electron/core/signing/certificates';
import { createIdentity } from '../../electron/core/signing/identity';
import { memoryVault, pageUnlocker } from '../../electron/core/signing/page-unlocker';
import { checkPdfSignatures } from '../../electron/core/signing/verify';
import { openFolderWorkspace } from '../../electron/core/workspace/folder';
import { coreOn, type FolderTestCore, tempDir, testCore, vendorInput } from '../helpers';
import { warmPrinter } from '../printer';
import { attempt, startPostgres, type PostgresServer } from '../postgres-server';
import { oneByteChanged, pdfsig } from '../signing';

const DUE = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
const shared = warmPrinter();


describe('signing off a vendor report in a data folder', () => {
  let t: FolderTestCore;
  let vendorId: string;
  let report: ReportSummary;
  let signed: Buffer;

  beforeAll(async () => {
    t = testCore(tempDir(), { makePrinter: shared, signing: { keysFolder: tempDir(), unlocker: pageUnlocker(memoryVault()) } });
    vendorId = (await t.call('vendors.create', vendorInput())).id;
    // One person holds every role here: four eyes off, as for a one-person team.
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('assessment.setStatus', { vendorId, status: 'in review', reassessDue: null });
    await t.call('assessment.setStatus', { vendorId, status: 'approved', reassessDue: DUE });
  }, 60_000);
  afterAll(() => t.core.close());

  it('asks for a passphrase in the page before signing, and makes an identity on first use', async () => {
    expect(await t.call('signing.status', {})).toMatchObject({ available: true, login: 'tester', hasIdentity: false, unlocked: false });
    const locked = await t.invoke('reports.vendor', { vendorId, jobId: 'r0' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!locked.ok && locked.error.message).toMatch(/has no signing key on this machine yet: choose a passphrase for it in the Signing dialog/);
    const made = await t.call('signing.unlock', { passphrase: 'page passphrase' });
    expect(made).toMatchObject({ created: true, login: 'tester', selfSigned: true });
    expect(made.file).toMatch(/signing[\\/]tester\.p12$/);
    expect(await t.call('signing.status', {})).toMatchObject({ hasIdentity: true, unlocked: true });
    report = await t.call('reports.vendor', { vendorId, jobId: 'r1' });
    expect(report.signedBy).toMatchObject({ login: 'tester' });
    expect(report.signedOff).toBeNull();
  }, 60_000);

  it('refuses while four eyes hold (one person), then countersigns: both signatures valid in pdfsig and Vetter', async () => {
    await t.call('settings.setFourEyes', { enabled: true });
    expect((await t.call('reports.signatures', { id: report.id })).signOffRefusal).toMatch(/^Four eyes: this workspace has one user, so nobody else can sign off a report its user prepared/);
    expect(await t.invoke('reports.signOff', { id: report.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.call('settings.setFourEyes', { enabled: false });
    const before = await t.call('reports.signatures', { id: report.id });
    expect(before).toMatchObject({ signOffRefusal: null, signatures: [{ valid: true, addedAfter: 'nothing', knownAs: 'tester' }] });

    const off = await t.call('reports.signOff', { id: report.id });
    expect(off.signedOff).toMatchObject({ login: 'tester', selfSigned: true });
    // The chain's head is signed at the sign-off, its event included.
    const head = (await t.call('audit.list', { limit: 1 })).events[0]!;
    expect((await listCheckpoints(t.core.workspace.store.read)).at(-1)).toMatchObject({ seq: head.seq, signerLogin: 'tester' });
    expect(off.preparedPdfSha256).toBe(report.pdfSha256);
    signed = Buffer.from((await t.call('reports.export', { id: report.id, format: 'pdf' })).base64, 'base64');
    expect(createHash('sha256').update(signed).digest('hex')).toBe(off.pdfSha256);

    const said = pdfsig(signed);
    expect(said.match(/Signature is Valid/g)).toHaveLength(2);
    expect(said).toContain('Not total document signed');
    expect(said).toContain('Total document signed');
    // The first signature covers its revision: the PDF as its preparer kept it, byte for byte.
    const ranges = [...said.matchAll(/Signed Ranges: \[0 - (\d+)\], \[(\d+) - (\d+)\]/g)].map((m) => Number(m[3]));
    expect(ranges).toEqual([report.pdfBytes, signed.length]);

    const checked = checkPdfSignatures(signed);
    expect(checked.map((s) => [s.valid, s.addedAfter])).toEqual([
      [true, 'signatures'],
      [true, 'nothing'],
    ]);
    const file = path.join(tempDir(), 'signed.pdf');
    fs.writeFileSync(file, signed);
    const verified = await t.call('reports.verify', { file: t.pick(file) });
    expect(verified.verified).toBe(true);
    expect(verified.message).toMatch(/signed off by .* unaltered\.$/);
    expect(verified.signatures.map((s) => s.valid)).toEqual([true, true]);
    const events = t.db.prepare("SELECT actor, summary FROM audit_events WHERE action = 'report.signoff'").all() as { summary: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toContain(`Signed off vendor report ${report.id}`);
  }, 60_000);

  it('a one-byte change in either revision, or bytes appended, reads as changed', () => {
    const firstEnd = report.pdfBytes;
    const inFirst = oneByteChanged(signed, Math.floor(firstEnd / 3));
    expect(checkPdfSignatures(inFirst).map((s) => s.valid)).toEqual([false, false]);
    expect(pdfsig(inFirst).match(/Signature is Valid/g) ?? []).toHaveLength(0);
    // In the approver's revision: the reason of the countersignature.
    const inSecond = oneByteChanged(signed, signed.indexOf('Signed off', firstEnd) + 1);
    expect(checkPdfSignatures(inSecond)[1]?.valid).toBe(false);
    expect(pdfsig(inSecond).match(/Signature is Valid/g)).toHaveLength(1);
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Title (Changed) >>\nendobj\n')]);
    expect(checkPdfSignatures(appended).map((s) => [s.valid, s.addedAfter])).toEqual([
      [false, 'changes'],
      [false, 'changes'],
    ]);
  });

  it('is signed off once, by the approver the vendor report names', async () => {
    expect((await t.call('reports.signatures', { id: report.id })).signOffRefusal).toMatch(/^Report .* was signed off by .* it is signed off once\.$/);
    const priya = coreOn(openFolderWorkspace(t.dataDir, { account: 'priya' }), { makePrinter: shared });
    try {
      const other = await priya.call('reports.vendor', { vendorId, jobId: 'r2' });
      expect((await priya.call('reports.signatures', { id: other.id })).signOffRefusal).toBe(
        `Report ${other.id} was kept unsigned, so there is no signature to countersign: make the report again (it is signed now), then sign that one off.`,
      );
    } finally {
      await priya.core.close();
    }
    const unapproved = (await t.call('vendors.create', vendorInput({ legalName: 'Unapproved Ltd' }))).id;
    const draft = await t.call('reports.vendor', { vendorId: unapproved, jobId: 'r3' });
    expect((await t.call('reports.signatures', { id: draft.id })).signOffRefusal).toMatch(/^The vendor's assessment was not approved when report .* names no approver/);
  }, 60_000);
});

describe('PostgreSQL refuses a sign-off the core would, as raw SQL', () => {
  let server: PostgresServer;
  const clients: pg.Client[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 240_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await server.stop();
  }, 180_000);

  it('only an approver, in their own name, not the preparer, and for a vendor report the approver it names; never changed', async () => {
    const url = await server.createDatabase('signoff');
    await initWorkspace(url);
    const owner = await server.connect(url);
    for (const [login, role] of [['ana', 'vetter_analyst'], ['ben', 'vetter_approver'], ['cleo', 'vetter_approver']] as const) {
      await owner.query(`CREATE ROLE ${login} LOGIN`);
      await owner.query(`GRANT ${role} TO ${login}`);
    }
    const as = async (login: string) => {
      const u = new URL(url);
      u.username = login;
      const client = new pg.Client({ connectionString: u.toString() });
      clients.push(client);
      await client.connect();
      return client;
    };
    const at = '2026-12-06T00:00:00.000Z';
    const report = (client: pg.Client, id: string, kind: string, by: string, approver: string | null) =>
      client.query(`INSERT INTO reports (id, kind, subject, generated_at, generated_by, model, model_sha256, pdf, pdf_sha256, pdf_bytes, seq)
        VALUES ($1, $2, 'S', $3, $4, $5, 'm', '\\x25', 'p', 1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM reports))`, [id, kind, at, by, JSON.stringify({ signOff: { approver } })]);
    const [ana, ben] = [await as('ana'), await as('ben')];
    await report(ana, 'PR-ANA', 'portfolio', 'ana', null);
    await report(ana, 'VR-CLEO', 'vendor', 'ana', 'cleo');
    await report(ben, 'PR-BEN', 'portfolio', 'ben', null);
    const benUrl = new URL(url);
    benUrl.username = 'ben';
    const benStore = await openPostgresStore(benUrl.toString());
    try {
      await benStore.transaction((tx) => recordCertificate(tx, { ...createIdentity('ben', 'Ben Approver'), fingerprint: 'ben-fp' }, at));
    } finally {
      await benStore.close();
    }
    await owner.query("INSERT INTO signing_certificates VALUES ('ana-fp', 'ana', 'Ana', 'pem', 1, $1)", [at]);
    const signOff = (client: pg.Client, id: string, by: string, fp = 'ben-fp') =>
      attempt(client, "INSERT INTO report_signoffs VALUES ($1, $2, $3, $4, '\\x25', 'h', 1)", [id, by, at, fp]);
    expect(await signOff(ana, 'PR-BEN', 'ana', 'ana-fp')).toBe('denied');
    expect(await signOff(ben, 'PR-ANA', 'cleo')).toBe("refused: A report is signed off in the approver's own name (ben)");
    expect(await signOff(ben, 'PR-BEN', 'ben')).toBe('refused: Four eyes: ben prepared this report, so someone else must sign it off');
    expect(await signOff(ben, 'VR-CLEO', 'ben')).toBe('refused: A vendor report is signed off by the approver it names, not ben');
    expect(await signOff(ben, 'PR-ANA', 'ben')).toBe('ok');
    expect(await attempt(ben, "UPDATE report_signoffs SET signed_at = 'x'")).toBe('denied');
    expect(await attempt(ben, 'DELETE FROM report_signoffs')).toBe('denied');
    expect(await attempt(owner, "UPDATE report_signoffs SET signed_at = 'x'")).toBe('refused: Report sign-offs cannot be changed');
    expect(await attempt(owner, 'DELETE FROM report_signoffs')).toBe('refused: Report sign-offs cannot be deleted');
    await owner.end();
  }, 120_000);
});

