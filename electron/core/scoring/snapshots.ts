// Score history after a write that changed many vendors' scores (a screening, a list import, a vendor import, a
// methodology version): the scoring worker finds the snapshots due from committed data and the core keeps them in
// short writes, a few hundred at a time, so saves go on between them. Reads never keep snapshots.
import type { WriteQueue } from '../db/write-queue';
import type { TaskWorker } from '../jobs/worker';
import type { Scores } from './scores';
import type { ScoringTasks } from './tasks';

export interface SnapshotSides {
  scoringWorker: TaskWorker<ScoringTasks>;
  writes: WriteQueue;
  write: { scores: Scores };
}

const SNAPSHOTS_PER_WRITE = 500;

/** Keeps a snapshot of each of these vendors (every vendor without ids) whose score differs from its last one. */
export async function keepScoreSnapshots(sides: SnapshotSides, vendorIds?: readonly string[]): Promise<void> {
  const due = await sides.scoringWorker.call('snapshotsDue', { vendorIds: vendorIds && [...vendorIds] });
  for (let i = 0; i < due.length; i += SNAPSHOTS_PER_WRITE) await sides.writes.run(() => sides.write.scores.keepSnapshots(due.slice(i, i + SNAPSHOTS_PER_WRITE)));
}

/**
 * A write that changed one vendor's score inputs in a turn of the write queue (a hit's review) keeps its score snapshot
 * in the same turn: the history moves with the writes, never with a read.
 */
export async function rescored<T>(sides: { scores: Scores }, written: T, vendorId: string): Promise<T> {
  await sides.scores.keep([vendorId]);
  return written;
}

/**
 * rescored for a write made in a store transaction (vendors, allegations, assessments). Its handler runs outside the
 * write queue (SELF_QUEUED in service.ts: a transaction opened inside a turn would wait for itself), so the snapshots
 * are kept in the next turn of the queue once the transaction has committed: computed, as in a shared turn, from
 * committed data that no write changes meanwhile. A write that lands between the commit and that turn keeps its own
 * snapshots first, from data that already hold this one; this turn then keeps one only where the score still differs
 * from the vendor's last.
 */
export async function rescoredAfterCommit<T>(sides: Pick<SnapshotSides, 'writes' | 'write'>, written: T, vendorIds: readonly string[]): Promise<T> {
  await sides.writes.run(() => sides.write.scores.keep(vendorIds));
  return written;
}
