import { createContext, type ReactNode, use, useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';

export type AppInfo = Output<'app.info'>;

interface AppInfoState {
  info: AppInfo | null;
  error: string | null;
  refresh: () => void;
}

const AppInfoContext = createContext<AppInfoState | null>(null);

/** Version, data folder and current user, loaded once and refreshed after the user renames themselves. */
export function AppInfoProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    call('app.info', {}).then(
      (value) => {
        setInfo(value);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(refresh, [refresh]);
  return <AppInfoContext value={{ info, error, refresh }}>{children}</AppInfoContext>;
}

export function useAppInfo(): AppInfoState {
  const state = use(AppInfoContext);
  if (!state) throw new Error('useAppInfo outside AppInfoProvider');
  return state;
}
