import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { DATA_SHARED, SERVICES, type Supplier, type SupplierFields, type Vendor } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { countryName } from '../lib/countries';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { CountrySelect } from '../ui/CountrySelect';
import { CheckboxGroup, Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';

type Service = SupplierFields['service'];
type DataShared = SupplierFields['dataShared'][number];
const EMPTY = { name: '', service: 'IaaS/PaaS' as Service, dataShared: [] as DataShared[], country: '' };

/** The vendor's own suppliers (hosting, sub-processors, AI models): listed, added, edited and removed by hand. */
export function SuppliersPanel({ vendor }: { vendor: Vendor }) {
  const loaded = useQuery(read('suppliers.list', { vendorId: vendor.id }));
  const suppliers = loaded.data?.suppliers;
  const [editing, setEditing] = useState<Supplier | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const edit = (s: Supplier) => {
    setEditing(s);
    setStatus(null);
    // The form is below the table: bring it, and its first field, to the keyboard.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
  };
  const remove = async (s: Supplier) => {
    setError(null);
    try {
      await call('suppliers.remove', { id: s.id });
      setStatus(`Removed ${s.name}: the vendor was screened again.`);
      if (editing?.id === s.id) setEditing(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby="suppliers-title">
      <div className="card-header">
        <h2 id="suppliers-title">Suppliers</h2>
      </div>
      <p className="section-hint">
        Who this vendor relies on: where it hosts, who processes your data for it, which AI models it builds on. Each supplier is screened against the lists; a listed supplier
        shows under Screening as a hit through a supplier.
      </p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {error && <Alert tone="error" title="The supplier was not removed">{error}</Alert>}
      {status && <p role="status">{status}</p>}
      {!suppliers && !loaded.error && <Spinner label="Loading suppliers…" visibleLabel />}
      {suppliers &&
        (suppliers.length === 0 ? (
          <p className="muted suppliers-empty">
            No suppliers recorded for this vendor. Add its hosting provider, sub-processors and AI models below, or import a CSV with <code>vetter suppliers import FILE</code>.
          </p>
        ) : (
          <table className="data-table suppliers-table">
            <caption className="visually-hidden">Suppliers of {vendor.legalName}</caption>
            <thead>
              <tr>
                <th scope="col">Supplier</th>
                <th scope="col">Service</th>
                <th scope="col">Data shared</th>
                <th scope="col">Country</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {suppliers.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.name}
                    <div className="small muted">{s.source}</div>
                  </th>
                  <td>{s.service}</td>
                  <td>{s.dataShared.length === 0 ? <span className="muted">Not recorded</span> : s.dataShared.join('; ')}</td>
                  <td>{s.country ? countryName(s.country) : <span className="muted">Not recorded</span>}</td>
                  <td className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => edit(s)} aria-label={`Edit ${s.name}`}>
                      Edit
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => void remove(s)} aria-label={`Remove ${s.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <SupplierForm
        key={editing?.id ?? 'new'}
        formRef={formRef}
        vendorId={vendor.id}
        editing={editing}
        onDone={(text) => {
          setEditing(null);
          setStatus(text);
        }}
      />
    </section>
  );
}

function SupplierForm({
  vendorId,
  editing,
  onDone,
  formRef,
}: {
  vendorId: string;
  editing: Supplier | null;
  onDone: (status: string | null) => void;
  formRef: React.RefObject<HTMLFormElement | null>;
}) {
  const [form, setForm] = useState(editing ? { name: editing.name, service: editing.service, dataShared: editing.dataShared, country: editing.country ?? '' } : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields: SupplierFields = { name: form.name, service: form.service, dataShared: form.dataShared, country: form.country || null };
    setSaving(true);
    setError(null);
    setErrors({});
    try {
      if (editing) await call('suppliers.update', { id: editing.id, ...fields });
      else await call('suppliers.add', { vendorId, ...fields });
      setForm(EMPTY);
      onDone(`${editing ? 'Saved' : 'Added'} ${fields.name.trim()}: the vendor was screened again.`);
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.details);
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  // Escape leaves an edit unsaved.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && editing) onDone(null);
  };

  return (
    <form ref={formRef} className="suppliers-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-labelledby="suppliers-form-title">
      <h3 id="suppliers-form-title">{editing ? `Edit ${editing.name}` : 'Add supplier'}</h3>
      {error && <Alert tone="error" title={editing ? 'The supplier was not saved' : 'The supplier was not added'}>{error}</Alert>}
      <div className="form-grid">
        <Field path="supplier.name" label="Supplier name" required error={errors.name}>
          {(p) => <input {...p} value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />}
        </Field>
        <Field path="supplier.service" label="Service" error={errors.service} hint="What the supplier does for this vendor">
          {(p) => (
            <select {...p} value={form.service} onChange={(e) => setForm((f) => ({ ...f, service: e.target.value as Service }))}>
              {SERVICES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="supplier.country" label="Country" error={errors.country}>
          {(p) => <CountrySelect {...p} value={form.country} onChange={(country) => setForm((f) => ({ ...f, country }))} />}
        </Field>
        <CheckboxGroup
          path="supplier.dataShared"
          legend="Data that flows to it"
          options={DATA_SHARED}
          value={form.dataShared}
          onChange={(dataShared) => setForm((f) => ({ ...f, dataShared }))}
          error={errors.dataShared}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {editing ? 'Save supplier' : 'Add supplier'}
        </button>
        {editing && (
          <button type="button" className="btn" onClick={() => onDone(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
