// Signing identities and PDF signatures on a real PDF from the report printer (system Chromium): a self-signed
// identity Vetter makes, a company .p12 made by openssl, what pdfsig and Vetter's own check say before and after a
// one-byte change, and the refusals (wrong passphrase, broken .p12, another certificate) that change nothing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/chromium-printer';
import { createIdentity, openP12, p12Of, SELF_SIGNED_UNIT } from '../../electron/core/signing/identity';
import { type KeyUnlocker, SigningKeys } from '../../electron/core/signing/keys';
import { signPdf } from '../../electron/core/signing/sign';
import { checkPdfSignatures, readCertificate } from '../../electron/core/signing/verify';
import { makeTestCa, oneByteChanged, pdfsig, type TestCa } from '../signing';
import { tempDir } from '../helpers';

let pdf: Buffer;
let ca: TestCa;

beforeAll(async () => {
  const printer = createChromiumPrinter();
  try {
    pdf = await printer.print('<!doctype html><html><body><h1>Vendor report VR-TEST</h1><p>阿里云 and the rest.</p></body></html>');
  } finally {
    await printer.close();
  }
  ca = makeTestCa();
}, 60_000);

const unlocker = (passphrase: string, seen: string[] = []): KeyUnlocker => ({
  passphrase: async ({ creating }) => {
    seen.push(creating ? 'create' : 'open');
    return passphrase;
  },
  created: (identity, file) => seen.push(`created ${identity.name} at ${file}`),
});

describe('a self-signed identity Vetter makes', () => {
  const identity = createIdentity('ada', 'Ada Lovelace');

  it('names the user, carries the login and says it is self-signed', () => {
    const cert = readCertificate(Buffer.from(identity.certificatePem), 'cert');
    expect(cert.subject).toContain('CN=Ada Lovelace');
    expect(cert.subject).toContain(`OU=${SELF_SIGNED_UNIT}`);
    expect(cert.subject).toContain('UID=ada');
    expect(identity.selfSigned).toBe(true);
    expect(identity.fingerprint).toBe(cert.fingerprint256.replace(/:/g, '').toLowerCase());
  });

  it('signs a PDF that pdfsig and Vetter find valid, and invalid once one byte changed', async () => {
    const started = performance.now();
    const signed = await signPdf(pdf, identity, 'Prepared by Ada Lovelace');
    const took = performance.now() - started;
    expect(took).toBeLessThan(1000); // the bench measures it; here only a gross regression fails
    const report = pdfsig(signed);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Signer Certificate Common Name: Ada Lovelace');
    expect(report).toContain('Total document signed');
    const [check, ...others] = checkPdfSignatures(signed);
    expect(others).toEqual([]);
    expect(check).toMatchObject({ valid: true, signer: 'Ada Lovelace', selfSigned: true, wholeFile: true, unchanged: true, fingerprint: identity.fingerprint });
    expect(check?.message).toMatch(/^Signed by Ada Lovelace \(self-signed certificate\) on \d{4}-/);

    // A byte of the page content, outside the signature.
    const changed = oneByteChanged(signed, Math.floor(signed.length / 3));
    expect(pdfsig(changed)).not.toContain('Signature is Valid');
    const [after] = checkPdfSignatures(changed);
    expect(after).toMatchObject({ valid: false, unchanged: false });
    expect(after?.message).toContain('the document was changed after it was signed');
  });

  it('a byte changed anywhere is caught: in the signature, its byte range, or appended at the end', async () => {
    const signed = await signPdf(pdf, identity, 'Prepared');
    const contents = signed.indexOf('/Contents <') + '/Contents <'.length + 200;
    const range = signed.indexOf('/ByteRange [') + '/ByteRange ['.length + 3;
    for (const changed of [oneByteChanged(signed, contents), oneByteChanged(signed, range), oneByteChanged(signed, 10), Buffer.concat([signed, Buffer.from('\n')])]) {
      const checks = checkPdfSignatures(changed);
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.every((c) => !c.valid)).toBe(true);
    }
  });

  it('round-trips through a .p12 only with its passphrase', () => {
    const p12 = p12Of(identity, 'right passphrase');
    expect(openP12(p12, 'right passphrase', 'ada', 'the file').fingerprint).toBe(identity.fingerprint);
    expect(() => openP12(p12, 'wrong', 'ada', 'the file')).toThrow('The passphrase does not open the file. Give the passphrase it was protected with; nothing was changed.');
    expect(() => openP12(Buffer.from('not a p12 at all'), 'x', 'ada', 'junk.p12')).toThrow(/^junk\.p12 is not a readable PKCS#12 \(\.p12\) file/);
    expect(() => openP12(p12.subarray(0, p12.length - 40), 'right passphrase', 'ada', 'cut.p12')).toThrow(/cut\.p12|passphrase/);
  });
});

describe('the identities kept on this machine', () => {
  it('are made on first use, encrypted with the passphrase, and reopened with it only', async () => {
    const folder = tempDir();
    const seen: string[] = [];
    const keys = new SigningKeys(folder, unlocker('first passphrase', seen));
    const made = await keys.unlock('ada', 'Ada Lovelace');
    const file = keys.file('ada');
    expect(seen).toEqual(['create', `created Ada Lovelace at ${file}`]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file).includes(Buffer.from('PRIVATE KEY'))).toBe(false);
    expect(keys.certificatePem('ada')).toBe(made.certificatePem);
    // Once unlocked, the session does not ask again.
    await keys.unlock('ada', 'Ada Lovelace');
    expect(seen).toHaveLength(2);

    const before = fs.readFileSync(file);
    await expect(new SigningKeys(folder, unlocker('wrong passphrase')).unlock('ada', 'Ada Lovelace')).rejects.toThrow(
      `The passphrase does not open The signing key at ${file}`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await expect(new SigningKeys(folder, unlocker('')).unlock('bob', 'Bob')).rejects.toThrow('The signing key needs a passphrase');
    expect(fs.existsSync(keys.file('bob'))).toBe(false);
    expect((await new SigningKeys(folder, unlocker('first passphrase')).unlock('ada', 'x')).fingerprint).toBe(made.fingerprint);
  });

  it('take a company .p12 (openssl): signed reports then name its holder, issued by the company CA', async () => {
    const folder = tempDir();
    const keys = new SigningKeys(folder, unlocker(ca.passphrase));
    const imported = await keys.import('grace', fs.readFileSync(ca.userP12), 'user.p12');
    expect(imported).toMatchObject({ name: 'Grace Hopper', selfSigned: false });
    expect(imported.chain).toHaveLength(2);
    const signed = await signPdf(pdf, await keys.unlock('grace', 'ignored'), 'Prepared');
    const report = pdfsig(signed);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Signer Certificate Common Name: Grace Hopper');
    expect(report).toContain('Total document signed');

    const trust = (file: string) => ({ certificate: readCertificate(fs.readFileSync(file), file), source: path.basename(file) });
    expect(checkPdfSignatures(signed, trust(ca.userPem))[0]).toMatchObject({ valid: true, certificate: 'given', selfSigned: false });
    expect(checkPdfSignatures(signed, trust(ca.caPem))[0]).toMatchObject({ valid: true, certificate: 'issued by given' });
    const stranger = checkPdfSignatures(signed, trust(ca.strangerPem))[0];
    expect(stranger).toMatchObject({ valid: false, certificate: 'other', unchanged: true });
    expect(stranger?.message).toContain('it was signed with another certificate than stranger.pem');
  });

  it('refuse a .p12 with a wrong passphrase or broken bytes, keeping what was there', async () => {
    const folder = tempDir();
    const keys = new SigningKeys(folder, unlocker('mine'));
    const mine = await keys.unlock('grace', 'Grace');
    const before = fs.readFileSync(keys.file('grace'));
    await expect(keys.import('grace', fs.readFileSync(ca.userP12), 'user.p12')).rejects.toThrow('The passphrase does not open user.p12');
    const broken = Buffer.from(fs.readFileSync(ca.userP12).subarray(0, 300));
    await expect(new SigningKeys(folder, unlocker(ca.passphrase)).import('grace', broken, 'broken.p12')).rejects.toThrow(/broken\.p12/);
    expect(fs.readFileSync(keys.file('grace')).equals(before)).toBe(true);
    expect((await new SigningKeys(folder, unlocker('mine')).unlock('grace', 'Grace')).fingerprint).toBe(mine.fingerprint);
  });
});
