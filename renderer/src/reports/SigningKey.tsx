import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type { SigningStatus } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/** The shortest passphrase a new key is given: it is all that protects the key on this computer. */
const MIN_NEW_PASSPHRASE = 8;

/**
 * Reports are signed with the user's key, which the host unlocks with a passphrase typed here (signing.unlock): before
 * a report is made or signed off, `ensureUnlocked()` asks for it once per session (the desktop keeps it in the
 * system's keychain; the browser host in its memory), or, for a user with no key yet, asks them to choose one and
 * Vetter makes the key. It answers false when the user cancels; true at once when the key is unlocked already or the
 * host cannot sign at all (the report is then kept unsigned and says so).
 */
export function useSigningKey(): { ensureUnlocked: () => Promise<boolean>; dialog: ReactNode } {
  const [asking, setAsking] = useState<SigningStatus | null>(null);
  const answer = useRef<((unlocked: boolean) => void) | null>(null);

  const ensureUnlocked = async () => {
    const status = await call('signing.status', {});
    if (!status.available || status.unlocked) return true;
    setAsking(status);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  };
  const finish = (unlocked: boolean) => {
    setAsking(null);
    answer.current?.(unlocked);
    answer.current = null;
  };
  return { ensureUnlocked, dialog: asking && <UnlockKeyDialog status={asking} onDone={finish} /> };
}

function UnlockKeyDialog({ status, onDone }: { status: SigningStatus; onDone: (unlocked: boolean) => void }) {
  const toast = useToast();
  const creating = !status.hasIdentity;
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') return setError('Type the passphrase');
    if (creating && passphrase.length < MIN_NEW_PASSPHRASE) return setError(`Choose a passphrase of at least ${MIN_NEW_PASSPHRASE} characters`);
    if (creating && repeated !== passphrase) return setError('The two passphrases differ: type the same one twice');
    setBusy(true);
    setError(undefined);
    try {
      const unlocked = await call('signing.unlock', { passphrase });
      if (unlocked.created) toast({ tone: 'success', message: `Vetter made your signing key (${unlocked.name}), kept at ${unlocked.file}` });
      onDone(true);
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.passphrase ?? e.message) : errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={creating ? 'Choose a passphrase for your signing key' : 'Unlock your signing key'}
      onClose={() => onDone(false)}
      closable={!busy}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onDone(false)} disabled={busy}>
            Cancel
          </button>
          <button type="submit" form="unlock-key" className="btn btn-primary" disabled={busy}>
            {busy && <Spinner label="Unlocking…" />}
            {creating ? 'Make my key' : 'Unlock'}
          </button>
        </>
      }
    >
      <form id="unlock-key" className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          {creating
            ? `Reports you make or sign off carry your digital signature, so anyone can check who signed them and that nothing changed since. You (${status.login}) have no signing key on this computer yet: Vetter makes one (a self-signed certificate, marked so) and keeps it encrypted with the passphrase you choose here.`
            : `Reports you make or sign off carry your digital signature. Your key (${status.login}) is kept encrypted on this computer: type its passphrase to unlock it for this session.`}
        </p>
        {status.file && (
          <p className="field-hint">
            Key file: <code className="selectable">{status.file}</code>. Vetter never keeps the passphrase in clear; forget it and the key cannot be
            opened (a new one can be made).
          </p>
        )}
        <Field path="passphrase" label="Passphrase" error={error}>
          {(control) => (
            <input {...control} type="password" value={passphrase} autoComplete={creating ? 'new-password' : 'current-password'} autoFocus onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        {creating && (
          <Field path="repeated" label="The same passphrase again">
            {(control) => <input {...control} type="password" value={repeated} autoComplete="new-password" onChange={(e) => setRepeated(e.target.value)} />}
          </Field>
        )}
      </form>
      {!creating && <Alert tone="info">A company certificate is imported once with “vetter signing import FILE.p12”.</Alert>}
    </Dialog>
  );
}
