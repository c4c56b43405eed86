// What an editor sees when someone else saved the vendor while they were editing: both versions side by side, field by
// field, the differing ones marked with whose change each is, and three ways on. Nothing typed is lost by any of them.
import { useEffect, useRef } from 'react';
import type { Vendor, VendorInput } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { formatAmount, formatDate, plural } from '../lib/format';
import { CRITICALITY_LABELS, IDENTIFIER_SCHEME_LABELS, NAME_KIND_LABELS, VENDOR_FIELD_LABELS } from '../lib/labels';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Spinner } from '../ui/Spinner';

export interface Conflict {
  /** What the user tried to save. */
  mine: VendorInput;
  /** The version they started from. */
  base: Vendor;
  /** The vendor as stored now. */
  theirs: Vendor;
  /** The core's words: "Changed by NAME at TIME while you were editing." */
  message: string;
}

type Field = keyof VendorInput;
const FIELDS = Object.keys(VENDOR_FIELD_LABELS) as Field[];

const country = (code: string | null) => (code ? `${countryName(code)} (${code})` : '');
const text = (s: string | null) => s?.trim() ?? '';

/** A field as one line of text, '' when not set: the two versions are compared as the user reads them. */
function fieldText(v: VendorInput, field: Field): string {
  switch (field) {
    case 'otherNames':
      return v.otherNames.map((n) => `${n.name} (${NAME_KIND_LABELS[n.kind]})`).join('; ');
    case 'identifiers':
      return (v.identifiers ?? []).map((id) => `${IDENTIFIER_SCHEME_LABELS[id.scheme]} ${id.value}`).join('; ');
    case 'countryOfIncorporation':
    case 'countryOfHeadquarters':
      return country(v[field]);
    case 'services':
    case 'dataShared':
    case 'tags':
      return v[field].join(', ');
    case 'criticality':
      return v.criticality ? CRITICALITY_LABELS[v.criticality] : '';
    case 'contractStart':
    case 'contractEnd':
      return formatDate(v[field]);
    case 'annualSpend':
      return formatAmount(v.annualSpend);
    default:
      return text(v[field]);
  }
}

/** Whose change a differing field is, against the version the user started from. */
function whose(base: string, mine: string, theirs: string): string {
  if (mine === base) return 'their change';
  if (theirs === base) return 'your change';
  return 'changed by both';
}

export function VendorConflict({
  conflict,
  saving,
  error,
  onKeepMine,
  onTakeTheirs,
  onBackToEditing,
}: {
  conflict: Conflict;
  saving: boolean;
  /** Why keeping mine failed, other than another change. */
  error: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onBackToEditing: () => void;
}) {
  const rows = FIELDS.map((field) => {
    const [base, mine, theirs] = [fieldText(conflict.base, field), fieldText(conflict.mine, field), fieldText(conflict.theirs, field)];
    return { field, mine, theirs, differs: mine !== theirs ? whose(base, mine, theirs) : null };
  });
  const differing = rows.filter((r) => r.differs).length;
  // The dialog opens (showModal, in its own effect, which runs first) on the choice that saves: Enter keeps mine.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  const value = (s: string) => (s ? <span className="conflict-value">{s}</span> : <span className="muted">Not set</span>);

  return (
    <Dialog
      title="Someone else saved this vendor"
      onClose={onBackToEditing}
      closable={!saving}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onBackToEditing} disabled={saving}>
            Go back and edit
          </button>
          <button type="button" className="btn" onClick={onTakeTheirs} disabled={saving}>
            Take theirs
          </button>
          <button ref={keepRef} type="button" className="btn btn-primary" onClick={onKeepMine} disabled={saving}>
            {saving && <Spinner label="Saving…" />}
            Keep my changes
          </button>
        </>
      }
    >
      <div className="conflict">
        <p className="conflict-message">
          <strong>{conflict.message}</strong>{' '}
          {differing === 0
            ? 'Their version has the same fields as yours.'
            : `${plural(differing, 'field')} differ${differing === 1 ? 's' : ''}. Choose which version to keep.`}
        </p>
        <ul className="conflict-choices muted">
          <li>
            <strong>Keep my changes</strong> saves your version over theirs (their version stays in the audit log).
          </li>
          <li>
            <strong>Take theirs</strong> discards your changes and opens their version in the form.
          </li>
          <li>
            <strong>Go back and edit</strong> keeps what you typed in the form; saving it then replaces their version.
          </li>
        </ul>
        {error && (
          <Alert tone="error" title="Your changes were not saved">
            {error}
          </Alert>
        )}
        <div className="table-scroll conflict-scroll">
          <table className="data-table conflict-table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your version</th>
                <th scope="col">Their version</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.field} className={r.differs ? 'conflict-differs' : undefined}>
                  <th scope="row">
                    {VENDOR_FIELD_LABELS[r.field]}
                    {r.differs && <span className="conflict-mark">Differs: {r.differs}</span>}
                  </th>
                  <td>{value(r.mine)}</td>
                  <td>{value(r.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Dialog>
  );
}
