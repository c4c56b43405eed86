// Importing a list: the lists worker reads the files, the core stages the new version in short steps, the screening
// worker screens every vendor against it, and the version is published together with what the screening found, in
// one transaction that lets others' edits through (screening/beside-writes.ts). A cancel or failure at any point
// leaves the lists in use as they were.
import type { ScreeningRun } from '../screening/model';
import type { ListVersion } from './model';
import { VetterError } from '../errors';
import type { Job } from '../jobs/jobs';
import { type BesideWritesSides, commitBesideWrites } from '../screening/beside-writes';
import { importConcerns } from './coverage';
import { prepareListFiles } from './read-files';
import { stageList } from './stage';
import type { PrepareRequest } from './tasks';
import type { ListVersions } from './versions';

export interface ListImportSides extends BesideWritesSides {
  lists: ListVersions;
  /** The folder of the bundled workers (lists/read-files.ts). */
  options: { workerDir?: string };
}

export async function importList(
  sides: ListImportSides,
  opts: Pick<PrepareRequest, 'files' | 'custom'> & { actor: string; job: Job; confirmed?: boolean },
): Promise<{ version: ListVersion; unchanged: boolean; run: ScreeningRun | null }> {
  const { job, actor } = opts;
  const { lists, screening } = sides;
  const prepared = await prepareListFiles({ files: opts.files, custom: opts.custom }, job, { workerDir: sides.options.workerDir });
  job.throwIfCancelled();
  const inUse = (await lists.current()).find((v) => v.listKey === prepared.list.listKey) ?? null;
  const concerns = importConcerns({ entryCount: prepared.rows.length, coverage: prepared.coverage }, inUse);
  if (concerns.length > 0 && !opts.confirmed && !(await lists.sameFiles(prepared.list.listKey, prepared.sha256))) {
    throw new VetterError(
      'conflict',
      `${opts.files.map((f) => `"${f.name}"`).join(', ')} may not be the whole ${prepared.list.listName}: ${concerns.join(' ')} Nothing was imported. ` +
        'Download the list again, or import it anyway if you are sure this is what the publisher offers.',
      { confirm: 'required', concerns: concerns.join('\n'), listName: prepared.list.listName },
    );
  }
  const { versionId, unchanged } = await stageList(lists, prepared, { actor, bundled: false, job });
  if (unchanged) return { version: await lists.version(versionId), unchanged: true, run: null };
  try {
    const staged = await lists.version(versionId);
    // A new version can add and remove hits for every vendor: screen them all against it, then show what changed.
    const versions = [...(await lists.current()).filter((v) => v.listKey !== staged.listKey), staged];
    const plan = await screening.plan({ versions, job });
    job.throwIfCancelled();
    // Others' edits go on while the outcome is stored; their vendors are screened again in the same transaction.
    const done = await commitBesideWrites(sides, plan, { trigger: `Imported ${staged.listName}`, actor, job }, async (tx) => (await lists.publish([versionId], actor, tx))[0]!);
    return { version: done.finished, unchanged: false, run: done.run };
  } catch (err) {
    await lists.discard([versionId]);
    throw err;
  }
}
