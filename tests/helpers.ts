// Shared by the vitest suites: fresh data directories and a core with a plain host context, on a data folder or on any
// opened workspace (tests/stores.ts and tests/workspaces.ts make team workspaces on a real PostgreSQL server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AllegationInput, type Envelope, type Input, type Method, newVendorInput, type Output, type VendorInput } from '../electron/core/contract';
import type { Db } from '../electron/core/db/open';
import { SqliteStore } from '../electron/core/db/sqlite-store';
import { WriteQueue } from '../electron/core/db/write-queue';
import { type Broadcast, PickedFiles } from '../electron/core/host';
import type { PdfPrinter } from '../electron/core/reports/printer';
import { type Core, type CoreOptions, openCore } from '../electron/core/service';
import { type FolderWorkspace, openFolderWorkspace } from '../electron/core/workspace/folder';
import type { Workspace } from '../electron/core/workspace/model';
import type { Access } from '../electron/core/workspace/roles';

export const ROOT = path.resolve(__dirname, '..');

export function tempDir(prefix = 'vetter-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore {
  core: Core;
  files: PickedFiles;
  progress: { jobId: string; phase: string; done: number; total: number }[];
  /** Calls a method and returns its envelope. The input is typed by the contract: a renamed field breaks the build. */
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  /** Calls a method and returns its value, failing the test on an error envelope. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Sends what the types would refuse (a wrong field, an unknown method), as a script or a damaged client may. */
  invokeUnchecked(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Registers a file as if the user picked it. */
  pick(file: string): { ref: string; name: string };
}

/** A test core on a data folder, with its database connection and folder for looking behind the core's back. */
export interface FolderTestCore extends TestCore {
  db: Db;
  dataDir: string;
}

export const PACK_DIR = path.join(ROOT, 'assets', 'reference-pack');

/**
 * What someone holding the SQLite file and a SQL tool can do before tampering with the audit log: drop its triggers
 * (migration 16), the second wall. The hash chain still tells.
 */
export const DROP_AUDIT_TRIGGERS = ['audit_events_immutable_update', 'audit_events_immutable_delete', 'audit_head_follows_insert', 'audit_head_follows_update', 'audit_head_immutable_delete']
  .map((t) => `DROP TRIGGER IF EXISTS ${t};`)
  .join(' ');

export interface TestCoreOptions {
  withPack?: boolean;
  packDir?: string;
  makePrinter?: () => PdfPrinter;
  broadcast?: Broadcast;
  /** Signs reports (signing/keys.ts); without it they are kept unsigned. */
  signing?: CoreOptions['signing'];
}

/**
 * A core on a fresh data folder, acting as the account "tester" (holding every role, unless `access` says otherwise);
 * `withPack` (or another `packDir`) lets it load the bundled lists on first use.
 */
export function testCore(dataDir = tempDir(), opts: TestCoreOptions & { access?: () => Promise<Access> } = {}): FolderTestCore {
  const workspace = openFolderWorkspace(dataDir, { account: 'tester', access: opts.access });
  return { ...coreOn(workspace, opts), db: workspace.db, dataDir };
}

/** The data folder a core runs on (tests that look at its files or its database directly). */
export function folderOf(core: Core): FolderWorkspace {
  if (core.workspace.engine !== 'sqlite') throw new Error('This core does not run on a data folder.');
  return core.workspace as FolderWorkspace;
}

/** A core on an opened workspace, which it closes when it closes. */
export function coreOn(workspace: Workspace, opts: TestCoreOptions = {}): TestCore {
  const packDir = opts.packDir ?? (opts.withPack ? PACK_DIR : undefined);
  // Every answer is checked against its method's output schema: a handler answering a shape the contract does not
  // allow fails the test, naming the method and the path.
  // `npm test` runs the worker threads its build just made (VETTER_TEST_WORKER_DIR: started in a moment, as the app's
  // are); a test run on its own runs them from the sources, through tsx.
  const workerDir = process.env.VETTER_TEST_WORKER_DIR || undefined;
  const core = openCore(workspace, { host: 'cli', version: '0.0.0-test', packDir, workerDir, makePrinter: opts.makePrinter, broadcast: opts.broadcast, signing: opts.signing, checkOutputs: true });
  const files = new PickedFiles();
  const progress: TestCore['progress'] = [];
  const host = { resolveFile: files.resolve.bind(files), emitProgress: (p: TestCore['progress'][number]) => progress.push(p) };
  const invoke = <M extends Method>(method: M, input: Input<M>) => core.invoke(method, input, host) as Promise<Envelope<Output<M>>>;
  return {
    core,
    files,
    progress,
    invoke,
    invokeUnchecked: (method, input) => core.invoke(method, input, host),
    async call(method, input) {
      const result = await invoke(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    pick: (file) => files.add(file, path.basename(file)),
  };
}

/** The store over one database connection (reads on `reader`, the same one unless given), with a queue of its own. */
export function storeOf(db: Db, reader: Db = db): SqliteStore {
  return new SqliteStore(db, reader, new WriteQueue());
}

export function vendorInput(overrides: Partial<VendorInput> = {}): VendorInput {
  return {
    ...newVendorInput('Example Cloud Ltd'),
    countryOfIncorporation: 'GB',
    services: ['SaaS'],
    dataShared: ['Customer personal data'],
    criticality: 'medium',
    ...overrides,
  };
}

/**
 * Makes appending these audit actions fail on the core's writing connection (a trigger of that connection only), as
 * a full disk or a damaged log would, after the change the event records was written in the same transaction. The
 * core logs each such failure: the log is silenced until restore().
 */
export function failAuditOf(t: FolderTestCore, ...actions: string[]): { restore(): void } {
  const log = console.error;
  console.error = () => undefined;
  const list = actions.map((a) => `'${a}'`).join(', ');
  t.db.exec(`CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_events WHEN NEW.action IN (${list}) BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`);
  return {
    restore() {
      t.db.exec('DROP TRIGGER temp.audit_fails');
      console.error = log;
    },
  };
}

/** A trade-press allegation against a parent company (it reaches the parent's subsidiaries too). */
export const ALLEGATION_INPUT: AllegationInput = {
  subjectName: 'Example Group Holdings Ltd',
  sourceTitle: 'Report on Example Group',
  publisher: 'Trade Weekly',
  sourceType: 'trade press',
  url: 'https://news.example/report',
  publishedAt: '2025-06-01',
  claims: [{ category: 'IP or model theft', text: 'Claims model weights were copied.' }],
  status: 'alleged',
  statusDate: '2025-06-01',
  vendorResponse: null,
  credibility: 2,
  credibilityRationale: 'Single trade-press source, unnamed insiders.',
};
