import { useState } from 'react';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/** Saves the PDF copy of a questionnaire sent: the same questions, printed for reading. */
export function SavePdfCopy({ questionnaireId }: { questionnaireId: string }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      const file = await call('questionnaires.pdf', { questionnaireId });
      const { saved } = await bridge().saveFile(file);
      if (saved) toast({ tone: 'success', message: `Saved the PDF copy as ${file.fileName}` });
    } catch (e) {
      toast({ tone: 'error', message: hostErrorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="btn btn-small" onClick={() => void save()} disabled={busy} aria-label={`Save the PDF copy of ${questionnaireId}…`}>
      {busy ? <Spinner label="Printing…" /> : <Icon name="file" />}
      PDF copy…
    </button>
  );
}
