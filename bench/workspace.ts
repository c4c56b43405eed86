// A workspace at a large company's size, on each engine (#13): a data folder (SQLite) and a team workspace on a
// PostgreSQL server this bench starts in a temp dir (tests/postgres-server.ts). Through the core, as a user does:
//   1. import 100,000 vendors (preview, then the import: one transaction);
//   2. screen 10,000 of them against the bundled default lists (loaded first, timed apart);
//   3. score the portfolio (every vendor, in the scoring worker);
//   4. typical reads one after another (a vendor-list window, a vendor, its screening, its score), idle and while 8
//      writers edit vendors (PostgreSQL: 8 apps, each its own core and connections; SQLite: one app, its one writer);
//   5. the 8 writers' edits while a list is imported and every vendor re-screened (one transaction).
// Targets on PostgreSQL: import at most 20 s, reads p95 at most 50 ms under the writers; an edit waits at most 1 s
// for the list import. Run: npm run bench:workspace (BENCH_VENDORS=N for another size; BENCH_ENGINE=postgres for the
// team workspace alone; BENCH_PHASE=import for the import alone).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Input, type Method, newVendorInput, type Output, type VendorInput } from '../electron/core/contract';
import { initWorkspace } from '../electron/core/db/postgres/grants';
import { PickedFiles } from '../electron/core/host';
import { type Core, openCore } from '../electron/core/service';
import type { WorkspaceLocation } from '../electron/core/workspace/model';
import { openWorkspace } from '../electron/core/workspace/open';
import { startPostgres } from '../tests/postgres-server';
import { refPath } from '../tests/reference-data';
import { formatSpread, type Spread, spread } from './latency';
import { vendorCsv } from './vendor-csv';

const ROOT = path.resolve(__dirname, '..');
const WORKER_DIR = path.join(ROOT, 'dist', 'electron');
const PACK_DIR = path.join(ROOT, 'assets', 'reference-pack');
const VENDORS = Number(process.env.BENCH_VENDORS ?? 100_000);
const POSTGRES_ONLY = process.env.BENCH_ENGINE === 'postgres';
const IMPORT_ONLY = process.env.BENCH_PHASE === 'import';
const SCREENED = Math.min(10_000, VENDORS);
const WRITERS = 8;
/** Reads fired under the writers (and idle), unless READ_PHASE_MS runs out first. */
const READS = 400;
const READ_PHASE_MS = 60_000;
/** A list to import over the bundled one: an older OFAC SDN, so that every vendor is screened again. */
const LIST_FILE = 'ofac-sdn/2024-05-03/sdn.csv';

/** A core as a host holds it, with the files the user picked. */
interface App {
  core: Core;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  pick(file: string): { ref: string; name: string };
}

async function openApp(location: WorkspaceLocation): Promise<App> {
  const core = openCore(await openWorkspace(location), { host: 'cli', version: 'bench', workerDir: WORKER_DIR, packDir: PACK_DIR });
  const files = new PickedFiles();
  const host = { resolveFile: files.resolve.bind(files), emitProgress: () => undefined };
  return {
    core,
    async call(method, input) {
      const result = await core.invoke(method, input, host);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as never;
    },
    pick: (file) => files.add(file, path.basename(file)),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Each request is a task of the event loop of its own, as a host hands it over: on SQLite, whose statements answer at
 * once, a loop of promises alone would starve every other loop and the worker threads' messages.
 */
const nextRequest = () => new Promise((resolve) => setImmediate(resolve));

/** The reads a user's screens make, in turn, on vendor `ids[i]`. */
const READ_KINDS: ((app: App, id: string, i: number) => Promise<unknown>)[] = [
  (app, _id, i) => app.call('vendors.page', { query: i % 8 < 4 ? '' : 'cloud', filters: {}, sort: { key: 'legalName', direction: 'asc' }, offset: 0, limit: 100 }),
  (app, id) => app.call('vendors.get', { id }),
  (app, id) => app.call('screening.vendor', { vendorId: id }),
  (app, id) => app.call('scores.vendor', { vendorId: id }),
];

async function reads(app: App, ids: readonly string[]): Promise<Spread> {
  const latencies: number[] = [];
  const until = performance.now() + READ_PHASE_MS;
  for (let i = 0; i < READS && performance.now() < until; i++) {
    await nextRequest();
    const read = READ_KINDS[i % READ_KINDS.length]!;
    latencies.push((await timed(() => read(app, ids[(i * 7919) % ids.length]!, i))).ms);
  }
  return spread(latencies);
}

const INPUT_FIELDS = Object.keys(newVendorInput()) as (keyof VendorInput)[];

/** Writers editing vendors of their own (their notes), one edit after another, until stop(); their edits' latencies. */
function editing(writers: readonly App[], ids: readonly string[]): { stop(): Promise<Spread> } {
  const latencies: number[] = [];
  let running = true;
  const loops = writers.map(async (app, w) => {
    for (let n = 0; running; n++) {
      await nextRequest();
      const id = ids[(w + WRITERS * n * 13) % ids.length]!;
      const t = performance.now();
      // As the vendor form saves: the vendor as read, one field changed.
      const vendor = await app.call('vendors.get', { id });
      const input = Object.fromEntries(INPUT_FIELDS.map((key) => [key, vendor[key]])) as VendorInput;
      await app.call('vendors.update', { id, version: vendor.version, vendor: { ...input, notes: `Edit ${n} by writer ${w}` } });
      latencies.push(performance.now() - t);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return spread(latencies);
    },
  };
}

interface Result {
  importMs: number;
  /** The phases after the import: null when only the import ran (BENCH_PHASE=import). */
  rest: Rest | null;
}

interface Rest {
  packMs: number;
  screenMs: number;
  portfolioMs: number;
  idle: Spread;
  underWriters: Spread;
  edits: Spread;
  listImportMs: number;
  editsDuringListImport: Spread;
}

/** The whole run on one workspace; `writerApp` opens another app on it (SQLite: none, the one app writes). */
async function measure(location: WorkspaceLocation, writerApp: (() => Promise<App>) | null, dir: string, log: (line: string) => void): Promise<Result> {
  const app = await openApp(location);
  const writers: App[] = writerApp ? await Promise.all(Array.from({ length: WRITERS }, writerApp)) : Array.from({ length: WRITERS }, () => app);
  try {
    const file = app.pick(vendorCsv(dir, VENDORS));
    const imported = await timed(async () => {
      const preview = await app.call('vendors.importPreview', { file });
      return app.call('vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'import' });
    });
    log(`imported ${imported.value.created} vendors in ${(imported.ms / 1000).toFixed(1)} s`);
    if (IMPORT_ONLY) return { importMs: imported.ms, rest: null };
    const ids = (await app.call('vendors.list', {})).vendors.map((v) => v.id);
    // The bundled lists load on first use and the index is read: one vendor screened, timed apart.
    const pack = await timed(() => app.call('screening.run', { jobId: 'pack', vendorIds: ids.slice(0, 1) }));
    const screened = await timed(() => app.call('screening.run', { jobId: 'screen', vendorIds: ids.slice(0, SCREENED) }));
    log(`pack loaded in ${(pack.ms / 1000).toFixed(1)} s; ${screened.value.vendorCount} vendors screened in ${(screened.ms / 1000).toFixed(1)} s`);
    const portfolio = await timed(() => app.call('scores.portfolio', {}));
    log(`portfolio of ${portfolio.value.vendors.length} vendors scored in ${(portfolio.ms / 1000).toFixed(1)} s`);
    const readIds = ids.slice(0, SCREENED);
    const idle = await reads(app, readIds);
    const edits = editing(writers, ids);
    const underWriters = await reads(app, readIds);
    const editLatency = await edits.stop();
    log(`reads idle ${formatSpread(idle)}, under ${WRITERS} writers ${formatSpread(underWriters)}; edits ${formatSpread(editLatency)}`);
    const duringList = editing(writers, ids);
    const listImport = await timed(() => app.call('lists.import', { files: [app.pick(refPath(LIST_FILE))], jobId: 'list', confirmed: true }));
    const editsDuringListImport = await duringList.stop();
    log(`list import and re-screen of ${listImport.value.run?.vendorCount} vendors in ${(listImport.ms / 1000).toFixed(1)} s; edits meanwhile ${formatSpread(editsDuringListImport)}`);
    const rest = {
      packMs: pack.ms,
      screenMs: screened.ms,
      portfolioMs: portfolio.ms,
      idle,
      underWriters,
      edits: editLatency,
      listImportMs: listImport.ms,
      editsDuringListImport,
    };
    return { importMs: imported.ms, rest };
  } finally {
    await Promise.all([...new Set([app, ...writers])].map((a) => a.core.close()));
  }
}

async function onSqlite(): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-ws-'));
  try {
    return await measure({ engine: 'sqlite', dataDir: path.join(dir, 'data') }, null, dir, (l) => console.log(`  SQLite: ${l}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-ws-'));
  const server = await startPostgres();
  try {
    const url = await server.createDatabase('bench');
    await initWorkspace(url);
    const location = { engine: 'postgres', url } as const;
    return await measure(location, () => openApp(location), dir, (l) => console.log(`  PostgreSQL: ${l}`));
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A line of the table: its label, its value on one engine's result, the target's verdict. */
type Row<R> = [string, (r: R) => string, string];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(sqlite: Result | null, postgres: Result): void {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const imported: Row<Result> = [`Import ${VENDORS.toLocaleString('en-US')} vendors`, (r) => seconds(r.importMs), `≤ 20 s: ${verdict(postgres.importMs <= 20_000)}`];
  const pg = postgres.rest;
  const rest: Row<Rest>[] = pg
    ? [
        ['Bundled lists loaded (first use)', (r) => seconds(r.packMs), ''],
        [`Screen ${SCREENED.toLocaleString('en-US')} vendors`, (r) => seconds(r.screenMs), ''],
        ['Portfolio score (every vendor)', (r) => seconds(r.portfolioMs), ''],
        ['Reads, idle: p50 / p95 / max', (r) => formatSpread(r.idle), ''],
        [`Reads, ${WRITERS} writers editing`, (r) => formatSpread(r.underWriters), `p95 ≤ 50 ms: ${verdict(pg.underWriters.p95 <= 50)}`],
        [`Edits by the ${WRITERS} writers`, (r) => `${formatSpread(r.edits)} (${r.edits.n})`, ''],
        ['List import + re-screen of every vendor', (r) => seconds(r.listImportMs), ''],
        ['Edits meanwhile', (r) => `${formatSpread(r.editsDuringListImport)} (${r.editsDuringListImport.n})`, `max ≤ 1 s: ${verdict(pg.editsDuringListImport.max <= 1_000)}`],
      ]
    : [];
  const rows: Row<Result>[] = [imported, ...rest.map(([label, value, target]): Row<Result> => [label, (r) => value(r.rest!), target])];
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, load average ${load}`);
  console.log('| | SQLite (data folder) | PostgreSQL (team workspace) | Target (PostgreSQL) |');
  console.log('|---|---|---|---|');
  for (const [label, value, target] of rows) console.log(`| ${label} | ${sqlite ? value(sqlite) : 'not run'} | ${value(postgres)} | ${target} |`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(WORKER_DIR, 'vendors-worker.cjs'))) throw new Error('Build first: npm run build');
  console.log(`${VENDORS.toLocaleString('en-US')} vendors; reads: vendors.page, vendors.get, screening.vendor, scores.vendor in turn`);
  const sqlite = POSTGRES_ONLY ? null : await onSqlite();
  const postgres = await onPostgres();
  print(sqlite, postgres);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
