// Signed checkpoints of the audit chain, on both engines: events appended, the head signed twice, then one event edited
// and every hash after it and the head recomputed by raw SQL as the workspace's owner (the triggers dropped first). The
// chain holds link by link, but the checkpoint after the edit no longer matches: `audit verify` names the events after
// the last good checkpoint as rewritten. A forged checkpoint is caught by its signature. Then the CLI on a data
// folder: `audit checkpoint` with a key made on first use, a rewrite, and `audit verify`'s words.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyCheckpoint, nextCheckpointDue, signCheckpoint, verifyAudit } from '../../electron/core/audit/checkpoints';
import { appendEvents, type EventRow, hashOf, verifyChain } from '../../electron/core/audit/log';
import { openDatabase } from '../../electron/core/db/open';
import type { Sql, Store } from '../../electron/core/db/store';
import { createIdentity, type SigningIdentity } from '../../electron/core/signing/identity';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { DROP_AUDIT_TRIGGERS, storeOf, tempDir, testCore, vendorInput } from '../helpers';
import { bothEngines } from '../stores';

const { engines } = bothEngines('audit_checkpoints');
let grace: SigningIdentity;
beforeAll(async () => {
  grace = createIdentity('tester', 'Grace Hopper');
  await buildIfStale();
}, 120_000);

const append = (store: Store, n: number) =>
  store.transaction((tx) => appendEvents(tx, Array.from({ length: n }, (_, i) => ({ actor: 'tester', action: 'vendor.update', entityType: 'vendor', entityId: `v${i}`, summary: `Change ${i}` }))));

/** What the owner can do with a SQL tool: edit event `seq`'s summary, then rehash it and every later event and move the head. */
async function rewrite(tx: Sql, seq: number, summary: string): Promise<void> {
  const rows = await tx.all<EventRow>('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq', [seq]);
  let prev = (await tx.get<{ hash: string }>('SELECT hash FROM audit_events WHERE seq = ?', [seq - 1]))!.hash;
  for (const r of rows) {
    const row = { ...r, seq: Number(r.seq), summary: r.seq === seq ? summary : r.summary, prev_hash: prev };
    prev = hashOf(row);
    await tx.run('UPDATE audit_events SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?', [row.summary, row.prev_hash, prev, row.seq]);
  }
  await tx.run('UPDATE audit_head SET hash = ? WHERE id = 1', [prev]);
}

describe.each(engines)('on $name', ({ name, open }) => {
  it('catches a chain edited and recomputed after a checkpoint, naming the rewritten events and the last good checkpoint', async () => {
    const { store } = await open();
    await append(store, 3);
    const first = await store.transaction((tx) => signCheckpoint(tx, grace));
    await append(store, 3);
    const second = await store.transaction((tx) => signCheckpoint(tx, grace));
    await append(store, 2);
    expect([first.seq, second.seq]).toEqual([3, 6]);
    const intact = await verifyAudit(store.read);
    expect(intact).toMatchObject({ ok: true, checked: 8, checkpoints: 2, lastGoodCheckpoint: { seq: 6, headHash: second.headHash, signerName: 'Grace Hopper' } });

    await store.transaction(async (tx) => {
      const triggers = name === 'SQLite' ? DROP_AUDIT_TRIGGERS : 'DROP TRIGGER audit_events_immutable_update ON audit_events';
      for (const statement of triggers.split(';').filter((s) => s.trim())) await tx.run(statement);
      await rewrite(tx, 5, 'Reviewed by someone else');
    });
    // Link by link the rewritten chain holds: only the signed checkpoint tells.
    expect((await verifyChain(store.read)).ok).toBe(true);
    const caught = await verifyAudit(store.read);
    expect(caught.ok).toBe(false);
    expect(caught.firstBad).toEqual({ seq: 4, reason: `events after #3 were rewritten: checkpoint #6 signed by Grace Hopper on ${second.signedAt} no longer matches` });
    expect(caught.lastGoodCheckpoint).toEqual({ seq: 3, headHash: first.headHash, signerLogin: 'tester', signerName: 'Grace Hopper', fingerprint: grace.fingerprint, signedAt: first.signedAt });
  });

  it('catches a checkpoint whose signature is not its signer’s', async () => {
    const { store } = await open();
    await append(store, 2);
    const made = await store.transaction((tx) => signCheckpoint(tx, grace));
    const forged = Buffer.from(made.signature, 'base64');
    forged.writeUInt8(forged.readUInt8(10) ^ 1, 10);
    await store.transaction((tx) =>
      tx.run('INSERT INTO audit_checkpoints (seq, head_hash, signer_login, signer_fingerprint, signed_at, signature) VALUES (?, ?, ?, ?, ?, ?)', [2, made.headHash, 'tester', grace.fingerprint, '2030-01-01T00:00:00.000Z', forged.toString('base64')]),
    );
    expect((await verifyAudit(store.read)).firstBad).toEqual({ seq: 2, reason: "checkpoint #2 is not signed by Grace Hopper's certificate: its signature does not verify (it was forged or changed)" });
  });
});

describe('the daily checkpoint', () => {
  it('is signed after a write once the newest is a day old and the chain has moved, and not again that day', async () => {
    const store = storeOf(openDatabase(tempDir()));
    const now = new Date();
    const dayLater = new Date(now.getTime() + 86_400_000);
    expect(await store.transaction((tx) => dailyCheckpoint(tx, grace, now))).toBeNull(); // an empty chain
    expect(await nextCheckpointDue(store.read)).toBe(0); // none yet: due at once
    await append(store, 2);
    expect(await store.transaction((tx) => dailyCheckpoint(tx, grace, now))).toMatchObject({ seq: 2 });
    expect(await nextCheckpointDue(store.read)).toBe(dayLater.getTime()); // the app asks again only then
    await append(store, 1);
    expect(await store.transaction((tx) => dailyCheckpoint(tx, grace, now))).toBeNull(); // a day has not passed
    expect(await store.transaction((tx) => dailyCheckpoint(tx, grace, dayLater))).toMatchObject({ seq: 3 });
    expect(await store.transaction((tx) => dailyCheckpoint(tx, grace, dayLater))).toBeNull(); // the chain has not moved
  });

  it('is signed by the app after a write while its user’s key is unlocked in the session', async () => {
    const t = testCore(tempDir(), { signing: { keysFolder: tempDir(), unlocker: { passphrase: async () => 'unused' } } });
    try {
      await t.call('vendors.create', vendorInput({ legalName: 'Locked Key Ltd' }));
      const checkpoints = () => t.core.workspace.store.read.all<{ seq: number }>('SELECT seq FROM audit_checkpoints');
      expect(await checkpoints()).toEqual([]);
      await t.call('signing.unlock', { passphrase: 'a passphrase for the day' });
      const made = await t.call('vendors.create', vendorInput({ legalName: 'Unlocked Key Ltd' }));
      const head = (await t.call('audit.list', { limit: 1 })).events[0]!;
      await expect.poll(checkpoints, { timeout: 20_000 }).toEqual([{ seq: head.seq }]);
      await t.call('vendors.delete', { id: made.id, version: made.version });
      await t.call('audit.list', { limit: 1 });
      expect(await checkpoints()).toHaveLength(1);
    } finally {
      await t.core.close();
    }
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, VETTER_KEY_PASSPHRASE: 'my own passphrase' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('signs a checkpoint on demand; `audit verify` names the rewrite after it', () => {
    const data = tempDir();
    const vendors = path.join(tempDir(), 'vendors.csv');
    fs.writeFileSync(vendors, 'name,country\nExample Cloud Ltd,GB\n');
    expect(cli(['vendors', 'import', vendors, '--data-dir', data]).code).toBe(0);
    const signed = cli(['audit', 'checkpoint', '--data-dir', data]);
    expect(signed.code, signed.stderr).toBe(0);
    const seq = /^Signed checkpoint #(\d+) signed by \S+ on \d{4}-\d\d-\d\dT[\d:.]+Z \(head [0-9a-f]{64}\)\.$/m.exec(signed.stdout)?.[1];
    expect(seq, signed.stdout).toBeDefined();
    expect(cli(['audit', 'checkpoint', '--data-dir', data]).stdout).toMatch(new RegExp(`^Already signed, less than a day ago: checkpoint #${seq} `));
    fs.writeFileSync(vendors, 'name,country\nSecond Vendor GmbH,DE\n');
    expect(cli(['vendors', 'import', vendors, '--data-dir', data]).code).toBe(0);
    expect(cli(['audit', 'verify', '--data-dir', data]).stdout).toMatch(new RegExp(`^Audit chain intact: \\d+ event\\(s\\) checked\\.\\n1 signed checkpoint\\(s\\) match; the newest is checkpoint #${seq} signed by`));

    const db = new Database(path.join(data, 'vetter.db'));
    const checkpoint = db.prepare('SELECT c.signed_at, s.name FROM audit_checkpoints c JOIN signing_certificates s ON s.fingerprint = c.signer_fingerprint').get() as { signed_at: string; name: string };
    db.exec(DROP_AUDIT_TRIGGERS);
    const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as EventRow[];
    let prev = '0'.repeat(64);
    for (const r of rows) {
      const row = { ...r, summary: r.seq === 1 ? 'Added nobody' : r.summary, prev_hash: prev };
      prev = hashOf(row);
      db.prepare('UPDATE audit_events SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(row.summary, row.prev_hash, prev, row.seq);
    }
    db.prepare('UPDATE audit_head SET hash = ?').run(prev);
    db.close();
    const caught = cli(['audit', 'verify', '--data-dir', data]);
    expect(caught.code).toBe(1);
    expect(caught.stderr).toBe(
      `Audit chain broken at event #1: events from #1 on were rewritten: checkpoint #${seq} signed by ${checkpoint.name} on ${checkpoint.signed_at} no longer matches\nLast good checkpoint: none.\n`,
    );
  }, 60_000);
});
