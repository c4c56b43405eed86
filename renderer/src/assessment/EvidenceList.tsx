import { useState } from 'react';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { EVIDENCE_TYPES, type EvidenceFile } from './assessment';
import { formatBytes, formatDateTime } from '../lib/format';
import { shortHash } from '../screening/screening';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { VisibleText } from '../ui/VisibleText';
import { revealInvisible } from '../../../electron/core/contract';

/**
 * The evidence files for a criterion: kept in Vetter's data folder with their SHA-256, and opened only through
 * the operating system after the user confirms. Attaching here needs a saved answer (the evidence backs it); files
 * attached before there was one are listed all the same.
 */
export function EvidenceList({
  vendorId,
  criterionId,
  files,
  canAttach,
}: {
  vendorId: string;
  criterionId: string;
  files: EvidenceFile[];
  canAttach: boolean;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attach = async () => {
    setError(null);
    setBusy('attach');
    try {
      const file = await bridge().openFile({ title: `Attach evidence for ${criterionId}`, extensions: EVIDENCE_TYPES });
      if (!file) return;
      const added = await call('assessment.addEvidence', { vendorId, criterionId, file });
      toast({ tone: 'success', message: `Attached ${revealInvisible(added.fileName)} (${added.kind})` });
    } catch (e) {
      setError(hostErrorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const open = async (file: EvidenceFile) => {
    setError(null);
    setBusy(file.id);
    try {
      await bridge().openEvidence(file.id);
    } catch (e) {
      setError(hostErrorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="evidence">
      <div className="evidence-header">
        <h4>Evidence files</h4>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void attach()}
          disabled={!canAttach || busy !== null}
          title={canAttach ? 'Copy a file into Vetter as evidence for this answer' : 'Save an answer first: evidence belongs to an answer'}
        >
          {busy === 'attach' ? <Spinner label="Attaching…" /> : <Icon name="paperclip" />}
          Attach evidence…
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
      {files.length === 0 ? (
        <p className="muted">{canAttach ? 'No evidence attached.' : 'No evidence attached. Save an answer first, then attach the files behind it.'}</p>
      ) : (
        <table className="data-table evidence-table">
          <caption className="visually-hidden">Evidence files for {criterionId}</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">SHA-256</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <span className="evidence-name">
                    <Icon name="file" />
                    <VisibleText text={f.fileName} />
                  </span>
                  {f.kind && <span className="evidence-kind muted"> · {f.kind}</span>}
                </th>
                <td className="numeric nowrap">{formatBytes(f.size)}</td>
                <td>
                  <code className="hash" title={`SHA-256 ${f.sha256}`}>
                    {shortHash(f.sha256)}
                  </code>
                </td>
                <td>
                  {f.addedBy}, {formatDateTime(f.addedAt)}
                </td>
                <td className="numeric">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => void open(f)}
                    disabled={busy !== null}
                    aria-label={`Open ${revealInvisible(f.fileName)}…`}
                    title="Opens outside Vetter, after you confirm"
                  >
                    {busy === f.id ? <Spinner label="Opening…" /> : <Icon name="external" />}
                    Open…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
