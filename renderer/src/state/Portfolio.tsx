import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../api-error';
import type { Portfolio } from '../lib/risk';
import { useScreening } from './Screening';
import { useVendors } from './Vendors';

interface PortfolioState {
  /** The last portfolio scored; null until the first load answers. */
  portfolio: Portfolio | null;
  /** When it was scored (ISO). */
  scoredAt: string | null;
  loading: boolean;
  error: string | null;
  /** False once vendors, screening or a vendor's answers changed since it was scored. */
  fresh: boolean;
  /** Scores every vendor again (the core keeps a snapshot of each score that changed). */
  load: () => Promise<void>;
  /** Says that something a score reads changed (an answer, an allegation); the next page that needs scores reloads them. */
  invalidate: () => void;
}

const PortfolioContext = createContext<PortfolioState | null>(null);

/**
 * Every vendor's score, shared by the dashboard and the vendor table. Scoring the portfolio scores every vendor,
 * so it runs when a page asks for it, not on every change.
 */
export function PortfolioProvider({ children }: { children: ReactNode }) {
  const { vendors } = useVendors();
  const { statuses } = useScreening();
  const [portfolio, setPortfolio] = useState<Portfolio | null>(null);
  const [scoredAt, setScoredAt] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);
  const request = useRef(0);

  const load = useCallback(async () => {
    const id = ++request.current;
    setLoading(true);
    setFresh(true);
    try {
      const value = await call('scores.portfolio', {});
      if (id !== request.current) return;
      setPortfolio(value);
      setScoredAt(new Date().toISOString());
      setError(null);
    } catch (e) {
      if (id === request.current) setError(errorMessage(e));
    } finally {
      if (id === request.current) setLoading(false);
    }
  }, []);

  const invalidate = useCallback(() => setFresh(false), []);

  // Vendors added, edited or deleted, and new screening results, change scores.
  useEffect(invalidate, [invalidate, vendors, statuses]);

  const state = useMemo(
    () => ({ portfolio, scoredAt, loading, error, fresh, load, invalidate }),
    [portfolio, scoredAt, loading, error, fresh, load, invalidate],
  );
  return <PortfolioContext value={state}>{children}</PortfolioContext>;
}

export function usePortfolio(): PortfolioState {
  const state = use(PortfolioContext);
  if (!state) throw new Error('usePortfolio outside PortfolioProvider');
  return state;
}
