import { useState } from 'react';
import type { QuestionnaireLang } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { errorMessage, hostErrorMessage } from '../api-error';
import { plural } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { QuestionnaireLanguage } from './QuestionnaireLanguage';

type State = { step: 'choose'; error?: string } | { step: 'writing' } | { step: 'sent'; count: number; fileName: string; saved: boolean; error?: string };

/**
 * "Send questionnaires" for the vendors ticked in the table: each vendor's questions as its own workbook, recorded as
 * sent together, saved as one zip to send on. Returned workbooks come back one by one on each vendor's page.
 */
export function SendQuestionnaires({ vendorIds }: { vendorIds: readonly string[] }) {
  const [state, setState] = useState<State | null>(null);
  const [lang, setLang] = useState<QuestionnaireLang>('en');
  const count = vendorIds.length;

  const send = async () => {
    setState({ step: 'writing' });
    try {
      const { questionnaires, zip } = await call('questionnaires.sendMany', { vendorIds: [...vendorIds], lang });
      let saved: { saved: boolean; error?: string };
      try {
        saved = await bridge().saveFile(zip);
      } catch (e) {
        saved = { saved: false, error: hostErrorMessage(e) };
      }
      setState({ step: 'sent', count: questionnaires.length, fileName: zip.fileName, ...saved });
    } catch (e) {
      setState({ step: 'choose', error: errorMessage(e) });
    }
  };
  const close = () => setState(null);
  const writing = state?.step === 'writing';

  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setState({ step: 'choose' })} title="Write each selected vendor’s questions as an Excel workbook, all in one zip">
        <Icon name="upload" />
        Send questionnaires…
      </button>
      {state && (
        <Dialog
          title={state.step === 'sent' ? 'Questionnaires ready to send' : `Send questionnaires to ${plural(count, 'vendor')}`}
          onClose={close}
          closable={!writing}
          footer={
            state.step === 'sent' ? (
              <button type="button" className="btn btn-primary" onClick={close} autoFocus>
                Done
              </button>
            ) : (
              <>
                <button type="button" className="btn" onClick={close} disabled={writing}>
                  Cancel
                </button>
                <button type="button" className="btn btn-primary" onClick={() => void send()} disabled={writing}>
                  {writing ? <Spinner label="Writing the workbooks…" /> : <Icon name="download" />}
                  Save {plural(count, 'workbook')} as a zip…
                </button>
              </>
            )
          }
        >
          {state.step === 'sent' ? (
            state.saved ? (
              <Alert tone="success" title={`Saved ${state.fileName}`}>
                <p>
                  {plural(state.count, 'questionnaire')} recorded, one workbook each in the zip, named after its vendor. Send each vendor its own. When
                  one comes back, use “Import answers…” on that vendor’s page.
                </p>
              </Alert>
            ) : (
              <Alert tone="warning" title="The zip was not saved">
                <p>
                  {state.error ??
                    `${plural(state.count, 'questionnaire')} recorded, but the zip is not saved anywhere. Each vendor’s page can write its workbook again (Send questionnaire).`}
                </p>
              </Alert>
            )
          ) : (
            <div className="questionnaire-choose">
              {state.step === 'choose' && state.error && (
                <Alert tone="error" title="No questionnaire was written">
                  <p>{state.error}</p>
                </Alert>
              )}
              <p>
                Vetter writes one Excel workbook per vendor, of the questions its services call for, and saves them together as a zip. Each is
                recorded as sent to its vendor and tied to it, so a copy returned by another vendor, or changed, is refused.
              </p>
              <QuestionnaireLanguage lang={lang} onChange={setLang} disabled={writing} />
            </div>
          )}
        </Dialog>
      )}
    </>
  );
}
