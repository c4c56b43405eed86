import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/core/contract';
import { bridge, call } from '../api';

export interface Job {
  /** The latest progress report of the running job; null before the first one. */
  progress: Progress | null;
  cancelling: boolean;
  /** Runs `work` under a new job id, so its progress is shown here and jobs.cancel can stop it. */
  start: <T>(work: (jobId: string) => Promise<T>) => Promise<T>;
  /** Asks the core to stop the running job; the job's own call then fails with code 'cancelled'. */
  cancel: () => Promise<void>;
}

/** A long core call (import, screening) with live progress and Cancel. */
export function useJob(): Job {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const jobIdRef = useRef<string | null>(null);

  // Listen from the start, so the first progress reports of a job are never missed.
  useEffect(
    () =>
      bridge().onProgress((p) => {
        if (p.jobId === jobIdRef.current) setProgress(p);
      }),
    [],
  );

  const start = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    jobIdRef.current = jobId;
    setProgress(null);
    setCancelling(false);
    try {
      return await work(jobId);
    } finally {
      jobIdRef.current = null;
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = jobIdRef.current;
    if (!jobId) return;
    setCancelling(true);
    try {
      await call('jobs.cancel', { jobId });
    } catch (error) {
      setCancelling(false);
      throw error;
    }
  }, []);

  return { progress, cancelling, start, cancel };
}
