import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendEvent, listEvents, verifyChain } from '../../electron/core/audit/log';
import { DB_FILE, openDatabase } from '../../electron/core/db/open';
import { tempDir } from '../helpers';

/** A database with five events, closed; returns its folder. */
function chainOfFive(): string {
  const dir = tempDir();
  const db = openDatabase(dir);
  for (let i = 1; i <= 5; i++) {
    db.transaction(() =>
      appendEvent(db, { actor: 'ana', action: 'vendor.update', entityType: 'vendor', entityId: `v${i}`, summary: `change ${i}`, before: { n: i - 1 }, after: { n: i } }),
    )();
  }
  db.close();
  return dir;
}

/** Tampers with the file directly, as someone with the SQLite file and a SQL tool could. */
function tamper(dir: string, sql: string): void {
  const raw = new Database(path.join(dir, DB_FILE));
  raw.exec(sql);
  raw.close();
}

function verify(dir: string) {
  const db = openDatabase(dir);
  try {
    return verifyChain(db);
  } finally {
    db.close();
  }
}

describe('audit chain', () => {
  it('verifies an untouched chain and links each event to the hash of the one before', () => {
    const dir = chainOfFive();
    expect(verify(dir)).toEqual({ ok: true, checked: 5, firstBad: null });
    const db = openDatabase(dir);
    const { events, total } = listEvents(db, { limit: 10 });
    db.close();
    expect(total).toBe(5);
    expect(events.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
    for (let i = 0; i < 4; i++) expect(events[i]!.prevHash).toBe(events[i + 1]!.hash);
    expect(events[4]!.prevHash).toBe('0'.repeat(64));
    expect(events[0]!.after).toEqual({ n: 5 });
  });

  it('refuses to write an event outside a transaction', () => {
    const db = openDatabase(tempDir());
    expect(() => appendEvent(db, { actor: 'a', action: 'x', entityType: 'x', entityId: null, summary: 'x' })).toThrow(/inside the transaction/);
    db.close();
  });

  it('names an edited event', () => {
    const dir = chainOfFive();
    tamper(dir, `UPDATE audit_events SET after = '{"n":999}' WHERE seq = 3`);
    expect(verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: expect.stringMatching(/changed after it was written/) } });
  });

  it('names an edited actor even when the JSON is untouched', () => {
    const dir = chainOfFive();
    tamper(dir, `UPDATE audit_events SET actor = 'mallory' WHERE seq = 2`);
    expect(verify(dir).firstBad?.seq).toBe(2);
  });

  it('names a deleted event in the middle', () => {
    const dir = chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq = 2');
    expect(verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 2, reason: expect.stringMatching(/missing/) } });
  });

  it('names a deleted event in the middle even when the sequence is renumbered', () => {
    const dir = chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq = 2; UPDATE audit_events SET seq = seq - 1 WHERE seq > 2;');
    expect(verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });

  it('names reordered events', () => {
    const dir = chainOfFive();
    // Swap the contents of events 3 and 4, keeping their sequence numbers.
    tamper(
      dir,
      `UPDATE audit_events SET seq = -3 WHERE seq = 3; UPDATE audit_events SET seq = 3 WHERE seq = 4; UPDATE audit_events SET seq = 4 WHERE seq = -3;`,
    );
    expect(verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 3 } });
  });

  it('notices the newest events deleted from the end', () => {
    const dir = chainOfFive();
    tamper(dir, 'DELETE FROM audit_events WHERE seq >= 4');
    expect(verify(dir)).toMatchObject({ ok: false, firstBad: { seq: 4, reason: expect.stringMatching(/newest events were deleted/) } });
  });
});
