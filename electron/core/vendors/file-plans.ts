// The core's side of reading vendor files: each file is read and checked in a worker thread of its own, with a memory
// cap and a time cap, so a file that gets past every limit of table-file.ts and still blows up stops that thread only,
// never the app or the CLI, and nothing is written. The plan a preview made is kept for the import that follows it
// (same file, same bytes, same mapping), so a large file is read once, not twice.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ResourceLimits } from 'node:worker_threads';
import type { ColumnMapping } from './model';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import { TaskWorker } from '../jobs/worker';
import type { FilePlan } from './import';
import type { TableLimits } from './table-file';
import type { VendorTasks } from './tasks';

/**
 * The memory one file may use while it is read. The worst file within the limits of table-file.ts needs a few
 * hundred MB; this leaves room for it and still stops a runaway file long before the machine runs short.
 */
export const VENDOR_FILE_MEMORY_MB = 1024;
/** The time one file may take to read and check. The largest files within the limits take seconds. */
export const VENDOR_FILE_TIME_LIMIT_MS = 60_000;
/** How long a preview's plan waits for its import. */
const KEEP_MS = 10 * 60_000;

export interface FilePlansOptions {
  workerDir?: string;
  resourceLimits?: ResourceLimits;
  timeLimitMs?: number;
  limits?: Partial<TableLimits>;
}

interface Kept {
  path: string;
  size: number;
  mtimeMs: number;
  /** The mapping the plan was asked for; null when it was guessed. */
  requested: string | null;
  plan: FilePlan;
  timer: NodeJS.Timeout;
}

export class VendorFilePlans {
  private kept: Kept | null = null;

  constructor(private readonly options: FilePlansOptions = {}) {}

  /**
   * Reads and checks a file. `forWrite` plans keep every vendor's input; a preview's plan is kept for the import
   * that follows it, which then only hashes the file again to be sure it is the same.
   */
  async plan(file: { path: string; name: string }, opts: { mapping?: ColumnMapping; forWrite: boolean; job?: Job }): Promise<FilePlan> {
    const stat = fs.statSync(file.path);
    const kept = this.take(file.path, stat, opts.mapping);
    if (kept && !opts.forWrite) {
      this.keep(file.path, stat, opts.mapping, kept);
      return { ...kept, fileName: file.name };
    }
    if (kept && sha256(file.path) === kept.sha256) return { ...kept, fileName: file.name };
    const plan = await this.read(file, opts.mapping, opts.job);
    if (!opts.forWrite) this.keep(file.path, stat, opts.mapping, plan);
    return plan;
  }

  private async read(file: { path: string; name: string }, mapping: ColumnMapping | undefined, job: Job | undefined): Promise<FilePlan> {
    // A thread per file: its memory is given back at once, and stopping it (cancel, time, memory) touches no other call.
    const worker = new TaskWorker<VendorTasks>('vendors', {
      workerDir: this.options.workerDir,
      resourceLimits: this.options.resourceLimits ?? { maxOldGenerationSizeMb: VENDOR_FILE_MEMORY_MB },
    });
    try {
      return await worker.call('plan', { path: file.path, name: file.name, mapping, limits: this.options.limits }, job, {
        subject: file.name,
        timeLimitMs: this.options.timeLimitMs ?? VENDOR_FILE_TIME_LIMIT_MS,
        terminateOnCancel: true,
      });
    } catch (err) {
      if (err instanceof VetterError) throw err;
      // The thread died some other way (a crash of the reader itself): the file is named all the same.
      console.error('[vetter] reading a vendor file failed', err);
      throw new VetterError('bad_file', `${file.name} could not be read: the reading stopped unexpectedly. Nothing was changed. Save it again as "CSV UTF-8" and import that.`);
    } finally {
      await worker.close();
    }
  }

  /** The kept plan when it was made from this file as it is now, with this mapping (or both guessed); it is kept no longer. */
  private take(path: string, stat: fs.Stats, mapping: ColumnMapping | undefined): FilePlan | null {
    const kept = this.kept;
    if (!kept) return null;
    clearTimeout(kept.timer);
    this.kept = null;
    const sameFile = kept.path === path && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs;
    const sameMapping = mapping === undefined ? kept.requested === null : JSON.stringify(mapping) === JSON.stringify(kept.plan.mapping);
    return sameFile && sameMapping ? kept.plan : null;
  }

  private keep(path: string, stat: fs.Stats, mapping: ColumnMapping | undefined, plan: FilePlan): void {
    const timer = setTimeout(() => {
      if (this.kept?.plan === plan) this.kept = null;
    }, KEEP_MS);
    timer.unref();
    this.kept = { path, size: stat.size, mtimeMs: stat.mtimeMs, requested: mapping === undefined ? null : JSON.stringify(mapping), plan, timer };
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** One per core (keyed by its options object), so the service's handlers need no new field. */
const perCore = new WeakMap<object, VendorFilePlans>();

export function vendorFilePlans(core: object, options: FilePlansOptions): VendorFilePlans {
  let plans = perCore.get(core);
  if (!plans) {
    plans = new VendorFilePlans(options);
    perCore.set(core, plans);
  }
  return plans;
}
