// Real certificates for the signing tests, made with openssl as a company's authority would: a test CA, a user's
// certificate it issued (RSA 2048) packed with its key as a .p12 under a passphrase (OpenSSL 3's defaults: AES-256,
// PBKDF2, a SHA-256 MAC), and a stranger's self-signed certificate. Plus what pdfsig says of a file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers';

export interface TestCa {
  dir: string;
  caPem: string;
  userPem: string;
  userP12: string;
  strangerPem: string;
  passphrase: string;
}

export function makeTestCa(userName = 'Grace Hopper', passphrase = 'company-issued pass'): TestCa {
  const dir = tempDir('vetter-ca-');
  const at = (f: string) => path.join(dir, f);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/O=Example Corp/CN=Example Corp Signing CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'user.key', '-out', 'user.csr', '-subj', `/O=Example Corp/CN=${userName}`);
  fs.writeFileSync(at('user.ext'), 'keyUsage=critical,digitalSignature,nonRepudiation\nbasicConstraints=CA:FALSE\n');
  openssl('x509', '-req', '-in', 'user.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'user.pem', '-days', '30', '-extfile', 'user.ext');
  openssl('pkcs12', '-export', '-inkey', 'user.key', '-in', 'user.pem', '-certfile', 'ca.pem', '-out', 'user.p12', '-passout', `pass:${passphrase}`);
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'stranger.key', '-out', 'stranger.pem', '-days', '30', '-subj', '/CN=Someone Else');
  return { dir, caPem: at('ca.pem'), userPem: at('user.pem'), userP12: at('user.p12'), strangerPem: at('stranger.pem'), passphrase };
}

/** pdfsig's report of a file (it exits non-zero for a file with a broken signature, so its status is not the verdict). */
export function pdfsig(pdf: Buffer | string): string {
  let file = pdf;
  if (typeof file !== 'string') {
    file = path.join(tempDir(), 'checked.pdf');
    fs.writeFileSync(file, pdf);
  }
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

/** The file with one byte changed at `at` (a character that stays printable, so the PDF still reads). */
export function oneByteChanged(pdf: Buffer, at: number): Buffer {
  const changed = Buffer.from(pdf);
  changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
  return changed;
}
