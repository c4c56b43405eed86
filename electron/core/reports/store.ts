// Generated reports as immutable records: the PDF, the canonical JSON model it was made from, and the SHA-256 of
// each, written with their audit event in one transaction. Verifying a file is a lookup of its SHA-256: only a
// byte-for-byte copy of a report this database produced is accepted. On the store (db/store.ts).
import { createHash, randomBytes } from 'node:crypto';
import { appendEvents } from '../audit/log';
import { nextSeq, type Store } from '../db/store';
import type { ReportSummary } from './model';
import { VetterError } from '../errors';
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
}

const SUMMARY_COLUMNS = 'id, kind, vendor_id, subject, tier, score, generated_at, generated_by, model_sha256, pdf_sha256, pdf_bytes';
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
    pdfSha256: r.pdf_sha256,
    modelSha256: r.model_sha256,
    pdfBytes: r.pdf_bytes,
  };
}

export class ReportStore {
  constructor(private readonly store: Store) {}

  /** Keeps a generated report and records who made it, together or not at all. */
  async record(model: ReportModel, pdf: Buffer): Promise<ReportSummary> {
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
    };
    await this.store.transaction(async (tx) => {
      await tx.run(`INSERT INTO reports (${SUMMARY_COLUMNS}, model, pdf, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${nextSeq('reports')})`, [
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
        json,
        pdf,
      ]);
      await appendEvents(tx, [
        {
          actor: meta.generatedBy,
          action: 'report.generate',
          entityType: row.vendor_id ? 'vendor' : 'report',
          entityId: row.vendor_id ?? row.id,
          summary: `Generated ${meta.kind} report ${row.id}${row.vendor_id ? ` for ${row.subject}` : ''} (PDF SHA-256 ${row.pdf_sha256})`,
          after: { reportId: row.id, kind: row.kind, pdfSha256: row.pdf_sha256, modelSha256: row.model_sha256, tier: row.tier, score: row.score },
        },
      ]);
    });
    return summary(row);
  }

  /** Newest first; a vendor's own reports when vendorId is given. */
  async list(filter: { vendorId?: string; kind?: ReportKind } = {}): Promise<ReportSummary[]> {
    const where = [...(filter.vendorId !== undefined ? ['vendor_id = ?'] : []), ...(filter.kind !== undefined ? ['kind = ?'] : [])];
    const params = [...(filter.vendorId !== undefined ? [filter.vendorId] : []), ...(filter.kind !== undefined ? [filter.kind] : [])];
    const rows = await this.store.read.all<ReportRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM reports ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY generated_at DESC, seq DESC`,
      params,
    );
    return rows.map(summary);
  }

  async get(id: string): Promise<ReportSummary> {
    return summary(await this.column<ReportRow>(SUMMARY_COLUMNS, id));
  }

  async pdf(id: string): Promise<Buffer> {
    return (await this.column<{ pdf: Buffer }>('pdf', id)).pdf;
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
    const row = await this.store.read.get<ReportRow>(`SELECT ${SUMMARY_COLUMNS} FROM reports WHERE pdf_sha256 = ?`, [hash]);
    if (row) {
      const r = summary(row);
      return { verified: true, sha256: hash, report: r, message: `Verified: this is report ${r.id} (${r.subject}), generated ${r.generatedAt} by ${r.generatedBy}, unaltered.` };
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
    if (!row) throw new VetterError('not_found', `There is no report ${id} in this database.`);
    return row;
  }

  /** The report a file names in its PDF title (the document information keeps it as text), when it exists here. */
  private async claimedReport(file: Buffer): Promise<ReportSummary | null> {
    const id = PRINTED_ID.exec(pdfTitle(file) ?? '')?.[1];
    if (!id) return null;
    const row = await this.store.read.get<ReportRow>(`SELECT ${SUMMARY_COLUMNS} FROM reports WHERE id = ?`, [id]);
    return row ? summary(row) : null;
  }
}

/** The /Title of a PDF's document information: a literal string, or UTF-16BE in hex when it is not ASCII. */
function pdfTitle(file: Buffer): string | null {
  const text = file.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/i.exec(text)?.[1];
  if (hex !== undefined) return hex.length % 4 === 0 ? Buffer.from(hex, 'hex').swap16().toString('utf16le') : null;
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
}
