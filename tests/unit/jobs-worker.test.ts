// Work in worker threads: results, the user's errors and progress cross the thread boundary intact; a thread that
// dies fails the calls it was running, and the next call starts a new one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import type { Job } from '../../electron/core/jobs/jobs';
import { TaskWorker } from '../../electron/core/jobs/worker';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListTasks } from '../../electron/core/lists/tasks';
import { tempDir } from '../helpers';
import { refPath } from '../reference-data';

let worker: TaskWorker<ListTasks> | null = null;
afterEach(() => worker?.close());

function job(): Job & { reports: string[]; controller: AbortController } {
  const controller = new AbortController();
  const reports: string[] = [];
  return { id: 'test', signal: controller.signal, controller, reports, progress: (phase, done, total) => reports.push(`${phase} ${done}/${total}`), throwIfCancelled: () => {} };
}

describe('task workers', () => {
  it('reads a list in the worker exactly as in this thread, with its progress', async () => {
    worker = new TaskWorker<ListTasks>('lists');
    const file = refPath('bis-denied-persons/2023-11-30/dpl.txt');
    const j = job();
    const prepared = await worker.call('prepare', { files: [{ name: 'dpl.txt', path: file }] }, j);
    const here = await parseListFiles([{ name: 'dpl.txt', bytes: new Uint8Array(fs.readFileSync(file)) }]);
    expect(prepared.list.listKey).toBe(here.listKey);
    expect(prepared.rows.map(([id, data]) => [id, JSON.parse(data)])).toEqual(here.entries.map((e) => [e.entryId, e]));
    expect(j.reports.some((r) => r.startsWith('Reading the list'))).toBe(true);
  });

  it('a file the worker refuses comes back as the same error, with its code and message', async () => {
    worker = new TaskWorker<ListTasks>('lists');
    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, 'not,a,list\n1,2,3\n');
    const inThread = await parseListFiles([{ name: 'bad.csv', bytes: new Uint8Array(fs.readFileSync(bad)) }]).catch((e: unknown) => e);
    const fromWorker = await worker.call('prepare', { files: [{ name: 'bad.csv', path: bad }] }).catch((e: unknown) => e);
    expect(fromWorker).toBeInstanceOf(VetterError);
    expect(inThread).toBeInstanceOf(VetterError);
    expect((fromWorker as VetterError).code).toBe((inThread as VetterError).code);
    expect((fromWorker as VetterError).message).toBe((inThread as VetterError).message);
  });

  it('a thread that dies fails the call it was running; the next call starts a new thread', async () => {
    worker = new TaskWorker<ListTasks>('lists');
    const file = refPath('uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods');
    const running = worker.call('prepare', { files: [{ name: 'uk.ods', path: file }] });
    await worker.close();
    await expect(running).rejects.toThrow();
    const again = await worker.call('prepare', { files: [{ name: 'dpl.txt', path: refPath('bis-denied-persons/2023-11-30/dpl.txt') }] });
    expect(again.list.listKey).toBe('bis-dpl');
  });

  it('a call whose job was cancelled while the thread died fails as cancelled, not as a crash', async () => {
    worker = new TaskWorker<ListTasks>('lists');
    const j = job();
    const running = worker.call('prepare', { files: [{ name: 'uk.ods', path: refPath('uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods') }] }, j);
    j.controller.abort();
    await worker.close();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });
});
