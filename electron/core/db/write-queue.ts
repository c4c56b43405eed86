// Writes one at a time. A write that spans event-loop turns (an import writing in chunks, so progress shows and a
// cancel is heard) holds the queue until it commits or rolls back; reads use their own connection and never wait here.
import { AsyncLocalStorage } from 'node:async_hooks';

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** The write running now, as seen from inside it: a write it starts runs within it instead of waiting for it. */
  private readonly running = new AsyncLocalStorage<{ settled: boolean }>();

  run<T>(write: () => T | Promise<T>): Promise<T> {
    // Inside a running write (a handler that opens a store transaction), queueing would wait for itself. Work that
    // outlives its write (a promise left running) no longer counts as inside it.
    const current = this.running.getStore();
    if (current && !current.settled) return Promise.resolve().then(write);
    const result = this.tail.then(() => {
      const turn = { settled: false };
      return this.running.run(turn, async () => {
        try {
          return await write();
        } finally {
          turn.settled = true;
        }
      });
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
