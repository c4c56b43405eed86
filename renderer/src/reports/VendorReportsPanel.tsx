import { plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { ReportsTable } from './ReportsTable';
import { Spinner } from '../ui/Spinner';

/** The audit reports generated for this vendor, newest first. */
export function VendorReportsPanel({ vendorId }: { vendorId: string }) {
  const loaded = useQuery(read('reports.list', { vendorId }));
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
