import type { ScreeningRun } from '../../../electron/core/contract';
import { call } from '../api';
import { useJobDialog } from '../lib/useJob';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';
import { WhatChanged } from './WhatChanged';

/** "Screen all vendors": every vendor against every current list, with progress and Cancel, then what changed. */
export function ScreenAllVendors({ disabled = false }: { disabled?: boolean }) {
  const { job, state, running, run: runJob, cancel, close } = useJobDialog<ScreeningRun>();
  const run = () => runJob((jobId) => call('screening.run', { jobId }));

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => void run()}
        disabled={disabled || running}
        title={disabled ? 'Add vendors first: there is nobody to screen yet' : 'Compare every vendor with every current designation list'}
      >
        <Icon name="shield" />
        Screen all vendors
      </button>
      {state && (
        <Dialog
          title={state.step === 'done' ? 'Screening complete: what changed' : 'Screen all vendors'}
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
              <p className="muted">
                Each vendor’s legal name, other names and parent company are compared with every entry of the current lists.
              </p>
            </div>
          )}
          {state.step === 'done' && <WhatChanged run={state.result} />}
          {state.step === 'cancelled' && (
            <Alert tone="info" title="Screening cancelled before it finished">
              <p>Run it again to screen every vendor.</p>
            </Alert>
          )}
          {state.step === 'failed' && (
            <Alert tone="error" title="The vendors were not screened">
              <p>{state.error}</p>
            </Alert>
          )}
        </Dialog>
      )}
    </>
  );
}
