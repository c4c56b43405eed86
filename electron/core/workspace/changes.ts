// Other apps' changes on a team workspace, heard within a moment: after each write, the core NOTIFYs the areas it
// changed on the vetter_changes channel (after commit: a notification is only sent once the statement sending it has
// committed), and a connection of its own LISTENs for the other apps' (a notification sent by one of this app's own
// connections is its own, already told to its windows). A lost listening connection is made again every second; once
// back, every area is reported changed, since anything may have changed meanwhile.
import pg from 'pg';
import { DATA_AREAS, type DataArea } from '../data-areas';
import type { PostgresStore } from '../db/postgres/store';
import type { WorkspaceChanges } from './model';

export const CHANNEL = 'vetter_changes';
const RETRY_MS = 1000;

/** The areas a notification names: `areas` joined by commas; anything else in it is left out. */
export function areasOf(payload: string | undefined): DataArea[] {
  return (payload ?? '').split(',').filter((a): a is DataArea => (DATA_AREAS as readonly string[]).includes(a));
}

export function postgresChanges(store: PostgresStore, config: pg.ClientConfig): WorkspaceChanges {
  return {
    async publish(change) {
      await store.read.get('SELECT pg_notify(?, ?)', [CHANNEL, change.areas.join(',')]);
    },
    listen(changed) {
      let stopped = false;
      let heard = false;
      let client: pg.Client | null = null;
      let retry: NodeJS.Timeout | null = null;
      const again = () => {
        client = null;
        // Unref'd: waiting to listen again keeps no process alive.
        if (!stopped && !retry) retry = setTimeout(connect, RETRY_MS).unref();
      };
      const connect = async () => {
        retry = null;
        const c = new pg.Client(config);
        // A dropped connection emits 'error' then 'end'; unheard, the error would end the process.
        c.on('error', () => undefined);
        c.on('end', again);
        c.on('notification', (n) => {
          const areas = areasOf(n.payload);
          if (!store.ownsBackend(n.processId) && areas.length > 0) changed({ areas });
        });
        try {
          await c.connect();
          await c.query(`LISTEN ${CHANNEL}`);
        } catch {
          await c.end().catch(() => undefined);
          again();
          return;
        }
        if (stopped) return void c.end().catch(() => undefined);
        client = c;
        if (heard) changed({ areas: [...DATA_AREAS] });
        heard = true;
      };
      void connect();
      return () => {
        stopped = true;
        if (retry) clearTimeout(retry);
        void client?.end().catch(() => undefined);
      };
    },
  };
}
