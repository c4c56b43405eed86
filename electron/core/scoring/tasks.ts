// What the scoring worker thread does: score the whole portfolio from committed data, off the thread that answers
// requests (ten thousand vendors take a second or more): to rank it, or to find the snapshots due after a write that
// changed many vendors' scores (they come back for the core to keep).
import { workerData } from 'node:worker_threads';
import { connect } from '../db/open';
import { sqliteSql } from '../db/sqlite-store';
import { readOnlyStore } from '../db/store';
import { type Domains, openDomains } from '../domains';
import { rankPortfolio } from './portfolio';

let domains: Domains | null = null;

function theDomains(): Domains {
  const { dataDir } = workerData as { dataDir: string };
  if (!domains) {
    const db = connect(dataDir, { readonly: true });
    domains = openDomains(readOnlyStore(sqliteSql(db)), dataDir);
  }
  return domains;
}

export const scoringTasks = {
  portfolio: (_request: Record<string, never>) => rankPortfolio(theDomains()),
  snapshotsDue: ({ vendorIds }: { vendorIds?: string[] }) => theDomains().scores.snapshotsDue(vendorIds),
};

export type ScoringTasks = typeof scoringTasks;
