// What the lists worker thread does: read a list's files and make them ready to store, off the thread that answers
// requests (a large list takes seconds to parse). Storing and publishing the version stay with the core, whose one
// connection writes everything.
import fs from 'node:fs';
import type { TaskControl } from '../jobs/worker';
import { type ListImportOptions, parseListFiles } from './detect';
import { type PreparedList, prepareList, readPrepared } from './prepare';

export interface PrepareRequest {
  files: { name: string; path: string }[];
  custom?: ListImportOptions['custom'];
  /** The date to record when the files carry none (the default pack's manifest knows its snapshots' dates). */
  asOf?: string | null;
}

export const listTasks = {
  async prepare(request: PrepareRequest, control: TaskControl): Promise<PreparedList> {
    const files = request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(fs.readFileSync(f.path)) }));
    const parsed = await parseListFiles(files, { onProgress: (done, total) => control.progress('Reading the list', done, total), custom: request.custom });
    control.throwIfCancelled();
    return prepareList({ ...parsed, asOf: parsed.asOf ?? request.asOf ?? null }, files);
  },

  /** A list of the bundled pack, prepared when the pack was built (scripts/build-default-pack.ts). */
  readPrepared: (request: { path: string; sha256: string }): PreparedList => readPrepared(request.path, request.sha256),
};

export type ListTasks = typeof listTasks;
