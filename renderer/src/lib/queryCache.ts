// The renderer's cache of core reads. Each read is a query: a key, the data areas it depends on, and how to fetch it.
// Components using one key share one request and one result; when the core says areas changed, every query in use
// that depends on them is fetched again, the old result staying on show meanwhile. Plain TypeScript: queries.tsx
// connects it to React and to the core's "changed" events.
import type { DataArea } from '../../../electron/core/contract';
import { errorMessage } from '../api-error';

export interface Query<T> {
  /** Identifies the query: every component using the same key shares one request and one result. */
  key: string;
  /** What the result depends on: a change to any of these areas fetches it again. */
  areas: readonly DataArea[];
  fetch: () => Promise<T>;
}

export interface QueryState<T> {
  /** The last result; kept while the query is fetched again, and when that fails. */
  data: T | undefined;
  /** Why the last fetch failed; null once one succeeds. */
  error: string | null;
  fetching: boolean;
  /** When `data` arrived (ms since the epoch). */
  updatedAt: number | null;
}

export const NOT_LOADED: QueryState<never> = { data: undefined, error: null, fetching: false, updatedAt: null };

/** How long a query no component uses is kept: going back to a page shows its data at once, then fresh data. */
export const KEEP_UNUSED_MS = 5 * 60_000;

interface Entry {
  query: Query<unknown>;
  state: QueryState<unknown>;
  listeners: Set<() => void>;
  /** The fetches running for it, as one promise; null when none runs. */
  running: Promise<void> | null;
  /** The data changed while a fetch ran: its answer may be old, so fetch again when it is in. */
  again: boolean;
  /** Changed while no component used it: fetched when one does again. */
  stale: boolean;
  dropTimer: ReturnType<typeof setTimeout> | null;
}

export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly keepUnusedMs = KEEP_UNUSED_MS) {}

  /** The query's current state; the same object until it changes (what useSyncExternalStore needs). */
  state<T>(key: string): QueryState<T> {
    return (this.entries.get(key)?.state ?? NOT_LOADED) as QueryState<T>;
  }

  /**
   * Uses a query: `listener` hears of each change of its state until the returned function is called. Fetches it
   * unless its result is current or already on its way; `refetch` fetches it anew all the same (a page that wants
   * fresh figures on every visit), though an answer already on its way will do.
   */
  subscribe<T>(query: Query<T>, listener: () => void, { refetch = false } = {}): () => void {
    const entry = this.entry(query);
    if (entry.dropTimer) clearTimeout(entry.dropTimer);
    entry.dropTimer = null;
    entry.listeners.add(listener);
    if (!entry.running && (refetch || entry.stale || entry.state.updatedAt === null)) void this.fetch(entry);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) entry.dropTimer = setTimeout(() => this.drop(entry), this.keepUnusedMs);
    };
  }

  /** Fetches a query anew, for figures that reflect everything done so far; resolves once they are in. */
  refetch(key: string): Promise<void> {
    const entry = this.entries.get(key);
    return entry ? this.fetch(entry, true) : Promise.resolve();
  }

  /** The core changed these areas: queries in use that depend on them are fetched again, the others when next used. */
  changed(areas: readonly DataArea[]): Promise<void> {
    const fetches: Promise<void>[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.query.areas.some((area) => areas.includes(area))) continue;
      if (entry.listeners.size > 0) fetches.push(this.fetch(entry, true));
      else entry.stale = true;
    }
    return Promise.all(fetches).then(() => undefined);
  }

  private entry(query: Query<unknown>): Entry {
    let entry = this.entries.get(query.key);
    if (!entry) {
      entry = { query, state: NOT_LOADED, listeners: new Set(), running: null, again: false, stale: false, dropTimer: null };
      this.entries.set(query.key, entry);
    }
    return entry;
  }

  /**
   * One fetch at a time per query: asked again while one runs (`again`), the query is fetched once more when it
   * ends, however many changes came meanwhile, and only the last answer is kept.
   */
  private fetch(entry: Entry, again = false): Promise<void> {
    if (entry.running) {
      entry.again ||= again;
      return entry.running;
    }
    entry.stale = false;
    this.update(entry, { fetching: true });
    entry.running = this.fetchUntilCurrent(entry);
    return entry.running;
  }

  private async fetchUntilCurrent(entry: Entry): Promise<void> {
    for (;;) {
      entry.again = false;
      let outcome: Partial<QueryState<unknown>>;
      try {
        outcome = { data: await entry.query.fetch(), error: null, updatedAt: Date.now() };
      } catch (error) {
        outcome = { error: errorMessage(error) };
      }
      if (!entry.again) {
        entry.running = null;
        this.update(entry, { ...outcome, fetching: false });
        return;
      }
    }
  }

  private update(entry: Entry, change: Partial<QueryState<unknown>>): void {
    entry.state = { ...entry.state, ...change };
    for (const listener of entry.listeners) listener();
  }

  private drop(entry: Entry): void {
    if (this.entries.get(entry.query.key) === entry) this.entries.delete(entry.query.key);
  }
}
