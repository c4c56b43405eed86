// What a long job (imports, screening, reports) is called by and reports while it runs.
import { z } from 'zod';

export const jobId = z.string().min(1).max(100);

/** The job id the first-use load of the bundled lists reports its progress under, whoever started it. */
export const BUNDLED_LISTS_JOB = 'bundled-lists';

/** Progress of a long job (imports, screening, reports). */
export interface Progress {
  jobId: string;
  phase: string;
  done: number;
  total: number;
}
