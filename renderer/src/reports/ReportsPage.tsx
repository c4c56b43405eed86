import { useState } from 'react';
import type { Output } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PageTitle } from '../ui/PageTitle';
import { ReportsTable } from './ReportsTable';
import { Spinner } from '../ui/Spinner';
import { formatDateTime, plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';

type Verification = Output<'reports.verify'> & { fileName: string };

/** Every report this database generated, newest first, and "Verify a report…" for a PDF someone hands back. */
export function ReportsPage() {
  const loaded = useQuery(read('reports.list', {}));
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const reports = loaded.data?.reports;

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const file = await bridge().openFile({ title: 'Verify a report', extensions: ['pdf'] });
      if (!file) return;
      setVerification(null);
      setVerification({ ...(await call('reports.verify', { file })), fileName: file.name });
    } catch (e) {
      setVerification(null);
      setVerifyError(hostErrorMessage(e));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="Reports">Reports</PageTitle>
          <p className="page-subtitle">
            Every audit report generated in Vetter, newest first. Each PDF is kept exactly as generated, with its SHA-256.
          </p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void verify()}
            disabled={verifying}
            title="Check that a report PDF is, byte for byte, one that Vetter generated"
          >
            {verifying ? <Spinner label="Verifying…" /> : <Icon name="shield" />}
            Verify a report…
          </button>
        </div>
      </header>

      {verification && <VerificationResult verification={verification} />}
      {verifyError && (
        <Alert tone="error" title="The file was not checked">
          <p>{verifyError}</p>
        </Alert>
      )}
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}

      {!reports && !loaded.error && (
        <div className="page-loading">
          <Spinner label="Loading reports…" visibleLabel />
        </div>
      )}

      {reports && reports.length === 0 && (
        <EmptyState
          icon="file"
          title="No reports yet"
          actions={
            <>
              <a className="btn btn-primary" href={routeHref({ page: 'vendors' })}>
                Choose a vendor
              </a>
              <a className="btn" href={routeHref({ page: 'dashboard' })}>
                Go to the dashboard
              </a>
            </>
          }
        >
          <p>
            Generate a report from a vendor’s page (“Generate audit report”) or the dashboard (“Generate portfolio report”).
            Every report is kept here, unchanged, to open, save again or verify later.
          </p>
        </EmptyState>
      )}

      {reports && reports.length > 0 && (
        <section className="card" aria-labelledby="all-reports-title">
          <div className="card-header">
            <h2 id="all-reports-title">All reports</h2>
            <span className="muted">{plural(reports.length, 'report')}</span>
          </div>
          <ReportsTable reports={reports} withSubject />
        </section>
      )}
    </div>
  );
}

/** What the file's own signatures say, each in the core's sentence, with whose certificate it is where the workspace knows it. */
function Signatures({ verification: v }: { verification: Verification }) {
  if (v.signatures.length === 0) return <p>The PDF carries no signature.</p>;
  return (
    <>
      {v.signatures.map((s, i) => (
        <p key={i}>
          {s.message} {s.fingerprint && (s.knownAs ? `The certificate is ${s.knownAs}'s, as this workspace records.` : 'The certificate is not one this workspace knows.')}
        </p>
      ))}
    </>
  );
}

/** The answer in plain words: green with the report it is, or red with why not and what to do. */
function VerificationResult({ verification: v }: { verification: Verification }) {
  if (v.verified && v.report) {
    const r = v.report;
    return (
      <Alert tone="success" title={`Verified: report ${r.id}, unaltered`}>
        <p>
          {r.kind === 'vendor' ? `Audit report on ${r.subject}` : 'Portfolio report'}, generated {formatDateTime(r.generatedAt)} by {r.generatedBy}.
          The file {v.fileName} is, byte for byte, the PDF Vetter kept.
        </p>
        <Signatures verification={v} />
        <p className="verification-hash">
          SHA-256 <code className="selectable">{v.sha256}</code>
        </p>
      </Alert>
    );
  }
  // The core's sentence starts "Not verified: ", which the title already says.
  const reason = v.message.replace(/^Not verified: /, '');
  return (
    <Alert tone="error" title={`Not verified: ${v.fileName}`}>
      <p>{reason.charAt(0).toUpperCase() + reason.slice(1)}</p>
      <Signatures verification={v} />
      <p>
        {v.report
          ? `Do not rely on this file. Save a fresh copy of ${v.report.id} from the list below, or ask whoever sent it for the original.`
          : 'Do not rely on this file. Ask whoever sent it for the original PDF; a report made by another Vetter database can only be verified there.'}
      </p>
      <p className="verification-hash">
        SHA-256 of the file <code className="selectable">{v.sha256}</code>
      </p>
    </Alert>
  );
}
