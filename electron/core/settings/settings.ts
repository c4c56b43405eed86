// The user's settings on the store: for now the name each login is shown by. A label only: who acts, and what the
// audit log records, is the login itself (workspace/identity.ts). A data folder has one user, whose name is kept under
// 'user' (as before logins); a team workspace keeps one per login, under 'user:LOGIN'.
import { appendEvents } from '../audit/log';
import type { Store } from '../db/store';
import type { Workspace } from '../workspace/model';

export class Settings {
  private readonly key: string;

  constructor(
    private readonly store: Store,
    private readonly workspace: Pick<Workspace, 'engine' | 'identity'>,
  ) {
    this.key = workspace.engine === 'sqlite' ? 'user' : `user:${workspace.identity.login}`;
  }

  /** The name the login is shown by: the one they set, else the login. */
  async displayName(): Promise<string> {
    return (await this.store.read.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [this.key]))?.value ?? this.workspace.identity.login;
  }

  /** Sets the name the login is shown by, with an audit event naming both. */
  setDisplayName(name: string): Promise<void> {
    const { login } = this.workspace.identity;
    return this.store.transaction(async (tx) => {
      const before = (await tx.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [this.key]))?.value ?? login;
      await tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [this.key, name]);
      await appendEvents(tx, [
        { actor: login, action: 'settings.user', entityType: 'settings', entityId: null, summary: `Changed the name shown for ${login} from ${before} to ${name}`, before: { user: before }, after: { user: name } },
      ]);
    });
  }
}
