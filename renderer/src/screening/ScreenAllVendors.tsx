import type { ScreeningRun } from '../../../electron/core/contract';
import { call } from '../api';
import { useJobDialog } from '../lib/useJob';
import { Icon } from '../ui/Icon';
import { ScreeningJobDialog } from './ScreeningJobDialog';

/** "Screen all vendors": every vendor against every current list, with progress and Cancel, then what changed. */
export function ScreenAllVendors({ disabled = false }: { disabled?: boolean }) {
  const dialog = useJobDialog<ScreeningRun>();
  const run = () => dialog.run((jobId) => call('screening.run', { jobId }));

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => void run()}
        disabled={disabled || dialog.running}
        title={disabled ? 'Add vendors first: there is nobody to screen yet' : 'Compare every vendor with every current designation list'}
      >
        <Icon name="shield" />
        Screen all vendors
      </button>
      <ScreeningJobDialog
        dialog={dialog}
        title="Screen all vendors"
        runningNote={<p className="muted">Each vendor’s legal name, other names and parent company are compared with every entry of the current lists.</p>}
        afterCancel="Run it again to screen every vendor."
      />
    </>
  );
}
