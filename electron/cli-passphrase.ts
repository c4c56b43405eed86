// The CLI's way to unlock a signing key (core/signing/keys.ts: KeyUnlocker): the passphrase in VETTER_KEY_PASSPHRASE,
// or asked at the terminal without echoing it (twice when a new key is made). Neither: a refusal saying how. There is
// no default passphrase.
import { VetterError } from './core/errors';
import type { KeyUnlocker } from './core/signing/keys';

/** `say`: where the CLI tells the user what it does (stderr). */
export function cliUnlocker(say: (text: string) => void, env: NodeJS.ProcessEnv = process.env): KeyUnlocker {
  return {
    async passphrase({ login, creating, file }) {
      const given = env.VETTER_KEY_PASSPHRASE;
      if (given !== undefined) return given;
      if (!process.stdin.isTTY) {
        throw new VetterError(
          'invalid_input',
          `Signing needs the passphrase of ${login}'s signing key (${file}). Set VETTER_KEY_PASSPHRASE, or run the command at a terminal to be asked for it. Nothing was changed.`,
        );
      }
      if (!creating) return askHidden(`Passphrase of the signing key ${file}: `);
      say(`${login} has no signing key on this machine yet: Vetter will make one, protected by a passphrase you choose.`);
      const first = await askHidden('New passphrase for your signing key: ');
      const again = await askHidden('The same passphrase again: ');
      if (first !== again) throw new VetterError('invalid_input', 'The two passphrases differ. Nothing was changed: run the command again.');
      return first;
    },
    created(identity, file) {
      say(
        `Made a signing identity for ${identity.login}: a self-signed certificate for "${identity.name}" (SHA-256 ${identity.fingerprint}), ` +
          `its key kept at ${file}, encrypted with your passphrase. To sign with your company's certificate instead: vetter signing import FILE.p12`,
      );
    },
  };
}

/** One line read from the terminal with nothing echoed; Ctrl+C cancels. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(typed));
        if (ch === '\u0003') return finish(() => reject(new VetterError('cancelled', 'Cancelled: nothing was changed.')));
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}
