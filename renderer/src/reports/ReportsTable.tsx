import type { ReportSummary } from '../../../electron/core/contract';
import { copyText } from '../lib/clipboard';
import { formatDateTime } from '../lib/format';
import { formatPoints, isTier } from '../risk/risk';
import { routeHref } from '../lib/router';
import { Icon } from '../ui/Icon';
import { ReportActions } from './ReportActions';
import { TierBadge } from '../risk/TierBadge';
import { useToast } from '../ui/Toasts';

/**
 * Kept reports, newest first: which report, when and by whom, the tier and score it states, the SHA-256 of its PDF
 * (cut short by the style; the element holds all 64 digits for the tooltip, selecting and the copy button), and
 * what can be done with it. `withSubject` adds
 * the vendor (or "Portfolio") each report is about.
 */
export function ReportsTable({ reports, withSubject = false }: { reports: readonly ReportSummary[]; withSubject?: boolean }) {
  return (
    <table className="data-table reports-table">
      <caption className="visually-hidden">Reports</caption>
      <thead>
        <tr>
          <th scope="col">Report</th>
          {withSubject && <th scope="col">About</th>}
          <th scope="col">Generated</th>
          <th scope="col">By</th>
          <th scope="col">Signature</th>
          <th scope="col">Tier</th>
          <th scope="col" className="numeric">
            Score
          </th>
          <th scope="col">PDF SHA-256</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <code className="report-id">{r.id}</code>
            </th>
            {withSubject && (
              <td>
                {r.vendorId ? <a href={routeHref({ page: 'vendor', id: r.vendorId, editing: false })}>{r.subject}</a> : 'Whole portfolio'}
              </td>
            )}
            <td className="nowrap">{formatDateTime(r.generatedAt)}</td>
            <td>{r.generatedBy}</td>
            <td>
              <ReportSignature report={r} />
            </td>
            <td>{r.tier === null ? <NotApplicable /> : isTier(r.tier) ? <TierBadge tier={r.tier} /> : r.tier}</td>
            <td className="numeric">{r.score === null ? <NotApplicable /> : formatPoints(r.score)}</td>
            <td>
              <ReportHash report={r} />
            </td>
            <td>
              <ReportActions report={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who signed the PDF; a report kept unsigned says so rather than leave a blank. */
function ReportSignature({ report }: { report: ReportSummary }) {
  const signer = report.signedBy;
  if (!signer) {
    return (
      <span className="muted" title="This copy of Vetter could not unlock a signing key when the report was made, so its PDF carries no signature. It can be checked only against this workspace's record.">
        Not signed
      </span>
    );
  }
  return (
    <span title={`Certificate SHA-256: ${signer.fingerprint}`}>
      {signer.name}
      {signer.selfSigned && <span className="muted"> (self-signed)</span>}
    </span>
  );
}

/** A portfolio report states no single tier or score. */
function NotApplicable() {
  return (
    <span className="muted" title="A portfolio report covers every vendor: it has no single tier or score">
      —
    </span>
  );
}

function ReportHash({ report }: { report: ReportSummary }) {
  const toast = useToast();
  const copy = async () => {
    const copied = await copyText(report.pdfSha256);
    toast(copied ? { tone: 'success', message: `Copied the SHA-256 of ${report.id}` } : { tone: 'error', message: 'Could not copy the SHA-256; select it and copy it instead.' });
  };
  return (
    <span className="report-hash">
      <code className="hash selectable" title={`SHA-256 of the PDF: ${report.pdfSha256}`}>
        {report.pdfSha256}
      </code>
      <button type="button" className="icon-button" onClick={() => void copy()} aria-label={`Copy the SHA-256 of ${report.id}`} title="Copy the full SHA-256">
        <Icon name="copy" />
      </button>
    </span>
  );
}
