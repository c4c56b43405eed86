// The first-use load of the bundled lists: staged off to the side and published in one transaction, so a load that
// fails leaves no list in use (crash.test.ts kills it at six points and checks the next start loads the whole pack).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../electron/core/data-areas';
import { BUNDLED_LISTS_JOB, type Progress } from '../../electron/core/jobs/model';
import { PACK_DIR, tempDir, testCore } from '../helpers';

const PACK_LISTS = (JSON.parse(fs.readFileSync(path.join(PACK_DIR, 'manifest.json'), 'utf8')) as { lists: unknown[] }).lists.length;

/** Version rows by state, straight from the file. */
function versions(dataDir: string): { ready: number; staged: number; entries: number } {
  const db = new Database(path.join(dataDir, 'vetter.db'), { readonly: true });
  const count = (state: string) => db.prepare('SELECT count(*) FROM list_versions WHERE state = ?').pluck().get(state) as number;
  const result = { ready: count('ready'), staged: count('staged'), entries: db.prepare('SELECT count(*) FROM list_entries').pluck().get() as number };
  db.close();
  return result;
}

describe('loading the bundled lists', () => {
  it('publishes every list of the pack at once, each with its audit event, and leaves nothing staged', async () => {
    const t = testCore(tempDir(), { withPack: true });
    await t.call('screening.run', { jobId: 'first' });
    const loaded = await t.call('lists.list', {});
    expect(loaded.current).toHaveLength(PACK_LISTS);
    expect(loaded.bundled).toBeNull();
    expect(new Set(loaded.current.map((v) => v.importedAt)).size).toBe(1);
    const imports = await t.call('audit.list', { limit: 100 });
    expect(imports.events.filter((e) => e.action === 'list.import')).toHaveLength(PACK_LISTS);
    await t.core.close();
    expect(versions(t.dataDir)).toMatchObject({ ready: PACK_LISTS, staged: 0 });
  });

  it('answers other requests while the pack loads: a save and a read return before the load is done', async () => {
    const progress: Progress[] = [];
    const changes: DataChange[] = [];
    const t = testCore(tempDir(), { withPack: true, broadcast: { progress: (p) => progress.push(p), changed: (c) => changes.push(c) } });
    // Showing the lists starts nothing: a read writes nothing. A window opening does (core.prepare).
    expect((await t.call('lists.list', {})).bundled).toBeNull();
    t.core.prepare();
    const started = await t.call('lists.list', {});
    expect(started.bundled).toMatchObject({ state: 'loading' });
    // The load takes dozens of short steps in the write queue; a save queued now goes in between them.
    await t.call('settings.setUser', { name: 'Dana' });
    const meanwhile = await t.call('lists.list', {});
    expect(meanwhile.bundled?.state).toBe('loading');
    expect(meanwhile.current).toEqual([]);
    expect((await t.call('app.info', {})).user).toBe('Dana');
    // Screening waits for the same load (started once), then screens against all of it.
    await t.call('screening.run', { jobId: 'after' });
    expect((await t.call('lists.list', {})).current).toHaveLength(PACK_LISTS);
    expect(progress.at(-1)).toMatchObject({ jobId: BUNDLED_LISTS_JOB, done: progress.at(-1)?.total });
    // Every window heard that the lists (and what follows from them) changed, and that the name did.
    expect(changes).toContainEqual({ areas: ['lists', 'screening', 'scores', 'audit'] });
    expect(changes).toContainEqual({ areas: ['settings', 'audit'] });
    await t.core.close();
  });

  it('a pack that cannot be read leaves no list in use, says why, and is tried again by the next screening', async () => {
    const pack = tempDir();
    fs.cpSync(PACK_DIR, pack, { recursive: true });
    // The last list of the manifest is damaged: the lists before it are staged, then dropped.
    const manifest = JSON.parse(fs.readFileSync(path.join(pack, 'manifest.json'), 'utf8')) as { lists: { prepared: string }[] };
    const damaged = path.join(pack, manifest.lists.at(-1)!.prepared);
    const bytes = fs.readFileSync(damaged);
    bytes[bytes.length >> 1]! ^= 0xff;
    fs.writeFileSync(damaged, bytes);
    const dataDir = tempDir();
    const t = testCore(dataDir, { packDir: pack });
    const failed = await t.invoke('screening.run', { jobId: 'first' });
    expect(failed.ok).toBe(false);
    const after = await t.call('lists.list', {});
    expect(after.current).toEqual([]);
    expect(after.bundled).toMatchObject({ state: 'failed', message: expect.stringMatching(/dod-1260h\.json\.gz is damaged.*Reinstall Vetter/) });
    expect(versions(dataDir)).toMatchObject({ ready: 0, staged: 0, entries: 0 });
    await t.core.close();
  });
});
