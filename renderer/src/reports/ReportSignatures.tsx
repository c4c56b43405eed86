import { useState } from 'react';
import type { PdfSignature, ReportSummary } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { formatDateTime } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { useSigningKey } from './SigningKey';

type Panel = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'shown'; signatures: PdfSignature[]; signOffRefusal: string | null };

/**
 * "Signatures": the report's PDF as it is served, its signatures checked as any PDF reader checks them (reports.signatures):
 * the preparer's, and the approver's countersignature once signed off; and, for the approver, "Sign off".
 */
export function ReportSignatures({ report }: { report: ReportSummary }) {
  const toast = useToast();
  const signing = useSigningKey();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [signingOff, setSigningOff] = useState(false);

  const load = async () => {
    setPanel({ state: 'loading' });
    try {
      setPanel({ state: 'shown', ...(await call('reports.signatures', { id: report.id })) });
    } catch (e) {
      setPanel({ state: 'failed', message: errorMessage(e) });
    }
  };

  const signOff = async () => {
    setSigningOff(true);
    try {
      if (!(await signing.ensureUnlocked())) return;
      const off = await call('reports.signOff', { id: report.id });
      toast({ tone: 'success', message: `Signed off ${off.id} as ${off.signedOff?.name ?? 'you'}` });
      await load();
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    } finally {
      setSigningOff(false);
    }
  };

  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => void load()} aria-label={`Signatures of ${report.id}`}>
        <Icon name="shield" />
        Signatures
      </button>
      {signing.dialog}
      {panel && (
        <Dialog
          wide
          title={`Signatures of ${report.id}`}
          onClose={() => setPanel(null)}
          closable={!signingOff}
          footer={
            <>
              {panel.state === 'shown' && panel.signOffRefusal === null && (
                <button type="button" className="btn btn-primary" onClick={() => void signOff()} disabled={signingOff}>
                  {signingOff && <Spinner label="Signing off…" />}
                  Sign off
                </button>
              )}
              <button type="button" className="btn" onClick={() => setPanel(null)} disabled={signingOff} autoFocus>
                Done
              </button>
            </>
          }
        >
          {panel.state === 'loading' && <Spinner label="Checking the signatures…" visibleLabel />}
          {panel.state === 'failed' && <Alert tone="error">{panel.message}</Alert>}
          {panel.state === 'shown' && <SignatureList signatures={panel.signatures} signOffRefusal={panel.signOffRefusal} signedOff={report.signedOff !== null} />}
        </Dialog>
      )}
    </>
  );
}

function SignatureList({ signatures, signOffRefusal, signedOff }: { signatures: PdfSignature[]; signOffRefusal: string | null; signedOff: boolean }) {
  return (
    <div className="signature-panel">
      {signatures.length === 0 ? (
        <Alert tone="warning" title="Not signed">
          <p>This PDF carries no signature: it was kept when this copy of Vetter could not unlock a signing key. It can be checked only against this workspace’s record (Verify a report…).</p>
        </Alert>
      ) : (
        <ol className="signature-list">
          {signatures.map((s, i) => (
            <li key={`${s.fingerprint ?? 'unknown'}-${i}`} className={s.valid ? 'signature-valid' : 'signature-invalid'}>
              <p>
                <strong>{i === 0 ? 'Prepared and signed by ' : 'Signed off by '}</strong>
                <strong>{s.signer ?? 'an unreadable signer'}</strong>
                {s.knownAs && <span className="muted"> (login {s.knownAs})</span>}
                {s.selfSigned && <span className="muted"> · self-signed certificate</span>}
                {s.signedAt && <span className="muted"> · {formatDateTime(s.signedAt)}</span>}
              </p>
              <p>{s.valid ? (s.addedAfter === 'signatures' ? 'Valid: unchanged since, apart from the later signature.' : 'Valid: the document is unchanged since it was signed.') : `Not valid: ${s.message}`}</p>
              {s.fingerprint && <p className="field-hint">Certificate SHA-256: <code className="selectable">{s.fingerprint}</code></p>}
            </li>
          ))}
        </ol>
      )}
      {signOffRefusal !== null && !signedOff && <p className="muted">{signOffRefusal}</p>}
    </div>
  );
}
