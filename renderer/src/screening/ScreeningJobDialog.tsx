import type { ReactNode } from 'react';
import type { ScreeningRun } from '../../../electron/core/contract';
import type { JobDialog } from '../lib/useJob';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';
import { WhatChanged } from './WhatChanged';

/**
 * A screening run as a job (all vendors, or those ticked in the table): progress and Cancel while it runs, then what
 * changed, or why it did not finish and what to do next.
 */
export function ScreeningJobDialog({
  dialog: { job, state, running, cancel, close },
  title,
  runningNote,
  afterCancel,
}: {
  dialog: JobDialog<ScreeningRun>;
  title: string;
  runningNote?: ReactNode;
  afterCancel: string;
}) {
  if (!state) return null;
  return (
    <Dialog
      title={state.step === 'done' ? 'Screening complete: what changed' : title}
      onClose={close}
      closable={!running}
      wide={state.step === 'done'}
      footer={
        running ? (
          <CancelJobButton job={job} label="Cancel screening" onCancel={() => void cancel()} />
        ) : (
          <button type="button" className="btn btn-primary" onClick={close} autoFocus>
            Done
          </button>
        )
      }
    >
      {state.step === 'running' && (
        <div className="import-running">
          <JobProgress job={job} startLabel="Starting the screening…" />
          {runningNote}
        </div>
      )}
      {state.step === 'done' && <WhatChanged run={state.result} />}
      {state.step === 'cancelled' && (
        <Alert tone="info" title="Screening cancelled before it finished">
          <p>{afterCancel}</p>
        </Alert>
      )}
      {state.step === 'failed' && (
        <Alert tone="error" title="The vendors were not screened">
          <p>{state.error}</p>
        </Alert>
      )}
    </Dialog>
  );
}
