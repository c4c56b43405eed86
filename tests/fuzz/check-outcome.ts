// What every vendor file, however hostile, must come to: a plan whose every problem names its row and column, or a
// refusal (a VetterError) that names the file and, where there is one, the place; messages of bounded length; never
// another kind of error, never a hang. Shared by the fuzz tests and `npm run bench:fuzz`.
import fs from 'node:fs';
import path from 'node:path';
import { verifyChain } from '../../electron/core/audit/log';
import { SqliteStore, sqliteSql } from '../../electron/core/db/sqlite-store';
import type { Db } from '../../electron/core/db/open';
import type { Store } from '../../electron/core/db/store';
import { WriteQueue } from '../../electron/core/db/write-queue';
import { VetterError } from '../../electron/core/errors';
import { applyImport, type FilePlan, planFile } from '../../electron/core/vendors/import';
import { VendorRepository } from '../../electron/core/vendors/repository';
import type { TableLimits } from '../../electron/core/vendors/table-file';
import type { HostileFile } from './hostile-vendor-files';

/** The longest message a file may cause (one error line was 339 MB long). */
export const MAX_MESSAGE_CHARS = 1000;

export type Outcome = { kind: 'plan'; plan: FilePlan; ms: number } | { kind: 'refused'; message: string; ms: number };

/** Why an outcome breaks the rules, or null. */
export function outcomeProblem(file: HostileFile, outcome: Outcome | { kind: 'crash'; error: unknown; ms: number }): string | null {
  if (outcome.kind === 'crash') return `crashed: ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}\n${outcome.error.stack}` : String(outcome.error)}`;
  if (outcome.kind === 'refused') {
    if (!outcome.message.startsWith(`${file.name}:`) && !outcome.message.startsWith(`${file.name},`)) return `the refusal does not start with the file's name: ${outcome.message.slice(0, 300)}`;
    if (outcome.message.length > MAX_MESSAGE_CHARS) return `the refusal is ${outcome.message.length} characters long`;
    if (/something went wrong/i.test(outcome.message)) return `the refusal says nothing: ${outcome.message}`;
    // The worker's safety net for faults of the reader itself: a crash, even though it is worded for the user.
    if (/Vetter could not read this file \(|the reading stopped unexpectedly/.test(outcome.message)) return `crashed (caught by the worker): ${outcome.message}`;
    return null;
  }
  for (const p of outcome.plan.problems) {
    if (!Number.isInteger(p.row) || p.row < 1) return `a problem without a row: ${JSON.stringify(p).slice(0, 300)}`;
    if (typeof p.column !== 'string' || p.column === '') return `a problem without a column: ${JSON.stringify(p).slice(0, 300)}`;
    if (p.message.length > MAX_MESSAGE_CHARS) return `a problem message is ${p.message.length} characters long`;
  }
  if (outcome.plan.vendors.rows.length > outcome.plan.rowCount) return 'more vendors than rows';
  return null;
}

/** Reads and checks a file in this thread; a VetterError is a refusal, anything else a crash (rethrown). */
export async function readHostile(file: HostileFile, dir: string, limits?: Partial<TableLimits>): Promise<Outcome> {
  const where = path.join(dir, file.name);
  fs.writeFileSync(where, file.bytes);
  const started = performance.now();
  try {
    const plan = await planFile(where, { name: file.name, limits });
    return { kind: 'plan', plan, ms: performance.now() - started };
  } catch (err) {
    if (err instanceof VetterError && err.code === 'bad_file') return { kind: 'refused', message: err.message, ms: performance.now() - started };
    throw err;
  }
}

/** Where the fuzzed plans are written: a database, the store over it (reading on the same connection), the vendors. */
export interface Inventory {
  db: Db;
  store: Store;
  repo: VendorRepository;
}

export function inventoryOf(db: Db): Inventory {
  const store = new SqliteStore(db, db, new WriteQueue());
  return { db, store, repo: new VendorRepository(store) };
}

/**
 * Writes an accepted plan as the core does, and checks all-or-nothing: the vendors count grows by exactly what was
 * created, or not at all when the plan has problems (applyImport refuses it).
 */
export async function writeAllOrNothing({ db, store, repo }: Inventory, plan: FilePlan): Promise<string | null> {
  const before = await repo.count();
  const outcome = await applyImport(store, repo, plan, { onDuplicate: 'skip', actor: 'fuzz' }).then(
    (counts) => counts,
    (err: unknown) => err,
  );
  const after = await repo.count();
  if (plan.problemCount > 0) {
    if (!(outcome instanceof VetterError)) return 'a plan with problems was written';
    if (after !== before) return `a refused write changed the inventory (${before} -> ${after})`;
  } else {
    if (outcome instanceof Error) return `the write of a clean plan failed: ${outcome.message}`;
    const counts = outcome as { created: number };
    if (after !== before + counts.created) return `partial write: ${before} + ${counts.created} created != ${after}`;
  }
  if (db.inTransaction) return 'a transaction was left open';
  return null;
}

/** The audit chain still verifies after every write (checked once at the end: it walks every event). */
export async function chainProblem(db: Db): Promise<string | null> {
  const chain = await verifyChain(sqliteSql(db));
  return chain.ok ? null : `the audit chain broke: ${JSON.stringify(chain.firstBad)}`;
}
