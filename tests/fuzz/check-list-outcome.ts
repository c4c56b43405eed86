// What every list import, however hostile its files, must come to: a prepared list, or a refusal (a VetterError) whose
// message names one of the files and stays short; never another kind of error, never a hang. A prepared list cut
// short must not pass unconfirmed. Shared by the fuzz tests and `npm run bench:fuzz`.
import fs from 'node:fs';
import path from 'node:path';
import { VetterError } from '../../electron/core/errors';
import type { ListLimits } from '../../electron/core/lists/limits';
import type { PreparedList } from '../../electron/core/lists/prepare';
import { listTasks, type PrepareRequest } from '../../electron/core/lists/tasks';
import { MAX_MESSAGE_CHARS } from './check-outcome';
import type { HostileImport } from './hostile-list-files';

export type ListOutcome =
  | { kind: 'prepared'; prepared: PreparedList; ms: number }
  | { kind: 'refused'; code: string; message: string; ms: number }
  | { kind: 'crash'; error: unknown; ms: number };

const CUSTOM: PrepareRequest['custom'] = { mapping: { id: 0, name: 1, aliases: 2, country: 3, remarks: 4 }, meta: { listName: 'Block list', publisher: 'Procurement', asOf: null } };

/** The files written to `dir` as the picked files of one import. */
export function requestFor(imp: HostileImport & { custom?: boolean }, dir: string, limits?: Partial<ListLimits>): PrepareRequest {
  const files = imp.files.map((f) => {
    const where = path.join(dir, f.name);
    fs.writeFileSync(where, f.bytes);
    return { name: f.name, path: where };
  });
  return { files, custom: imp.custom ? CUSTOM : undefined, limits };
}

/** Reads and prepares the files in this thread, with the lists worker's own task; anything but a VetterError is a crash. */
export async function prepareHostile(imp: HostileImport & { custom?: boolean }, dir: string, limits?: Partial<ListLimits>): Promise<ListOutcome> {
  const request = requestFor(imp, dir, limits);
  const started = performance.now();
  try {
    const prepared = await listTasks.prepare(request, { progress: () => {}, throwIfCancelled: () => {} });
    return { kind: 'prepared', prepared, ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof VetterError && error.code !== 'internal') return { kind: 'refused', code: error.code, message: error.message, ms };
    return { kind: 'crash', error, ms };
  }
}

/** Why an outcome breaks the rules, or null. */
export function listOutcomeProblem(imp: HostileImport, outcome: ListOutcome): string | null {
  if (outcome.kind === 'crash') return `crashed: ${outcome.error instanceof Error ? `${outcome.error.message}\n${outcome.error.stack}` : String(outcome.error)}`;
  if (outcome.kind === 'prepared') {
    const { prepared } = outcome;
    if (prepared.rows.length !== new Set(prepared.rows.map((r) => r[0])).size) return 'two entries share an id';
    return null;
  }
  const { message } = outcome;
  if (!imp.files.some((f) => message.includes(`"${f.name}"`))) return `the refusal names no file: ${message.slice(0, 300)}`;
  if (message.length > MAX_MESSAGE_CHARS) return `the refusal is ${message.length} characters long`;
  if (/something went wrong/i.test(message)) return `the refusal says nothing: ${message}`;
  // The worker's safety net for faults of the reader itself: a crash, even though it is worded for the user.
  if (/Vetter could not read the list \(|the reading stopped unexpectedly/.test(message)) return `crashed (caught by the worker): ${message}`;
  if (outcome.code !== 'bad_file' && outcome.code !== 'invalid_input') return `refused as ${outcome.code}: ${message.slice(0, 300)}`;
  return null;
}
