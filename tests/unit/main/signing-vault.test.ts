// The hosts' key unlockers: a passphrase typed in the page, kept by the desktop with safeStorage (mocked: the OS
// keychain) in the local folder and read back in a later session; held in memory only where the system cannot
// encrypt, and by the browser host; a host that holds none sends the user to the Signing dialog.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryVault, pageUnlocker } from '../../../electron/core/signing/page-unlocker';

const keychain = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(7), 'base64').toString();
    },
  },
}));

const { keychainVault } = await import('../../../electron/main/signing-vault');
const request = { login: 'ann', creating: false, file: '/x/signing/ann.p12' };

describe('the desktop keeps the passphrase with the keychain', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-vault-'));
    keychain.available = true;
  });

  it('asks in the page first, then keeps it encrypted beside the key for later sessions', async () => {
    const unlocker = pageUnlocker(keychainVault(folder));
    expect(unlocker.has?.('ann')).toBe(false);
    await expect(unlocker.passphrase(request)).rejects.toThrow(/is locked: give its passphrase in the Signing dialog/);
    unlocker.keep?.('ann', 'correct horse');
    const file = path.join(folder, 'signing', 'ann.passphrase');
    expect(fs.readFileSync(file).toString()).not.toContain('correct horse');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A later session: read back through the keychain.
    expect(await pageUnlocker(keychainVault(folder)).passphrase(request)).toBe('correct horse');
  });

  it('writes nothing where the system cannot encrypt, and asks again for a copy that no longer decrypts', async () => {
    keychain.available = false;
    const vault = keychainVault(folder);
    vault.set('ann', 'in memory');
    expect(vault.get('ann')).toBe('in memory');
    expect(fs.existsSync(path.join(folder, 'signing'))).toBe(false);
    keychain.available = true;
    fs.mkdirSync(path.join(folder, 'signing'));
    fs.writeFileSync(path.join(folder, 'signing', 'ann.passphrase'), 'garbage');
    expect(keychainVault(folder).get('ann')).toBeNull();
  });
});

describe('the browser host holds it in memory only', () => {
  it('for the session, written nowhere', async () => {
    const unlocker = pageUnlocker(memoryVault());
    await expect(unlocker.passphrase({ ...request, creating: true })).rejects.toThrow(/has no signing key on this machine yet: choose a passphrase/);
    unlocker.keep?.('ann', 'typed');
    expect(await unlocker.passphrase(request)).toBe('typed');
    expect(await pageUnlocker(memoryVault()).passphrase(request).catch(() => 'asked again')).toBe('asked again');
  });
});
