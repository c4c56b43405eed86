import { useEffect, useState } from 'react';
import type { AuditEvent, Output } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { AuditTable } from './AuditTable';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PageTitle } from '../ui/PageTitle';
import { Spinner } from '../ui/Spinner';
import { formatCount, plural } from '../lib/format';

const PAGE_SIZE = 200;

type Verification = Output<'audit.verify'>;

function brokenTitle({ firstBad }: Verification): string {
  return `Audit chain broken at event #${firstBad?.seq ?? '?'}: ${firstBad?.reason ?? 'no reason was given'}`;
}

/** Every change ever made, newest first, and a check that none of it was altered afterwards. */
export function AuditLogPage() {
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [total, setTotal] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = async (beforeSeq?: number) => {
    setError(null);
    try {
      const page = await call('audit.list', beforeSeq === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, beforeSeq });
      setEvents((current) => (beforeSeq === undefined ? page.events : [...(current ?? []), ...page.events]));
      setTotal(page.total);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const loadOlder = async () => {
    const oldest = events?.at(-1);
    if (!oldest) return;
    setLoadingMore(true);
    await load(oldest.seq);
    setLoadingMore(false);
  };

  const verify = async () => {
    setVerifying(true);
    setVerification(null);
    try {
      setVerification(await call('audit.verify', {}));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Audit log">Audit log</PageTitle>
          <p className="page-subtitle">
            Every change to your vendors, who made it and when. Entries are chained together so that any later alteration
            can be detected.
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => void verify()} disabled={verifying}>
            {verifying ? <Spinner label="Verifying…" /> : <Icon name="shield" />}
            Verify audit chain
          </button>
        </div>
      </header>

      {verification &&
        (verification.ok ? (
          <Alert tone="success" title={`Audit chain intact: ${plural(verification.checked, 'event')} checked`}>
            <p>No entry has been changed, removed or reordered since it was written.</p>
          </Alert>
        ) : (
          <Alert tone="error" title={brokenTitle(verification)}>
            <p>
              The log from this event on can no longer be trusted. Restore Vetter's data folder from a backup taken before
              the change, or contact your administrator. Do not make further changes until then.
            </p>
          </Alert>
        ))}

      {error && <Alert tone="error">{error}</Alert>}

      {!events && !error && (
        <div className="page-loading">
          <Spinner label="Loading the audit log…" visibleLabel />
        </div>
      )}

      {events && events.length === 0 && (
        <EmptyState icon="log" title="Nothing recorded yet">
          <p>When you add, change, import or delete vendors, each change is recorded here with your name and the time.</p>
        </EmptyState>
      )}

      {events && events.length > 0 && (
        <section className="card card-flush">
          <AuditTable events={events} brokenSeq={verification?.firstBad?.seq} />
          <div className="table-footer">
            <span className="muted">
              Showing {formatCount(events.length)} of {plural(total, 'event')}
            </span>
            {events.length < total && (
              <button type="button" className="btn btn-small" onClick={() => void loadOlder()} disabled={loadingMore}>
                {loadingMore && <Spinner label="Loading…" />}
                Load older events
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
