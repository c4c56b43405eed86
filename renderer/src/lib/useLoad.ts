import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api-error';

export interface Loaded<T> {
  /** The last value loaded; kept while a reload runs, so the page does not flash. */
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

/** Runs a load when deps change; a late answer from an older load never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: string | null }>({ data: undefined, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data, error: null }),
      (error: unknown) => current && setState((s) => ({ ...s, error: errorMessage(error) })),
    );
    return () => {
      current = false;
    };
    // The caller's deps stand for `load`, which is a new closure on every render.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
