// Long work off the request path: a worker thread serves named tasks, and the core awaits their results while it
// goes on answering every other request. Progress and cancel cross the thread boundary as messages.
import path from 'node:path';
import { parentPort, type ResourceLimits, Worker } from 'node:worker_threads';
import type { ErrorCode } from '../errors';
import { VetterError } from '../errors';
import { cancelledError, type Job } from './jobs';

/** The worker entries, by name: each bundles to `<name>-worker.cjs`; from sources they run through tsx. */
const SOURCES = {
  lists: '../lists/worker.ts',
  questionnaires: '../questionnaires/worker.ts',
  screening: '../screening/worker.ts',
  scoring: '../scoring/worker.ts',
  vendors: '../vendors/worker.ts',
} as const;
export type WorkerName = keyof typeof SOURCES;

/** What a task can do while it runs: say how far it got, and stop when the caller cancelled. */
export interface TaskControl {
  progress(phase: string, done: number, total: number): void;
  /** Throws when the caller cancelled; call between chunks of work (after yielding, so the cancel can arrive). */
  throwIfCancelled(): void;
}

/**
 * A task that hands over its result in parts as it goes (to the caller's `onPart`), so that the caller uses each
 * while the next is computed.
 */
export interface PartsControl<Part> extends TaskControl {
  part(value: Part): void;
}

/** Each task takes its own argument type, hence `any` here; callers get them back typed through TaskWorker<T>. */
export type Tasks = Record<string, (args: any, control: PartsControl<any>) => unknown>;

/** The parts a task hands over (PartsControl.part). */
type PartOf<F> = F extends (args: any, control: PartsControl<infer P>) => unknown ? P : never;

type Request = { type: 'call'; id: number; task: string; args: unknown } | { type: 'cancel'; id: number };
type Reply =
  | { type: 'progress'; id: number; phase: string; done: number; total: number }
  | { type: 'part'; id: number; value: unknown }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; code: ErrorCode | 'internal'; message: string; details?: Record<string, string> };

export interface WorkerOptions {
  /** The folder of the bundled `<name>-worker.cjs` files; without it, the TypeScript sources run through tsx. */
  workerDir?: string;
  resourceLimits?: ResourceLimits;
}

function workerFile(name: WorkerName, workerDir: string | undefined): { file: string; execArgv: string[] } {
  if (workerDir) return { file: path.join(workerDir, `${name}-worker.cjs`), execArgv: [] };
  if (!__filename.endsWith('.ts')) throw new Error(`The ${name} worker's folder was not given to the bundled core`);
  return { file: path.join(__dirname, SOURCES[name]), execArgv: ['--import', 'tsx'] };
}

/** How one call is bounded. */
export interface CallOptions {
  /** What the call works on, named in the messages when the thread runs out of memory or time (e.g. a file's name). */
  subject?: string;
  /** Past this, the thread is stopped and the call fails as too large or complex (only for threads that write nothing). */
  timeLimitMs?: number;
  /** A cancel stops the thread at once instead of waiting for the task to look (only for threads that write nothing). */
  terminateOnCancel?: boolean;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: unknown): void;
  onPart?: (value: never) => void;
  job?: Job;
  options?: CallOptions;
  timedOut?: boolean;
}

/** The core's side of one worker thread: started on first use, started again after it died. */
export class TaskWorker<T extends Tasks> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly name: WorkerName,
    private readonly options: WorkerOptions & { workerData?: unknown } = {},
  ) {}

  /** Runs a task in the worker; its progress goes to the job, and cancelling the job stops the task. */
  call<K extends keyof T & string>(
    task: K,
    args: Parameters<T[K]>[0],
    job?: Job,
    options?: CallOptions & { onPart?: (part: PartOf<T[K]>) => void },
  ): Promise<Awaited<ReturnType<T[K]>>> {
    const worker = this.start();
    // A waiting call keeps the process alive (a CLI run awaits it); an idle worker does not.
    worker.ref();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (options?.terminateOnCancel) void worker.terminate();
        else worker.postMessage({ type: 'cancel', id } satisfies Request);
      };
      job?.signal.addEventListener('abort', onAbort, { once: true });
      const timer =
        options?.timeLimitMs === undefined
          ? null
          : setTimeout(() => {
              const pending = this.pending.get(id);
              if (!pending) return;
              pending.timedOut = true;
              void worker.terminate();
            }, options.timeLimitMs);
      const settle = () => {
        job?.signal.removeEventListener('abort', onAbort);
        if (timer) clearTimeout(timer);
      };
      this.pending.set(id, {
        resolve: (v) => {
          settle();
          resolve(v as Awaited<ReturnType<T[K]>>);
        },
        reject: (e) => {
          settle();
          reject(e);
        },
        onPart: options?.onPart,
        job,
        options,
      });
      worker.postMessage({ type: 'call', id, task, args } satisfies Request);
    });
  }

  /** Stops the thread; calls still running fail as cancelled. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const { file, execArgv } = workerFile(this.name, this.options.workerDir);
    const worker = new Worker(file, { execArgv, workerData: this.options.workerData, resourceLimits: this.options.resourceLimits });
    worker.on('message', (reply: Reply) => this.receive(reply));
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', () => this.fail(worker, null));
    this.worker = worker;
    return worker;
  }

  private receive(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.job?.progress(reply.phase, reply.done, reply.total);
      return;
    }
    if (reply.type === 'part') {
      pending.onPart?.(reply.value as never);
      return;
    }
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.type === 'result') pending.resolve(reply.value);
    else if (reply.code === 'internal') pending.reject(new Error(`${this.name} worker: ${reply.message}`));
    else pending.reject(new VetterError(reply.code, reply.message, reply.details));
  }

  /** The thread died (out of memory, a crash, terminate): every call still waiting fails, and the next call starts a new one. */
  private fail(worker: Worker, err: Error | null): void {
    if (this.worker === worker) this.worker = null;
    const calls = [...this.pending.values()];
    this.pending.clear();
    const limitMb = this.options.resourceLimits?.maxOldGenerationSizeMb;
    for (const call of calls) {
      const subject = call.options?.subject;
      if (call.job?.signal.aborted) call.reject(cancelledError());
      else if (call.timedOut) {
        const ms = call.options?.timeLimitMs ?? 0;
        const allowed = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
        call.reject(
          new VetterError(
            'bad_file',
            `${subject ?? 'This work'} is too large or too complex to read: reading it took longer than the ${allowed} Vetter allows, so it was stopped. Nothing was changed. Split it into smaller files, or save it as "CSV UTF-8", and try again.`,
          ),
        );
      } else if (err && (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const allowed = limitMb ? ` (${limitMb} MB)` : '';
        call.reject(
          new VetterError(
            'bad_file',
            subject
              ? `${subject} is too large or too complex to read: reading it needed more memory than Vetter allows${allowed}, so it was stopped. Nothing was changed. Split it into smaller files and try again.`
              : `This work needed more memory than Vetter allows it${allowed}. Nothing was changed.`,
          ),
        );
      } else call.reject(err ?? new Error(`The ${this.name} worker stopped`));
    }
  }
}

/**
 * Inside a worker thread: serves the tasks, one message at a time. Tasks that run long should await
 * `yieldToEventLoop()` between chunks, so a cancel message can arrive.
 */
export function serveTasks(tasks: Tasks): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only inside a worker thread');
  const cancelled = new Set<number>();
  port.on('message', (request: Request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    const { id, task, args } = request;
    const control: PartsControl<unknown> = {
      progress: (phase, done, total) => port.postMessage({ type: 'progress', id, phase, done, total } satisfies Reply),
      part: (value) => port.postMessage({ type: 'part', id, value } satisfies Reply),
      throwIfCancelled: () => {
        if (cancelled.has(id)) throw cancelledError();
      },
    };
    const run = tasks[task];
    Promise.resolve()
      .then(() => {
        if (!run) throw new Error(`No task "${task}"`);
        return run(args, control);
      })
      .then(
        (value) => port.postMessage({ type: 'result', id, value } satisfies Reply),
        (err: unknown) => {
          if (err instanceof VetterError) {
            port.postMessage({ type: 'error', id, code: err.code, message: err.message, details: err.details } satisfies Reply);
          } else {
            // Unexpected: the stack stays in this process's log; the caller gets a plain error.
            console.error(`[vetter worker] ${task} failed:`, err);
            port.postMessage({ type: 'error', id, code: 'internal', message: err instanceof Error ? err.message : String(err) } satisfies Reply);
          }
        },
      )
      .finally(() => cancelled.delete(id));
  });
}
