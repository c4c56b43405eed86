// Long jobs (imports, later screening and reports): progress reporting and cooperative cancel.
import type { Progress } from '../contract';
import { VetterError } from '../errors';

export interface Job {
  readonly id: string;
  progress(phase: string, done: number, total: number): void;
  /** Throws when the user asked to cancel; call between chunks of work. */
  throwIfCancelled(): void;
}

export class Jobs {
  private readonly running = new Map<string, { cancelled: boolean }>();

  /** Runs work as a job; progress goes to emit, and jobs.cancel(jobId) stops it at its next check. */
  async run<T>(jobId: string, emit: (p: Progress) => void, work: (job: Job) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new VetterError('busy', 'That job is already running.');
    const state = { cancelled: false };
    this.running.set(jobId, state);
    const job: Job = {
      id: jobId,
      progress: (phase, done, total) => emit({ jobId, phase, done, total }),
      throwIfCancelled: () => {
        if (state.cancelled) throw new VetterError('cancelled', 'Cancelled. Nothing was changed.');
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const state = this.running.get(jobId);
    if (!state) return false;
    state.cancelled = true;
    return true;
  }
}

/** Lets queued I/O (such as a cancel request) run between chunks of synchronous database work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
