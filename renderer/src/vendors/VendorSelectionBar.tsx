import type { ScreeningRun } from '../../../electron/core/contract';
import { call } from '../api';
import { plural } from '../lib/format';
import { useJobDialog } from '../lib/useJob';
import { SendQuestionnaires } from '../questionnaires/SendQuestionnaires';
import { ScreeningJobDialog } from '../screening/ScreeningJobDialog';
import { Icon } from '../ui/Icon';

/**
 * Above the vendor table while vendors are ticked: how many, what can be done to them all at once, and Clear. Screening
 * them again runs as a job with progress and Cancel, as "Screen all vendors" does.
 */
export function VendorSelectionBar({ ids, onClear }: { ids: readonly string[]; onClear: () => void }) {
  const dialog = useJobDialog<ScreeningRun>();
  const count = ids.length;
  const rescreen = () => dialog.run((jobId) => call('screening.run', { jobId, vendorIds: [...ids] }));

  return (
    <div className="selection-bar" role="region" aria-label="Selected vendors">
      <span className="selection-count" aria-live="polite">
        {plural(count, 'vendor')} selected
      </span>
      <button type="button" className="btn btn-small" onClick={() => void rescreen()} disabled={dialog.running} title="Compare the selected vendors with every current list">
        <Icon name="shield" />
        Screen again
      </button>
      <SendQuestionnaires vendorIds={ids} />
      <button type="button" className="btn btn-small" onClick={onClear} title="Untick every vendor (Esc in the table)">
        Clear selection
      </button>
      <ScreeningJobDialog
        dialog={dialog}
        title={`Screen ${plural(count, 'vendor')} again`}
        afterCancel="Nothing was changed. Screen the selection again when you are ready."
      />
    </div>
  );
}
