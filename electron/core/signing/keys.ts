// Where a user's signing identity is kept: on this machine only, in the host's local folder
// (workspace/location.ts: localFolder), `signing/LOGIN.p12` encrypted with a passphrase, and `signing/LOGIN.pem`, its
// public certificate. The passphrase is the host's business (KeyUnlocker): the CLI reads VETTER_KEY_PASSPHRASE or asks at
// the terminal; the app's hosts have it typed in the page's Signing dialog (page-unlocker.ts) and keep it, the desktop
// with the operating system's keychain, the browser host in memory. The core never knows which.
import fs from 'node:fs';
import path from 'node:path';
import { VetterError } from '../errors';
import { createIdentity, openP12, p12Of, type SigningIdentity } from './identity';

export interface KeyUnlocker {
  /**
   * The passphrase protecting `login`'s signing key on this machine. `creating`: no identity exists yet, and a new one
   * will be protected with it. `file`: where the key is (or will be) kept, for the question the host asks.
   */
  passphrase(request: { login: string; creating: boolean; file: string }): Promise<string>;
  /** Told when Vetter made a new identity, and where it keeps it: the CLI says so on stderr. */
  created?(identity: SigningIdentity, file: string): void;
  /** Whether the host holds `login`'s passphrase already, so it need not be asked in the page. */
  has?(login: string): boolean;
  /** Keeps a passphrase the user typed in the app's Signing dialog once it opened (or made) the key. */
  keep?(login: string, passphrase: string): void;
}

/** Where a login's .p12 is kept under `folder`; hosts keep what they keep of it beside it. */
export function keyFile(folder: string, login: string): string {
  return path.join(folder, 'signing', `${login.replace(/[^A-Za-z0-9._-]/g, '_')}.p12`);
}

export class SigningKeys {
  private readonly unlocked = new Map<string, SigningIdentity>();

  constructor(
    private readonly folder: string,
    readonly unlocker: KeyUnlocker,
  ) {}

  /** Where `login`'s .p12 is kept. */
  file(login: string): string {
    return keyFile(this.folder, login);
  }

  /** The login's certificate as kept on this machine, or null when it has no identity here. */
  certificatePem(login: string): string | null {
    const pem = this.file(login).replace(/\.p12$/, '.pem');
    return fs.existsSync(pem) ? fs.readFileSync(pem, 'utf8') : null;
  }

  /**
   * The login's identity, unlocked with the host's passphrase once per session; made (self-signed, named `name`) when
   * the login has none on this machine yet.
   */
  async unlock(login: string, name: string): Promise<SigningIdentity> {
    const known = this.unlocked.get(login);
    if (known) return known;
    const file = this.file(login);
    return this.open(login, name, await this.unlocker.passphrase({ login, creating: !fs.existsSync(file), file }));
  }

  /** The login's identity if it is unlocked in this session already; never asks for a passphrase. */
  unlockedAs(login: string): SigningIdentity | null {
    return this.unlocked.get(login) ?? null;
  }

  /**
   * What the app's Signing dialog shows: whether the login has a key on this machine, where, and whether it is unlocked
   * (tried first with a passphrase the host kept; one that no longer opens the key is asked for again).
   */
  async status(login: string, name: string): Promise<{ hasIdentity: boolean; unlocked: boolean; file: string }> {
    if (!this.unlocked.has(login) && this.unlocker.has?.(login)) await this.unlock(login, name).catch(() => undefined);
    const file = this.file(login);
    return { hasIdentity: fs.existsSync(file), unlocked: this.unlocked.has(login), file };
  }

  /** Unlocks (or makes) the login's identity with a passphrase typed in the app, which the host then keeps. */
  async unlockWith(login: string, name: string, passphrase: string): Promise<{ identity: SigningIdentity; created: boolean; file: string }> {
    const file = this.file(login);
    const created = !fs.existsSync(file);
    this.unlocked.delete(login);
    const identity = await this.open(login, name, passphrase);
    this.unlocker.keep?.(login, passphrase);
    return { identity, created, file };
  }

  /** Opens the login's .p12 with the passphrase, or makes a new identity protected by it when there is none. */
  private async open(login: string, name: string, given: string): Promise<SigningIdentity> {
    const file = this.file(login);
    const passphrase = checked(given);
    let identity: SigningIdentity;
    if (fs.existsSync(file)) {
      identity = openP12(fs.readFileSync(file), passphrase, login, `The signing key at ${file}`);
    } else {
      identity = createIdentity(login, name);
      this.keep(identity, passphrase);
      this.unlocker.created?.(identity, file);
    }
    this.unlocked.set(login, identity);
    return identity;
  }

  /**
   * Takes a company-issued .p12 as the login's identity: opened with the host's passphrase (the one it was issued
   * with), then kept under it in Vetter's own form. A .p12 that does not open changes nothing.
   */
  async import(login: string, p12: Buffer, source: string): Promise<SigningIdentity> {
    const passphrase = checked(await this.unlocker.passphrase({ login, creating: false, file: source }));
    const identity = openP12(p12, passphrase, login, source);
    this.keep(identity, passphrase);
    this.unlocked.set(login, identity);
    return identity;
  }

  /** Written whole or not at all (a temporary file renamed), readable by this account only. */
  private keep(identity: SigningIdentity, passphrase: string): void {
    const file = this.file(identity.login);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const write = (target: string, data: Buffer | string) => {
      const temporary = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, data, { mode: 0o600 });
      fs.renameSync(temporary, target);
    };
    write(file, p12Of(identity, passphrase));
    write(file.replace(/\.p12$/, '.pem'), identity.certificatePem);
  }
}

/** An empty passphrase would leave the key as good as in clear. */
function checked(passphrase: string): string {
  if (passphrase.length === 0) throw new VetterError('invalid_input', 'The signing key needs a passphrase: an empty one would leave it unprotected. Nothing was changed.');
  return passphrase;
}
