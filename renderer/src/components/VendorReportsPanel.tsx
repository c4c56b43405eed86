import { call } from '../api';
import { plural } from '../lib/format';
import { useLoad } from '../lib/useLoad';
import { Alert } from './Alert';
import { ReportsTable } from './ReportsTable';
import { Spinner } from './Spinner';

/** The audit reports generated for this vendor, newest first. A new `version` (a report was just made) reloads them. */
export function VendorReportsPanel({ vendorId, version }: { vendorId: string; version: number }) {
  const loaded = useLoad(() => call('reports.list', { vendorId }), [vendorId, version]);
  const reports = loaded.data?.reports;

  return (
    <section className="card" aria-labelledby="reports-title">
      <div className="card-header">
        <h2 id="reports-title">Reports</h2>
        {reports && <span className="muted">{reports.length === 0 ? 'None yet' : plural(reports.length, 'report')}</span>}
      </div>
      <p className="section-hint">
        Each audit report is kept exactly as generated, with the SHA-256 of its PDF, so a copy can be verified later.
      </p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!reports && !loaded.error && <Spinner label="Loading reports…" visibleLabel />}
      {reports &&
        (reports.length === 0 ? (
          <p className="muted">No report yet. Use “Generate audit report” at the top of this page to make one.</p>
        ) : (
          <ReportsTable reports={reports} />
        ))}
    </section>
  );
}
