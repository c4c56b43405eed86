// What the lists worker thread does: read a list's files and make them ready to store, off the thread that answers
// requests (a large list takes seconds to parse). Storing and publishing the version stay with the core, whose one
// connection writes everything.
import fs from 'node:fs';
import { VetterError } from '../errors';
import type { TaskControl } from '../jobs/worker';
import { quoteValue } from '../visible-text';
import { type ListImportOptions, parseListFiles } from './detect';
import { checkFileSize, type ListLimits, listLimits } from './limits';
import { type PreparedList, prepareList, readPrepared } from './prepare';

export interface PrepareRequest {
  files: { name: string; path: string }[];
  custom?: ListImportOptions['custom'];
  /** The date to record when the files carry none (the default pack's manifest knows its snapshots' dates). */
  asOf?: string | null;
  /** Smaller limits than Vetter's own, for tests and the fuzz bench. */
  limits?: Partial<ListLimits>;
}

/** Progress crosses the thread boundary at most this often. */
const PROGRESS_MS = 100;

export const listTasks = {
  async prepare(request: PrepareRequest, control: TaskControl): Promise<PreparedList> {
    const limits = listLimits(request.limits);
    // Sizes before a byte is read.
    for (const f of request.files) checkFileSize(f.name, fs.statSync(f.path).size, limits);
    let last = 0;
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_MS && done < total) return;
      last = now;
      control.progress('Reading the list', done, total);
    };
    try {
      const files = request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(fs.readFileSync(f.path)) }));
      const parsed = await parseListFiles(files, { onProgress, custom: request.custom, limits: request.limits });
      control.throwIfCancelled();
      return prepareList({ ...parsed, asOf: parsed.asOf ?? request.asOf ?? null }, files);
    } catch (err) {
      if (err instanceof VetterError) throw err;
      // A fault of the reader, not of the file: still said with the files' names, never "Something went wrong".
      console.error('[vetter lists worker]', err);
      const names = request.files.map((f) => `"${f.name}"`).join(', ');
      throw new VetterError(
        'bad_file',
        `${names}: Vetter could not read the list (${quoteValue(err instanceof Error ? err.message : String(err), 100)}). Nothing was changed. Download the list again and import the new copy.`,
      );
    }
  },

  /** A list of the bundled pack, prepared when the pack was built (scripts/build-default-pack.ts). */
  readPrepared: (request: { path: string; sha256: string }): PreparedList => readPrepared(request.path, request.sha256),
};

export type ListTasks = typeof listTasks;
