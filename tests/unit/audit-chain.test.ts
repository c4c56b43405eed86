import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendEvents, listEvents, verifyChain } from '../../electron/core/audit/log';
import { DB_FILE, openDatabase } from '../../electron/core/db/open';
import { SqliteStore, sqliteSql } from '../../electron/core/db/sqlite-store';
import { WriteQueue } from '../../electron/core/db/write-queue';
import { DROP_AUDIT_TRIGGERS, tempDir } from '../helpers';

/** A database with five events, each of its own transaction, closed; returns its folder. */
async function chainOfFive(): Promise<string> {
  const dir = tempDir();
  const db = openDatabase(dir);
  const store = new SqliteStore(db, db, new WriteQueue());
  for (let i = 1; i <= 5; i++) {
    await store.transaction((tx) =>
      appendEvents(tx, [{ actor: 'ana', action: 'vendor.update', entityType: 'vendor', entityId: `v${i}`, summary: `change ${i}`, before: { n: i - 1 }, after: { n: i } }]),
    );
  }
  db.close();
  return dir;
}

/** Tampers with the file directly, as someone with the SQLite file and a SQL tool could. */
function tamper(dir: string, sql: string): void {
  const raw = new Database(path.join(dir, DB_FILE));
  raw.exec(DROP_AUDIT_TRIGGERS);
  raw.exec(sql);
  raw.close();
}

async function verify(dir: string) {
  const db = openDatabase(dir);
  try {
    return await verifyChain(sqliteSql(db));
  } finally {
    db.close();
  }
}

describe('audit chain', () => {
  it('verifies an untouched chain and links each event to the hash of the one before', async () => {
    const dir = await chainOfFive();
    expect(await verify(dir)).toEqual({ ok: true, checked: 5, firstBad: null });
    const db = openDatabase(dir);
    const { events, total } = await listEvents(sqliteSql(db), { limit: 10 });
    db.close();
    expect(total).toBe(5);
    expect(events.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
    for (let i = 0; i < 4; i++) expect(events[i]!.prevHash).toBe(events[i + 1]!.hash);
    expect(events[4]!.prevHash).toBe('0'.repeat(64));
    expect(events[0]!.after).toEqual({ n: 5 });
  });

  it('refuses to write an event once its transaction has ended', async () => {
    const db = openDatabase(tempDir());
    const store = new SqliteStore(db, db, new WriteQueue());
    const ended = await store.transaction(async (tx) => tx);
    await expect(appendEvents(ended, [{ actor: 'a', action: 'x', entityType: 'x', entityId: null, summary: 'x' }])).rejects.toThrow(/transaction has ended/);
    expect((await listEvents(sqliteSql(db), { limit: 10 })).total).toBe(0);
    db.close();
  });

  it('names an edited event', async () => {
    const dir = await chainOfFive();
    tamper(dir, `UPDATE audit_events SET after = '{"n":999}' WHERE seq = 3`);
    expect(await verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: expect.stringMatching(/changed after it was written/) } });
  });

  it('names an edited actor even when the JSON is untouched', async () => {
    const dir = await chainOfFive();
    tamper(dir, `UPDATE audit_events SET actor = 'mallory' WHERE seq = 2`);
    expect((await verify(dir)).firstBad?.seq).toBe(2);
  });

  it('names a deleted event in the middle', async () => {
    const dir = await chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq = 2');
    expect(await verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 2, reason: expect.stringMatching(/missing/) } });
  });

  it('names a deleted event in the middle even when the sequence is renumbered', async () => {
    const dir = await chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq = 2; UPDATE audit_events SET seq = seq - 1 WHERE seq > 2;');
    expect(await verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });

  it('names reordered events', async () => {
    const dir = await chainOfFive();
    // Swap the contents of events 3 and 4, keeping their sequence numbers.
    tamper(
      dir,
      `UPDATE audit_events SET seq = -3 WHERE seq = 3; UPDATE audit_events SET seq = 3 WHERE seq = 4; UPDATE audit_events SET seq = 4 WHERE seq = -3;`,
    );
    expect(await verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 3 } });
  });

  it('notices the newest events deleted from the end', async () => {
    const dir = await chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq >= 4');
    expect(await verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 4, reason: expect.stringMatching(/newest events were deleted/) } });
  });

  it('chains the events of many transactions as one log, and verifies a log of many pages', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const store = new SqliteStore(db, db, new WriteQueue());
    const event = (i: number) => ({ actor: 'ana', action: 'vendor.update', entityType: 'vendor', entityId: `v${i}`, summary: `change ${i}` });
    await store.transaction((tx) => appendEvents(tx, Array.from({ length: 2_500 }, (_, i) => event(i))));
    await store.transaction((tx) => appendEvents(tx, [event(2_500)]));
    await store.transaction((tx) => appendEvents(tx, Array.from({ length: 2_000 }, (_, i) => event(2_501 + i))));
    db.close();
    expect(await verify(dir)).toEqual({ ok: true, checked: 4_501, firstBad: null });
    // An edit past the first pages is found all the same.
    tamper(dir, `UPDATE audit_events SET summary = 'changed' WHERE seq = 4100`);
    expect(await verify(dir)).toMatchObject({ ok: false, checked: 4_099, firstBad: { seq: 4_100 } });
  });

  it('lists the events about some entities only, newest first, with their count', async () => {
    const db = openDatabase(await chainOfFive());
    const { events, total } = await listEvents(sqliteSql(db), { limit: 1, entityIds: ['v2', 'v4', 'nobody'] });
    const none = await listEvents(sqliteSql(db), { limit: 10, entityIds: [] });
    const older = await listEvents(sqliteSql(db), { limit: 10, beforeSeq: 3 });
    db.close();
    expect({ seqs: events.map((e) => e.seq), total }).toEqual({ seqs: [4], total: 2 });
    expect(none).toEqual({ events: [], total: 0 });
    expect(older.events.map((e) => e.seq)).toEqual([2, 1]);
  });
});
