// The bundled default pack (assets/reference-pack, built by scripts/build-default-pack.ts): loaded into a database
// with no lists on first use, each list as a bundled version, so Vetter can screen out of the box. The pack keeps each
// list prepared (parsed when the pack was built); the lists worker reads it off the request path and the core stages
// it in short steps. The whole pack is then published in one transaction, so a load killed at any point leaves no
// list in use and the next start loads it all.
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_LISTS_JOB, type Progress } from '../jobs/model';
import type { ListVersion } from './model';
import type { WriteQueue } from '../db/write-queue';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import type { TaskWorker } from '../jobs/worker';
import type { PreparedList } from './prepare';
import { stageList } from './stage';
import type { ListTasks } from './tasks';
import { type ListVersions, unstoredVersion } from './versions';

interface Manifest {
  /**
   * Each list ready to load (lists/<key>.json.gz), prepared from its files when the pack was built, and what the
   * matcher reads of it (lists/<key>.screening.json.gz, screening/entries.ts).
   */
  lists: { key: string; prepared: string; preparedSha256: string; screening: string; screeningSha256: string; entries: number; meta: Omit<PreparedList, 'rows'> }[];
}

const PHASE = 'Loading the bundled lists';
/** Progress steps per list, so the bar moves while a large list is read and stored. */
const STEPS = 100;

export type PackState = { state: 'loading'; done: number; total: number } | { state: 'failed'; message: string } | null;

export class DefaultPack {
  private loading: Promise<void> | null = null;
  private progress: Progress | null = null;
  private failure: string | null = null;
  private readonly listeners = new Set<(p: Progress) => void>();

  constructor(
    private readonly packDir: string | undefined,
    private readonly lists: { read: ListVersions; write: ListVersions },
    private readonly worker: TaskWorker<ListTasks>,
    private readonly writes: WriteQueue,
  ) {}

  /** Whether the pack is loading now (and how far it got), or why the last load failed. */
  state(): PackState {
    if (this.progress) return { state: 'loading', done: this.progress.done, total: this.progress.total };
    return this.failure ? { state: 'failed', message: this.failure } : null;
  }

  /** Loads the pack when the database has no lists; every caller waits for the same load, and hears its progress. */
  ensure(actor: string, listener?: (p: Progress) => void): Promise<void> {
    if (!this.packDir || this.lists.read.hasLists()) return Promise.resolve();
    if (listener) this.listeners.add(listener);
    this.loading ??= this.load(this.packDir, actor).finally(() => {
      this.loading = null;
      this.progress = null;
    });
    return listener ? this.loading.finally(() => this.listeners.delete(listener)) : this.loading;
  }

  /**
   * The pack's lists as they are, not stored: what the CLI screens names against in a data folder that has no lists,
   * so that screening writes nothing. Their ids say where the screening worker reads their entries.
   */
  versions(staleAfterDays: number): (ListVersion & { packFile: { path: string; sha256: string } })[] {
    if (!this.packDir) return [];
    const packDir = this.packDir;
    return readManifest(packDir).lists.map((l) => ({
      ...unstoredVersion(`pack:${l.key}`, { ...l.meta, entryCount: l.entries }, staleAfterDays),
      packFile: { path: path.join(packDir, l.screening), sha256: l.screeningSha256 },
    }));
  }

  /** A job that waits for the pack shows the pack's progress as its own. */
  ensureFor(job: Job, actor: string): Promise<void> {
    return this.ensure(actor, (p) => job.progress(p.phase, p.done, p.total));
  }

  private report(done: number, total: number): void {
    this.progress = { jobId: BUNDLED_LISTS_JOB, phase: PHASE, done, total };
    for (const listener of this.listeners) listener(this.progress);
  }

  private async load(packDir: string, actor: string): Promise<void> {
    const staged: string[] = [];
    try {
      this.failure = null;
      const manifest = readManifest(packDir);
      const total = manifest.lists.length * STEPS;
      this.report(0, total);
      for (const [i, list] of manifest.lists.entries()) {
        this.report(i * STEPS, total);
        const prepared = await this.worker.call('readPrepared', { path: path.join(packDir, list.prepared), sha256: list.preparedSha256 });
        const step: Job = {
          id: BUNDLED_LISTS_JOB,
          signal: new AbortController().signal,
          progress: (_phase, done, of) => this.report(i * STEPS + Math.floor(STEPS * (done / Math.max(of, 1))), total),
          throwIfCancelled: () => {},
        };
        const { versionId, unchanged } = await stageList(this.lists.write, this.writes, prepared, { actor, bundled: true, job: step });
        if (!unchanged) staged.push(versionId);
      }
      await this.writes.run(() => this.lists.write.publishBundled(staged, actor));
      this.report(total, total);
    } catch (err) {
      await this.writes.run(() => this.lists.write.discard(staged)).catch(() => undefined);
      this.failure = err instanceof VetterError ? err.message : 'The bundled lists could not be loaded. Import list files yourself, or reinstall Vetter.';
      throw err;
    }
  }
}

function readManifest(packDir: string): Manifest {
  const file = path.join(packDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new VetterError('not_found', 'The bundled lists are missing from this installation. Reinstall Vetter, or import list files yourself.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
