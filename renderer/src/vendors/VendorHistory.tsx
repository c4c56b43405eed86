import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { AuditTable } from '../audit/AuditTable';
import { Spinner } from '../ui/Spinner';

const HISTORY_LIMIT = 50;

/** This vendor's entries in the audit log, with those of the allegations against it or its parent: who changed what, and when. */
export function VendorHistory({ vendorId }: { vendorId: string }) {
  const history = useQuery(read('audit.list', { vendorId, limit: HISTORY_LIMIT }));

  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.error && <Alert tone="error">{history.error}</Alert>}
      {!history.data && !history.error && <Spinner label="Loading history…" visibleLabel />}
      {history.data &&
        (history.data.events.length === 0 ? (
          <p className="muted">No changes recorded yet.</p>
        ) : (
          <>
            <AuditTable events={history.data.events} compact />
            {history.data.total > history.data.events.length && (
              <p className="muted table-footnote">
                Showing the latest {history.data.events.length} of {history.data.total} entries. The full record is in the audit log.
              </p>
            )}
          </>
        ))}
    </section>
  );
}
