// Storing a prepared list as a staged version, a thousand entries at a time: each step is a short transaction, so
// every other save goes on between the steps. Nothing reads a staged version until it is published.
import { type Job, yieldToEventLoop } from '../jobs/jobs';
import type { PreparedList } from './prepare';
import type { ListVersions } from './versions';

/** Entries per step: a few milliseconds of writing. */
const STEP = 1000;

/**
 * Stages the list and returns its version id; or, when the same files were imported before, that version's id and
 * `unchanged`. A failure or cancel removes what was staged.
 */
export async function stageList(
  lists: ListVersions,
  prepared: PreparedList,
  opts: { actor: string; bundled: boolean; job?: Job },
): Promise<{ versionId: string; unchanged: boolean }> {
  const same = await lists.sameFiles(prepared.list.listKey, prepared.sha256);
  if (same) return { versionId: same, unchanged: true };
  const versionId = await lists.beginStage(prepared, opts);
  try {
    const { rows } = prepared;
    for (let i = 0; i < rows.length; i += STEP) {
      opts.job?.progress(`Storing ${prepared.list.listName}`, i, rows.length);
      await yieldToEventLoop();
      opts.job?.throwIfCancelled();
      await lists.stageEntries(versionId, rows.slice(i, i + STEP));
    }
  } catch (err) {
    await lists.discard([versionId]);
    throw err;
  }
  return { versionId, unchanged: false };
}
