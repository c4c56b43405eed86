// A signing identity: a user's X.509 certificate and private key, kept as a PKCS#12 (.p12) under a passphrase. Either
// a company-issued .p12 (imported) or one Vetter makes: self-signed, RSA 2048 (node-forge; forge's PKCS#7 and the
// PDF signers built on it sign with RSA keys only), named after the user, with "self-signed by Vetter" in its subject.
import { createHash, createPrivateKey, type KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { VetterError } from '../errors';

export interface SigningIdentity {
  /** The workspace login the identity signs for. */
  login: string;
  /** The certificate's common name: the name readers see ("Signed by …"). */
  name: string;
  certificatePem: string;
  /** SHA-256 of the certificate's DER, lowercase hex: how the workspace and `--cert` recognise it. */
  fingerprint: string;
  selfSigned: boolean;
  /** The signer's certificate first, then any issuing certificates the .p12 carried. */
  chain: forge.pki.Certificate[];
  /** Node's key object: its RSA is native (forge's takes about 100 ms a signature). */
  key: KeyObject;
}

/** The mark in a certificate Vetter made, so that its subject says it is self-signed. */
export const SELF_SIGNED_UNIT = 'Self-signed by Vetter';
/** userID (RFC 4519): the subject attribute that carries the login. */
const UID = '0.9.2342.19200300.100.1.1';
const YEARS_VALID = 5;
/** PBKDF2 iterations for a .p12 Vetter writes: OpenSSL's default. Opening one runs forge's pure-JavaScript MAC over it. */
const P12_ITERATIONS = 2048;

export function fingerprintOf(certificate: forge.pki.Certificate): string {
  return createHash('sha256').update(derOf(certificate)).digest('hex');
}

function derOf(certificate: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
}

/**
 * Whether the certificate is its own issuer, signed by its own key. (Not X509Certificate.checkIssued: OpenSSL's check
 * also wants the issuer allowed to sign certificates, which a user's own certificate is not.)
 */
export function isSelfSigned(certificate: X509Certificate): boolean {
  return certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey);
}

/** A new self-signed identity for `login`, shown as `name`. */
export function createIdentity(login: string, name: string): SigningIdentity {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  // A positive 128-bit serial: its first bit clear.
  cert.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + YEARS_VALID * 365.25 * 86_400_000);
  const subject = [
    { name: 'commonName', value: name },
    { name: 'organizationalUnitName', value: SELF_SIGNED_UNIT },
    { type: UID, value: login, valueTagClass: forge.asn1.Type.UTF8 as never },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return identityOf(login, keys.privateKey, [cert]);
}

/** The identity as a .p12 under `passphrase`: the key encrypted with AES-256 (PBES2), a MAC over the whole. */
export function p12Of(identity: SigningIdentity, passphrase: string): Buffer {
  const key = forge.pki.privateKeyFromPem(identity.key.export({ type: 'pkcs8', format: 'pem' }).toString());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, identity.chain, passphrase, { algorithm: 'aes256', count: P12_ITERATIONS, saltSize: 16 });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/**
 * Opens a .p12 with its passphrase: the private key and the certificate that goes with it. `source` names the file in
 * the messages. A wrong passphrase, a damaged file or a key Vetter cannot sign with is a VetterError saying which.
 */
export function openP12(p12: Buffer, passphrase: string, login: string, source: string): SigningIdentity {
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/invalid password|mac could not be verified|decrypt/i.test(message)) {
      throw new VetterError('forbidden', `The passphrase does not open ${source}. Give the passphrase it was protected with; nothing was changed.`);
    }
    throw new VetterError('bad_file', `${source} is not a readable PKCS#12 (.p12) file (${message}). Export the certificate and its key again as .p12; nothing was changed.`);
  }
  const keys = [...bags(pfx, forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(pfx, forge.pki.oids.keyBag!)];
  const certs = bags(pfx, forge.pki.oids.certBag!)
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  if (keys.length === 0 || certs.length === 0) {
    // forge leaves out what it cannot read: an EC key, or a certificate of one.
    throw new VetterError('bad_file', `${source} holds no RSA private key with its certificate. Vetter signs with RSA keys: ask for an RSA certificate; nothing was changed.`);
  }
  if (keys.length > 1) throw new VetterError('bad_file', `${source} holds ${keys.length} private keys: export the one you sign with alone; nothing was changed.`);
  const key = keys[0]!.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new VetterError('bad_file', `${source} holds a private key Vetter cannot sign with (only RSA keys). Ask for an RSA certificate; nothing was changed.`);
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!own) throw new VetterError('bad_file', `${source} holds no certificate for its private key; nothing was changed.`);
  return identityOf(login, key, [own, ...certs.filter((c) => c !== own)]);
}

function bags(pfx: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType })[bagType] ?? [];
}

function identityOf(login: string, key: forge.pki.rsa.PrivateKey, chain: forge.pki.Certificate[]): SigningIdentity {
  const own = chain[0]!;
  return {
    login,
    name: String(own.subject.getField('CN')?.value ?? login),
    certificatePem: forge.pki.certificateToPem(own),
    fingerprint: fingerprintOf(own),
    selfSigned: isSelfSigned(new X509Certificate(derOf(own))),
    chain,
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
  };
}
