import { useState } from 'react';
import type { ReturnedSupplier } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { countryName } from '../lib/countries';
import { formatDateTime, plural } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/**
 * The suppliers a returned workbook lists on its Suppliers sheet, waiting like the answers: each accepted (it becomes
 * a supplier of the vendor, screened with it) or dismissed, one by one or all at once. Nothing is written unaccepted.
 */
export function ReturnedSuppliers({ vendorId, pending }: { vendorId: string; pending: ReturnedSupplier[] }) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = pending[0]!;

  const decide = async (kind: 'accept' | 'dismiss', suppliers: ReturnedSupplier[], key: string) => {
    setBusy(key);
    setError(null);
    try {
      const input = { vendorId, returnId: first.returnId, rows: suppliers.map((s) => s.row) };
      if (kind === 'accept') {
        const { accepted } = await call('questionnaires.acceptSuppliers', input);
        toast({ tone: 'success', message: suppliers.length === 1 ? `Accepted ${suppliers[0]!.name} as a supplier` : `Accepted ${plural(accepted, 'supplier')} from the vendor` });
      } else {
        await call('questionnaires.dismissSuppliers', input);
        toast({ message: `Dismissed ${suppliers[0]!.name}` });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="returned-answers" aria-labelledby="returned-suppliers-title">
      <h3 id="returned-suppliers-title">Suppliers from the vendor, waiting for you</h3>
      <p className="section-hint">
        Listed on the Suppliers sheet of questionnaire <code>{first.questionnaireId}</code>, file {first.fileName}, imported {formatDateTime(first.importedAt)}. Accepting one
        adds it to the vendor’s suppliers, where it is screened against the lists.
      </p>
      {error && (
        <Alert tone="error" title="Nothing was changed">
          <p>{error}</p>
        </Alert>
      )}
      <div className="table-scroll">
        <table className="data-table returned-table">
          <caption className="visually-hidden">The suppliers the vendor listed</caption>
          <thead>
            <tr>
              <th scope="col">Supplier</th>
              <th scope="col">Service</th>
              <th scope="col">Data shared</th>
              <th scope="col">Country</th>
              <th scope="col">
                <span className="visually-hidden">Decision</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pending.map((s) => (
              <tr key={s.row}>
                <th scope="row">{s.name}</th>
                <td>{s.service}</td>
                <td>{s.dataShared.length === 0 ? <span className="muted">Not given</span> : s.dataShared.join('; ')}</td>
                <td>{s.country ? countryName(s.country) : <span className="muted">Not given</span>}</td>
                <td>
                  <div className="returned-actions">
                    <button type="button" className="btn btn-small btn-primary" disabled={busy !== null} onClick={() => void decide('accept', [s], `row ${s.row}`)} aria-label={`Accept ${s.name} as a supplier`}>
                      {busy === `row ${s.row}` ? <Spinner label="Accepting…" /> : <Icon name="check" />}
                      Accept
                    </button>
                    <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void decide('dismiss', [s], `dismiss ${s.row}`)} aria-label={`Dismiss ${s.name}`}>
                      Dismiss
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="returned-footer">
        <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void decide('accept', pending, 'all')}>
          {busy === 'all' ? <Spinner label="Accepting…" /> : <Icon name="check" />}
          Accept all {pending.length} suppliers
        </button>
        <span className="muted">Each accepted supplier is recorded in the audit log under your name.</span>
      </div>
    </section>
  );
}
