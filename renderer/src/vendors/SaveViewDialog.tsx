import { useState } from 'react';
import type { SavedView } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { describeView } from './viewSummary';
import { useListView } from './listView';

/** Saves the list as it is under a name; a name the user already has replaces that view, and says so first. */
export function SaveViewDialog({ views, suggested, onClose }: { views: readonly SavedView[]; suggested: SavedView | null; onClose: () => void }) {
  const { current, openView } = useListView();
  const toast = useToast();
  const [name, setName] = useState(suggested?.name ?? '');
  const [isDefault, setIsDefault] = useState(suggested?.isDefault ?? false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const replaces = views.find((v) => v.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('views.save', { name, definition: current, isDefault });
      openView(saved);
      toast({ tone: 'success', message: `Saved the view “${saved.name}”` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="Save this view"
      onClose={onClose}
      closable={!saving}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" form="save-view" className="btn btn-primary" disabled={saving || name.trim() === ''}>
            {saving && <Spinner label="Saving…" />}
            {replaces ? `Replace “${replaces.name}”` : 'Save view'}
          </button>
        </>
      }
    >
      <form
        id="save-view"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="muted">{describeView(current)}</p>
        <Field path="viewName" label="Name" hint={replaces ? `You already have a view named “${replaces.name}”: saving replaces it.` : 'Only you see your views.'} error={error}>
          {(props) => <input {...props} type="text" value={name} maxLength={80} autoFocus onChange={(event) => setName(event.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={isDefault} onChange={(event) => setIsDefault(event.target.checked)} />
          Open this view when Vetter starts
        </label>
      </form>
    </Dialog>
  );
}
