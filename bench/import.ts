// How long a bulk vendor import takes, and the peak memory of the process (the worker thread that reads the file
// included): the file is read and checked in the vendors worker (the built bundle, as the app runs it), then written
// in one transaction with one audit event per vendor.
//
// Run: npm run bench:import                 the two targets: a 24 MB CSV (≤ 15 s, ≤ 600 MB) and 100,000 rows (≤ 10 s)
//      npm run bench:import -- --rows N     one file of N generated rows
//      npm run bench:import -- --mb N       one generated file of about N MB
// Each file is imported in a process of its own, so each peak is its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, openDatabase } from '../electron/core/db/open';
import { SqliteStore } from '../electron/core/db/sqlite-store';
import { WriteQueue } from '../electron/core/db/write-queue';
import { exportCsv } from '../electron/core/vendors/export';
import { VendorFilePlans } from '../electron/core/vendors/file-plans';
import { applyImport } from '../electron/core/vendors/import';
import { VendorRepository } from '../electron/core/vendors/repository';

const ROOT = path.resolve(__dirname, '..');
const WORKER_DIR = path.join(ROOT, 'dist', 'electron');

const HEADER = 'name,aliases,country,parent,website,services,data_shared,criticality,owner,notes';
const line = (i: number) =>
  `Vendor ${i} Cloud Ltd,V${i};供应商${i},GB,Parent ${i % 100} plc,https://v${i}.example,SaaS;AI model/API,Customer personal data,high,Owner ${i % 7},note ${i}`;

function writeFile(dir: string, target: { rows?: number; mb?: number }): { file: string; rows: number } {
  const file = path.join(dir, 'vendors.csv');
  const out = fs.openSync(file, 'w');
  let size = fs.writeSync(out, `${HEADER}\n`);
  let rows = 0;
  const bytes = (target.mb ?? 0) * 1024 * 1024;
  const batch: string[] = [];
  while (target.rows !== undefined ? rows < target.rows : size < bytes) {
    const text = `${line(rows)}\n`;
    if (target.rows === undefined && size + Buffer.byteLength(text) > bytes) break;
    batch.push(text);
    size += Buffer.byteLength(text);
    rows += 1;
    if (batch.length === 10_000) fs.writeSync(out, batch.splice(0).join(''));
  }
  fs.writeSync(out, batch.join(''));
  fs.closeSync(out);
  return { file, rows };
}

async function one(target: { rows?: number; mb?: number }): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-'));
  const { file, rows } = writeFile(dir, target);
  const db = openDatabase(path.join(dir, 'data'));
  // As the core has it: the store writes on one connection and reads committed data on another.
  const reader = connect(path.join(dir, 'data'), { readonly: true });
  const store = new SqliteStore(db, reader, new WriteQueue());
  const repo = new VendorRepository(store);
  const plans = new VendorFilePlans({ workerDir: WORKER_DIR });
  const ref = { path: file, name: path.basename(file) };

  // As the app and the CLI do it: a preview (the file read and checked in the worker), then the import (the same
  // plan, the file hashed again to be sure it did not change, and the one write transaction).
  const start = performance.now();
  const preview = await plans.plan(ref, { forWrite: false });
  const previewMs = performance.now() - start;
  let t = performance.now();
  const plan = await plans.plan(ref, { mapping: preview.mapping, forWrite: true });
  if (plan.problemCount > 0) throw new Error(`the generated file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
  const reuseMs = performance.now() - t;
  t = performance.now();
  const counts = await applyImport(store, repo, plan, { onDuplicate: 'skip', actor: 'bench' });
  const writeMs = performance.now() - t;
  const totalMs = performance.now() - start;
  // The import's peak, before listing and exporting (which hold every vendor at once) add their own.
  const peak = process.resourceUsage().maxRSS / 1024;
  t = performance.now();
  const list = await repo.list();
  const listMs = performance.now() - t;
  t = performance.now();
  exportCsv(list);
  const exportMs = performance.now() - t;

  const mb = fs.statSync(file).size / 1024 / 1024;
  const peakAfterExport = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      rows,
      mb: Number(mb.toFixed(1)),
      created: counts.created,
      readCheckMs: Math.round(previewMs),
      reuseMs: Math.round(reuseMs),
      writeMs: Math.round(writeMs),
      totalMs: Math.round(totalMs),
      listMs: Math.round(listMs),
      exportMs: Math.round(exportMs),
      peakMb: Math.round(peak),
      peakAfterExportMb: Math.round(peakAfterExport),
    }),
  );
  reader.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

function runChild(args: string[]): Record<string, number> {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench child failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

function report(label: string, r: Record<string, number>, targets: { s: number; mb?: number }): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const verdict = r.totalMs! <= targets.s * 1000 && (targets.mb === undefined || r.peakMb! <= targets.mb) ? 'met' : 'MISSED';
  console.log(`${label}: ${r.rows!.toLocaleString('en-US')} vendors, ${r.mb} MB CSV`);
  console.log(`  read + check (worker): ${seconds(r.readCheckMs!)}; import of the checked plan: ${seconds(r.reuseMs!)} (file hashed again)`);
  console.log(`  write (one transaction, ${(r.created! + 1).toLocaleString('en-US')} audit events): ${seconds(r.writeMs!)} (${Math.round(r.created! / (r.writeMs! / 1000)).toLocaleString('en-US')} vendors/s)`);
  console.log(`  total: ${seconds(r.totalMs!)} (target ${targets.s} s); peak memory of the import (RSS of the process, the worker thread included): ${r.peakMb} MB${targets.mb ? ` (target ${targets.mb} MB)` : ''}: ${verdict}`);
  console.log(`  then: list all ${r.listMs} ms; export CSV ${r.exportMs} ms (peak memory with them: ${r.peakAfterExportMb} MB)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return one(JSON.parse(args[1]!) as { rows?: number; mb?: number });
  if (!fs.existsSync(path.join(WORKER_DIR, 'vendors-worker.cjs'))) throw new Error('Build first: npm run build');
  const rowsAt = args.indexOf('--rows');
  const mbAt = args.indexOf('--mb');
  if (rowsAt >= 0) return report('Custom', runChild(['--one', JSON.stringify({ rows: Number(args[rowsAt + 1]) })]), { s: Infinity });
  if (mbAt >= 0) return report('Custom', runChild(['--one', JSON.stringify({ mb: Number(args[mbAt + 1]) })]), { s: Infinity });
  report('24 MB CSV', runChild(['--one', JSON.stringify({ mb: 24 })]), { s: 15, mb: 600 });
  report('100,000 rows', runChild(['--one', JSON.stringify({ rows: 100_000 })]), { s: 10 });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
