// Importing a list: the lists worker reads the files, the core stages the new version in short steps, the screening
// worker screens every vendor against it, and the version is published together with what the screening found, in
// one short transaction. A cancel or failure at any point leaves the lists in use as they were.
import type { ScreeningRun } from '../screening/model';
import type { ListVersion } from './model';
import type { WriteQueue } from '../db/write-queue';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import { screenStale, type ScreeningSides } from '../screening/run';
import type { Screening } from '../screening/screening';
import { importConcerns } from './coverage';
import { prepareListFiles } from './read-files';
import { stageList } from './stage';
import type { PrepareRequest } from './tasks';
import type { ListVersions } from './versions';

export interface ListImportSides extends ScreeningSides {
  read: { lists: ListVersions; screening: Screening };
  write: { lists: ListVersions; screening: Screening };
  writes: WriteQueue;
  /** The folder of the bundled workers (lists/read-files.ts). */
  options: { workerDir?: string };
}

export async function importList(
  sides: ListImportSides,
  opts: Pick<PrepareRequest, 'files' | 'custom'> & { actor: string; job: Job; confirmed?: boolean },
): Promise<{ version: ListVersion; unchanged: boolean; run: ScreeningRun | null }> {
  const { job, actor } = opts;
  const prepared = await prepareListFiles({ files: opts.files, custom: opts.custom }, job, { workerDir: sides.options.workerDir });
  job.throwIfCancelled();
  const inUse = sides.read.lists.current().find((v) => v.listKey === prepared.list.listKey) ?? null;
  const concerns = importConcerns({ entryCount: prepared.rows.length, coverage: prepared.coverage }, inUse);
  if (concerns.length > 0 && !opts.confirmed && !sides.read.lists.sameFiles(prepared.list.listKey, prepared.sha256)) {
    throw new VetterError(
      'conflict',
      `${opts.files.map((f) => `"${f.name}"`).join(', ')} may not be the whole ${prepared.list.listName}: ${concerns.join(' ')} Nothing was imported. ` +
        'Download the list again, or import it anyway if you are sure this is what the publisher offers.',
      { confirm: 'required', concerns: concerns.join('\n'), listName: prepared.list.listName },
    );
  }
  const { versionId, unchanged } = await stageList(sides.write.lists, sides.writes, prepared, { actor, bundled: false, job });
  if (unchanged) return { version: sides.read.lists.version(versionId), unchanged: true, run: null };
  try {
    const staged = sides.read.lists.version(versionId);
    // A new version can add and remove hits for every vendor: screen them all against it, then show what changed.
    const versions = [...sides.read.lists.current().filter((v) => v.listKey !== staged.listKey), staged];
    const plan = await sides.read.screening.plan({ versions, job });
    job.throwIfCancelled();
    const done = await sides.writes.run(() =>
      sides.write.lists.publishWith([versionId], actor, ([version]) => ({
        version: version!,
        ...sides.write.screening.commit(plan, { trigger: `Imported ${version!.listName}`, actor }),
      })),
    );
    return { version: done.version, unchanged: false, run: (await screenStale(sides, done, { actor, job })).run };
  } catch (err) {
    await sides.writes.run(() => sides.write.lists.discard([versionId]));
    throw err;
  }
}
