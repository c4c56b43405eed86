// The core behind every host: one handler per contract method, input checked by the contract's schema,
// results returned in the { ok, value | error } envelope. Hosts (Electron IPC, browser host, CLI) only
// transport calls here; nothing is decided twice.
import fs from 'node:fs';
import os from 'node:os';
import type { z } from 'zod';
import type { StoredEvidence } from './assessment/assessments';
import { CATALOG } from './assessment/catalog';
import type { Methodology } from './scoring/methodology';
import type { ScoringTasks } from './scoring/tasks';
import { appendEvent, listEvents, verifyChain } from './audit/log';
import { contract, type Envelope, type Method, type Output, type ParsedInput } from './contract';
import { connect, type Db, openDatabase, openForReading, schemaVersion, stmt } from './db/open';
import { WriteQueue } from './db/write-queue';
import { demoAllegations } from './demo/allegations';
import { demoVendors } from './demo/vendors';
import { type Domains, openDomains } from './domains';
import { VetterError } from './errors';
import type { HostContext } from './host';
import { type Job, Jobs } from './jobs/jobs';
import type { Progress } from './jobs/model';
import { TaskWorker } from './jobs/worker';
import { DefaultPack } from './lists/default-pack';
import { guessCustomMapping, previewCustomList } from './lists/custom-csv';
import { verdictBasis } from './lists/basis';
import { importList } from './lists/import';
import type { ListTasks } from './lists/tasks';
import { ListVersions } from './lists/versions';
import { checkOutputsByDefault, outputProblem } from './output-check';
import type { PdfPrinter } from './reports/printer';
import { Reports } from './reports/reports';
import { keepScoreSnapshots } from './scoring/snapshots';
import { runScreening } from './screening/run';
import type { ScreeningTasks } from './screening/tasks';
import { exportCsv, exportXlsx } from './vendors/export';
import { vendorFilePlans } from './vendors/file-plans';
import { applyImport, findDuplicates } from './vendors/import';
import { vendorNameKey } from './vendors/names';

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
  /** The folder of the bundled worker threads (`*-worker.cjs`); without it they run from the TypeScript sources. */
  workerDir?: string;
  /** Serve reads only and write nothing to the data folder, not even to create it (db/open.ts: openForReading). */
  readOnly?: boolean;
  /**
   * Checks every answer against its method's output schema and answers `internal` naming the method and the path
   * when it does not fit (tests and development; output-check.ts). Default: VETTER_CHECK_OUTPUTS=1, or NODE_ENV
   * development or test.
   */
  checkOutputs?: boolean;
}

export interface Core {
  readonly dataDir: string;
  readonly db: Db;
  invoke(method: string, input: unknown, host: HostContext): Promise<Envelope<unknown>>;
  /** Where an evidence file's stored copy is, for the host to open through the operating system (never sent to the UI). */
  evidenceFile(evidenceId: string): Promise<StoredEvidence>;
  /** A kept report's PDF, for the host to open with the system's viewer. */
  reportPdf(reportId: string): { fileName: string; bytes: Buffer };
  /**
   * What a window opening will soon need, started off the request path: on first use the load of the bundled lists
   * (its progress goes to `emitProgress`), then the screening index, so that the first screening starts at once.
   * Requests never start either: a read writes nothing.
   */
  prepare(emitProgress: (progress: Progress) => void): void;
  /** Closes the database, the worker threads and the report printer. */
  close(): Promise<void>;
}

/** Every domain over one connection, and the reports made from them. */
interface CoreDomains extends Domains {
  reports: Reports;
}

interface Ctx extends CoreDomains {
  /** Both sides, for jobs: they work from committed data (read) and store their outcome (write) in short steps. */
  read: CoreDomains;
  write: CoreDomains;
  writes: WriteQueue;
  pack: DefaultPack;
  listsWorker: TaskWorker<ListTasks>;
  scoringWorker: TaskWorker<ScoringTasks>;
  jobs: Jobs;
  host: HostContext;
  options: CoreOptions;
  user(): string;
}

type Handlers = { [M in Method]: (input: ParsedInput<M>, ctx: Ctx) => Output<M> | Promise<Output<M>> };

/** Methods that only read: they run at once on the read connection and never wait behind a write or a job. */
const READS = new Set<Method>([
  'app.info',
  'vendors.list',
  'vendors.get',
  'vendors.importPreview',
  'vendors.export',
  'audit.list',
  'audit.verify',
  'lists.list',
  'lists.customPreview',
  'screening.check',
  'screening.lastRun',
  'screening.statuses',
  'screening.vendor',
  'allegations.list',
  'assessment.get',
  'scores.vendor',
  'scores.whatIf',
  'scores.portfolio',
  'methodology.get',
  'reports.list',
  'reports.export',
  'reports.verify',
  'jobs.cancel',
]);

/** Long work: it reads and computes outside the write queue (mostly in worker threads) and takes it only to store. */
const JOBS = new Set<Method>(['vendors.importRun', 'lists.import', 'screening.run', 'methodology.update', 'reports.vendor', 'reports.portfolio']);

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
  'vendors.create': (input, ctx) => {
    const created = ctx.vendors.create(input, ctx.user());
    return rescored(ctx, created, created.id);
  },
  'vendors.update': ({ id, vendor }, ctx) => rescored(ctx, ctx.vendors.update(id, vendor, ctx.user()), id),
  'vendors.delete': ({ id }, ctx) => {
    const deleted = ctx.vendors.delete(id, ctx.user());
    return { id: deleted.id, legalName: deleted.legalName };
  },
  'vendors.restore': ({ id }, ctx) => rescored(ctx, ctx.vendors.restore(id, ctx.user()), id),
  'vendors.importPreview': async ({ file, mapping }, ctx) => {
    // Read and checked in a worker thread with memory and time caps (vendors/file-plans.ts).
    const plans = vendorFilePlans(ctx.options, { workerDir: ctx.options.workerDir });
    const plan = await plans.plan({ path: ctx.host.resolveFile(file), name: file.name }, { mapping, forWrite: false });
    return {
      fileName: file.name,
      headers: plan.headers,
      sample: plan.sample,
      mapping: plan.mapping,
      rowCount: plan.rowCount,
      problems: plan.problems.slice(0, 500),
      problemCount: plan.problemCount,
      duplicates: findDuplicates(ctx.vendors, plan.vendors),
      warnings: plan.warnings,
    };
  },
  'vendors.importRun': ({ file, mapping, onDuplicate, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      job.progress('Checking the file', 0, 1);
      const plans = vendorFilePlans(ctx.options, { workerDir: ctx.options.workerDir });
      const plan = await plans.plan({ path: ctx.host.resolveFile(file), name: file.name }, { mapping, forWrite: true, job });
      // Duplicates are looked up inside the write queue: a vendor saved meanwhile may have become one.
      const imported = await ctx.writes.run(() =>
        applyImport(ctx.write.db, ctx.write.vendors, { ...plan, duplicates: findDuplicates(ctx.write.vendors, plan.vendors) }, { onDuplicate, actor: ctx.user(), job }),
      );
      await keepScoreSnapshots(ctx);
      return imported;
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
  'lists.list': (_input, ctx) => {
    const current = ctx.lists.current();
    return { current, history: ctx.lists.history(), staleAfterDays: ctx.lists.staleAfterDays(), basis: verdictBasis(current), bundled: ctx.pack.state() };
  },
  'lists.customPreview': ({ file }, ctx) => {
    // The preview shows the file's first rows, so only its start is read: a file of any size costs this request nothing.
    const preview = previewCustomList(readStart(ctx.host.resolveFile(file), 65_536));
    return { headers: preview.headers, sample: preview.sample, mapping: guessCustomMapping(preview.headers) };
  },
  'lists.import': ({ files, jobId, custom, confirmed }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ctx.pack.ensureFor(job, ctx.user());
      const imported = await importList(ctx, {
        files: files.map((f) => ({ name: f.name, path: ctx.host.resolveFile(f) })),
        custom: custom && { mapping: custom.mapping, meta: { listName: custom.listName, publisher: custom.publisher, asOf: custom.asOf } },
        actor: ctx.user(),
        job,
        confirmed,
      });
      // A new version re-screens every vendor.
      if (imported.run) await keepScoreSnapshots(ctx);
      return imported;
    }),
  'lists.setStaleAfterDays': ({ days }, ctx) => {
    ctx.lists.setStaleAfterDays(days, ctx.user());
    return { staleAfterDays: days };
  },
  'screening.run': ({ jobId, vendorIds }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ctx.pack.ensureFor(job, ctx.user());
      return screen(ctx, { vendorIds, trigger: vendorIds ? 'Screened selected vendors' : 'Screened all vendors', actor: ctx.user(), job });
    }),
  // Names outside the inventory are screened against the lists in use or, in a folder without any, against the
  // bundled pack as it is: nothing is written either way.
  'screening.check': ({ vendors }, ctx) =>
    ctx.screening.check(vendors, ctx.lists.hasLists() ? ctx.lists.current() : ctx.pack.versions(ctx.lists.staleAfterDays())),
  'screening.lastRun': (_input, ctx) => ({ run: ctx.screening.lastRun() }),
  'screening.statuses': (_input, ctx) => ({ statuses: ctx.screening.statuses() }),
  'screening.vendor': ({ vendorId }, ctx) => ctx.screening.forVendor(vendorId),
  'screening.review': ({ hitId, decision, reason }, ctx) => {
    const hit = ctx.screening.review(hitId, decision, reason, ctx.user());
    return rescored(ctx, hit, hit.vendorId);
  },
  'allegations.list': ({ vendorId }, ctx) => ({
    allegations: vendorId === undefined ? ctx.allegations.list() : ctx.allegations.forVendor(ctx.vendors.get(vendorId)),
  }),
  'allegations.create': (input, ctx) => {
    const created = ctx.allegations.create(input, ctx.user());
    keepReached(ctx, [created.subjectName]);
    return created;
  },
  'allegations.update': ({ id, allegation }, ctx) => {
    const before = ctx.allegations.get(id).subjectName;
    const updated = ctx.allegations.update(id, allegation, ctx.user());
    keepReached(ctx, [before, updated.subjectName]);
    return updated;
  },
  'allegations.delete': ({ id }, ctx) => {
    const before = ctx.allegations.get(id).subjectName;
    ctx.allegations.delete(id, ctx.user());
    keepReached(ctx, [before]);
    return { id };
  },
  'assessment.get': ({ vendorId }, ctx) => {
    ctx.vendors.get(vendorId);
    return { criteria: CATALOG.criteria, assessment: ctx.assessments.get(vendorId) };
  },
  'assessment.answer': ({ vendorId, criterionId, value, verified, note }, ctx) => {
    ctx.vendors.get(vendorId);
    return rescored(ctx, ctx.assessments.answer(vendorId, criterionId, { value, verified, note }, ctx.user()), vendorId);
  },
  'assessment.addEvidence': async ({ vendorId, criterionId, file }, ctx) => {
    ctx.vendors.get(vendorId);
    return rescored(ctx, await ctx.assessments.addEvidence(vendorId, criterionId, ctx.host.resolveFile(file), file.name, ctx.user()), vendorId);
  },
  'assessment.setStatus': ({ vendorId, status, reassessDue }, ctx) => {
    ctx.vendors.get(vendorId);
    return ctx.assessments.setStatus(vendorId, status, reassessDue, ctx.user());
  },
  'scores.vendor': ({ vendorId }, ctx) => ({ result: ctx.scores.score(vendorId), history: ctx.scores.history(vendorId) }),
  'scores.whatIf': ({ vendorId, changes }, ctx) => ctx.scores.whatIf(vendorId, changes),
  'scores.portfolio': (_input, ctx) => ctx.scoringWorker.call('portfolio', {}),
  'methodology.get': (_input, ctx) => ({ methodology: ctx.scores.methodology(), versions: ctx.scores.methodologyVersions() }),
  'methodology.update': async ({ parameters, note }, ctx) => {
    const saved = await ctx.writes.run(() => ctx.write.scores.updateMethodology(parameters as unknown as Methodology['parameters'], note, ctx.user()));
    // Every vendor's score may move: the history says so, from the scoring worker, in short writes.
    await keepScoreSnapshots(ctx);
    return saved;
  },
  'reports.vendor': ({ vendorId, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      ctx.read.vendors.get(vendorId);
      await screenUnscreened(ctx, job, [vendorId]);
      return ctx.write.reports.vendor(vendorId, ctx.user(), job);
    }),
  'reports.portfolio': ({ jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await screenUnscreened(ctx, job);
      const ranked = await ctx.scoringWorker.call('portfolio', {});
      return ctx.write.reports.portfolio(ranked, ctx.read.scores.methodology(), ctx.user(), job);
    }),
  'reports.list': ({ vendorId }, ctx) => ({ reports: ctx.reports.store.list({ vendorId }) }),
  'reports.export': ({ id, format }, ctx) => ctx.reports.export(id, format),
  'reports.verify': ({ file }, ctx) => ctx.reports.store.verify(readVerifiable(ctx.host.resolveFile(file), file.name)),
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};

/**
 * A write that changed one vendor's score inputs (the vendor itself, a hit's review, its answers or evidence) keeps
 * its score snapshot in the same turn of the write queue: the history moves with the writes, never with a read.
 */
function rescored<T>(ctx: Ctx, written: T, vendorId: string): T {
  ctx.scores.keep([vendorId]);
  return written;
}

/** An allegation moves the scores of every vendor it reaches (named, or named as the parent), before and after. */
function keepReached(ctx: Ctx, subjectNames: readonly string[]): void {
  ctx.scores.keep(ctx.allegations.vendorsReachedBy(subjectNames, ctx.vendors.list()));
}

/** A screening run, then the score snapshots of the vendors whose hits it changed (a run that changed nothing, as
 *  most re-screens, costs no scoring pass). */
async function screen(ctx: Ctx, opts: Parameters<typeof runScreening>[1]): Promise<Output<'screening.run'>> {
  const { run, rescored } = await runScreening(ctx, opts);
  if (rescored.length > 0) await keepScoreSnapshots(ctx, rescored);
  return run;
}

/** A report on a vendor never screened would read as "no hits": screen it first (the lists loaded if need be). */
async function screenUnscreened(ctx: Ctx, job: Job, vendorIds?: string[]): Promise<void> {
  await ctx.pack.ensureFor(job, ctx.user());
  const statuses = ctx.read.screening.statuses();
  const ids = (vendorIds ?? ctx.read.vendors.list().map((v) => v.id)).filter((id) => (statuses[id]?.status ?? 'unscreened') === 'unscreened');
  if (ids.length > 0) await screen(ctx, { vendorIds: ids, trigger: 'Screened before a report', actor: ctx.user(), job });
}

/** Adds the demo vendors and allegations that are not there yet, in one transaction. */
function loadDemo(ctx: Ctx): number {
  const existing = ctx.vendors.idsByNormName();
  const recorded = new Set(ctx.allegations.list().map((a) => a.sourceTitle));
  const actor = ctx.user();
  return ctx.db.transaction(() => {
    let created = 0;
    for (const v of demoVendors()) {
      if (existing.has(vendorNameKey(v.legalName))) continue;
      ctx.vendors.create(v, actor);
      created += 1;
    }
    for (const a of demoAllegations()) if (!recorded.has(a.sourceTitle)) ctx.allegations.create(a, actor);
    // The demo's allegations may reach vendors already there too: every vendor's score is looked at, once.
    ctx.scores.keep(ctx.vendors.list().map((v) => v.id));
    return created;
  })();
}

function readStart(file: string, bytes: number): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function domains(db: Db, dataDir: string, engine: TaskWorker<ScreeningTasks>, reportOptions: ConstructorParameters<typeof Reports>[2]): CoreDomains {
  const d = openDomains(db, dataDir, engine);
  return { ...d, reports: new Reports(db, d, reportOptions) };
}

export function openCore(options: CoreOptions): Core {
  const db = options.readOnly ? openForReading(options.dataDir) : openDatabase(options.dataDir);
  // Only reads reach a read-only core, so its one connection serves as the reading side too.
  const reader = options.readOnly ? db : connect(options.dataDir, { readonly: true });
  const workerOptions = { workerDir: options.workerDir, workerData: { dataDir: options.dataDir } };
  const engine = new TaskWorker<ScreeningTasks>('screening', workerOptions);
  const listsWorker = new TaskWorker<ListTasks>('lists', workerOptions);
  const scoringWorker = new TaskWorker<ScoringTasks>('scoring', workerOptions);
  const writes = new WriteQueue();
  // Only the writing side prints (a report is kept as a record); the reading side lists, exports and verifies.
  const write = domains(db, options.dataDir, engine, { appVersion: options.version, makePrinter: options.makePrinter, writes });
  const read = domains(reader, options.dataDir, engine, { appVersion: options.version });
  const user = () =>
    (stmt(reader, "SELECT value FROM settings WHERE key = 'user'").get() as { value: string } | undefined)?.value ?? options.user ?? osUser();
  const pack = new DefaultPack(options.packDir, { read: read.lists, write: write.lists }, listsWorker, writes);
  const shared = { read, write, writes, pack, listsWorker, scoringWorker, jobs: new Jobs(), options, user };

  const checkOutputs = options.checkOutputs ?? checkOutputsByDefault();

  async function run(method: Method, input: unknown, host: HostContext): Promise<Envelope<unknown>> {
    const spec = contract[method];
    const parsed = (spec.input as z.ZodType).safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    if (options.readOnly && !READS.has(method)) return { ok: false, error: { code: 'conflict', message: `"${method}" changes data, and this data folder was opened for reading only.` } };
    try {
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      const call = (side: CoreDomains) => handler(parsed.data, { ...side, ...shared, host });
      const value = READS.has(method) || JOBS.has(method) ? await call(read) : await writes.run(() => call(write));
      if (checkOutputs) {
        const problem = outputProblem(spec.output as z.ZodType, value);
        if (problem) {
          console.error(`[vetter] ${method} answered a value its contract does not allow, at ${problem}`);
          return { ok: false, error: { code: 'internal', message: `${method} answered a value its contract does not allow, at ${problem}` } };
        }
      }
      return { ok: true, value };
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
      return run(method as Method, input, host);
    },
    prepare(emitProgress) {
      if (options.readOnly) return;
      // A load that fails says why on the Lists page (pack.state()), and the next screening tries again.
      pack
        .ensure(user(), emitProgress)
        .then(() => (read.lists.hasLists() ? read.screening.prepare() : undefined))
        .catch(() => undefined);
    },
    evidenceFile: (evidenceId) => read.assessments.evidencePath(evidenceId),
    reportPdf(reportId) {
      const report = read.reports.store.get(reportId);
      return { fileName: `${report.id}.pdf`, bytes: read.reports.store.pdf(reportId) };
    },
    async close() {
      // The database closes at once (a quitting app may not wait); the threads and the printer's browser after.
      db.close();
      if (reader !== db) reader.close();
      await Promise.all([engine.close(), listsWorker.close(), scoringWorker.close(), write.reports.close()]);
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

