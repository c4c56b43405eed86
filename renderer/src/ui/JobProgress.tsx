import type { Job } from '../lib/useJob';
import { ProgressBar } from './ProgressBar';

/** The progress bar of a running job, labelled with the phase the core reports ("Screening vendors"). */
export function JobProgress({ job, startLabel }: { job: Job; startLabel: string }) {
  const { progress, cancelling } = job;
  return (
    <ProgressBar
      label={cancelling ? 'Cancelling…' : progress?.phase || startLabel}
      done={progress?.done ?? 0}
      total={progress?.total ?? 0}
    />
  );
}

/** Cancels a running job; it says so while the core finishes the step it is on. */
export function CancelJobButton({ job, label, onCancel }: { job: Job; label: string; onCancel: () => void }) {
  return (
    <button type="button" className="btn" disabled={job.cancelling} onClick={onCancel}>
      {job.cancelling ? 'Cancelling…' : label}
    </button>
  );
}
