import { useState } from 'react';
import type { Download, QuestionnaireLang, SentQuestionnaire, Vendor } from '../../../electron/core/contract';
import { revealInvisible } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { errorMessage, hostErrorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { QuestionnaireLanguage } from './QuestionnaireLanguage';
import { SavePdfCopy } from './SavePdfCopy';

type State = { step: 'choose'; error?: string } | { step: 'saving' } | { step: 'sent'; sent: SentQuestionnaire; workbook: Download; saved: boolean; error?: string };

/**
 * "Send questionnaire": the vendor's questions as an Excel workbook to save and send, in English or in English and
 * Chinese, then its PDF copy if wanted. The core records the questionnaire when it writes the workbook: a save the
 * user cancels can be made again from the same workbook, so no second questionnaire is recorded for it.
 */
export function SendQuestionnaire({ vendor, questions }: { vendor: Vendor; questions: number | null }) {
  const [state, setState] = useState<State | null>(null);
  const [lang, setLang] = useState<QuestionnaireLang>('en');
  const name = revealInvisible(vendor.legalName);

  const save = async (workbook: Download): Promise<{ saved: boolean; error?: string }> => {
    try {
      return await bridge().saveFile(workbook);
    } catch (e) {
      return { saved: false, error: hostErrorMessage(e) };
    }
  };

  const send = async () => {
    setState({ step: 'saving' });
    try {
      const { questionnaire, workbook } = await call('questionnaires.send', { vendorId: vendor.id, lang });
      setState({ step: 'sent', sent: questionnaire, workbook, ...(await save(workbook)) });
    } catch (e) {
      setState({ step: 'choose', error: errorMessage(e) });
    }
  };

  const saveAgain = async (sent: SentQuestionnaire, workbook: Download) => setState({ step: 'sent', sent, workbook, ...(await save(workbook)) });

  const close = () => setState(null);
  const saving = state?.step === 'saving';

  return (
    <>
      <button type="button" className="btn" onClick={() => setState({ step: 'choose' })} title="Write this vendor’s questions as an Excel workbook to send them">
        <Icon name="upload" />
        Send questionnaire
      </button>
      {state && (
        <Dialog
          title={state.step === 'sent' ? 'Questionnaire ready to send' : 'Send questionnaire'}
          onClose={close}
          closable={!saving}
          footer={
            state.step === 'sent' ? (
              <>
                {!state.saved && (
                  <button type="button" className="btn" onClick={() => void saveAgain(state.sent, state.workbook)}>
                    <Icon name="download" />
                    Save workbook…
                  </button>
                )}
                <button type="button" className="btn btn-primary" onClick={close} autoFocus>
                  Done
                </button>
              </>
            ) : (
              <>
                <button type="button" className="btn" onClick={close} disabled={saving}>
                  Cancel
                </button>
                <button type="button" className="btn btn-primary" onClick={() => void send()} disabled={saving}>
                  {saving ? <Spinner label="Writing the workbook…" /> : <Icon name="download" />}
                  Save workbook…
                </button>
              </>
            )
          }
        >
          {state.step === 'sent' ? (
            <div className="questionnaire-sent">
              {state.saved ? (
                <Alert tone="success" title={`Saved ${state.workbook.fileName}`}>
                  <p>
                    Questionnaire {state.sent.id} is recorded for {name}. Send the workbook to the vendor as you usually would. When it comes
                    back, use “Import answers…” on this page: the answers wait there, beside the current ones, until you accept them.
                  </p>
                </Alert>
              ) : (
                <Alert tone="warning" title="The workbook was not saved">
                  <p>{state.error ?? `Questionnaire ${state.sent.id} is recorded, but its workbook is not saved anywhere yet. Save it to send it.`}</p>
                </Alert>
              )}
              <p>
                A PDF copy of the same questions, for reading or printing: <SavePdfCopy questionnaireId={state.sent.id} />
              </p>
            </div>
          ) : (
            <div className="questionnaire-choose">
              {state.step === 'choose' && state.error && (
                <Alert tone="error" title="The questionnaire was not written">
                  <p>{state.error}</p>
                </Alert>
              )}
              <p>
                Vetter writes an Excel workbook of the {questions === null ? '' : `${questions} `}questions {name} is asked, for the vendor to
                answer and send back. Each answer is picked from a drop-down; a comment and an evidence reference can go beside it. Everything
                else is locked, and a hidden sheet ties the workbook to this vendor, so a changed copy is refused when it comes back.
              </p>
              <QuestionnaireLanguage lang={lang} onChange={setLang} disabled={saving} />
            </div>
          )}
        </Dialog>
      )}
    </>
  );
}
