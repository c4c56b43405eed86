// The store over SQLite (db/store.ts, db/sqlite-store.ts) on a real database file: transactions that span awaits
// commit whole or not at all, run one at a time with the write queue, and are never seen half-done by a read.
import { describe, expect, it } from 'vitest';
import { connect, openDatabase } from '../../electron/core/db/open';
import { SqliteStore } from '../../electron/core/db/sqlite-store';
import { WriteQueue } from '../../electron/core/db/write-queue';
import { yieldToEventLoop } from '../../electron/core/jobs/jobs';
import { tempDir } from '../helpers';

function openStore() {
  const dir = tempDir();
  const db = openDatabase(dir);
  const reader = connect(dir, { readonly: true });
  const writes = new WriteQueue();
  const store = new SqliteStore(db, reader, writes);
  const values = async () => (await store.read.all<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key')).map((r) => `${r.key}=${r.value}`);
  const close = () => {
    reader.close();
    db.close();
  };
  return { db, store, writes, values, close };
}

const SET = 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

describe('the SQLite store', () => {
  it('commits every statement of a transaction that awaits between them; a read meanwhile sees none of them', async () => {
    const s = openStore();
    let seenDuring: string[] = [];
    await s.store.transaction(async (tx) => {
      await tx.run(SET, ['a', '1']);
      await yieldToEventLoop();
      seenDuring = await s.values();
      await tx.runMany(SET, [['b', '2'], ['c', '3']]);
      expect(await tx.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', ['c'])).toEqual({ value: '3' });
    });
    expect(seenDuring).toEqual([]);
    expect(await s.values()).toEqual(['a=1', 'b=2', 'c=3']);
    s.close();
  });

  it('keeps nothing of a transaction whose work throws after awaiting, and passes the error on', async () => {
    const s = openStore();
    await expect(
      s.store.transaction(async (tx) => {
        await tx.run(SET, ['a', '1']);
        await yieldToEventLoop();
        await tx.run(SET, ['b', '2']);
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(await s.values()).toEqual([]);
    expect(s.db.inTransaction).toBe(false);
    s.close();
  });

  it('runs transactions one at a time, and a write queued meanwhile after them', async () => {
    const s = openStore();
    const order: string[] = [];
    const slow = (name: string) =>
      s.store.transaction(async (tx) => {
        order.push(`${name} begins`);
        await tx.run(SET, [name, 'x']);
        await yieldToEventLoop();
        await yieldToEventLoop();
        order.push(`${name} ends`);
      });
    const first = slow('first');
    const second = slow('second');
    const sync = s.writes.run(() => order.push('sync write'));
    await Promise.all([first, second, sync, slow('third')]);
    expect(order).toEqual(['first begins', 'first ends', 'second begins', 'second ends', 'sync write', 'third begins', 'third ends']);
    s.close();
  });

  it('gives a bulk transaction a larger page cache while it runs, and the usual size back after it, even when it fails', async () => {
    const s = openStore();
    const cacheSize = () => s.db.pragma('cache_size', { simple: true }) as number;
    const usual = cacheSize();
    let during = 0;
    await s.store.transaction(
      async (tx) => {
        await tx.run(SET, ['a', '1']);
        during = cacheSize();
      },
      { bulk: true },
    );
    expect(during).toBe(-64 * 1024);
    expect(usual).not.toBe(during);
    expect(cacheSize()).toBe(usual);
    await expect(s.store.transaction(async () => Promise.reject(new Error('no')), { bulk: true })).rejects.toThrow('no');
    expect(cacheSize()).toBe(usual);
    expect(await s.values()).toEqual(['a=1']);
    s.close();
  });

  it('refuses statements of a transaction that has ended', async () => {
    const s = openStore();
    let kept: Parameters<Parameters<typeof s.store.transaction>[0]>[0] | null = null;
    await s.store.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.run(SET, ['late', '1'])).rejects.toThrow(/transaction has ended/);
    expect(await s.values()).toEqual([]);
    s.close();
  });
});
