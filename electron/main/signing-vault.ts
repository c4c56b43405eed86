// The desktop's vault for signing-key passphrases (core/signing/page-unlocker.ts): typed once in the app's Signing
// dialog, then kept encrypted by the operating system's keychain (Electron safeStorage: Keychain on macOS, DPAPI on
// Windows, the Secret Service on Linux) beside the key in the local folder, `signing/LOGIN.passphrase`. Where the
// system offers no encryption, or the kept copy no longer decrypts (another account, a reset keychain), nothing is
// written and the passphrase is asked again: it is held in memory for the session only.
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { keyFile } from '../core/signing/keys';
import type { PassphraseVault } from '../core/signing/page-unlocker';

export function keychainVault(folder: string): PassphraseVault {
  const session = new Map<string, string>();
  const fileOf = (login: string) => keyFile(folder, login).replace(/\.p12$/, '.passphrase');
  return {
    get(login) {
      const held = session.get(login);
      if (held !== undefined) return held;
      const file = fileOf(login);
      if (!fs.existsSync(file) || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(fs.readFileSync(file));
      } catch {
        return null;
      }
    },
    set(login, passphrase) {
      session.set(login, passphrase);
      if (!safeStorage.isEncryptionAvailable()) return;
      const file = fileOf(login);
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, safeStorage.encryptString(passphrase), { mode: 0o600 });
      fs.renameSync(temporary, file);
    },
  };
}
