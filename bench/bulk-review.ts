// How long one bulk review of 500 hits takes (#15; target: at most 2 s), through the core as the app calls it: the
// review transaction (each hit's own step and audit event) and the score snapshots of the vendors it touched. Once by
// hit ids (hits picked in the hit list), once by list entry ("apply to every vendor's hits on this entry"). On a data
// folder (SQLite) and, when a PostgreSQL server can be started as the tests start one, on a team workspace.
// Numbers only: nothing here asserts a time. Run: npm run bench:bulk-review (BENCH_HITS=N for another size).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Input, Method, Output } from '../electron/core/contract';
import { initWorkspace } from '../electron/core/db/postgres/grants';
import { nextSeq } from '../electron/core/db/store';
import { PickedFiles } from '../electron/core/host';
import { type Core, openCore } from '../electron/core/service';
import type { WorkspaceLocation } from '../electron/core/workspace/model';
import { openWorkspace } from '../electron/core/workspace/open';
import { ListVersions } from '../electron/core/lists/versions';
import { Screening } from '../electron/core/screening/screening';
import { VendorRepository } from '../electron/core/vendors/repository';
import { startPostgres } from '../tests/postgres-server';
import { vendorCsv } from './vendor-csv';

const ROOT = path.resolve(__dirname, '..');
const WORKER_DIR = path.join(ROOT, 'dist', 'electron');
const PACK_DIR = path.join(ROOT, 'assets', 'reference-pack');
const HITS = Number(process.env.BENCH_HITS ?? 500);
const AT = '2026-01-01T00:00:00.000Z';
const EXPLANATION = JSON.stringify({ text: 'Same name', vendorName: 'x', listName: 'x', vendorTokens: [], listTokens: [], alignment: [], parts: {}, thresholds: { match: 0.9, review: 0.8 } });

interface Result {
  byIdsMs: number;
  byEntryMs: number;
  reviewOnlyMs: number;
}

async function measure(location: WorkspaceLocation, dir: string): Promise<Result> {
  const core: Core = openCore(await openWorkspace(location), { host: 'cli', version: 'bench', workerDir: WORKER_DIR, packDir: PACK_DIR });
  const files = new PickedFiles();
  const host = { resolveFile: files.resolve.bind(files), emitProgress: () => undefined };
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await core.invoke(method, input, host);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  try {
    const file = files.add(vendorCsv(dir, HITS), 'vendors.csv');
    const preview = await call('vendors.importPreview', { file });
    await call('vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'import' });
    const vendorIds = (await call('vendors.list', {})).vendors.map((v) => v.id);
    // Two hits per vendor, in the review band of the Entity List (one reviewer decides them): one on entry E-1 for the
    // by-entry review, one on E-2 for the by-ids review. Written as a screening stores them, without screening.
    const byIds: string[] = [];
    const versionId = randomUUID();
    await core.workspace.store.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO list_versions (id, list_key, list_name, publisher, format, sha256, files, entry_count, counts, warnings, imported_at, imported_by, seq)
         VALUES (?, 'bis-dpl', 'Entity List', 'BIS', 'csv', ?, '[]', 2, '{}', '[]', ?, 'bench', ${nextSeq('list_versions')})`,
        [versionId, versionId, AT],
      );
      const rows = vendorIds.flatMap((vendorId) =>
        ['E-1', 'E-2'].map((entryId) => {
          const id = randomUUID();
          if (entryId === 'E-2') byIds.push(id);
          return [id, vendorId, entryId, versionId, EXPLANATION, AT];
        }),
      );
      await tx.runMany(
        `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at)
         VALUES (?, ?, 'bis-dpl', ?, ?, 'fp', 'ACME TRADING', 'Acme Trading', 'ACME TRADING', 'name', 0.85, 'review', ?, ?)`,
        rows,
      );
      await tx.runMany('INSERT INTO vendor_screening (vendor_id, screened_at) VALUES (?, ?)', vendorIds.map((id) => [id, AT]));
    });
    const timed = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const byIdsMs = await timed(() => call('screening.reviewMany', { hitIds: byIds, decision: 'dismissed', reason: 'Different company: registration number differs' }));
    const byEntryMs = await timed(() => call('screening.reviewMany', { entry: { listKey: 'bis-dpl', entryId: 'E-1' }, decision: 'dismissed', reason: 'The entry is an individual' }));
    // The review transaction alone (no score snapshots), on hits of a third entry: where the time goes.
    const store = core.workspace.store;
    const e3: string[] = [];
    await store.transaction(async (tx) => {
      const rows = vendorIds.map((vendorId) => {
        const id = randomUUID();
        e3.push(id);
        return [id, vendorId, 'E-3', versionId, EXPLANATION, AT];
      });
      await tx.runMany(
        `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at)
         VALUES (?, ?, 'bis-dpl', ?, ?, 'fp', 'ACME TRADING', 'Acme Trading', 'ACME TRADING', 'name', 0.85, 'review', ?, ?)`,
        rows,
      );
    });
    const vendors = new VendorRepository(store);
    const reviewOnlyMs = await timed(() => new Screening(store, new ListVersions(store), vendors).reviewMany(e3, 'confirmed', 'Same company', 'bench', true));
    return { byIdsMs, byEntryMs, reviewOnlyMs };
  } finally {
    await core.close();
  }
}

async function onSqlite(): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-bulk-'));
  try {
    return await measure({ engine: 'sqlite', dataDir: path.join(dir, 'data') }, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<Result | string> {
  let server;
  try {
    server = await startPostgres();
  } catch (err) {
    return `not run (no PostgreSQL server could be started: ${(err as Error).message.split('\n')[0]})`;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-bulk-'));
  try {
    const url = await server.createDatabase('bench');
    await initWorkspace(url);
    return await measure({ engine: 'postgres', url }, dir);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(WORKER_DIR, 'vendors-worker.cjs'))) throw new Error('Build first: npm run build');
  const sqlite = await onSqlite();
  console.log(`SQLite: ${Math.round(sqlite.byIdsMs)} ms by ids, ${Math.round(sqlite.byEntryMs)} ms by entry, ${Math.round(sqlite.reviewOnlyMs)} ms the review transaction alone`);
  const postgres = process.env.BENCH_SQLITE_ONLY ? 'not run (BENCH_SQLITE_ONLY)' : await onPostgres();
  const ms = (r: Result | string, key: keyof Result) => (typeof r === 'string' ? r : `${Math.round(r[key])} ms`);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, load average ${load}; ${HITS} hits on ${HITS} vendors, one action each`);
  console.log('| Bulk review | SQLite (data folder) | PostgreSQL (team workspace) |');
  console.log('|---|---|---|');
  console.log(`| ${HITS} hits picked by id | ${ms(sqlite, 'byIdsMs')} | ${ms(postgres, 'byIdsMs')} |`);
  console.log(`| ${HITS} vendors' hits on one list entry | ${ms(sqlite, 'byEntryMs')} | ${ms(postgres, 'byEntryMs')} |`);
  console.log(`| of which the review transaction (no score snapshots) | ${ms(sqlite, 'reviewOnlyMs')} | ${ms(postgres, 'reviewOnlyMs')} |`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
