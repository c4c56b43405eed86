import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../electron/core/db/write-queue';

describe('the write queue', () => {
  it('grants a hold after the writes queued before it, and keeps the writes queued after it waiting until released', async () => {
    const queue = new WriteQueue();
    const order: string[] = [];
    let finishFirst = (): void => undefined;
    const first = queue.run(() => new Promise<void>((resolve) => (finishFirst = resolve)).then(() => order.push('first')));
    const held = queue.hold().then((release) => {
      order.push('held');
      return release;
    });
    const after = queue.run(() => order.push('after'));
    await Promise.resolve();
    expect(order).toEqual([]);
    finishFirst();
    const release = await held;
    await first;
    expect(order).toEqual(['first', 'held']);
    release();
    await after;
    expect(order).toEqual(['first', 'held', 'after']);
  });
});
