// The core behind every host: one handler per contract method, input checked by the contract's schema,
// results returned in the { ok, value | error } envelope. Hosts (Electron IPC, browser host, CLI) only
// transport calls here; nothing is decided twice.
import fs from 'node:fs';
import os from 'node:os';
import type { z } from 'zod';
import { AllegationRegister } from './allegations/register';
import { Assessments } from './assessment/assessments';
import { CATALOG } from './assessment/catalog';
import type { Methodology } from './scoring/methodology';
import { Scores } from './scoring/scores';
import { appendEvent, listEvents, verifyChain } from './audit/log';
import { contract, type Envelope, type Method, type Output, type ParsedInput } from './contract';
import { type Db, openDatabase, schemaVersion } from './db/open';
import { demoAllegations } from './demo/allegations';
import { demoVendors } from './demo/vendors';
import { VetterError } from './errors';
import type { HostContext } from './host';
import { type Job, Jobs } from './jobs/jobs';
import { loadDefaultPack } from './lists/default-pack';
import { parseListFiles } from './lists/detect';
import { guessCustomMapping, previewCustomList } from './lists/custom-csv';
import { ListVersions } from './lists/versions';
import type { PdfPrinter } from './reports/printer';
import { Reports } from './reports/reports';
import { Screening } from './screening/screening';
import { exportCsv, exportXlsx } from './vendors/export';
import { applyImport, planImport } from './vendors/import';
import { normaliseName } from './vendors/names';
import { VendorRepository } from './vendors/repository';

export interface CoreOptions {
  dataDir: string;
  host: 'electron' | 'browser' | 'cli';
  version: string;
  /** Who is recorded in the audit log until the user sets a name; defaults to the OS account. */
  user?: string;
  /** The bundled default list pack (assets/reference-pack), loaded on first use of screening; none in some tests. */
  packDir?: string;
  /** Starts the printer reports are printed with (Electron window or system Chromium); without it, reports fail clearly. */
  makePrinter?: () => PdfPrinter;
}

export interface Core {
  readonly dataDir: string;
  readonly db: Db;
  invoke(method: string, input: unknown, host: HostContext): Promise<Envelope<unknown>>;
  /** Where an evidence file's stored copy is, for the host to open through the operating system (never sent to the UI). */
  evidenceFile(evidenceId: string): { path: string; fileName: string };
  /** A kept report's PDF, for the host to open with the system's viewer. */
  reportPdf(reportId: string): { fileName: string; bytes: Buffer };
  /** Closes the database and the report printer. */
  close(): Promise<void>;
}

interface Ctx {
  db: Db;
  assessments: Assessments;
  scores: Scores;
  allegations: AllegationRegister;
  vendors: VendorRepository;
  lists: ListVersions;
  screening: Screening;
  jobs: Jobs;
  reports: Reports;
  host: HostContext;
  options: CoreOptions;
  user(): string;
}

type Handlers = { [M in Method]: (input: ParsedInput<M>, ctx: Ctx) => Output<M> | Promise<Output<M>> };

const handlers: Handlers = {
  'app.info': (_input, ctx) => ({
    version: ctx.options.version,
    dataDir: ctx.options.dataDir,
    user: ctx.user(),
    schemaVersion: schemaVersion(ctx.db),
    vendorCount: ctx.vendors.count(),
    host: ctx.options.host,
  }),
  'settings.setUser': ({ name }, ctx) => {
    const before = ctx.user();
    ctx.db.transaction(() => {
      ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(name);
      // Who acts is part of the record: an auditor must see that the name changed, and from what.
      appendEvent(ctx.db, { actor: before, action: 'settings.user', entityType: 'settings', entityId: null, summary: `Changed the recorded name from ${before} to ${name}`, before: { user: before }, after: { user: name } });
    })();
    return { user: name };
  },
  'vendors.list': (_input, ctx) => ({ vendors: ctx.vendors.list() }),
  'vendors.get': ({ id }, ctx) => ctx.vendors.get(id),
  'vendors.create': (input, ctx) => ctx.vendors.create(input, ctx.user()),
  'vendors.update': ({ id, vendor }, ctx) => ctx.vendors.update(id, vendor, ctx.user()),
  'vendors.delete': ({ id }, ctx) => {
    const deleted = ctx.vendors.delete(id, ctx.user());
    return { id: deleted.id, legalName: deleted.legalName };
  },
  'vendors.restore': ({ id }, ctx) => ctx.vendors.restore(id, ctx.user()),
  'vendors.importPreview': async ({ file, mapping }, ctx) => {
    const plan = await planImport(ctx.vendors, ctx.host.resolveFile(file), mapping);
    return {
      fileName: file.name,
      headers: plan.headers,
      sample: plan.sample,
      mapping: plan.mapping,
      rowCount: plan.rowCount,
      problems: plan.problems.slice(0, 500),
      problemCount: plan.problemCount,
      duplicates: plan.duplicates,
      warnings: plan.warnings,
    };
  },
  'vendors.importRun': ({ file, mapping, onDuplicate, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      job.progress('Checking the file', 0, 1);
      const plan = await planImport(ctx.vendors, ctx.host.resolveFile(file), mapping);
      return applyImport(ctx.db, ctx.vendors, { ...plan, fileName: file.name }, { onDuplicate, actor: ctx.user(), job });
    }),
  'vendors.export': async ({ format }, ctx) => {
    const vendors = ctx.vendors.list();
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') {
      return { fileName: `vetter-vendors-${stamp}.csv`, mimeType: 'text/csv', base64: Buffer.from(exportCsv(vendors), 'utf8').toString('base64') };
    }
    return {
      fileName: `vetter-vendors-${stamp}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: (await exportXlsx(vendors)).toString('base64'),
    };
  },
  'audit.list': ({ entityId, vendorId, ...page }, ctx) => {
    if (vendorId !== undefined) return listEvents(ctx.db, { ...page, entityIds: [vendorId, ...ctx.allegations.idsEverReaching(ctx.vendors.get(vendorId))] });
    return listEvents(ctx.db, { ...page, entityIds: entityId === undefined ? undefined : [entityId] });
  },
  'audit.verify': (_input, ctx) => verifyChain(ctx.db),
  'demo.load': (_input, ctx) => ({ created: loadDemo(ctx) }),
  'lists.list': async (_input, ctx) => {
    await ensureLists(ctx);
    return { current: ctx.lists.current(), history: ctx.lists.history(), staleAfterDays: ctx.lists.staleAfterDays() };
  },
  'lists.customPreview': ({ file }, ctx) => {
    const preview = previewCustomList(fs.readFileSync(ctx.host.resolveFile(file)));
    return { headers: preview.headers, sample: preview.sample, mapping: guessCustomMapping(preview.headers) };
  },
  'lists.import': ({ files, jobId, custom }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ensureLists(ctx, job);
      const read = files.map((f) => ({ name: f.name, bytes: fs.readFileSync(ctx.host.resolveFile(f)) }));
      const parsed = await parseListFiles(read, {
        onProgress: (done, total) => job.progress('Reading the list', done, total),
        custom: custom && { mapping: custom.mapping, meta: { listName: custom.listName, publisher: custom.publisher, asOf: custom.asOf } },
      });
      job.throwIfCancelled();
      // The new version and the re-screening it causes land together or not at all (a cancel rolls both back);
      // the call queue keeps other writes out while this transaction spans event-loop turns.
      ctx.db.exec('BEGIN IMMEDIATE');
      try {
        const { version, unchanged } = ctx.lists.add(parsed, read, { actor: ctx.user(), bundled: false });
        // A new version can add and remove hits for every vendor: screen them all now and show what changed.
        const run = unchanged ? null : await ctx.screening.run({ trigger: `Imported ${version.listName}`, actor: ctx.user(), job });
        ctx.db.exec('COMMIT');
        return { version, unchanged, run };
      } catch (err) {
        if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
        throw err;
      }
    }),
  'lists.setStaleAfterDays': ({ days }, ctx) => {
    ctx.lists.setStaleAfterDays(days, ctx.user());
    return { staleAfterDays: days };
  },
  'screening.run': ({ jobId, vendorIds }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ensureLists(ctx, job);
      return ctx.screening.run({ vendorIds, trigger: vendorIds ? 'Screened selected vendors' : 'Screened all vendors', actor: ctx.user(), job });
    }),
  'screening.check': async ({ vendors }, ctx) => {
    await ensureLists(ctx);
    return ctx.screening.check(vendors);
  },
  'screening.lastRun': (_input, ctx) => ({ run: ctx.screening.lastRun() }),
  'screening.statuses': (_input, ctx) => ({ statuses: ctx.screening.statuses() }),
  'screening.vendor': ({ vendorId }, ctx) => ctx.screening.forVendor(vendorId),
  'screening.review': ({ hitId, decision, reason }, ctx) => ctx.screening.review(hitId, decision, reason, ctx.user()),
  'allegations.list': ({ vendorId }, ctx) => ({
    allegations: vendorId === undefined ? ctx.allegations.list() : ctx.allegations.forVendor(ctx.vendors.get(vendorId)),
  }),
  'allegations.create': (input, ctx) => ctx.allegations.create(input, ctx.user()),
  'allegations.update': ({ id, allegation }, ctx) => ctx.allegations.update(id, allegation, ctx.user()),
  'allegations.delete': ({ id }, ctx) => {
    ctx.allegations.delete(id, ctx.user());
    return { id };
  },
  'assessment.get': ({ vendorId }, ctx) => {
    ctx.vendors.get(vendorId);
    return { criteria: CATALOG.criteria, assessment: ctx.assessments.get(vendorId) };
  },
  'assessment.answer': ({ vendorId, criterionId, value, verified, note }, ctx) => {
    ctx.vendors.get(vendorId);
    return ctx.assessments.answer(vendorId, criterionId, { value, verified, note }, ctx.user());
  },
  'assessment.addEvidence': ({ vendorId, criterionId, file }, ctx) => {
    ctx.vendors.get(vendorId);
    return ctx.assessments.addEvidence(vendorId, criterionId, ctx.host.resolveFile(file), file.name, ctx.user());
  },
  'assessment.setStatus': ({ vendorId, status, reassessDue }, ctx) => {
    ctx.vendors.get(vendorId);
    return ctx.assessments.setStatus(vendorId, status, reassessDue, ctx.user());
  },
  'scores.vendor': ({ vendorId }, ctx) => ({ result: ctx.scores.score(vendorId), history: ctx.scores.history(vendorId) }),
  'scores.whatIf': ({ vendorId, changes }, ctx) => ctx.scores.whatIf(vendorId, changes),
  'scores.portfolio': async (_input, ctx) => {
    await ensureLists(ctx);
    const day = new Date().toISOString().slice(0, 10);
    const reassessDates = ctx.assessments.reassessDates();
    const statuses = ctx.screening.statuses();
    const vendors = ctx.scores.scoreAll().map(({ vendor: v, result }) => {
      const due = reassessDates.get(v.id) ?? null;
      return {
        vendorId: v.id,
        name: v.legalName,
        score: result.score,
        tier: result.tier,
        inherent: result.inherent,
        exposure: result.exposure,
        openHits: statuses[v.id]?.openHits ?? 0,
        topFactors: [...result.factors]
          .sort((a, b) => b.contribution - a.contribution)
          .slice(0, 3)
          .map((f) => ({ factor: f.factor, component: f.component, label: f.label, contribution: f.contribution })),
        reassessDue: due,
        overdue: due !== null && due < day,
      };
    });
    const methodology = ctx.scores.methodology();
    return {
      vendors: vendors.sort((a, b) => b.score - a.score),
      staleLists: ctx.lists.current().filter((l) => l.stale).map((l) => ({ listName: l.listName, asOf: l.asOf, ageDays: l.ageDays })),
      methodology: { id: methodology.id, version: methodology.version },
    };
  },
  'methodology.get': (_input, ctx) => ({ methodology: ctx.scores.methodology(), versions: ctx.scores.methodologyVersions() }),
  'methodology.update': ({ parameters, note }, ctx) => ctx.scores.updateMethodology(parameters as unknown as Methodology['parameters'], note, ctx.user()),
  'reports.vendor': ({ vendorId, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      ctx.vendors.get(vendorId);
      await screenUnscreened(ctx, job, [vendorId]);
      return ctx.reports.vendor(vendorId, ctx.user(), job);
    }),
  'reports.portfolio': ({ jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await screenUnscreened(ctx, job);
      const portfolio = await handlers['scores.portfolio']({}, ctx);
      return ctx.reports.portfolio(portfolio, ctx.scores.methodology(), ctx.user(), job);
    }),
  'reports.list': ({ vendorId }, ctx) => ({ reports: ctx.reports.store.list({ vendorId }) }),
  'reports.export': ({ id, format }, ctx) => ctx.reports.export(id, format),
  'reports.verify': ({ file }, ctx) => ctx.reports.store.verify(readVerifiable(ctx.host.resolveFile(file), file.name)),
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};

/** First use of screening on an empty database loads the bundled default pack (old snapshots, flagged stale). */
async function ensureLists(ctx: Ctx, job?: Job): Promise<void> {
  if (!ctx.options.packDir || !ctx.lists.isEmpty()) return;
  await loadDefaultPack(ctx.options.packDir, ctx.lists, ctx.user(), (done, total) => job?.progress('Loading the bundled lists', done, total));
}

/** A report on a vendor never screened would read as "no hits": screen it first (the lists loaded if need be). */
async function screenUnscreened(ctx: Ctx, job: Job, vendorIds?: string[]): Promise<void> {
  await ensureLists(ctx, job);
  const statuses = ctx.screening.statuses();
  const ids = (vendorIds ?? ctx.vendors.list().map((v) => v.id)).filter((id) => (statuses[id]?.status ?? 'unscreened') === 'unscreened');
  if (ids.length > 0) await ctx.screening.run({ vendorIds: ids, trigger: 'Screened before a report', actor: ctx.user(), job });
}

/** Adds the demo vendors and allegations that are not there yet, in one transaction. */
function loadDemo(ctx: Ctx): number {
  const existing = ctx.vendors.idsByNormName();
  const recorded = new Set(ctx.allegations.list().map((a) => a.sourceTitle));
  const actor = ctx.user();
  return ctx.db.transaction(() => {
    let created = 0;
    for (const v of demoVendors()) {
      if (existing.has(normaliseName(v.legalName))) continue;
      ctx.vendors.create(v, actor);
      created += 1;
    }
    for (const a of demoAllegations()) if (!recorded.has(a.sourceTitle)) ctx.allegations.create(a, actor);
    return created;
  })();
}

/** Methods that must answer while a long job holds the queue. */
const UNQUEUED = new Set<Method>(['jobs.cancel']);

export function openCore(options: CoreOptions): Core {
  const db = openDatabase(options.dataDir);
  const vendors = new VendorRepository(db);
  const lists = new ListVersions(db);
  const screening = new Screening(db, lists, vendors);
  const allegations = new AllegationRegister(db);
  const assessments = new Assessments(db, options.dataDir);
  const scores = new Scores(db, vendors, screening, allegations, assessments);
  const reports = new Reports(db, { vendors, screening, allegations, assessments, scores, lists }, { appVersion: options.version, makePrinter: options.makePrinter });
  const ctx: Omit<Ctx, 'host'> = {
    db,
    allegations,
    assessments,
    scores,
    vendors,
    lists,
    screening,
    jobs: new Jobs(),
    reports,
    options,
    user: () =>
      (db.prepare("SELECT value FROM settings WHERE key = 'user'").get() as { value: string } | undefined)?.value ?? options.user ?? osUser(),
  };
  // One call at a time: a long import holds an open transaction across event-loop turns, and nothing
  // else may write (or read half-written data) through the same connection meanwhile.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(method: Method, input: unknown, host: HostContext): Promise<Envelope<unknown>> {
    const spec = contract[method];
    const parsed = (spec.input as z.ZodType).safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      return { ok: true, value: await handler(parsed.data, { ...ctx, host }) };
    } catch (err) {
      if (err instanceof VetterError) return { ok: false, error: err.toContract() };
      // Unexpected failures are logged here and reach the UI without stack traces, SQL or paths.
      console.error(`[vetter] ${method} failed:`, err);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Vetter. Your data was not changed.' } };
    }
  }

  return {
    dataDir: options.dataDir,
    db,
    invoke(method, input, host) {
      if (!Object.hasOwn(contract, method)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: `Unknown request "${String(method).slice(0, 60)}".` } });
      }
      const m = method as Method;
      if (UNQUEUED.has(m)) return run(m, input, host);
      const result = queue.then(() => run(m, input, host));
      queue = result.catch(() => undefined);
      return result;
    },
    evidenceFile: (evidenceId) => ctx.assessments.evidencePath(evidenceId),
    reportPdf(reportId) {
      const report = reports.store.get(reportId);
      return { fileName: `${report.id}.pdf`, bytes: reports.store.pdf(reportId) };
    },
    close() {
      // The database closes at once (a quitting app may not wait); the printer's browser after.
      db.close();
      return reports.close();
    },
  };
}

/** Reports are PDFs of a few MB; anything else is named as the wrong file before it is hashed. */
const MAX_REPORT_BYTES = 200 * 1024 * 1024;

function readVerifiable(file: string, name: string): Buffer {
  const size = fs.statSync(file).size;
  if (size > MAX_REPORT_BYTES) throw new VetterError('bad_file', `${name} is ${Math.round(size / 1048576)} MB: far larger than any Vetter report. Pick the report's PDF file.`);
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new VetterError('bad_file', `${name} is not a PDF file: pick the report's PDF file to verify it.`);
  return bytes;
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** Field-level messages keyed by path ("legalName", "otherNames.0.name"), and one sentence for the whole. */
function invalidInput(error: z.ZodError) {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '(input)';
    details[key] ??= issue.message;
  }
  const first = Object.entries(details)[0];
  const message = first ? `Please check ${describeField(first[0])}: ${first[1]}` : 'The request was not valid.';
  return { code: 'invalid_input' as const, message, details };
}

function describeField(path: string): string {
  const field = path.replace(/^vendor\./, '').split('.')[0] ?? path;
  return field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

