// Making a report: build the model, render it to HTML, print it with the host's printer, sign the PDF as its preparer
// (when the host can unlock their key: signing/keys.ts), keep the record. Signing one off: the approver countersigns
// the preparer's signed PDF (a second signature, appended), kept as the report's sign-off (sign-off.ts says who may). The printer is started on first use and kept
// warm for the next report (a cold Chromium takes about a second).
import { fourEyesOn, refuse, reportRefusal } from '../assessment/four-eyes';
import { shown, signCheckpoint } from '../audit/checkpoints';
import type { Download } from '../schemas';
import type { Portfolio } from '../scoring/model';
import type { ReportSummary, VendorReportModel } from './model';
import type { VendorOwnership } from '../ownership/model';
import type { Sql, Store } from '../db/store';
import type { Access } from '../workspace/roles';
import { type SignOffCase, signOffRefusal } from './sign-off';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import type { Methodology } from '../scoring/methodology';
import { spreadsheetCsv } from '../vendors/export';
import { buildPortfolioReport, buildVendorReport, type MetaInput, type ReportSources } from './build';
import type { PortfolioReportModel, ReportKind, ReportModel } from './model';
import type { PdfPrinter } from './printer';
import { renderReportHtml } from './render';
import type { SigningKeys } from '../signing/keys';
import { signPdf } from '../signing/sign';
import { canonicalJson, newReportId, ReportStore } from './store';

export class Reports {
  readonly store: ReportStore;
  private printer: PdfPrinter | null = null;

  constructor(
    private readonly data: Store,
    private readonly sources: ReportSources,
    private readonly options: { appVersion: string; makePrinter?: () => PdfPrinter; signing?: SigningKeys },
  ) {
    this.store = new ReportStore(data);
  }

  /** `ownership`: the vendor's ownership graph as of today, read before (its parties are screened in the worker). */
  async vendor(vendorId: string, by: Preparer, job: Job, ownership: VendorOwnership | null = null): Promise<ReportSummary> {
    const user = by.login;
    job.progress('Gathering the vendor’s data', 0, 3);
    // Built inside a transaction, which writes nothing but keeps every write from committing between its reads: the
    // report shows one state of the data.
    const model = await this.data.transaction(async (tx) => {
      const built = { ...(await buildVendorReport(this.sources, vendorId, this.meta('vendor', user))), ownership };
      // Its sign-off names the assessment's approver: four eyes keep them from preparing it too.
      refuse(reportRefusal(await fourEyesOn(tx), user, built.signOff.approver));
      return built;
    });
    return this.printAndKeep(model, by, job);
  }

  async portfolio(portfolio: Portfolio, methodology: Methodology, by: Preparer, job: Job): Promise<ReportSummary> {
    job.progress('Gathering the portfolio', 0, 3);
    const last = await this.store.latest('portfolio');
    const previous = last && { reportId: last.id, generatedAt: last.generatedAt, model: await this.store.model<PortfolioReportModel>(last.id) };
    const current = await this.sources.lists.current();
    const model = buildPortfolioReport(current, methodology, portfolio, previous, this.meta('portfolio', by.login));
    return this.printAndKeep(model, by, job);
  }

  /** The PDF exactly as kept, the canonical JSON model, or the report's main table as CSV. */
  async export(id: string, format: 'pdf' | 'json' | 'csv'): Promise<Download> {
    const report = await this.store.get(id);
    const base = `${report.id} ${report.subject}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);
    if (format === 'pdf') return { fileName: `${base}.pdf`, mimeType: 'application/pdf', base64: (await this.store.pdf(id)).toString('base64') };
    const model = await this.store.model(id);
    if (format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', base64: Buffer.from(canonicalJson(model), 'utf8').toString('base64') };
    return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(reportCsv(model), 'utf8').toString('base64') };
  }

  /** The signing keys on this machine; none where the host cannot unlock one (reports are then kept unsigned). */
  get signing(): SigningKeys | undefined {
    return this.options.signing;
  }

  /**
   * The approver's sign-off: the preparer's signed PDF countersigned by `by` (a second signature, appended as an
   * incremental update, which leaves the first valid), kept beside the report and audited. Refused, changing
   * nothing, when sign-off.ts says so; checked again where it is written.
   */
  async signOff(id: string, by: Preparer, access: Access): Promise<ReportSummary> {
    const report = await this.store.get(id);
    refuse(signOffRefusal(await this.signOffCase(report), by.login, access));
    if (!this.options.signing) throw new VetterError('forbidden', 'This copy of Vetter cannot unlock a signing key, so it cannot sign a report off. Sign it off in the Vetter app, or with vetter report sign-off ID.');
    const signer = await this.options.signing.unlock(by.login, by.name);
    const at = new Date();
    const pdf = await signPdf(await this.store.preparedPdf(id), signer, `Signed off ${report.kind} report ${id}`, at);
    const signedOff = await this.store.recordSignOff(report, pdf, signer, at.toISOString(), async (tx) => {
      // Another approver may have signed it off, or four eyes been turned on, since it was read.
      refuse(signOffRefusal(await this.signOffCase(await this.store.get(id, tx), tx), by.login, access));
    });
    // The chain's head, sign-off included, signed by the approver (audit/checkpoints.ts).
    await this.data.transaction((tx) => signCheckpoint(tx, signer));
    return signedOff;
  }

  /** What deciding a sign-off needs: the report, the approver it names, whether four eyes hold (read in `sql`). */
  async signOffCase(report: ReportSummary, sql: Sql = this.data.read): Promise<SignOffCase> {
    const namedApprover = report.kind === 'vendor' ? ((await this.store.model<VendorReportModel>(report.id)).signOff.approver ?? null) : null;
    return { report, namedApprover, fourEyes: await fourEyesOn(sql) };
  }

  async close(): Promise<void> {
    const printer = this.printer;
    this.printer = null;
    await printer?.close();
  }

  private meta(kind: ReportKind, user: string): MetaInput {
    // The checkpoint is signed once the preparer's key is unlocked (printAndKeep).
    return { reportId: newReportId(kind), generatedAt: new Date().toISOString(), generatedBy: user, appVersion: this.options.appVersion, checkpoint: null };
  }

  private async printAndKeep(built: ReportModel, by: Preparer, job: Job): Promise<ReportSummary> {
    job.throwIfCancelled();
    // Unlocked (or made, on first use) before the printing: a passphrase that does not open the key costs no print.
    const signer = (await this.options.signing?.unlock(by.login, by.name)) ?? null;
    // The chain's head signed as the report is made, and printed in it: the report is evidence of the log up to there.
    const checkpoint = signer && shown(await this.data.transaction((tx) => signCheckpoint(tx, signer)));
    const signature = signer && { name: signer.name, login: signer.login, fingerprint: signer.fingerprint, selfSigned: signer.selfSigned };
    const model = { ...built, meta: { ...built.meta, checkpoint, signature } } as ReportModel;
    job.progress('Laying out the report', 1, 3);
    const html = renderReportHtml(model);
    job.progress('Printing the PDF', 2, 3);
    const printed = await this.print(html);
    // Cancelled while printing: nothing is kept, so nothing changed.
    job.throwIfCancelled();
    const pdf = signer ? await signPdf(printed, signer, `Prepared ${model.meta.kind} report ${model.meta.reportId}`) : printed;
    const summary = await this.store.record(model, pdf, signer);
    job.progress('Done', 3, 3);
    return summary;
  }

  /** Prints a document of printableHtml (render/index.tsx) with the host's printer, started on first use and kept warm. */
  async print(html: string): Promise<Buffer> {
    if (!this.options.makePrinter) throw new VetterError('internal', 'This copy of Vetter cannot print reports: it was started without a printer.');
    try {
      this.printer ??= this.options.makePrinter();
      return await this.printer.print(html);
    } catch (err) {
      // A printer that failed once (browser gone, window closed) is replaced on the next attempt.
      await this.close().catch(() => undefined);
      if (err instanceof VetterError) throw err;
      throw new VetterError('internal', `The PDF could not be printed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Who prepares a report: their login, and the name a certificate Vetter makes for them carries. */
export interface Preparer {
  login: string;
  name: string;
}

/** A vendor report's factor table, or a portfolio report's ranking, as CSV for a spreadsheet. */
function reportCsv(model: ReportModel): string {
  if ('vendor' in model) {
    return spreadsheetCsv(
      ['factor', 'component', 'label', 'contribution', 'detail'],
      model.score.factors.map((f) => [f.factor, f.component, f.label, f.contribution, f.detail]),
    );
  }
  return spreadsheetCsv(
    ['rank', 'vendor', 'score', 'tier', 'inherent_risk', 'exposure', 'open_hits', 'top_factor', 'reassess_due', 'overdue'],
    model.vendors.map((v) => [v.rank, v.name, v.score, v.tier, v.inherent, v.exposure, v.openHits, v.topFactor ?? '', v.reassessDue ?? '', v.overdue ? 'yes' : 'no']),
  );
}
