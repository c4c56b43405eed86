import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { ApiError, errorMessage } from '../api-error';

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

/** Where a job shown in a dialog stands: running (with the job's progress), done with its result, or not. */
export type JobStep<T> = { step: 'running' } | { step: 'done'; result: T } | { step: 'cancelled' } | { step: 'failed'; error: string };

/** A long core call shown in a dialog: its step, run, Cancel and close (what useJobDialog gives). */
export interface JobDialog<T> {
  job: Job;
  state: JobStep<T> | null;
  running: boolean;
  run: (work: (jobId: string) => Promise<T>) => Promise<void>;
  cancel: () => Promise<void>;
  close: () => void;
}

/** A long core call shown in a dialog ("Screen all vendors", "Generate report"): its step, run, Cancel and close. */
export function useJobDialog<T>(): JobDialog<T> {
  const job = useJob();
  const [state, setState] = useState<JobStep<T> | null>(null);
  const run = async (work: (jobId: string) => Promise<T>) => {
    setState({ step: 'running' });
    try {
      setState({ step: 'done', result: await job.start(work) });
    } catch (e) {
      setState(e instanceof ApiError && e.code === 'cancelled' ? { step: 'cancelled' } : { step: 'failed', error: errorMessage(e) });
    }
  };
  const cancel = async () => {
    try {
      await job.cancel();
    } catch (e) {
      setState({ step: 'failed', error: errorMessage(e) });
    }
  };
  return { job, state, running: state?.step === 'running', run, cancel, close: () => setState(null) };
}
