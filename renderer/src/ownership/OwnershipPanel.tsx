import { type FormEvent, useMemo, useState } from 'react';
import {
  LINK_KIND_LABELS,
  LINK_KINDS,
  layoutOwnership,
  type LinkKind,
  type OwnerEntry,
  OwnershipDiagram,
  OwnershipFindings,
  OwnershipLinksTable,
  type Vendor,
} from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';

/** Who owns or controls the vendor: the graph, its links and paths in words, what the rules find, and an owner added by hand. */
export function OwnershipPanel({ vendor }: { vendor: Vendor }) {
  const loaded = useQuery(read('ownership.vendor', { vendorId: vendor.id }));
  const ownership = loaded.data;
  const diagram = useMemo(() => (ownership && ownership.graph.links.length > 0 ? layoutOwnership(ownership) : null), [ownership]);

  return (
    <section className="card" aria-labelledby="ownership-title">
      <div className="card-header">
        <h2 id="ownership-title">Ownership</h2>
      </div>
      <p className="section-hint">
        Owners above the vendor, what it owns below. Listed parties are outlined in red with their list; ended links are dashed and count for history only.
      </p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!ownership && !loaded.error && <Spinner label="Loading ownership…" visibleLabel />}
      {ownership &&
        (diagram ? (
          <>
            <div className="ownership-graph">
              <OwnershipDiagram diagram={diagram} title={`Ownership of ${vendor.legalName}`} />
            </div>
            <h3>What the ownership rules find (as of {ownership.asOf})</h3>
            <OwnershipFindings ownership={ownership} />
            <h3>Links</h3>
            <OwnershipLinksTable ownership={ownership} />
          </>
        ) : (
          <p className="muted ownership-empty">
            No ownership recorded for this vendor. Add its owners below, or have an admin import a FollowTheMoney or CSV file with{' '}
            <code>vetter ownership import FILE</code>.
          </p>
        ))}
      <AddOwner vendorId={vendor.id} />
    </section>
  );
}

const EMPTY = { name: '', partyKind: 'company' as 'company' | 'person', kind: 'shareholding' as LinkKind, percentage: '', shares: '', start: '', end: '', source: '' };

function AddOwner({ vendorId }: { vendorId: string }) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
    const entry: OwnerEntry = {
      vendorId,
      owner: { name: form.name, kind: form.partyKind },
      kind: form.kind,
      percentage: number(form.percentage),
      shares: number(form.shares),
      start: form.start.trim() || null,
      end: form.end.trim() || null,
      source: form.source.trim() || null,
    };
    setSaving(true);
    setError(null);
    setErrors({});
    try {
      await call('ownership.add', entry);
      setAdded(form.name);
      setForm(EMPTY);
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries(Object.entries(err.details).map(([k, v]) => [k.replace(/^owner\./, ''), v])));
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="ownership-add" onSubmit={(e) => void submit(e)} aria-labelledby="ownership-add-title">
      <h3 id="ownership-add-title">Add owner</h3>
      {error && <Alert tone="error" title="The owner was not added">{error}</Alert>}
      {added && !error && <p role="status">Added {added}: the vendor was screened again.</p>}
      <div className="form-grid">
        <Field path="name" label="Owner name" required error={errors.name}>
          {(p) => <input {...p} value={form.name} onChange={set('name')} />}
        </Field>
        <Field path="partyKind" label="Type">
          {(p) => (
            <select {...p} value={form.partyKind} onChange={set('partyKind')}>
              <option value="company">Company</option>
              <option value="person">Person</option>
            </select>
          )}
        </Field>
        <Field path="kind" label="Kind">
          {(p) => (
            <select {...p} value={form.kind} onChange={set('kind')}>
              {LINK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {LINK_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="percentage" label="Percentage" hint="0 to 100" error={errors.percentage}>
          {(p) => <input {...p} inputMode="decimal" value={form.percentage} onChange={set('percentage')} />}
        </Field>
        <Field path="shares" label="Or share count" error={errors.shares}>
          {(p) => <input {...p} inputMode="decimal" value={form.shares} onChange={set('shares')} />}
        </Field>
        <Field path="start" label="Start" hint="YYYY-MM-DD, YYYY-MM or YYYY" error={errors.start}>
          {(p) => <input {...p} value={form.start} onChange={set('start')} />}
        </Field>
        <Field path="end" label="End" error={errors.end}>
          {(p) => <input {...p} value={form.end} onChange={set('end')} />}
        </Field>
        <Field path="source" label="Source" error={errors.source}>
          {(p) => <input {...p} value={form.source} onChange={set('source')} />}
        </Field>
      </div>
      <button type="submit" className="btn btn-primary" disabled={saving}>
        Add owner
      </button>
    </form>
  );
}
