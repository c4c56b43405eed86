// Signed reports end to end, on real PDFs from the report printer (system Chromium), checked with poppler's pdfsig and
// pdftotext and with Vetter's own verify: a report signed through the core with a company certificate (a test CA's,
// made with openssl), the workspace's record of its certificate, a one-byte change, a passphrase that does not open the
// key (nothing kept); then the CLI as automation runs it, with VETTER_KEY_PASSPHRASE: an identity made on first
// signing, `report verify --cert` with no workspace, the right, the issuing and a wrong certificate, and no passphrase
// at all.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../electron/core/contract';
import { type KeyUnlocker, SigningKeys } from '../../electron/core/signing/keys';
import { signPdf } from '../../electron/core/signing/sign';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { tempDir, testCore, type FolderTestCore, vendorInput } from '../helpers';
import { warmPrinter } from '../printer';
import { makeTestCa, oneByteChanged, pdfsig, type TestCa } from '../signing';

let ca: TestCa;
const shared = warmPrinter();
const unlocker = (passphrase: string): KeyUnlocker => ({ passphrase: async () => passphrase });

beforeAll(async () => {
  ca = makeTestCa();
  await buildIfStale();
}, 300_000);

const pdfText = (pdf: Buffer) => {
  const file = path.join(tempDir(), 'r.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
};

describe('a report signed with a company certificate, through the core', () => {
  let t: FolderTestCore;
  let report: ReportSummary;
  let pdf: Buffer;
  let vendorId: string;

  beforeAll(async () => {
    const dataDir = tempDir();
    // Grace's company .p12, imported on this machine before the app opens.
    await new SigningKeys(dataDir, unlocker(ca.passphrase)).import('tester', fs.readFileSync(ca.userP12), 'user.p12');
    t = testCore(dataDir, { makePrinter: shared, signing: { keysFolder: dataDir, unlocker: unlocker(ca.passphrase) } });
    vendorId = (await t.call('vendors.create', vendorInput())).id;
    report = await t.call('reports.vendor', { vendorId, jobId: 'r1' });
    pdf = Buffer.from((await t.call('reports.export', { id: report.id, format: 'pdf' })).base64, 'base64');
  }, 60_000);
  afterAll(() => t.core.close());

  it('is signed by its preparer: pdfsig finds it valid over the whole document, and the text is the report', async () => {
    expect(report.signedBy).toMatchObject({ name: 'Grace Hopper', login: 'tester', selfSigned: false });
    const said = pdfsig(pdf);
    expect(said).toContain('Signature is Valid');
    expect(said).toContain('Signer Certificate Common Name: Grace Hopper');
    expect(said).toContain('Total document signed');
    expect(said).toMatch(/Signature Type: adbe\.pkcs7\.detached/);
    expect(pdfText(pdf)).toContain(report.id);
    // The sign-off names the signature too, with its certificate: the company's here.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Digital signature Grace Hopper (tester), with a certificate issued to them, SHA-256 ');
    expect(text.replace(/ /g, '')).toContain(report.signedBy!.fingerprint);
    const { reports } = await t.call('reports.list', { vendorId });
    expect(reports[0]?.signedBy?.fingerprint).toBe(report.signedBy?.fingerprint);
    // The certificate is in the workspace, public part only, once.
    const rows = t.db.prepare('SELECT login, name, self_signed, certificate_pem FROM signing_certificates').all() as { certificate_pem: string }[];
    expect(rows).toMatchObject([{ login: 'tester', name: 'Grace Hopper', self_signed: 0 }]);
    expect(rows[0]?.certificate_pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(JSON.stringify(rows)).not.toMatch(/PRIVATE KEY/);
  });

  it('verifies by its record and its signature, the certificate one the workspace knows; a one-byte change fails both', async () => {
    const file = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(file, pdf);
    const verified = await t.call('reports.verify', { file: t.pick(file) });
    expect(verified.verified).toBe(true);
    expect(verified.signatures).toMatchObject([{ valid: true, signer: 'Grace Hopper', knownAs: 'tester', unchanged: true, wholeFile: true }]);

    const changed = oneByteChanged(pdf, Math.floor(pdf.length / 2));
    fs.writeFileSync(file, changed);
    expect(pdfsig(changed)).not.toContain('Signature is Valid');
    const after = await t.call('reports.verify', { file: t.pick(file) });
    expect(after.verified).toBe(false);
    expect(after.signatures.every((s) => !s.valid)).toBe(true);
  });

  it('signs a kept report in a tenth of a second or so (the bench measures it)', async () => {
    const identity = await new SigningKeys(t.dataDir, unlocker(ca.passphrase)).unlock('tester', 'x');
    const printed = await shared().print('<!doctype html><p>warm-up</p>');
    await signPdf(printed, identity, 'warm-up');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await signPdf(pdf, identity, 'Prepared');
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    // The median; generous here (a shared machine), the bench reports it.
    expect(times[2]).toBeLessThan(250);
  });

  it('keeps nothing when the passphrase does not open the key', async () => {
    const before = t.db.prepare('SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM audit_events) AS events').get();
    const wrong = testCore(t.dataDir, { makePrinter: shared, signing: { keysFolder: t.dataDir, unlocker: unlocker('not the passphrase') } });
    try {
      const refused = await wrong.invoke('reports.vendor', { vendorId, jobId: 'r2' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!refused.ok && refused.error.message).toMatch(/^The passphrase does not open The signing key at .*tester\.p12\. Give the passphrase it was protected with; nothing was changed\.$/);
    } finally {
      await wrong.core.close();
    }
    expect(t.db.prepare('SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM audit_events) AS events').get()).toEqual(before);
  });

  it('is kept unsigned, and says so, where the host can unlock no key', async () => {
    const unsigned = testCore(tempDir(), { makePrinter: shared });
    try {
      const id = (await unsigned.call('vendors.create', vendorInput())).id;
      const made = await unsigned.call('reports.vendor', { vendorId: id, jobId: 'r3' });
      expect(made.signedBy).toBeNull();
      const bytes = Buffer.from((await unsigned.call('reports.export', { id: made.id, format: 'pdf' })).base64, 'base64');
      expect(pdfsig(bytes)).toMatch(/does not contain any signatures/);
    } finally {
      await unsigned.core.close();
    }
  });
});

describe('the CLI', () => {
  function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
    const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, VETTER_KEY_PASSPHRASE: undefined, ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const pass = { VETTER_KEY_PASSPHRASE: 'my own passphrase' };

  it('signs a vendor report with an identity made on first signing; report verify --cert needs no workspace', () => {
    const data = tempDir();
    const dir = tempDir();
    expect(cli(['vendors', 'import', writeVendors(dir), '--data-dir', data]).code).toBe(0);
    const pdfFile = path.join(dir, 'example.pdf');

    // No passphrase and no terminal: refused, saying how, and nothing kept.
    const refused = cli(['report', 'vendor', '--name', 'Example Cloud Ltd', '--out', pdfFile, '--data-dir', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Set VETTER_KEY_PASSPHRASE, or run the command at a terminal to be asked for it\. Nothing was changed\./);
    expect(fs.existsSync(pdfFile)).toBe(false);
    expect(fs.existsSync(path.join(data, 'signing'))).toBe(false);

    const made = cli(['report', 'vendor', '--name', 'Example Cloud Ltd', '--out', pdfFile, '--data-dir', data], pass);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/^Made a signing identity for \S+: a self-signed certificate .* its key kept at .*signing.*\.p12, encrypted with your passphrase/m);
    const pdf = fs.readFileSync(pdfFile);
    expect(pdfsig(pdf)).toContain('Signature is Valid');
    expect(pdfsig(pdf)).toContain('Total document signed');
    // A certificate Vetter made is marked so in the report itself.
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toMatch(/Digital signature .+, with a self-signed certificate Vetter made for them \(not issued by your company\)/);

    const cert = path.join(dir, 'me.pem');
    expect(cli(['signing', 'certificate', '--out', cert, '--data-dir', data]).code).toBe(0);
    // Without any workspace: not even VETTER_WORKSPACE's.
    const noWorkspace = { VETTER_WORKSPACE: path.join(dir, 'no-such-folder') };
    const checked = cli(['report', 'verify', pdfFile, '--cert', cert], noWorkspace);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^Signed by .+ \(self-signed certificate\) on \d{4}-\d\d-\d\dT.*; the document has not changed since\.$/m);
    expect(fs.existsSync(noWorkspace.VETTER_WORKSPACE)).toBe(false);

    const json = cli(['report', 'verify', pdfFile, '--cert', cert, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, signatures: [{ valid: true, selfSigned: true, changed: false, certificate: 'given' }] });

    const stranger = cli(['report', 'verify', pdfFile, '--cert', ca.strangerPem]);
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toMatch(/Not valid: .* it was signed with another certificate than stranger\.pem\./);

    const tampered = path.join(dir, 'tampered.pdf');
    fs.writeFileSync(tampered, oneByteChanged(pdf, 2000));
    const changed = cli(['report', 'verify', tampered, '--cert', cert, '--format', 'json']);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout)).toMatchObject({ valid: false, signatures: [{ valid: false, changed: true }] });
    expect(pdfsig(tampered)).not.toContain('Signature is Valid');

    // With the workspace: the record and the signature, and whose certificate it is.
    const byWorkspace = cli(['report', 'verify', pdfFile, '--data-dir', data]);
    expect(byWorkspace.code, byWorkspace.stderr).toBe(0);
    expect(byWorkspace.stderr).toMatch(/Its certificate is \S+'s, as this workspace records\./);
  }, 60_000);

  it('imports a company .p12: a portfolio report then verifies against the company CA; a broken .p12 changes nothing', () => {
    const data = tempDir();
    const dir = tempDir();
    expect(cli(['vendors', 'import', writeVendors(dir), '--data-dir', data]).code).toBe(0);
    const broken = path.join(dir, 'broken.p12');
    fs.writeFileSync(broken, fs.readFileSync(ca.userP12).subarray(0, 200));
    const refused = cli(['signing', 'import', broken, '--data-dir', data], { VETTER_KEY_PASSPHRASE: ca.passphrase });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/broken\.p12 .*nothing was changed/);
    const wrong = cli(['signing', 'import', ca.userP12, '--data-dir', data], pass);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^The passphrase does not open user\.p12\./);
    expect(fs.existsSync(path.join(data, 'signing'))).toBe(false);

    const imported = cli(['signing', 'import', ca.userP12, '--data-dir', data], { VETTER_KEY_PASSPHRASE: ca.passphrase });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/now signs as "Grace Hopper", certificate SHA-256 [0-9a-f]{64}/);
    const pdfFile = path.join(dir, 'portfolio.pdf');
    const made = cli(['report', 'portfolio', '--out', pdfFile, '--data-dir', data], { VETTER_KEY_PASSPHRASE: ca.passphrase });
    expect(made.code, made.stderr).toBe(0);
    expect(pdfsig(pdfFile)).toContain('Signer Certificate Common Name: Grace Hopper');
    const checked = cli(['report', 'verify', pdfFile, '--cert', ca.caPem]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^Signed by Grace Hopper on .*; the document has not changed since\.\n {2}The signer's certificate was issued by ca\.pem\.$/m);
  }, 60_000);
});

function writeVendors(dir: string): string {
  const file = path.join(dir, 'vendors.csv');
  fs.writeFileSync(file, 'name,country,services,criticality\nExample Cloud Ltd,GB,SaaS,medium\nSecond Vendor GmbH,DE,IaaS/PaaS,high\n');
  return file;
}
