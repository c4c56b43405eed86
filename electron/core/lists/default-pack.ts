// The bundled default pack (assets/reference-pack, built by scripts/build-default-pack.ts): loaded into a database
// with no lists on first use, each list as a bundled version, so Vetter can screen out of the box. The pack keeps each
// list prepared (parsed when the pack was built); the lists worker reads it off the request path and the core stages
// it in short steps. The whole pack is then published in one transaction, so a load killed at any point leaves no
// list in use and the next start loads it all.
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_LISTS_JOB, type Progress } from '../jobs/model';
import type { ListVersion } from './model';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import type { TaskWorker } from '../jobs/worker';
import type { Access } from '../workspace/roles';
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
    private readonly lists: ListVersions,
    private readonly worker: TaskWorker<ListTasks>,
  ) {}

  /** Whether the pack is loading now (and how far it got), or why the last load failed. */
  state(): PackState {
    if (this.progress) return { state: 'loading', done: this.progress.done, total: this.progress.total };
    return this.failure ? { state: 'failed', message: this.failure } : null;
  }

  /**
   * Loads the pack when the database has no lists; every caller waits for the same load, and hears its progress. Lists
   * are an admin's (a team workspace grants list data to vetter_admin only): anyone else finding none is told who can.
   */
  async ensure(actor: string, access: Access, listener?: (p: Progress) => void): Promise<void> {
    if (!this.packDir || (this.loading === null && (await this.lists.hasLists()))) return;
    if (!access.roles.includes('vetter_admin')) {
      throw new VetterError(
        'not_found',
        'This team workspace has no lists yet, so nothing can be screened. Someone with vetter_admin loads the bundled lists by opening Vetter on it once, or imports list files on the Lists page.',
      );
    }
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
  versions(staleAfterDays: number): (ListVersion & PackScreening)[] {
    if (!this.packDir) return [];
    const packDir = this.packDir;
    return readManifest(packDir).lists.map((l) => {
      const screening = packScreening(packDir, l);
      return { ...unstoredVersion(screening.id, { ...l.meta, entryCount: l.entries }, staleAfterDays), ...screening };
    });
  }

  /**
   * The lists names outside the inventory are screened against (the CLI's `screen`): those in use or, in a folder
   * without any, the pack as it is. A list in use that holds the pack's own files is read from the pack instead (the
   * same entries): where every list in use is, the index the build made of the pack serves (screening/prebuilt.ts).
   */
  checkVersions(inUse: ListVersion[] | null, staleAfterDays: number): (ListVersion & Partial<PackScreening>)[] {
    const pack = this.versions(staleAfterDays);
    return inUse ? packCopies(inUse, pack) : pack;
  }

  /** A job that waits for the pack shows the pack's progress as its own. */
  ensureFor(job: Job, actor: string, access: Access): Promise<void> {
    return this.ensure(actor, access, (p) => job.progress(p.phase, p.done, p.total));
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
        const { versionId, unchanged } = await stageList(this.lists, prepared, { actor, bundled: true, job: step });
        if (!unchanged) staged.push(versionId);
      }
      await this.lists.publishBundled(staged, actor);
      this.report(total, total);
    } catch (err) {
      await this.lists.discard(staged).catch(() => undefined);
      this.failure = err instanceof VetterError ? err.message : 'The bundled lists could not be loaded. Import list files yourself, or reinstall Vetter.';
      throw err;
    }
  }
}

/** A pack list as the screening worker reads it unstored: its id, and the screening file its entries come from. */
interface PackScreening {
  id: string;
  listKey: string;
  packFile: { path: string; sha256: string };
}

function packScreening(packDir: string, list: Manifest['lists'][number]): PackScreening {
  return { id: `pack:${list.key}`, listKey: list.meta.list.listKey, packFile: { path: path.join(packDir, list.screening), sha256: list.screeningSha256 } };
}

/** Each version in use, or the pack's own version of the same list made from the same files (the same entries). */
function packCopies<P extends ListVersion>(inUse: readonly ListVersion[], pack: readonly P[]): (ListVersion | P)[] {
  return inUse.map((version) => pack.find((p) => p.listKey === version.listKey && p.sha256 === version.sha256) ?? version);
}

/** Every list of the pack as packScreening gives it (what the prebuilt pack index is built over, screening/prebuilt.ts). */
export function packScreeningVersions(packDir: string): PackScreening[] {
  return readManifest(packDir).lists.map((l) => packScreening(packDir, l));
}

function readManifest(packDir: string): Manifest {
  const file = path.join(packDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new VetterError('not_found', 'The bundled lists are missing from this installation. Reinstall Vetter, or import list files yourself.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
