import { useState } from 'react';
import { criterionApplies, type ImportOutput, LANG_NAMES, type SentQuestionnaire, type Vendor } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { formatDateTime, plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { ReturnedAnswers } from './ReturnedAnswers';
import { ReturnedSuppliers } from './ReturnedSuppliers';
import { SavePdfCopy } from './SavePdfCopy';
import { SendQuestionnaire } from './SendQuestionnaire';

type Imported = { ok: true; result: ImportOutput } | { ok: false; fileName: string; error: string };

/**
 * The vendor's questionnaires: "Send questionnaire" writes its questions as a workbook, "Import answers…" reads the
 * workbook the vendor returned, and the vendor's answers wait here, beside the current ones, for the analyst.
 */
export function QuestionnairePanel({ vendor }: { vendor: Vendor }) {
  const review = useQuery(read('questionnaires.review', { vendorId: vendor.id }));
  const assessment = useQuery(read('assessment.get', { vendorId: vendor.id }));
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);

  const data = review.data;
  const criteria = assessment.data?.criteria;
  const asked = criteria?.filter((c) => c.source === 'answer' && criterionApplies(c, vendor.services)).length ?? null;

  const importAnswers = async () => {
    const file = await bridge().openFile({ title: 'Import the questionnaire the vendor returned', extensions: ['xlsx'] }).catch(() => null);
    if (!file) return;
    setImporting(true);
    setImported(null);
    try {
      setImported({ ok: true, result: await call('questionnaires.import', { file, vendorId: vendor.id }) });
    } catch (e) {
      setImported({ ok: false, fileName: file.name, error: hostErrorMessage(e) });
    } finally {
      setImporting(false);
    }
  };

  return (
    <section className="card questionnaire-panel" aria-labelledby="questionnaires-title">
      <div className="card-header">
        <h2 id="questionnaires-title">Questionnaires</h2>
        {data && <span className="muted">{data.sent.length === 0 ? 'None sent yet' : `${plural(data.sent.length, 'questionnaire')} sent`}</span>}
        <div className="card-header-action page-actions">
          <SendQuestionnaire vendor={vendor} questions={asked} />
          <button type="button" className="btn" onClick={() => void importAnswers()} disabled={importing} title="Read the workbook the vendor filled in and sent back">
            {importing ? <Spinner label="Reading the workbook…" /> : <Icon name="download" />}
            Import answers…
          </button>
        </div>
      </div>
      <p className="section-hint">
        Send the vendor its questions as an Excel workbook; when it comes back, import it here. The vendor’s answers are kept apart from the
        assessment until you accept them.
      </p>
      {imported?.ok === false && (
        <Alert tone="error" title={`${imported.fileName} was not imported`}>
          <p>{imported.error}</p>
        </Alert>
      )}
      {imported?.ok && data && (data.pending.length > 0 || data.pendingSuppliers.length > 0) && (
        <Alert
          tone="success"
          title={`${plural(imported.result.answers, 'answer')}${imported.result.suppliers ? ` and ${plural(imported.result.suppliers, 'supplier')}` : ''} imported from questionnaire ${imported.result.questionnaireId}`}
        >
          <p>Review them below: nothing changes in the assessment until you accept them.</p>
          {imported.result.warnings.length > 0 && (
            <ul>
              {imported.result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {(review.error || assessment.error) && <Alert tone="error">{review.error ?? assessment.error}</Alert>}
      {!(data && assessment.data) && !review.error && !assessment.error && <Spinner label="Loading questionnaires…" visibleLabel />}
      {data && assessment.data && (
        <>
          {data.pending.length > 0 && <ReturnedAnswers vendorId={vendor.id} pending={data.pending} criteria={assessment.data.criteria} assessment={assessment.data.assessment} />}
          {data.pendingSuppliers.length > 0 && <ReturnedSuppliers vendorId={vendor.id} pending={data.pendingSuppliers} />}
          {data.pending.length === 0 && data.pendingSuppliers.length === 0 && (
            <p className="muted">
              {data.sent.length === 0
                ? 'No questionnaire sent yet. Use “Send questionnaire” to write this vendor’s questions as an Excel workbook to send.'
                : 'No answers are waiting. When the vendor sends the workbook back, use “Import answers…” to read it.'}
            </p>
          )}
          {data.sent.length > 0 && <SentTable sent={data.sent} />}
        </>
      )}
    </section>
  );
}

function SentTable({ sent }: { sent: SentQuestionnaire[] }) {
  return (
    <section className="sent-questionnaires" aria-labelledby="sent-questionnaires-title">
      <h3 id="sent-questionnaires-title">Sent</h3>
      <table className="data-table sent-table">
        <caption className="visually-hidden">Questionnaires sent</caption>
        <thead>
          <tr>
            <th scope="col">Questionnaire</th>
            <th scope="col">Sent</th>
            <th scope="col">By</th>
            <th scope="col">Questions</th>
            <th scope="col">Language</th>
            <th scope="col">Returned</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sent.map((q) => (
            <tr key={q.id}>
              <th scope="row">
                <code>{q.id}</code>
              </th>
              <td className="nowrap">{formatDateTime(q.sentAt)}</td>
              <td>{q.sentBy}</td>
              <td>{q.questions.length}</td>
              <td>{LANG_NAMES[q.lang]}</td>
              <td className="nowrap">{q.returnedAt ? formatDateTime(q.returnedAt) : <span className="muted">Not yet</span>}</td>
              <td>
                <SavePdfCopy questionnaireId={q.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
