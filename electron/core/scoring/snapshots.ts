// Score history after the writes that change scores' inputs. Reads never keep snapshots; the writes do, once they have
// committed: one vendor's or a few (a save, a review) scored in the core, many (a screening, a list import, a vendor
// import, a methodology version) scored by the scoring worker from committed data and kept in short transactions, a
// few hundred at a time, so saves go on between them. A snapshot computed before a newer one was kept for its vendor
// is not kept (Scores.keepSnapshots); a write that lands meanwhile keeps its own, from data that hold this one.
import type { TaskWorker } from '../jobs/worker';
import type { Scores, SnapshotDue } from './scores';
import type { ScoringTasks } from './tasks';

const SNAPSHOTS_PER_WRITE = 500;

/**
 * Keeps a snapshot of each of these vendors (every vendor without ids) whose score differs from its last one. The
 * worker hands the due snapshots over as it finds them, and each page is kept while it scores the next: after an
 * import of 100,000 vendors, scoring and keeping overlap instead of following each other.
 */
export async function keepScoreSnapshots(sides: { scoringWorker: TaskWorker<ScoringTasks>; scores: Scores }, vendorIds?: readonly string[]): Promise<void> {
  let kept: Promise<void> = Promise.resolve();
  const keep = (due: SnapshotDue[]) => {
    // After a failure the pages that follow are not kept, and the failure is thrown below, once the worker is done.
    kept = kept.then(() => sides.scores.keepSnapshots(due));
    kept.catch(() => undefined);
  };
  try {
    await sides.scoringWorker.call('snapshotsDue', { vendorIds: vendorIds && [...vendorIds], pageSize: SNAPSHOTS_PER_WRITE }, undefined, { onPart: keep });
  } finally {
    await kept;
  }
}

/** `written`, once the snapshots of the vendors whose score inputs it changed are kept. */
export async function rescored<T>(sides: { scores: Scores }, written: T, vendorIds: readonly string[]): Promise<T> {
  await sides.scores.keep(vendorIds);
  return written;
}
