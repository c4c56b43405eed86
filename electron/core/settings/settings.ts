// The settings kept in the workspace: the name a data folder's user is shown by, and four eyes. The name is a label
// only: who acts, and what the audit log records, is the workspace's login (workspace/model.ts: Identity). A team
// workspace shows the name its administrators gave each login instead. Reads and writes, each write with its audit
// event, go through the store (db/store.ts).
import { FOUR_EYES_KEY, fourEyesOn } from '../assessment/four-eyes';
import { appendEvents } from '../audit/log';
import type { Store } from '../db/store';
import { VetterError } from '../errors';
import type { Identity } from '../workspace/model';

export class Settings {
  constructor(
    private readonly store: Store,
    private readonly identity: Identity,
  ) {}

  /** The name the login is shown by: given by a team workspace's administrators, or set in Settings; else the login. */
  displayName(): Promise<string> {
    return this.nameOf(this.identity.login);
  }

  /**
   * The name any login is shown by (who changed a vendor last): in a team workspace the one its administrators gave
   * it; in a data folder the Settings name, which is its one user's, so another account is shown as its login.
   */
  async nameOf(login: string): Promise<string> {
    if (this.identity.givenName) return (await this.identity.givenName(login)) ?? login;
    return (login === this.identity.login ? await this.typedName(this.store.read) : null) ?? login;
  }

  /** Sets the name a data folder's user is shown by, with an audit event under their login. */
  setDisplayName(name: string): Promise<void> {
    const { login } = this.identity;
    if (this.identity.givenName) {
      return Promise.reject(
        new VetterError('conflict', `In a team workspace you are shown by the name its administrators gave your login, ${login} (COMMENT ON ROLE). Vetter does not change it.`),
      );
    }
    return this.store.transaction(async (tx) => {
      const before = (await this.typedName(tx)) ?? login;
      await tx.run("INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [name]);
      await appendEvents(tx, [
        { actor: login, action: 'settings.user', entityType: 'settings', entityId: null, summary: `Changed the name shown for ${login} from ${before} to ${name}`, before: { user: before }, after: { user: name } },
      ]);
    });
  }

  private async typedName(sql: Store['read']): Promise<string | null> {
    return (await sql.get<{ value: string }>("SELECT value FROM settings WHERE key = 'user'"))?.value ?? null;
  }

  fourEyes(): Promise<boolean> {
    return fourEyesOn(this.store.read);
  }

  /** Four eyes on or off (assessment/four-eyes.ts): an auditor must see who turned them off, and when. */
  setFourEyes(enabled: boolean, actor: string): Promise<void> {
    return this.store.transaction(async (tx) => {
      const before = await fourEyesOn(tx);
      if (before === enabled) return;
      await tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [FOUR_EYES_KEY, enabled ? 'on' : 'off']);
      await appendEvents(tx, [
        {
          actor,
          action: 'settings.four-eyes',
          entityType: 'settings',
          entityId: null,
          summary: enabled ? 'Turned four eyes on' : 'Turned four eyes off: one person may now prepare and approve alone',
          before: { fourEyes: before },
          after: { fourEyes: enabled },
        },
      ]);
    });
  }
}
