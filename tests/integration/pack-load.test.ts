// The first-use load of the bundled lists: staged off to the side and published in one transaction, so a load that
// fails or is killed at any point leaves no list in use, and the next start loads the whole pack.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import { openDatabase } from '../../electron/core/db/open';
import { PACK_DIR, ROOT, tempDir, testCore } from '../helpers';

const PACK_LISTS = (JSON.parse(fs.readFileSync(path.join(PACK_DIR, 'manifest.json'), 'utf8')) as { lists: unknown[] }).lists.length;
const CHILD = path.join(ROOT, 'tests/fixtures/processes/load-pack.ts');

/** Version rows by state, straight from the file. */
function versions(dataDir: string): { ready: number; staged: number; entries: number; integrity: unknown } {
  const db = new Database(path.join(dataDir, 'vetter.db'), { readonly: true });
  const count = (state: string) => db.prepare('SELECT count(*) FROM list_versions WHERE state = ?').pluck().get(state) as number;
  const result = { ready: count('ready'), staged: count('staged'), entries: db.prepare('SELECT count(*) FROM list_entries').pluck().get() as number, integrity: db.pragma('integrity_check', { simple: true }) };
  db.close();
  return result;
}

/**
 * Loads the pack in a process of its own and SIGKILLs that process (the one writing, not a wrapper) once its progress
 * passes `fraction` of the load; 1 lets it finish.
 */
function loadAndKill(dataDir: string, fraction: number): Promise<{ killed: boolean; lastProgress: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let lastProgress = 0;
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const [word, done, total] = buffered.slice(0, nl).split(' ');
      buffered = buffered.slice(nl + 1);
      if (word !== 'progress') continue;
      lastProgress = Number(done) / Number(total);
      if (fraction < 1 && lastProgress >= fraction) child.kill('SIGKILL');
    }
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', lastProgress })));
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
    expect(versions(t.core.dataDir)).toMatchObject({ ready: PACK_LISTS, staged: 0 });
  });

  it('answers other requests while the pack loads: a save and a read return before the load is done', async () => {
    const t = testCore(tempDir(), { withPack: true });
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

  it.each([0.05, 0.5, 0.95, 1])('killed once %f of the load is done: nothing or everything is in use, and the next start loads it all', async (fraction) => {
    const dataDir = tempDir();
    const { killed } = await loadAndKill(dataDir, fraction);
    if (fraction < 1) expect(killed).toBe(true);
    const after = versions(dataDir);
    expect(after.integrity).toBe('ok');
    expect([0, PACK_LISTS]).toContain(after.ready);
    const db = openDatabase(dataDir);
    expect(verifyChain(db).ok).toBe(true);
    db.close();

    const t = testCore(dataDir, { withPack: true });
    await t.call('screening.run', { jobId: 'next-start' });
    expect((await t.call('lists.list', {})).current).toHaveLength(PACK_LISTS);
    await t.core.close();
    expect(versions(dataDir)).toMatchObject({ ready: PACK_LISTS, staged: 0 });
  }, 120_000);
});
