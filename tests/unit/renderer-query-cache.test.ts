// The renderer's query cache: shared requests, refetches on the core's "changed" events, old data kept meanwhile,
// errors that keep it, and unused queries dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataArea } from '../../electron/core/contract';
import { ApiError } from '../../renderer/src/api-error';
import { KEEP_UNUSED_MS, type Query, QueryCache } from '../../renderer/src/lib/queryCache';

/** A query whose fetches wait until the test answers them, oldest first. */
function controlled<T>(key: string, areas: DataArea[]) {
  const pending: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const fetch = vi.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })));
  const query: Query<T> = { key, areas, fetch };
  const next = () => {
    const request = pending.shift();
    if (!request) throw new Error(`no request of ${key} is waiting`);
    return request;
  };
  return {
    query,
    fetch,
    answer: async (value: T) => {
      next().resolve(value);
      await flush();
    },
    fail: async (message: string) => {
      next().reject(new ApiError('internal', message));
      await flush();
    },
  };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('query cache', () => {
  let cache: QueryCache;
  beforeEach(() => {
    vi.useFakeTimers();
    cache = new QueryCache();
  });
  afterEach(() => vi.useRealTimers());

  it('shares one request and one result between the components using a key', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const first = vi.fn();
    const second = vi.fn();
    cache.subscribe(vendors.query, first);
    cache.subscribe(vendors.query, second);
    expect(cache.state('vendors')).toMatchObject({ data: undefined, fetching: true });

    await vendors.answer(['Acme']);
    expect(vendors.fetch).toHaveBeenCalledTimes(1);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], fetching: false, error: null });
    expect(first).toHaveBeenCalled();
    expect(second).toHaveBeenCalled();
    // Unchanged state is the same object, as useSyncExternalStore needs.
    expect(cache.state('vendors')).toBe(cache.state('vendors'));
  });

  it('fetches again the queries in use that depend on a changed area, keeping the old data meanwhile', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const reports = controlled<string[]>('reports', ['reports']);
    cache.subscribe(vendors.query, () => undefined);
    cache.subscribe(reports.query, () => undefined);
    await vendors.answer(['Acme']);
    await reports.answer([]);

    const done = cache.changed(['vendors', 'audit']);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], fetching: true });
    expect(reports.fetch).toHaveBeenCalledTimes(1);

    await vendors.answer(['Acme', 'Globex']);
    await done;
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme', 'Globex'], fetching: false });
  });

  it('keeps the old data when a fetch fails, shows why, and forgets the error once one succeeds', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    cache.subscribe(vendors.query, () => undefined);
    await vendors.answer(['Acme']);

    void cache.changed(['vendors']);
    await vendors.fail('The database is locked');
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], error: 'The database is locked', fetching: false });

    void cache.refetch('vendors');
    await vendors.answer(['Globex']);
    expect(cache.state('vendors')).toMatchObject({ data: ['Globex'], error: null });
  });

  it('runs one fetch at a time: changes during a fetch fetch once more after it, and only the last answer is kept', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const listener = vi.fn();
    cache.subscribe(vendors.query, listener);
    await vendors.answer(['Acme']);

    const refetched = vi.fn();
    void cache.changed(['vendors']);
    void cache.changed(['vendors']);
    void cache.refetch('vendors').then(refetched);
    expect(vendors.fetch).toHaveBeenCalledTimes(2);

    await vendors.answer(['from before the last change']);
    expect(vendors.fetch).toHaveBeenCalledTimes(3);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], fetching: true });
    expect(refetched).not.toHaveBeenCalled();

    await vendors.answer(['Acme', 'Globex']);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme', 'Globex'], fetching: false });
    expect(refetched).toHaveBeenCalled();
  });

  it('fetches a query nobody uses only when it is used again, showing its old data meanwhile', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const stop = cache.subscribe(vendors.query, () => undefined);
    await vendors.answer(['Acme']);
    stop();

    await cache.changed(['vendors']);
    expect(vendors.fetch).toHaveBeenCalledTimes(1);

    cache.subscribe(vendors.query, () => undefined);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], fetching: true });
    await vendors.answer(['Globex']);
    expect(cache.state('vendors')).toMatchObject({ data: ['Globex'], fetching: false });
  });

  it('does not fetch a current query again for a new component, unless asked to', async () => {
    const portfolio = controlled<number>('portfolio', ['scores']);
    cache.subscribe(portfolio.query, () => undefined);
    await portfolio.answer(1);

    cache.subscribe(portfolio.query, () => undefined);
    expect(portfolio.fetch).toHaveBeenCalledTimes(1);

    cache.subscribe(portfolio.query, () => undefined, { refetch: true });
    // A second page asking for fresh figures while they are on their way waits for the same answer.
    cache.subscribe(portfolio.query, () => undefined, { refetch: true });
    expect(portfolio.fetch).toHaveBeenCalledTimes(2);
    expect(cache.state('portfolio')).toMatchObject({ data: 1, fetching: true });
    await portfolio.answer(2);
    expect(cache.state('portfolio')).toMatchObject({ data: 2, fetching: false });
  });

  it('drops a query no component has used for a while, and keeps one used again meanwhile', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const reports = controlled<string[]>('reports', ['reports']);
    const stopVendors = cache.subscribe(vendors.query, () => undefined);
    const stopReports = cache.subscribe(reports.query, () => undefined);
    await vendors.answer(['Acme']);
    await reports.answer(['R-1']);
    stopVendors();
    stopReports();

    vi.advanceTimersByTime(KEEP_UNUSED_MS - 1);
    cache.subscribe(reports.query, () => undefined);
    vi.advanceTimersByTime(KEEP_UNUSED_MS);
    expect(cache.state('vendors').data).toBeUndefined();
    expect(cache.state('reports').data).toEqual(['R-1']);

    // Used again after being dropped, it is fetched from scratch.
    cache.subscribe(vendors.query, () => undefined);
    expect(vendors.fetch).toHaveBeenCalledTimes(2);
    expect(cache.state('vendors')).toMatchObject({ data: undefined, fetching: true });
  });

  it('fetches again, when used again, a query whose first fetch failed', async () => {
    const vendors = controlled<string[]>('vendors', ['vendors']);
    const stop = cache.subscribe(vendors.query, () => undefined);
    await vendors.fail('Not now');
    expect(cache.state('vendors')).toMatchObject({ data: undefined, error: 'Not now' });
    stop();

    cache.subscribe(vendors.query, () => undefined);
    await vendors.answer(['Acme']);
    expect(cache.state('vendors')).toMatchObject({ data: ['Acme'], error: null });
  });
});
