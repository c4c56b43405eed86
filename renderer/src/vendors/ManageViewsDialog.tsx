import { useState } from 'react';
import type { SavedView } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/Toasts';
import { useListView } from './listView';
import { describeView } from './viewSummary';

/** The user's views: open one, choose the one that opens at start, delete one (with Undo). */
export function ManageViewsDialog({ views, onClose }: { views: readonly SavedView[]; onClose: () => void }) {
  const { openView } = useListView();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  // The view last deleted, offered back here: a toast's Undo would sit behind this dialog, out of reach.
  const [deleted, setDeleted] = useState<SavedView | null>(null);

  const run = async (id: string, work: () => Promise<void>) => {
    setBusy(id);
    try {
      await work();
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  const keep = (v: SavedView, isDefault: boolean) => call('views.save', { name: v.name, definition: v.definition, isDefault });
  const remove = (v: SavedView) =>
    run(v.id, async () => {
      await call('views.remove', { id: v.id });
      setDeleted(v);
    });
  // Deleting is one click: Undo saves it again as it was.
  const undo = (v: SavedView) =>
    run(v.id, async () => {
      await keep(v, v.isDefault);
      setDeleted(null);
    });

  return (
    <Dialog
      title="Your views"
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {deleted && (
        <p className="saved-view-deleted" role="status">
          Deleted the view “{deleted.name}”.
          <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void undo(deleted)}>
            Undo
          </button>
        </p>
      )}
      {views.length === 0 ? (
        <p className="muted">No saved views left. Filter and sort the list, choose its columns, then “Save this view…” from the Views menu.</p>
      ) : (
        <ul className="saved-views">
          {views.map((v) => (
            <li key={v.id} className="saved-view">
              <div>
                <strong>{v.name}</strong>
                {v.isDefault && <span className="saved-view-start">Opens at start</span>}
                <p className="muted">{describeView(v.definition)}</p>
              </div>
              <div className="saved-view-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    openView(v);
                    onClose();
                  }}
                >
                  Open
                </button>
                <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void run(v.id, async () => void (await keep(v, !v.isDefault)))}>
                  {v.isDefault ? 'Don’t open at start' : 'Open at start'}
                </button>
                <button type="button" className="btn btn-small btn-danger-quiet" disabled={busy !== null} onClick={() => void remove(v)} aria-label={`Delete the view ${v.name}`}>
                  <Icon name="trash" />
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
