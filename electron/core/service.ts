// The core behind every host: the dispatcher of the contract's methods to their handlers (each domain's own, in its
// handlers.ts), input checked by the method's schema, results returned in the { ok, value | error } envelope, on
// the side the method needs (read, write queue, or job). Hosts (Electron IPC, browser host, CLI) only transport
// calls here; nothing is decided twice.
import type { z } from 'zod';
import { allegationHandlers } from './allegations/handlers';
import type { StoredEvidence } from './assessment/assessments';
import { assessmentHandlers } from './assessment/handlers';
import { auditHandlers } from './audit/handlers';
import { bundleHandlers } from './bundles/handlers';
import { CHANGES, PACK_LOADED } from './changes';
import type { CoreDomains, CoreOptions, Ctx, Handlers } from './context';
import { contract, type Envelope, type Method } from './contract';
import type { DataChange } from './data-areas';
import { demoHandlers } from './demo/handlers';
import { openDomains } from './domains';
import { VetterError } from './errors';
import type { HostContext } from './host';
import { findingHandlers } from './findings/handlers';
import { jobHandlers } from './jobs/handlers';
import { Jobs } from './jobs/jobs';
import { TaskWorker } from './jobs/worker';
import { DefaultPack } from './lists/default-pack';
import { listHandlers } from './lists/handlers';
import type { ListTasks } from './lists/tasks';
import { checkOutputsByDefault, outputProblem } from './output-check';
import { questionnaireHandlers } from './questionnaires/handlers';
import { ownershipHandlers } from './ownership/handlers';
import { supplierHandlers } from './suppliers/handlers';
import { viewHandlers } from './views/handlers';
import { reportHandlers } from './reports/handlers';
import { Reports } from './reports/reports';
import { scoringHandlers } from './scoring/handlers';
import type { ScoringTasks } from './scoring/tasks';
import { screeningHandlers } from './screening/handlers';
import type { ScreeningTasks } from './screening/tasks';
import { settingsHandlers } from './settings/handlers';
import { SigningKeys } from './signing/keys';
import { dailyCheckpoint, nextCheckpointDue } from './audit/checkpoints';
import { needOf, requireRole, roleRefusal } from './permissions';
import { Settings } from './settings/settings';
import { vendorHandlers } from './vendors/handlers';
import { workHandlers } from './work/handlers';
import type { Workspace } from './workspace/model';

export type { CoreOptions } from './context';

export interface Core {
  readonly workspace: Workspace;
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
  /** Whether a long job (an import, a screening, a report) is running: closing now would cut it off. */
  busy(): boolean;
  /** Closes the workspace, the worker threads and the report printer. */
  close(): Promise<void>;
}

// Each domain's handlers live with it (<domain>/handlers.ts); the table must name every method of the contract.
const handlers: Handlers = {
  ...settingsHandlers,
  ...demoHandlers,
  ...vendorHandlers,
  ...auditHandlers,
  ...bundleHandlers,
  ...listHandlers,
  ...screeningHandlers,
  ...allegationHandlers,
  ...assessmentHandlers,
  ...findingHandlers,
  ...questionnaireHandlers,
  ...scoringHandlers,
  ...reportHandlers,
  ...workHandlers,
  ...jobHandlers,
  ...ownershipHandlers,
  ...supplierHandlers,
  ...viewHandlers,
};

/** The core over an opened workspace (workspace/open.ts), which it closes when it closes. */
export function openCore(workspace: Workspace, options: CoreOptions): Core {
  const { store } = workspace;
  // Worker threads open their own read-only store on the same workspace (workspace/worker-store.ts).
  const workerOptions = { workerDir: options.workerDir, workerData: { workspace: workspace.forWorkers } };
  // The screening worker looks for the pack index its build made beside itself (prebuilt.ts).
  const engine = new TaskWorker<ScreeningTasks>('screening', { ...workerOptions, workerData: { ...workerOptions.workerData, workerDir: options.workerDir } });
  const listsWorker = new TaskWorker<ListTasks>('lists', workerOptions);
  const scoringWorker = new TaskWorker<ScoringTasks>('scoring', workerOptions);
  const settings = new Settings(store, workspace.identity);
  const opened = openDomains(store, workspace.evidence, engine, (login) => settings.nameOf(login));
  const signing = options.signing && new SigningKeys(options.signing.keysFolder, options.signing.unlocker);
  const domains: CoreDomains = { ...opened, reports: new Reports(store, opened, { appVersion: options.version, makePrinter: options.makePrinter, signing }) };
  const { login } = workspace.identity;
  const pack = new DefaultPack(options.packDir, domains.lists, listsWorker);
  const jobs = new Jobs();
  const shared = { ...domains, store, workspace, settings, pack, listsWorker, scoringWorker, jobs, options, signing };

  // What follows a write once it has answered (another app told of it, the daily checkpoint), waited for at close.
  const trailing = new Set<Promise<unknown>>();
  const afterwards = (work: Promise<unknown>) => {
    const done: Promise<unknown> = work.catch(() => undefined).finally(() => trailing.delete(done));
    trailing.add(done);
  };
  // A change goes to this app's windows, and to every other app on a shared workspace; theirs come to the windows.
  // A notification lost with the connection is not sent: the other apps see that change at their next read of it.
  const changed = (change: DataChange) => {
    options.broadcast?.changed(change);
    if (workspace.changes) afterwards(workspace.changes.publish(change));
  };
  // The audit chain is signed at least daily (audit/checkpoints.ts) by whoever writes with their key unlocked. The
  // database is asked again only once the newest checkpoint this app saw turns a day old (another app's newer one is
  // found then), not after every write: one check in flight at a time, and a failed one is tried at the next write.
  let checkFrom = 0;
  const signDaily = () => {
    const identity = signing?.unlockedAs(login);
    if (!identity || Date.now() < checkFrom) return;
    checkFrom = Number.POSITIVE_INFINITY;
    const check = store.transaction(async (tx) => {
      await dailyCheckpoint(tx, identity);
      return nextCheckpointDue(tx);
    });
    afterwards(check.then((due) => (checkFrom = due), (err) => ((checkFrom = 0), Promise.reject(err))));
  };
  const stopListening = options.broadcast && workspace.changes?.listen((change) => options.broadcast?.changed(change));

  const checkOutputs = options.checkOutputs ?? checkOutputsByDefault();

  async function run(method: Method, input: unknown, host: HostContext): Promise<Envelope<unknown>> {
    const spec = contract[method];
    const parsed = (spec.input as z.ZodType).safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    const changes = CHANGES[method];
    if (workspace.readOnly && changes.length > 0) return { ok: false, error: { code: 'conflict', message: `"${method}" changes data, and this workspace was opened for reading only.` } };
    try {
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      const needed = needOf(method, parsed.data as never);
      let access = await workspace.identity.access();
      // Roles are taken as read for a few seconds (workspace/postgres.ts): one granted since is asked for before refusing.
      if (roleRefusal(login, access, needed)) access = await workspace.identity.access({ fresh: true });
      // Refused before anything is written: the database would refuse the same write (PostgreSQL's grants).
      requireRole(login, access, needed);
      // Writes take the write queue in their store transactions, and only for them: reads never wait behind one.
      const work = () => handler(parsed.data, { ...shared, host, user: () => login, access });
      // Every window reloads what a write changed; one that failed part way (a cancelled screening keeps what it
      // stored) too, but not one refused because the workspace cannot be reached: its windows would only fail to
      // reload (and a page that fails to load drops the form the user is filling in); they reload when it is back.
      let value: unknown;
      if (changes.length === 0) value = await work();
      else {
        try {
          value = await work();
        } catch (err) {
          if (!(err instanceof VetterError && err.code === 'unavailable')) changed({ areas: [...changes] });
          throw err;
        }
        changed({ areas: [...changes] });
        signDaily();
      }
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
    workspace,
    invoke(method, input, host) {
      if (!Object.hasOwn(contract, method)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: `Unknown request "${String(method).slice(0, 60)}".` } });
      }
      return run(method as Method, input, host);
    },
    prepare() {
      if (workspace.readOnly) return;
      // A load that fails says why on the Lists page (pack.state()), and the next screening tries again.
      (async () => {
        const loaded = await domains.lists.hasLists();
        // Only an admin's app loads the bundled lists into a workspace; others' wait for theirs.
        const access = await workspace.identity.access();
        if (!loaded && !access.roles.includes('vetter_admin')) return;
        await pack.ensure(login, access, options.broadcast?.progress);
        if (!loaded) changed(PACK_LOADED);
        if (await domains.lists.hasLists()) await domains.screening.prepare();
      })().catch(() => undefined);
    },
    busy: () => jobs.busy,
    evidenceFile: (evidenceId) => domains.assessments.stored(evidenceId),
    async reportPdf(reportId) {
      const report = await domains.reports.store.get(reportId);
      return { fileName: `${report.id}.pdf`, bytes: await domains.reports.store.pdf(reportId) };
    },
    async close() {
      // The workspace closes at once (a quitting app may not wait: a data folder's is done before the first await),
      // after what still follows a write (other apps told, the daily checkpoint); the threads and the printer's
      // browser after.
      if (stopListening) stopListening();
      const closed = trailing.size > 0 ? Promise.allSettled(trailing).then(() => workspace.close()) : workspace.close();
      await Promise.all([closed, engine.close(), listsWorker.close(), scoringWorker.close(), domains.reports.close()]);
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

