// Writes one at a time. A write that spans event-loop turns (an import writing in chunks, so progress shows and a
// cancel is heard) holds the queue until it commits or rolls back; reads use their own connection and never wait here.
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(write: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(write);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Waits for its turn and keeps it until the function it gives is called: a write that joins the queue midway. */
  hold(): Promise<() => void> {
    return new Promise((granted) => {
      void this.run(() => new Promise<void>((release) => granted(() => release())));
    });
  }
}
