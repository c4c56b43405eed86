// The app's hosts' way to unlock a signing key (keys.ts: KeyUnlocker): the passphrase is typed in the page's Signing
// dialog (signing.unlock), then kept by the host's vault: the desktop's wrapped by the operating system's keychain
// (main/signing-vault.ts), the browser host's in its memory for the session. A key whose passphrase the host does
// not hold is refused with a message that sends the user to the dialog; the renderer opens it before it signs.
import { VetterError } from '../errors';
import type { KeyUnlocker } from './keys';

/** Where a host keeps the passphrases typed in the page. */
export interface PassphraseVault {
  get(login: string): string | null;
  set(login: string, passphrase: string): void;
}

export function pageUnlocker(vault: PassphraseVault): KeyUnlocker {
  return {
    async passphrase({ login, creating, file }) {
      const kept = vault.get(login);
      if (kept !== null) return kept;
      throw new VetterError(
        'forbidden',
        creating
          ? `${login} has no signing key on this machine yet: choose a passphrase for it in the Signing dialog (Reports, "Signing"). Nothing was changed.`
          : `Your signing key (${file}) is locked: give its passphrase in the Signing dialog (Reports, "Signing"). Nothing was changed.`,
      );
    },
    has: (login) => vault.get(login) !== null,
    keep: (login, passphrase) => vault.set(login, passphrase),
  };
}

/** The browser host's vault: the session's memory only, never written. */
export function memoryVault(): PassphraseVault {
  const kept = new Map<string, string>();
  return { get: (login) => kept.get(login) ?? null, set: (login, passphrase) => void kept.set(login, passphrase) };
}
