// Timing and memory. Peak RSS is sampled by a worker thread every 2 ms, because index builds are
// synchronous: the main thread cannot sample itself while it builds. RSS is the whole process's.
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const cell = new BigInt64Array(workerData);
const tick = () => {
  const rss = BigInt(process.memoryUsage.rss());
  if (rss > Atomics.load(cell, 0)) Atomics.store(cell, 0, rss);
};
setInterval(tick, 2);
tick();
`;

export class PeakRss {
  private readonly cell = new BigInt64Array(new SharedArrayBuffer(8));
  private worker: Worker | null = null;

  start(): void {
    this.reset();
    this.worker = new Worker(SAMPLER, { eval: true, workerData: this.cell.buffer });
    this.worker.unref();
  }

  /** Forgets the peak so far (the current RSS becomes the floor). */
  reset(): void {
    Atomics.store(this.cell, 0, BigInt(process.memoryUsage.rss()));
  }

  /** Highest RSS seen since start/reset, in bytes (includes the current value). */
  peak(): number {
    const now = process.memoryUsage.rss();
    const seen = Number(Atomics.load(this.cell, 0));
    return Math.max(now, seen);
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** Full garbage collection when node runs with --expose-gc (the benchmark's child processes do). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export interface Latency {
  queries: number;
  totalMs: number;
  vendorsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function latencyOf(samples: readonly number[], totalMs: number): Latency {
  const sorted = Float64Array.from(samples).sort();
  return {
    queries: samples.length,
    totalMs,
    vendorsPerSecond: totalMs > 0 ? samples.length / (totalMs / 1000) : 0,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

export const MB = 1024 * 1024;
