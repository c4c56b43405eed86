// What every handler is given: the domains, the store they are on, the shared workers, and the host that called. Kept apart from service.ts so that each domain's handlers.ts can name it without
// importing the dispatcher that imports them.
import type { Method, Output, ParsedInput } from './contract';
import type { Store } from './db/store';
import type { Domains } from './domains';
import type { Broadcast, HostContext } from './host';
import type { Jobs } from './jobs/jobs';
import type { TaskWorker } from './jobs/worker';
import type { DefaultPack } from './lists/default-pack';
import type { ListTasks } from './lists/tasks';
import type { PdfPrinter } from './reports/printer';
import type { Reports } from './reports/reports';
import type { ScoringTasks } from './scoring/tasks';
import type { KeyUnlocker, SigningKeys } from './signing/keys';
import type { Settings } from './settings/settings';
import type { Workspace } from './workspace/model';
import type { Access } from './workspace/roles';

/** How a host runs the core; where the data is, and who acts, is the workspace's (openCore's first argument). */
export interface CoreOptions {
  host: 'electron' | 'browser' | 'cli';
  version: string;
  /** The bundled default list pack (assets/reference-pack), loaded on first use of screening; none in some tests. */
  packDir?: string;
  /** Starts the printer reports are printed with (Electron window or system Chromium); without it, reports fail clearly. */
  makePrinter?: () => PdfPrinter;
  /**
   * How reports are signed by their preparer: the folder on this machine where signing keys are kept (the host's local
   * folder) and how their passphrase is had. Without it reports are kept unsigned, and say so.
   */
  signing?: { keysFolder: string; unlocker: KeyUnlocker };
  /** The folder of the bundled worker threads (`*-worker.cjs`); without it they run from the TypeScript sources. */
  workerDir?: string;
  /** Where the core tells every window of progress and changes (core.prepare, after each write). */
  broadcast?: Broadcast;
  /**
   * Checks every answer against its method's output schema and answers `internal` naming the method and the path
   * when it does not fit (tests and development; output-check.ts). Default: VETTER_CHECK_OUTPUTS=1, or NODE_ENV
   * development or test.
   */
  checkOutputs?: boolean;
}

/** Every domain, and the reports made from them. */
export interface CoreDomains extends Domains {
  reports: Reports;
}

export interface Ctx extends CoreDomains {
  /** The data as the domains reach it (db/store.ts): reads, and transactions one at a time. */
  store: Store;
  /** Where the data is, its schema version and who acts (app.info). */
  workspace: Workspace;
  settings: Settings;
  pack: DefaultPack;
  listsWorker: TaskWorker<ListTasks>;
  scoringWorker: TaskWorker<ScoringTasks>;
  jobs: Jobs;
  host: HostContext;
  options: CoreOptions;
  /** The signing keys on this machine (CoreOptions.signing); undefined when the host signs nothing. */
  signing: SigningKeys | undefined;
  /** Who is recorded as acting: the workspace's login (the database login, or the operating system's account). */
  user(): string;
  /** What they may do (the workspace's identity.access()), as it was when the request came. */
  access: Access;
}

/** One handler per contract method: its input already checked by the method's schema. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>, ctx: Ctx) => Output<M> | Promise<Output<M>> };
