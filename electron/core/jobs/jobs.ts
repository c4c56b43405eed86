// Long jobs (imports, screening, reports): progress reporting and cooperative cancel.
import type { Progress } from './model';
import { VetterError } from '../errors';

export interface Job {
  readonly id: string;
  /** Aborted when the user cancels: work running elsewhere (a worker thread) listens to it. */
  readonly signal: AbortSignal;
  progress(phase: string, done: number, total: number): void;
  /** Throws when the user asked to cancel; call between chunks of work. */
  throwIfCancelled(): void;
}

export const cancelledError = (): VetterError => new VetterError('cancelled', 'Cancelled. Nothing was changed.');

export class Jobs {
  private readonly running = new Map<string, AbortController>();

  /** Runs work as a job; progress goes to emit, and jobs.cancel(jobId) stops it at its next check. */
  async run<T>(jobId: string, emit: (p: Progress) => void, work: (job: Job) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new VetterError('busy', 'That job is already running.');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const job: Job = {
      id: jobId,
      signal: controller.signal,
      progress: (phase, done, total) => emit({ jobId, phase, done, total }),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw cancelledError();
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(jobId);
    }
  }

  /** Whether a job runs now: a host does not close the core under one (electron/workspace-choice.ts). */
  get busy(): boolean {
    return this.running.size > 0;
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/** Lets queued I/O (such as a cancel request) run between chunks of synchronous database work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
