import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { navigate } from '../lib/router';

/** Commands reachable from anywhere: toolbar buttons, empty states and global shortcuts share them. */
interface ShellState {
  importOpen: boolean;
  openImport: () => void;
  closeImport: () => void;
  /** Goes to the vendor list and asks it to focus its search box. */
  focusSearch: () => void;
  searchFocusRequested: boolean;
  searchFocusDone: () => void;
}

const ShellContext = createContext<ShellState | null>(null);

export function ShellProvider({ children }: { children: ReactNode }) {
  const [importOpen, setImportOpen] = useState(false);
  const [searchFocusRequested, setSearchFocusRequested] = useState(false);
  const openImport = useCallback(() => setImportOpen(true), []);
  const closeImport = useCallback(() => setImportOpen(false), []);
  const focusSearch = useCallback(() => {
    navigate({ page: 'vendors' });
    setSearchFocusRequested(true);
  }, []);
  const searchFocusDone = useCallback(() => setSearchFocusRequested(false), []);
  const state = useMemo(
    () => ({ importOpen, openImport, closeImport, focusSearch, searchFocusRequested, searchFocusDone }),
    [importOpen, openImport, closeImport, focusSearch, searchFocusRequested, searchFocusDone],
  );
  return <ShellContext value={state}>{children}</ShellContext>;
}

export function useShell(): ShellState {
  const state = use(ShellContext);
  if (!state) throw new Error('useShell outside ShellProvider');
  return state;
}
