// Every domain over one database connection. The core keeps two such sets (one reads, one writes); worker threads
// build their own over a read-only connection, to compute from committed data off the thread that answers requests.
import { AllegationRegister } from './allegations/register';
import { Assessments } from './assessment/assessments';
import type { Db } from './db/open';
import type { Store } from './db/store';
import type { TaskWorker } from './jobs/worker';
import { ListVersions } from './lists/versions';
import { OwnershipRepository } from './ownership/repository';
import { Scores } from './scoring/scores';
import { Screening } from './screening/screening';
import type { ScreeningTasks } from './screening/tasks';
import { VendorListView } from './vendors/list-view';
import { VendorRepository } from './vendors/repository';

export interface Domains {
  db: Db;
  vendors: VendorRepository;
  /** The vendor table's windows (its index kept for the core's reading side, the one that serves them). */
  vendorList: VendorListView;
  lists: ListVersions;
  screening: Screening;
  allegations: AllegationRegister;
  assessments: Assessments;
  scores: Scores;
  ownership: OwnershipRepository;
}

/**
 * `store`: how the domains already on it reach the data (the core's store; a worker thread's own connection, which
 * only reads: readOnlyStore). `engine`, the screening worker, is for the core's sets; a worker thread's set does not
 * screen.
 */
export function openDomains(db: Db, store: Store, dataDir: string, engine?: TaskWorker<ScreeningTasks>): Domains {
  const vendors = new VendorRepository(store);
  const lists = new ListVersions(db);
  const screening = new Screening(db, lists, vendors, engine);
  const allegations = new AllegationRegister(store);
  const assessments = new Assessments(store, dataDir, vendors);
  const scores = new Scores(db, store.read, vendors, screening, allegations, assessments);
  return {
    db,
    vendors,
    vendorList: new VendorListView(store.read, vendors, screening),
    lists,
    screening,
    allegations,
    assessments,
    scores,
    ownership: new OwnershipRepository(store),
  };
}
