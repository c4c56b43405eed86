// Generated reports as immutable records: the PDF, the canonical JSON model it was made from, and the SHA-256 of
// each, written with their audit event in one transaction; and an approver's sign-off of one (report_signoffs): the
// PDF countersigned, kept beside it. A report is served (listed, exported, opened) as its latest signed version.
// Verifying a file is a lookup of its SHA-256: only a byte-for-byte copy of a version this database produced is
// accepted. On the store (db/store.ts).
import { createHash, randomBytes } from 'node:crypto';
import { appendEvents } from '../audit/log';
import { nextSeq, type Sql, type Store } from '../db/store';
import type { ReportSummary } from './model';
import { VetterError } from '../errors';
import { recordCertificate } from '../signing/certificates';
import type { SigningIdentity } from '../signing/identity';
import type { ReportKind, ReportModel } from './model';

export interface Verification {
  verified: boolean;
  sha256: string;
  /** The report the file is, or (when not verified) the report it names but no longer matches. */
  report: ReportSummary | null;
  message: string;
}

interface ReportRow {
  id: string;
  kind: ReportKind;
  vendor_id: string | null;
  subject: string;
  tier: string | null;
  score: number | null;
  generated_at: string;
  generated_by: string;
  model_sha256: string;
  pdf_sha256: string;
  pdf_bytes: number;
  /** The certificate that signed the PDF, and (from signing_certificates) its holder; null when kept unsigned. */
  signer_fingerprint: string | null;
  signer_login: string | null;
  signer_name: string | null;
  signer_self_signed: number | null;
  /** The approver's sign-off, when there is one: who, when, with which certificate, and the countersigned PDF's hash. */
  signoff_login?: string | null;
  signoff_at?: string | null;
  signoff_fingerprint?: string | null;
  signoff_name?: string | null;
  signoff_self_signed?: number | null;
  signoff_sha256?: string | null;
  signoff_bytes?: number | null;
}

const SUMMARY_COLUMNS = 'id, kind, vendor_id, subject, tier, score, generated_at, generated_by, model_sha256, pdf_sha256, pdf_bytes, signer_fingerprint';
/** The summary's columns, the preparer's certificate, and the sign-off with its certificate, from `reports r`. */
const SUMMARY_FROM = `${SUMMARY_COLUMNS.split(', ')
  .map((c) => `r.${c}`)
  .join(', ')}, pc.login AS signer_login, pc.name AS signer_name, pc.self_signed AS signer_self_signed,
  s.signed_by AS signoff_login, s.signed_at AS signoff_at, s.signer_fingerprint AS signoff_fingerprint, sc.name AS signoff_name,
  sc.self_signed AS signoff_self_signed, s.pdf_sha256 AS signoff_sha256, s.pdf_bytes AS signoff_bytes
  FROM reports r LEFT JOIN signing_certificates pc ON pc.fingerprint = r.signer_fingerprint
  LEFT JOIN report_signoffs s ON s.report_id = r.id LEFT JOIN signing_certificates sc ON sc.fingerprint = s.signer_fingerprint`;
/** Crockford base32 without I, L, O, U: report ids are read aloud and typed from paper. */
const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The id as printed in the PDF, for naming the report a changed file claims to be. */
const PRINTED_ID = /\b([VP]R-[0-9A-HJKMNP-TV-Z]{10})\b/;

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** `VR-…` for a vendor report, `PR-…` for a portfolio report, and 10 random base32 characters (50 bits). */
export function newReportId(kind: ReportKind): string {
  const bytes = randomBytes(10);
  let id = '';
  for (const b of bytes) id += ID_ALPHABET[b % 32];
  return `${kind === 'vendor' ? 'VR' : 'PR'}-${id}`;
}

/** JSON with object keys sorted at every level and no spaces: one text per model, so one hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function summary(r: ReportRow): ReportSummary {
  return {
    id: r.id,
    kind: r.kind,
    vendorId: r.vendor_id,
    subject: r.subject,
    tier: r.tier,
    score: r.score,
    generatedAt: r.generated_at,
    generatedBy: r.generated_by,
    pdfSha256: r.signoff_sha256 ?? r.pdf_sha256,
    modelSha256: r.model_sha256,
    pdfBytes: Number(r.signoff_bytes ?? r.pdf_bytes),
    preparedPdfSha256: r.pdf_sha256,
    signedBy:
      r.signer_fingerprint && r.signer_login !== null && r.signer_name !== null
        ? { name: r.signer_name, login: r.signer_login, fingerprint: r.signer_fingerprint, selfSigned: r.signer_self_signed === 1 }
        : null,
    signedOff:
      r.signoff_login && r.signoff_at && r.signoff_fingerprint && r.signoff_name
        ? { name: r.signoff_name, login: r.signoff_login, fingerprint: r.signoff_fingerprint, selfSigned: r.signoff_self_signed === 1, at: r.signoff_at }
        : null,
  };
}

export class ReportStore {
  constructor(private readonly store: Store) {}

  /**
   * Keeps a generated report and records who made it, together or not at all; with the certificate that signed the
   * PDF (recorded in the workspace the first time), or `signer` null when it is kept unsigned.
   */
  async record(model: ReportModel, pdf: Buffer, signer: SigningIdentity | null): Promise<ReportSummary> {
    const json = canonicalJson(model);
    const { meta } = model;
    const vendor = 'vendor' in model ? model : null;
    const row: ReportRow = {
      id: meta.reportId,
      kind: meta.kind,
      vendor_id: vendor?.vendor.id ?? null,
      subject: vendor?.vendor.legalName ?? 'Portfolio',
      tier: vendor?.score.tier ?? null,
      score: vendor?.score.score ?? null,
      generated_at: meta.generatedAt,
      generated_by: meta.generatedBy,
      model_sha256: sha256(json),
      pdf_sha256: sha256(pdf),
      pdf_bytes: pdf.length,
      signer_fingerprint: signer?.fingerprint ?? null,
      signer_login: signer?.login ?? null,
      signer_name: signer?.name ?? null,
      signer_self_signed: signer ? Number(signer.selfSigned) : null,
    };
    const signed = signer ? `signed by ${signer.name} (certificate SHA-256 ${signer.fingerprint}${signer.selfSigned ? ', self-signed' : ''})` : 'not signed';
    await this.store.transaction(async (tx) => {
      if (signer) await recordCertificate(tx, signer, meta.generatedAt);
      await tx.run(`INSERT INTO reports (${SUMMARY_COLUMNS}, model, pdf, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${nextSeq('reports')})`, [
        row.id,
        row.kind,
        row.vendor_id,
        row.subject,
        row.tier,
        row.score,
        row.generated_at,
        row.generated_by,
        row.model_sha256,
        row.pdf_sha256,
        row.pdf_bytes,
        row.signer_fingerprint,
        json,
        pdf,
      ]);
      await appendEvents(tx, [
        {
          actor: meta.generatedBy,
          action: 'report.generate',
          entityType: row.vendor_id ? 'vendor' : 'report',
          entityId: row.vendor_id ?? row.id,
          summary: `Generated ${meta.kind} report ${row.id}${row.vendor_id ? ` for ${row.subject}` : ''} (PDF SHA-256 ${row.pdf_sha256}), ${signed}`,
          after: {
            reportId: row.id,
            kind: row.kind,
            pdfSha256: row.pdf_sha256,
            modelSha256: row.model_sha256,
            tier: row.tier,
            score: row.score,
            signerFingerprint: row.signer_fingerprint,
          },
        },
      ]);
    });
    return summary(row);
  }

  /** Newest first; a vendor's own reports when vendorId is given. */
  async list(filter: { vendorId?: string; kind?: ReportKind } = {}): Promise<ReportSummary[]> {
    const where = [...(filter.vendorId !== undefined ? ['r.vendor_id = ?'] : []), ...(filter.kind !== undefined ? ['r.kind = ?'] : [])];
    const params = [...(filter.vendorId !== undefined ? [filter.vendorId] : []), ...(filter.kind !== undefined ? [filter.kind] : [])];
    const rows = await this.store.read.all<ReportRow>(
      `SELECT ${SUMMARY_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.generated_at DESC, r.seq DESC`,
      params,
    );
    return rows.map(summary);
  }

  async get(id: string, sql: Sql = this.store.read): Promise<ReportSummary> {
    const row = await sql.get<ReportRow>(`SELECT ${SUMMARY_FROM} WHERE r.id = ?`, [id]);
    if (!row) throw notFound(id);
    return summary(row);
  }

  /** The PDF as last signed: countersigned once signed off, else as its preparer kept it. */
  async pdf(id: string): Promise<Buffer> {
    const row = await this.store.read.get<{ pdf: Buffer }>('SELECT COALESCE(s.pdf, r.pdf) AS pdf FROM reports r LEFT JOIN report_signoffs s ON s.report_id = r.id WHERE r.id = ?', [id]);
    if (!row) throw notFound(id);
    return row.pdf;
  }

  /** The PDF as its preparer kept it, which a sign-off countersigns. */
  async preparedPdf(id: string): Promise<Buffer> {
    return (await this.column<{ pdf: Buffer }>('pdf', id)).pdf;
  }

  /**
   * Keeps an approver's sign-off: the countersigned PDF beside its report, with the signer's certificate (recorded the
   * first time) and its audit event, all or nothing. `check` runs in the transaction first (four eyes, one sign-off).
   */
  async recordSignOff(report: ReportSummary, pdf: Buffer, signer: SigningIdentity, at: string, check: (tx: Sql) => Promise<void>): Promise<ReportSummary> {
    const hash = sha256(pdf);
    await this.store.transaction(async (tx) => {
      await check(tx);
      await recordCertificate(tx, signer, at);
      await tx.run('INSERT INTO report_signoffs (report_id, signed_by, signed_at, signer_fingerprint, pdf, pdf_sha256, pdf_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        report.id,
        signer.login,
        at,
        signer.fingerprint,
        pdf,
        hash,
        pdf.length,
      ]);
      await appendEvents(tx, [
        {
          actor: signer.login,
          action: 'report.signoff',
          entityType: report.vendorId ? 'vendor' : 'report',
          entityId: report.vendorId ?? report.id,
          summary: `Signed off ${report.kind} report ${report.id}${report.vendorId ? ` for ${report.subject}` : ''} (countersigned PDF SHA-256 ${hash}), signed by ${signer.name} (certificate SHA-256 ${signer.fingerprint}${signer.selfSigned ? ', self-signed' : ''})`,
          after: { reportId: report.id, pdfSha256: hash, preparedPdfSha256: report.preparedPdfSha256, signerFingerprint: signer.fingerprint },
        },
      ]);
    });
    return this.get(report.id);
  }

  async model<M extends ReportModel = ReportModel>(id: string): Promise<M> {
    return JSON.parse((await this.column<{ model: string }>('model', id)).model) as M;
  }

  /** The newest report of a kind, if any: the portfolio report compares itself with the previous one. */
  async latest(kind: ReportKind): Promise<ReportSummary | null> {
    return (await this.list({ kind }))[0] ?? null;
  }

  /** Whether `file` is, byte for byte, a report this database produced; which one, or why not. */
  async verify(file: Buffer): Promise<Verification> {
    const hash = sha256(file);
    const row = await this.store.read.get<ReportRow>(`SELECT ${SUMMARY_FROM} WHERE r.pdf_sha256 = ? OR s.pdf_sha256 = ?`, [hash, hash]);
    if (row) {
      const r = summary(row);
      const off = r.signedOff;
      const version = !off ? '' : hash === r.pdfSha256 ? `, signed off by ${off.name} on ${off.at}` : `, as prepared (before ${off.name} signed it off on ${off.at})`;
      return { verified: true, sha256: hash, report: r, message: `Verified: this is report ${r.id} (${r.subject}), generated ${r.generatedAt} by ${r.generatedBy}${version}, unaltered.` };
    }
    const claimed = await this.claimedReport(file);
    if (claimed) {
      return {
        verified: false,
        sha256: hash,
        report: claimed,
        message: `Not verified: the file names report ${claimed.id} (${claimed.subject}), but its content differs from that report as produced. It was changed after it was generated.`,
      };
    }
    return { verified: false, sha256: hash, report: null, message: 'Not verified: this file is not a report produced by this Vetter database.' };
  }

  /** Columns of one report, or not found. */
  private async column<T>(columns: string, id: string): Promise<T> {
    const row = await this.store.read.get<T>(`SELECT ${columns} FROM reports WHERE id = ?`, [id]);
    if (!row) throw notFound(id);
    return row;
  }

  /** The report a file names in its PDF title (the document information keeps it as text), when it exists here. */
  private async claimedReport(file: Buffer): Promise<ReportSummary | null> {
    const id = PRINTED_ID.exec(pdfTitle(file) ?? '')?.[1];
    if (!id) return null;
    const row = await this.store.read.get<ReportRow>(`SELECT ${SUMMARY_FROM} WHERE r.id = ?`, [id]);
    return row ? summary(row) : null;
  }
}

const notFound = (id: string) => new VetterError('not_found', `There is no report ${id} in this database.`);

/** The /Title of a PDF's document information: a literal string, or UTF-16BE in hex when it is not ASCII. */
function pdfTitle(file: Buffer): string | null {
  const text = file.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/i.exec(text)?.[1];
  if (hex !== undefined) return hex.length % 4 === 0 ? Buffer.from(hex, 'hex').swap16().toString('utf16le') : null;
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
}
