// Signs a PDF as PDF readers expect (adbe.pkcs7.detached): @signpdf/placeholder-plain adds an invisible signature
// field to the printer's PDF, @signpdf/signpdf fills its byte range and places the CMS that node-forge builds: the
// signer's certificate (and its issuers'), the content type, the signing time and the document's SHA-256, signed with
// the identity's key. Forge does the digest and the structure; the RSA operation is Node's (native).
import { constants, privateEncrypt } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_SIGNATURE_LENGTH, Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningIdentity } from './identity';

/** Signs `pdf` as `identity`, stating why; the signing time is `at`. */
export async function signPdf(pdf: Buffer, identity: SigningIdentity, reason: string, at: Date = new Date()): Promise<Buffer> {
  const chainBytes = identity.chain.reduce((n, c) => n + forge.asn1.toDer(forge.pki.certificateToAsn1(c)).length(), 0);
  const placed = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason,
    contactInfo: identity.login,
    name: identity.name,
    location: 'Vetter',
    signingTime: at,
    // Room for the certificates and the signature (a company chain may be long).
    signatureLength: Math.max(DEFAULT_SIGNATURE_LENGTH, chainBytes + 4096),
    appName: 'Vetter',
  });
  return new SignPdf().sign(placed, new IdentitySigner(identity), at);
}

class IdentitySigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(content.toString('binary'));
    for (const cert of this.identity.chain) p7.addCertificate(cert);
    p7.addSigner({
      key: nativeKey(this.identity),
      certificate: this.identity.chain[0]!,
      digestAlgorithm: forge.pki.oids.sha256!,
      // In this order: EU validators check it.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as never },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/**
 * What forge calls to sign the attributes' digest (RSASSA-PKCS1-v1_5), done by Node: the DigestInfo of that SHA-256
 * (RFC 8017 9.2), padded and raised with the private key.
 */
function nativeKey(identity: SigningIdentity): forge.pki.rsa.PrivateKey {
  const sign = (md: forge.md.MessageDigest) => {
    const digestInfo = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SEQUENCE, true, [
      forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SEQUENCE, true, [
        forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OID, false, forge.asn1.oidToDer(forge.pki.oids.sha256!).getBytes()),
        forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.NULL, false, ''),
      ]),
      forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, false, md.digest().getBytes()),
    ]);
    const der = Buffer.from(forge.asn1.toDer(digestInfo).getBytes(), 'binary');
    return privateEncrypt({ key: identity.key, padding: constants.RSA_PKCS1_PADDING }, der).toString('binary');
  };
  return { sign } as unknown as forge.pki.rsa.PrivateKey;
}
