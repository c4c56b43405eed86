// Checks a PDF's signatures from the file alone, as a PDF reader does: each signature's byte range covers its revision
// (the file as it was when signed) but the signature itself, the SHA-256 of those bytes is the one signed, and the
// signature over the signed attributes verifies with the certificate it carries. A countersigned report is its
// preparer's signed revision with the approver's signature appended as an incremental update (revisions.ts): what
// follows a signed revision may only add later signatures; anything else appended, before or after the last
// signature, is a change. Optionally the signer must be a given certificate, or one it
// issued. The CMS is read with node-forge's ASN.1 parser; the certificates and the signature check are Node's
// (X509Certificate, crypto.verify), so RSA and EC signers alike are read. Used by the core (reports.verify) and the
// CLI's `report verify --cert`, which needs no workspace.
import { createHash, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { VetterError } from '../errors';
import { isSelfSigned } from './identity';
import type { PdfSignature } from './model';
import { onlyAddsSignatures } from './revisions';

/** Beyond the signature: whether the signer is the certificate an auditor was given, or was issued by it. */
export type TrustCheck = { certificate: X509Certificate; source: string };

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const HASHES: Record<string, string> = { sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

/** Every signature the file carries, in file order. None: the file is not signed (or its signature cannot be found). */
export function checkPdfSignatures(pdf: Buffer, trust?: TrustCheck): PdfSignature[] {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)].map((m) => m.slice(1, 5).map(Number) as ByteRange);
  // Where each signed revision ends, in order: the next signature's revision may only add that signature.
  const ends = [...new Set(ranges.map(([, , start, length]) => start + length))].sort((a, b) => a - b);
  const found = ranges.map((range) => check(pdf, range, addedAfter(pdf, range[2] + range[3], ends), trust));
  // A signature dictionary whose byte range no longer reads (a byte of it changed) is still a signature, broken.
  if (found.length === 0 && /\/adbe\.pkcs7\.detached|\/ETSI\.CAdES\.detached/.test(text)) {
    return [broken('The file has a signature whose byte range cannot be read: the file was changed after it was signed.')];
  }
  return found;
}

/** A PEM (or DER) certificate file, or a message saying it is not one. */
export function readCertificate(bytes: Buffer, source: string): X509Certificate {
  try {
    return new X509Certificate(bytes);
  } catch {
    throw new VetterError('bad_file', `${source} is not an X.509 certificate (PEM or DER). Give the signer's certificate, or the certificate of the authority that issued it.`);
  }
}

type ByteRange = [number, number, number, number];

/**
 * What the file holds after the revision ending at `end`: nothing, only incremental updates that each add a later
 * signature (up to the last signed revision, which must end the file), or changes.
 */
function addedAfter(pdf: Buffer, end: number, ends: readonly number[]): PdfSignature['addedAfter'] {
  if (end === pdf.length) return 'nothing';
  const later = ends.filter((e) => e > end && e <= pdf.length);
  if (later.at(-1) !== pdf.length) return 'changes';
  let from = end;
  for (const to of later) {
    if (!onlyAddsSignatures(pdf, from, to)) return 'changes';
    from = to;
  }
  return 'signatures';
}

function check(pdf: Buffer, [start, firstLength, secondStart, secondLength]: ByteRange, added: PdfSignature['addedAfter'], trust?: TrustCheck): PdfSignature {
  const gap = pdf.subarray(start + firstLength, secondStart).toString('latin1');
  if (start !== 0 || secondStart < firstLength || !/^<[0-9A-Fa-f]*>$/.test(gap) || secondStart + secondLength > pdf.length) {
    return broken('The signature’s byte range does not frame its signature: the file was changed after it was signed.');
  }
  let cms: SignedCms;
  try {
    cms = readCms(Buffer.from(gap.slice(1, -1), 'hex'));
  } catch (err) {
    return broken(`The signature cannot be read (${err instanceof Error ? err.message : String(err)}): the file was changed after it was signed, or it was never signed properly.`);
  }
  const { signer } = cms;
  const subject = signer.subject.replace(/\n/g, ', ');
  const name = /^CN=(.*)$/m.exec(signer.subject)?.[1] ?? subject;
  const selfSigned = isSelfSigned(signer);
  const signed = Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(secondStart, secondStart + secondLength)]);
  const wholeFile = secondStart + secondLength === pdf.length;
  const unchanged = cms.messageDigest !== null && createHash(cms.hash).update(signed).digest().equals(cms.messageDigest);
  let signatureVerifies = false;
  try {
    signatureVerifies = verify(cms.hash, cms.signedAttributes, signer.publicKey, cms.signature);
  } catch {
    // An algorithm Node does not know is a signature it cannot confirm.
  }
  const certificate = trust ? trustOf(signer, trust) : 'not checked';
  const problems = [
    added === 'changes' && `the file has ${plural(pdf.length - secondStart - secondLength, 'byte')} added after the signed part that do more than add a later signature`,
    !unchanged && 'the document was changed after it was signed (its SHA-256 is not the one signed)',
    !signatureVerifies && 'the signature does not verify with the certificate it carries',
    certificate === 'other' && `it was signed with another certificate than ${trust?.source}`,
  ].filter((p): p is string => typeof p === 'string');
  const valid = problems.length === 0;
  const who = `${name}${selfSigned ? ' (self-signed certificate)' : ''}`;
  const when = cms.signedAt ? ` on ${cms.signedAt}` : '';
  return {
    valid,
    signer: name,
    subject,
    fingerprint: signer.fingerprint256.replace(/:/g, '').toLowerCase(),
    selfSigned,
    signedAt: cms.signedAt,
    wholeFile,
    addedAfter: added,
    unchanged,
    signatureVerifies,
    certificate,
    knownAs: null,
    certificatePem: signer.toString(),
    message: valid ? `Signed by ${who}${when}; the document has not changed since${added === 'signatures' ? ' (later signatures were added)' : ''}.` : `Not valid: signed by ${who}${when}, but ${problems.join('; ')}.`,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function trustOf(signer: X509Certificate, trust: TrustCheck): PdfSignature['certificate'] {
  if (signer.fingerprint256 === trust.certificate.fingerprint256) return 'given';
  return signer.checkIssued(trust.certificate) && signer.verify(trust.certificate.publicKey) ? 'issued by given' : 'other';
}

function broken(message: string): PdfSignature {
  return {
    valid: false,
    signer: null,
    subject: null,
    fingerprint: null,
    selfSigned: false,
    signedAt: null,
    wholeFile: false,
    addedAfter: 'changes',
    unchanged: false,
    signatureVerifies: false,
    certificate: 'not checked',
    knownAs: null,
    certificatePem: null,
    message: `Not valid: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
  };
}

interface SignedCms {
  signer: X509Certificate;
  hash: string;
  /** The signed attributes as they were signed: DER, as a SET (RFC 5652 5.4). */
  signedAttributes: Buffer;
  messageDigest: Buffer | null;
  signedAt: string | null;
  signature: Buffer;
}

const { Class, Type } = forge.asn1;

/** ContentInfo → SignedData → its certificates and first SignerInfo (RFC 5652 5). */
function readCms(der: Buffer): SignedCms {
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: false } as never);
  // The placeholder's room left over is zeros: anything else there was written after signing.
  if (!der.subarray(forge.asn1.toDer(contentInfo).length()).every((b) => b === 0)) throw new Error('bytes were written after it');
  if (forge.asn1.derToOid(part(contentInfo, 0).value as string) !== forge.pki.oids.signedData) throw new Error('not a PKCS#7 signed-data');
  const signedData = part(part(contentInfo, 1), 0);
  const fields = signedData.value as forge.asn1.Asn1[];
  const certificates = fields.find((f) => f.tagClass === Class.CONTEXT_SPECIFIC && f.type === 0);
  const signerInfos = fields[fields.length - 1]!;
  const signerInfo = part(signerInfos, 0);
  const [, sid, digestAlgorithm, ...rest] = signerInfo.value as forge.asn1.Asn1[];
  const attributes = rest.find((f) => f.tagClass === Class.CONTEXT_SPECIFIC && f.type === 0);
  const signature = rest.find((f) => f.tagClass === Class.UNIVERSAL && f.type === Type.OCTETSTRING);
  if (!sid || !digestAlgorithm || !attributes || !signature) throw new Error('its signer information is incomplete');
  const serial = bytesOf(part(sid, 1)).toString('hex').replace(/^0+/, '').toUpperCase();
  const carried = ((certificates?.value as forge.asn1.Asn1[] | undefined) ?? []).map((c) => new X509Certificate(bytesOf(c, true)));
  const signer = carried.find((c) => c.serialNumber.replace(/^0+/, '').toUpperCase() === serial);
  if (!signer) throw new Error('the signer’s certificate is not in it');
  // Where its issuer travels with it (always, when self-signed), the certificate must be as the issuer signed it.
  const issuer = carried.find((c) => c.subject === signer.issuer);
  if (issuer && !signer.verify(issuer.publicKey)) throw new Error('the signer’s certificate in it was altered');
  const hash = HASHES[forge.pki.oids[forge.asn1.derToOid(part(digestAlgorithm, 0).value as string)] ?? ''];
  if (!hash) throw new Error('its digest algorithm is not one Vetter checks');
  let messageDigest: Buffer | null = null;
  let signedAt: string | null = null;
  for (const attribute of attributes.value as forge.asn1.Asn1[]) {
    const type = forge.asn1.derToOid(part(attribute, 0).value as string);
    const value = part(part(attribute, 1), 0);
    if (type === forge.pki.oids.messageDigest) messageDigest = bytesOf(value);
    if (type === forge.pki.oids.signingTime) {
      const time = value.type === Type.UTCTIME ? forge.asn1.utcTimeToDate(value.value as string) : forge.asn1.generalizedTimeToDate(value.value as string);
      signedAt = time.toISOString();
    }
  }
  const asSet = forge.asn1.create(Class.UNIVERSAL, Type.SET, true, attributes.value as forge.asn1.Asn1[]);
  return { signer, hash, signedAttributes: Buffer.from(forge.asn1.toDer(asSet).getBytes(), 'binary'), messageDigest, signedAt, signature: bytesOf(signature) };
}

function part(node: forge.asn1.Asn1, index: number): forge.asn1.Asn1 {
  const child = Array.isArray(node.value) ? node.value[index] : undefined;
  if (!child) throw new Error('its structure is not PKCS#7');
  return child;
}

/** A primitive's bytes, or (whole) a constructed node's DER. */
function bytesOf(node: forge.asn1.Asn1, whole = false): Buffer {
  return Buffer.from(whole || typeof node.value !== 'string' ? forge.asn1.toDer(node).getBytes() : node.value, 'binary');
}
