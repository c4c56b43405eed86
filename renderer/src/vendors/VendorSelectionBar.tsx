import type { ScreeningRun } from '../../../electron/core/contract';
import { call } from '../api';
import { plural } from '../lib/format';
import { useJobDialog } from '../lib/useJob';
import { WhatChanged } from '../screening/WhatChanged';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';

/**
 * Above the vendor table while vendors are ticked: how many, what can be done to them all at once, and Clear. Screening
 * them again runs as a job with progress and Cancel, as "Screen all vendors" does.
 */
export function VendorSelectionBar({ ids, onClear }: { ids: readonly string[]; onClear: () => void }) {
  const { job, state, running, run, cancel, close } = useJobDialog<ScreeningRun>();
  const count = ids.length;
  const rescreen = () => run((jobId) => call('screening.run', { jobId, vendorIds: [...ids] }));

  return (
    <div className="selection-bar" role="region" aria-label="Selected vendors">
      <span className="selection-count" aria-live="polite">
        {plural(count, 'vendor')} selected
      </span>
      <button type="button" className="btn btn-small" onClick={() => void rescreen()} disabled={running} title="Compare the selected vendors with every current list">
        <Icon name="shield" />
        Screen again
      </button>
      <button type="button" className="btn btn-small" onClick={onClear} title="Untick every vendor (Esc in the table)">
        Clear selection
      </button>
      {state && (
        <Dialog
          title={state.step === 'done' ? 'Screening complete: what changed' : `Screen ${plural(count, 'vendor')} again`}
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
          {state.step === 'running' && <JobProgress job={job} startLabel="Starting the screening…" />}
          {state.step === 'done' && <WhatChanged run={state.result} />}
          {state.step === 'cancelled' && (
            <Alert tone="info" title="Screening cancelled before it finished">
              <p>Nothing was changed. Screen the selection again when you are ready.</p>
            </Alert>
          )}
          {state.step === 'failed' && (
            <Alert tone="error" title="The vendors were not screened">
              <p>{state.error}</p>
            </Alert>
          )}
        </Dialog>
      )}
    </div>
  );
}
