// The query cache (queryCache.ts) for React: one cache per window, told by the core when data changes.
import { createContext, type ReactNode, use, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { DATA_AREAS } from '../../../electron/core/contract';
import { bridge } from '../api';
import { NOT_LOADED, type Query, QueryCache, type QueryState } from './queryCache';

const QueryContext = createContext<QueryCache | null>(null);

export function QueryProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(() => new QueryCache());
  // Whoever wrote (this window, another, the core itself), every window fetches again what it shows of the areas.
  useEffect(() => bridge().onChanged((change) => void cache.changed(change.areas)), [cache]);
  return <QueryContext value={cache}>{children}</QueryContext>;
}

function useCache(): QueryCache {
  const cache = use(QueryContext);
  if (!cache) throw new Error('useQuery outside QueryProvider');
  return cache;
}

/** Fetches again every read in use, the others when next used: for when anything may have changed unseen. */
export function useReloadAll(): () => void {
  const cache = useCache();
  return useCallback(() => void cache.changed(DATA_AREAS), [cache]);
}

export interface QueryResult<T> extends QueryState<T> {
  /** Fetches anew; resolves once the fresh result is in (for a page that shows it right after its own write). */
  refetch: () => Promise<void>;
}

const noop = () => () => undefined;

/**
 * A core read, shared with every component using the same key and kept current by the core's "changed" events.
 * `null` uses nothing (a read that must wait for another). `refetch` fetches it anew when the component mounts.
 */
export function useQuery<T>(query: Query<T> | null, { refetch = false } = {}): QueryResult<T> {
  const cache = useCache();
  const key = query?.key ?? null;
  // The query object is rebuilt on every render; its key stands for it.
  const subscribe = useCallback((listener: () => void) => (query ? cache.subscribe(query, listener, { refetch }) : noop()), [cache, key, refetch]);
  const state = useSyncExternalStore(subscribe, () => (key === null ? NOT_LOADED : cache.state<T>(key)));
  const refetchNow = useCallback(() => (key === null ? Promise.resolve() : cache.refetch(key)), [cache, key]);
  return { ...state, refetch: refetchNow };
}
