import { useState } from 'react';
import type { Allegation, Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { AllegationCard } from './AllegationCard';
import { AllegationForm } from './AllegationForm';
import { SourceForm } from './SourceForm';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { VisibleText } from '../ui/VisibleText';

/** The allegations that reach this vendor, against it or its parent company, with Record, Edit and Delete. */
export function AllegationsPanel({ vendor }: { vendor: Vendor }) {
  const loaded = useQuery(read('allegations.list', { vendorId: vendor.id }));
  const [editing, setEditing] = useState<Allegation | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Allegation | null>(null);
  const [addingTo, setAddingTo] = useState<Allegation | null>(null);
  const allegations = loaded.data?.allegations;

  return (
    <section className="card allegations-panel" aria-labelledby="allegations-title">
      <div className="card-header">
        <h2 id="allegations-title">Allegations</h2>
        {allegations && <span className="muted">{allegations.length === 0 ? 'None recorded' : `${allegations.length} recorded`}</span>}
        <button type="button" className="btn btn-small card-header-action" onClick={() => setEditing('new')} disabled={!allegations}>
          <Icon name="plus" />
          Record allegation…
        </button>
      </div>
      <p className="section-hint">
        Claims made by others about this vendor or its parent company, kept with their source, status and your credibility rating. They are
        not facts: the score weighs each by its source, status, age and credibility.
      </p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!allegations && !loaded.error && <Spinner label="Loading allegations…" visibleLabel />}
      {allegations && allegations.length > 0 && (
        <div className="allegation-cards">
          {allegations.map((a) => (
            <AllegationCard key={a.id} allegation={a} onEdit={() => setEditing(a)} onDelete={() => setDeleting(a)} onAddSource={() => setAddingTo(a)} />
          ))}
        </div>
      )}
      {editing && (
        <AllegationForm
          vendor={vendor}
          editing={editing === 'new' ? null : editing}
          recorded={allegations ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      {addingTo && <SourceForm allegation={addingTo} onClose={() => setAddingTo(null)} />}
      {deleting && (
        <DeleteAllegation
          allegation={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function DeleteAllegation({ allegation, onClose, onDeleted }: { allegation: Allegation; onClose: () => void; onDeleted: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('allegations.delete', { id: allegation.id });
      toast({ tone: 'success', message: `Deleted the allegation "${allegation.sourceTitle}"` });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Delete this allegation?"
      onClose={onClose}
      closable={!busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
            Keep it
          </button>
          <button type="button" className="btn btn-danger-quiet" onClick={() => void remove()} disabled={busy}>
            {busy && <Spinner label="Deleting…" />}
            Delete allegation
          </button>
        </>
      }
    >
      <p>
        <strong>{allegation.sourceTitle}</strong> ({allegation.publisher})
      </p>
      <p>
        It is made against <VisibleText text={allegation.subjectName} />, so it leaves the score of every vendor it reaches, not only this one. The audit log keeps
        the record of it and of this deletion.
      </p>
      <p className="muted">To record that a claim was withdrawn or disproved, edit its status to “retracted” instead: the history is kept.</p>
      {error && <Alert tone="error">{error}</Alert>}
    </Dialog>
  );
}
