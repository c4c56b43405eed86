// What the scoring worker thread does: score the whole portfolio from committed data, off the thread that answers
// requests (ten thousand vendors take a second or more): to rank it, or to find the snapshots due after a write that
// changed many vendors' scores (they come back for the core to keep).
import { workerData } from 'node:worker_threads';
import { type Domains, openDomains } from '../domains';
import type { PartsControl } from '../jobs/worker';
import type { WorkerWorkspace } from '../workspace/model';
import { openWorkerStore, workerEvidence } from '../workspace/worker-store';
import { rankPortfolio } from './portfolio';
import type { SnapshotDue } from './scores';

let domains: Promise<Domains> | null = null;

/** Every domain over a read-only store on this thread's own connection, opened on first need. */
function theDomains(): Promise<Domains> {
  const { workspace } = workerData as { workspace: WorkerWorkspace };
  // A failed open is tried again at the next need.
  domains ??= openWorkerStore(workspace).then(
    (store) => openDomains(store, workerEvidence(workspace)),
    (err: unknown) => {
      domains = null;
      throw err;
    },
  );
  return domains;
}

export const scoringTasks = {
  portfolio: async (_request: Record<string, never>) => rankPortfolio(await theDomains()),
  /** The snapshots due, handed over `pageSize` at a time as they are found: the core keeps each meanwhile. */
  snapshotsDue: async ({ vendorIds, pageSize }: { vendorIds?: string[]; pageSize: number }, control: PartsControl<SnapshotDue[]>) =>
    (await theDomains()).scores.duePages(vendorIds, pageSize, (due) => control.part(due)),
};

export type ScoringTasks = typeof scoringTasks;
