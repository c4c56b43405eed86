// The core behind every host: the dispatcher of the contract's methods to their handlers (each domain's own, in its
// handlers.ts), input checked by the method's schema, results returned in the { ok, value | error } envelope, on
// the side the method needs (read, write queue, or job). Hosts (Electron IPC, browser host, CLI) only transport
// calls here; nothing is decided twice.
import type { z } from 'zod';
import { allegationHandlers } from './allegations/handlers';
import type { StoredEvidence } from './assessment/assessments';
import { assessmentHandlers } from './assessment/handlers';
import { auditHandlers } from './audit/handlers';
import { CHANGES, PACK_LOADED } from './changes';
import type { CoreDomains, CoreOptions, Ctx, Handlers } from './context';
import { contract, type Envelope, type Method } from './contract';
import { connect, type Db, openDatabase, openForReading, schemaVersion } from './db/open';
import { SqliteStore } from './db/sqlite-store';
import { WriteQueue } from './db/write-queue';
import { demoHandlers } from './demo/handlers';
import { openDomains } from './domains';
import { VetterError } from './errors';
import type { HostContext } from './host';
import { jobHandlers } from './jobs/handlers';
import { Jobs } from './jobs/jobs';
import { TaskWorker } from './jobs/worker';
import { DefaultPack } from './lists/default-pack';
import { listHandlers } from './lists/handlers';
import type { ListTasks } from './lists/tasks';
import { checkOutputsByDefault, outputProblem } from './output-check';
import { questionnaireHandlers } from './questionnaires/handlers';
import { ownershipHandlers } from './ownership/handlers';
import { reportHandlers } from './reports/handlers';
import { Reports } from './reports/reports';
import { scoringHandlers } from './scoring/handlers';
import type { ScoringTasks } from './scoring/tasks';
import { screeningHandlers } from './screening/handlers';
import type { ScreeningTasks } from './screening/tasks';
import { settingsHandlers } from './settings/handlers';
import { osUser, Settings } from './settings/settings';
import { needOf, requireRole } from './permissions';
import { ONE_USER } from './workspace/roles';
import { vendorHandlers } from './vendors/handlers';
import { workHandlers } from './work/handlers';

export type { CoreOptions } from './context';

export interface Core {
  readonly dataDir: string;
  readonly db: Db;
  invoke(method: string, input: unknown, host: HostContext): Promise<Envelope<unknown>>;
  /** Where an evidence file's stored copy is, for the host to open through the operating system (never sent to the UI). */
  evidenceFile(evidenceId: string): Promise<StoredEvidence>;
  /** A kept report's PDF, for the host to open with the system's viewer. */
  reportPdf(reportId: string): Promise<{ fileName: string; bytes: Buffer }>;
  /**
   * What a window opening will soon need, started off the request path: on first use the load of the bundled lists
   * (its progress and its end broadcast), then the screening index, so that the first screening starts at once.
   * Requests never start either: a read writes nothing.
   */
  prepare(): void;
  /** Closes the database, the worker threads and the report printer. */
  close(): Promise<void>;
}

// Each domain's handlers live with it (<domain>/handlers.ts); the table must name every method of the contract.
const handlers: Handlers = {
  ...settingsHandlers,
  ...demoHandlers,
  ...vendorHandlers,
  ...auditHandlers,
  ...listHandlers,
  ...screeningHandlers,
  ...allegationHandlers,
  ...assessmentHandlers,
  ...questionnaireHandlers,
  ...scoringHandlers,
  ...reportHandlers,
  ...workHandlers,
  ...jobHandlers,
  ...ownershipHandlers,
};


export function openCore(options: CoreOptions): Core {
  const db = options.readOnly ? openForReading(options.dataDir) : openDatabase(options.dataDir);
  // Only reads reach a read-only core, so its one connection serves as the reading side too.
  const reader = options.readOnly ? db : connect(options.dataDir, { readonly: true });
  const workerOptions = { workerDir: options.workerDir, workerData: { dataDir: options.dataDir } };
  // The screening worker looks for the pack index its build made beside itself (prebuilt.ts).
  const engine = new TaskWorker<ScreeningTasks>('screening', { ...workerOptions, workerData: { dataDir: options.dataDir, workerDir: options.workerDir } });
  const listsWorker = new TaskWorker<ListTasks>('lists', workerOptions);
  const scoringWorker = new TaskWorker<ScoringTasks>('scoring', workerOptions);
  const writes = new WriteQueue();
  const store = new SqliteStore(db, reader, writes);
  const opened = openDomains(store, options.dataDir, engine);
  const domains: CoreDomains = { ...opened, reports: new Reports(store, opened, { appVersion: options.version, makePrinter: options.makePrinter }) };
  const settings = new Settings(store);
  const actor = async () => (await settings.user()) ?? options.user ?? osUser();
  const pack = new DefaultPack(options.packDir, domains.lists, listsWorker);
  const shared = { ...domains, store, schemaVersion: schemaVersion(db), settings, pack, listsWorker, scoringWorker, jobs: new Jobs(), options };

  const checkOutputs = options.checkOutputs ?? checkOutputsByDefault();

  async function run(method: Method, input: unknown, host: HostContext): Promise<Envelope<unknown>> {
    const spec = contract[method];
    const parsed = (spec.input as z.ZodType).safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    const changes = CHANGES[method];
    if (options.readOnly && changes.length > 0) return { ok: false, error: { code: 'conflict', message: `"${method}" changes data, and this data folder was opened for reading only.` } };
    try {
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      const [user, access] = await Promise.all([actor(), options.access?.() ?? ONE_USER]);
      // Refused before anything is written: the database would refuse the same write (PostgreSQL's grants).
      requireRole(user, access, needOf(method, parsed.data as never));
      // Writes take the write queue in their store transactions, and only for them: reads never wait behind one.
      const work = () => handler(parsed.data, { ...shared, host, user: () => user, access });
      // Every window reloads what a write changed; one that failed part way (a cancelled screening keeps what it
      // stored) too.
      const value = changes.length === 0 ? await work() : await Promise.resolve().then(work).finally(() => options.broadcast?.changed({ areas: [...changes] }));
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
    prepare() {
      if (options.readOnly) return;
      // A load that fails says why on the Lists page (pack.state()), and the next screening tries again.
      (async () => {
        const loaded = await domains.lists.hasLists();
        await pack.ensure(await actor(), options.broadcast?.progress);
        if (!loaded) options.broadcast?.changed(PACK_LOADED);
        if (await domains.lists.hasLists()) await domains.screening.prepare();
      })().catch(() => undefined);
    },
    evidenceFile: (evidenceId) => domains.assessments.evidencePath(evidenceId),
    async reportPdf(reportId) {
      const report = await domains.reports.store.get(reportId);
      return { fileName: `${report.id}.pdf`, bytes: await domains.reports.store.pdf(reportId) };
    },
    async close() {
      // The database closes at once (a quitting app may not wait); the threads and the printer's browser after.
      // Everything written is first moved from the write-ahead log into vetter.db itself, so that a copy of that one
      // file (a backup, a move) holds it all, whatever the worker threads' connections leave behind.
      if (!options.readOnly && db.open) db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      if (reader !== db) reader.close();
      await Promise.all([engine.close(), listsWorker.close(), scoringWorker.close(), domains.reports.close()]);
    },
  };
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

