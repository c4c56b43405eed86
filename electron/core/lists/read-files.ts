// The core's side of reading list files: the files of each import are read, parsed and prepared in a worker thread of
// their own, with a memory cap and a time cap, so a file that gets past every limit of lists/limits.ts and still blows
// up stops that thread only, never the app or the CLI, and nothing is written (storing starts only once the thread
// has answered). The next import starts a new thread.
import type { ResourceLimits } from 'node:worker_threads';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import { TaskWorker } from '../jobs/worker';
import type { PreparedList } from './prepare';
import type { ListTasks, PrepareRequest } from './tasks';

/**
 * The memory one import may use. The largest real list (the 6 MB CSL) needs about 100 MB; files at the size limit of
 * lists/limits.ts (90 MB of CSL CSV, 226,000 rows; 78 MB of CSL JSON) were read within 1 GB; past this the thread is stopped.
 */
export const LIST_FILES_MEMORY_MB = 1536;
/** The time one import may take to read and prepare its files: the real lists take 1 to 2 s, those 90 MB 20 to 45 s. */
export const LIST_FILES_TIME_LIMIT_MS = 120_000;

export interface ListFilesOptions {
  workerDir?: string;
  resourceLimits?: ResourceLimits;
  timeLimitMs?: number;
}

/** The files of one import, read and made ready to store, in a thread of their own. */
export async function prepareListFiles(request: PrepareRequest, job: Job | undefined, options: ListFilesOptions = {}): Promise<PreparedList> {
  const subject = request.files.map((f) => `"${f.name}"`).join(', ');
  // A thread per import: its memory is given back at once, and stopping it (cancel, time, memory) touches no other call.
  const worker = new TaskWorker<ListTasks>('lists', {
    workerDir: options.workerDir,
    resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: LIST_FILES_MEMORY_MB },
  });
  try {
    return await worker.call('prepare', request, job, {
      subject,
      timeLimitMs: options.timeLimitMs ?? LIST_FILES_TIME_LIMIT_MS,
      terminateOnCancel: true,
    });
  } catch (err) {
    if (err instanceof VetterError) throw err;
    // The thread died some other way (a crash of the reader itself): the files are named all the same.
    console.error('[vetter] reading list files failed', err);
    throw new VetterError('bad_file', `${subject} could not be read: the reading stopped unexpectedly. Nothing was changed. Download the list again and import the new copy.`);
  } finally {
    await worker.close();
  }
}
