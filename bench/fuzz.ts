// The large run of the fuzz suites (tests/unit/vendors-fuzz.test.ts and lists-fuzz.test.ts run theirs in-thread):
// hostile vendor files of every format read in the vendors worker thread, as the app reads them (the built bundle, its
// memory cap, and a 30 s time cap that counts as a hang), then written all or nothing; hostile list files of every
// format, and every real list file cut at 100 offsets, read in the lists worker the same way, a cut-short list never
// passing without confirmation. Prints crashes, hangs, partial writes and messages that do not name the file or the
// place; exits 1 if there is any.
//
// Run: npm run bench:fuzz [-- CASES] [-- --seed N]     (CASES random files per format; 3,000 by default)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { openDatabase } from '../electron/core/db/open';
import { VetterError } from '../electron/core/errors';
import { TaskWorker } from '../electron/core/jobs/worker';
import { importConcerns } from '../electron/core/lists/coverage';
import type { PreparedList } from '../electron/core/lists/prepare';
import { LIST_FILES_MEMORY_MB } from '../electron/core/lists/read-files';
import type { ListTasks } from '../electron/core/lists/tasks';
import { VENDOR_FILE_MEMORY_MB } from '../electron/core/vendors/file-plans';
import type { FilePlan } from '../electron/core/vendors/import';
import type { TableLimits } from '../electron/core/vendors/table-file';
import type { VendorTasks } from '../electron/core/vendors/tasks';
import { type ListOutcome, listOutcomeProblem, requestFor } from '../tests/fuzz/check-list-outcome';
import { chainProblem, inventoryOf, type Outcome, outcomeProblem, writeAllOrNothing } from '../tests/fuzz/check-outcome';
import { type HostileImport, LIST_FUZZ_LIMITS, NAMED_LIST_IMPORTS, odsListImport, REAL_LISTS, realImport, textListImport, truncated } from '../tests/fuzz/hostile-list-files';
import { csvFile, FUZZ_LIMITS, type HostileFile, NAMED_FILES, odsFile, xlsxFile } from '../tests/fuzz/hostile-vendor-files';

const ROOT = path.resolve(__dirname, '..');
const WORKER_DIR = path.join(ROOT, 'dist', 'electron');
const HANG_MS = 30_000;

interface Tally {
  files: number;
  plans: number;
  refused: number;
  crashes: string[];
  hangs: string[];
  partialWrites: string[];
  badMessages: string[];
  slowest: { kind: string; ms: number };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.now() % 2 ** 31;
  const perFormat = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 3000);
  if (!fs.existsSync(path.join(WORKER_DIR, 'vendors-worker.cjs'))) throw new Error('Build first: npm run build');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-fuzz-'));
  const db = openDatabase(path.join(dir, 'data'));
  const inventory = inventoryOf(db);
  const worker = new TaskWorker<VendorTasks>('vendors', { workerDir: WORKER_DIR, resourceLimits: { maxOldGenerationSizeMb: VENDOR_FILE_MEMORY_MB } });
  const tally: Tally = { files: 0, plans: 0, refused: 0, crashes: [], hangs: [], partialWrites: [], badMessages: [], slowest: { kind: '', ms: 0 } };
  const started = performance.now();

  async function run(file: HostileFile, limits?: Partial<TableLimits>): Promise<void> {
    tally.files += 1;
    const where = path.join(dir, file.name);
    fs.writeFileSync(where, file.bytes);
    const t = performance.now();
    let outcome: Outcome | { kind: 'crash'; error: unknown; ms: number };
    try {
      const plan: FilePlan = await worker.call('plan', { path: where, name: file.name, limits }, undefined, { subject: file.name, timeLimitMs: HANG_MS });
      outcome = { kind: 'plan', plan, ms: performance.now() - t };
    } catch (err) {
      const ms = performance.now() - t;
      if (err instanceof VetterError && /took longer than/.test(err.message)) {
        tally.hangs.push(`${file.kind}: over ${HANG_MS / 1000} s`);
        return;
      }
      outcome = err instanceof VetterError && err.code === 'bad_file' ? { kind: 'refused', message: err.message, ms } : { kind: 'crash', error: err, ms };
    }
    if (outcome.ms > tally.slowest.ms) tally.slowest = { kind: file.kind, ms: outcome.ms };
    const problem = outcomeProblem(file, outcome);
    if (outcome.kind === 'crash' || problem?.startsWith('crashed')) tally.crashes.push(`${file.kind}: ${problem}`);
    else if (problem) tally.badMessages.push(`${file.kind}: ${problem}`);
    if (outcome.kind === 'refused') tally.refused += 1;
    if (outcome.kind === 'plan') {
      tally.plans += 1;
      const written = await writeAllOrNothing(inventory, outcome.plan);
      if (written) tally.partialWrites.push(`${file.kind}: ${written}`);
    }
  }

  // The probe's files, at the real limits.
  for (const make of NAMED_FILES) await run(make());
  // Random files of each format: most at small limits (so that every limit is reached), a tenth at the real ones.
  for (const [name, arbitrary] of [
    ['csv', csvFile],
    ['xlsx', xlsxFile],
    ['ods', odsFile],
  ] as const) {
    const files = fc.sample(arbitrary, { numRuns: perFormat, seed: seed + name.length });
    for (const [i, file] of files.entries()) await run(file, i % 10 === 0 ? undefined : FUZZ_LIMITS);
    console.log(`${name}: ${files.length} files done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  // List files, in the lists worker.
  const lists = new TaskWorker<ListTasks>('lists', { workerDir: WORKER_DIR, resourceLimits: { maxOldGenerationSizeMb: LIST_FILES_MEMORY_MB } });
  async function prepare(imp: HostileImport & { custom?: boolean }, limits?: typeof LIST_FUZZ_LIMITS): Promise<PreparedList | null> {
    tally.files += 1;
    const t = performance.now();
    let outcome: ListOutcome;
    try {
      const prepared = await lists.call('prepare', requestFor(imp, dir, limits), undefined, { subject: imp.files.map((f) => `"${f.name}"`).join(', '), timeLimitMs: HANG_MS });
      outcome = { kind: 'prepared', prepared, ms: performance.now() - t };
    } catch (err) {
      const ms = performance.now() - t;
      if (err instanceof VetterError && /took longer than/.test(err.message)) {
        tally.hangs.push(`${imp.kind}: over ${HANG_MS / 1000} s`);
        return null;
      }
      outcome = err instanceof VetterError && err.code !== 'internal' ? { kind: 'refused', code: err.code, message: err.message, ms } : { kind: 'crash', error: err, ms };
    }
    if (outcome.ms > tally.slowest.ms) tally.slowest = { kind: imp.kind, ms: outcome.ms };
    const problem = listOutcomeProblem(imp, outcome);
    if (outcome.kind === 'crash' || problem?.startsWith('crashed')) tally.crashes.push(`${imp.kind}: ${problem}`);
    else if (problem) tally.badMessages.push(`${imp.kind}: ${problem}`);
    if (outcome.kind === 'refused') tally.refused += 1;
    else if (outcome.kind === 'prepared') tally.plans += 1;
    return outcome.kind === 'prepared' ? outcome.prepared : null;
  }
  for (const make of NAMED_LIST_IMPORTS) await prepare(make());
  for (const [name, arbitrary] of [
    ['text lists', textListImport],
    ['ods lists', odsListImport],
  ] as const) {
    const imports = fc.sample(arbitrary as fc.Arbitrary<HostileImport & { custom?: boolean }>, { numRuns: perFormat, seed: seed + name.length });
    for (const [i, imp] of imports.entries()) await prepare(imp, i % 10 === 0 ? undefined : LIST_FUZZ_LIMITS);
    console.log(`${name}: ${imports.length} imports done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const list of REAL_LISTS) {
    const whole = await prepare(realImport(list));
    if (!whole) continue;
    for (let i = 0; i < 100; i++) {
      const cut = truncated(realImport(list), i, ((i * 0.618034 + seed / 2 ** 31) % 1) * 0.999 + 0.0005);
      const prepared = await prepare(cut);
      if (!prepared || cut.undetectable) continue;
      const concerns = importConcerns({ entryCount: prepared.rows.length, coverage: prepared.coverage }, { entryCount: whole.rows.length, coverage: whole.coverage });
      if (concerns.length === 0) tally.partialWrites.push(`${cut.kind}: would become the list in use without confirmation`);
    }
    console.log(`${list.kind}: 100 cuts done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await lists.close();

  const chain = await chainProblem(db);
  await worker.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const list = (label: string, items: string[]) => {
    console.log(`${label}: ${items.length}`);
    for (const item of items.slice(0, 10)) console.log(`  ${item.slice(0, 400)}`);
  };
  console.log(`\nseed ${seed}: ${tally.files} files in ${((performance.now() - started) / 1000).toFixed(0)} s; ${tally.plans} read (and written unless they had problems), ${tally.refused} refused`);
  console.log(`slowest: ${(tally.slowest.ms / 1000).toFixed(2)} s (${tally.slowest.kind})`);
  list('crashes', tally.crashes);
  list(`hangs over ${HANG_MS / 1000} s`, tally.hangs);
  list('partial writes', tally.partialWrites);
  list('messages without the file or the place, or too long', tally.badMessages);
  console.log(`audit chain: ${chain ?? 'intact'}`);
  const failed = tally.crashes.length + tally.hangs.length + tally.partialWrites.length + tally.badMessages.length + (chain ? 1 : 0);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
