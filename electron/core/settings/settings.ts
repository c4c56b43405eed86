// The settings kept in the workspace: the name recorded as acting in the audit log, and four eyes. The first domain
// on the store (db/store.ts): its reads and its writes, each with its audit event, go through promises.
import os from 'node:os';
import { FOUR_EYES_KEY, fourEyesOn } from '../assessment/four-eyes';
import { appendEvents } from '../audit/log';
import type { Store } from '../db/store';

export class Settings {
  constructor(private readonly store: Store) {}

  /** The name the user set, or null before they set one. */
  async user(): Promise<string | null> {
    return (await this.store.read.get<{ value: string }>("SELECT value FROM settings WHERE key = 'user'"))?.value ?? null;
  }

  /** Sets the recorded name; the change is recorded under the name it replaces. */
  setUser(name: string, before: string): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run("INSERT INTO settings (key, value) VALUES ('user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [name]);
      // Who acts is part of the record: an auditor must see that the name changed, and from what.
      await appendEvents(tx, [
        { actor: before, action: 'settings.user', entityType: 'settings', entityId: null, summary: `Changed the recorded name from ${before} to ${name}`, before: { user: before }, after: { user: name } },
      ]);
    });
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

/** The operating system's account name: who acts until the user sets a name. */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}
