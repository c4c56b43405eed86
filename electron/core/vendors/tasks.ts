// What the vendors worker thread does: read and check a vendor file (CSV, XLSX, ODS), off the thread that answers
// requests and inside a memory cap (vendors/file-plans.ts starts one thread per file). A file that still manages to
// exhaust the memory or the time stops this thread only. Writing the vendors stays with the core.
import type { ColumnMapping } from './model';
import { VetterError } from '../errors';
import type { TaskControl } from '../jobs/worker';
import { quoteValue } from '../visible-text';
import { type FilePlan, planFile } from './import';
import type { TableLimits } from './table-file';

export interface PlanRequest {
  path: string;
  /** The file's own name, for messages. */
  name: string;
  mapping?: ColumnMapping;
  limits?: Partial<TableLimits>;
}

/** Progress crosses the thread boundary at most this often. */
const PROGRESS_MS = 100;

export const vendorTasks = {
  async plan(request: PlanRequest, control: TaskControl): Promise<FilePlan> {
    let last = 0;
    try {
      return await planFile(request.path, {
        name: request.name,
        mapping: request.mapping,
        limits: request.limits,
        onProgress: (done, total) => {
          const now = Date.now();
          if (now - last < PROGRESS_MS && done < total) return;
          last = now;
          control.progress('Checking the file', done, total);
        },
      });
    } catch (err) {
      if (err instanceof VetterError) throw err;
      // A fault of the reader, not of the file: still said with the file's name, never "Something went wrong".
      console.error('[vetter vendors worker]', err);
      throw new VetterError(
        'bad_file',
        `${request.name}: Vetter could not read this file (${quoteValue(err instanceof Error ? err.message : String(err), 100)}). Nothing was changed. Save it again as "CSV UTF-8" and import that.`,
      );
    }
  },
};

export type VendorTasks = typeof vendorTasks;
