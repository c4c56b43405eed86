// Every domain over the store (db/store.ts). The core keeps one set; worker threads build their own over a read-only
// store on their own connection, to compute from committed data off the thread that answers requests.
import { AllegationRegister } from './allegations/register';
import { Assessments } from './assessment/assessments';
import type { EvidenceContent } from './assessment/evidence-content';
import type { Store } from './db/store';
import type { TaskWorker } from './jobs/worker';
import { Findings } from './findings/findings';
import { ListVersions } from './lists/versions';
import { Questionnaires } from './questionnaires/questionnaires';
import { OwnershipRepository } from './ownership/repository';
import { SupplierRepository } from './suppliers/repository';
import { Scores } from './scoring/scores';
import { Screening } from './screening/screening';
import type { ScreeningTasks } from './screening/tasks';
import { VendorListView } from './vendors/list-view';
import { VendorRepository } from './vendors/repository';
import type { LoginNames } from './vendors/row-version';
import { SavedViews } from './views/repository';

export interface Domains {
  vendors: VendorRepository;
  /** The vendor table's windows (the index it keeps is the core's). */
  vendorList: VendorListView;
  lists: ListVersions;
  screening: Screening;
  allegations: AllegationRegister;
  assessments: Assessments;
  findings: Findings;
  questionnaires: Questionnaires;
  scores: Scores;
  ownership: OwnershipRepository;
  suppliers: SupplierRepository;
  views: SavedViews;
}

/**
 * `store`: the core's, or a worker thread's over its own connection (readOnlyStore); `evidence`: where the workspace
 * keeps evidence files' content. `engine`, the screening worker, is for the core's set; a worker thread's set does not
 * screen. `names`: the name each login is shown by, for the refusal of a vendor's edit that another user's overtook.
 */
export function openDomains(store: Store, evidence: EvidenceContent, engine?: TaskWorker<ScreeningTasks>, names?: LoginNames): Domains {
  const vendors = new VendorRepository(store, names);
  const lists = new ListVersions(store);
  const screening = new Screening(store, lists, vendors, engine);
  const allegations = new AllegationRegister(store);
  const findings = new Findings(store);
  const assessments = new Assessments(store, evidence, vendors, findings);
  const scores = new Scores(store, vendors, screening, allegations, assessments, findings);
  const suppliers = new SupplierRepository(store);
  const questionnaires = new Questionnaires(store, vendors, assessments, suppliers);
  return {
    vendors,
    vendorList: new VendorListView(store.read, vendors, screening),
    lists,
    screening,
    allegations,
    assessments,
    findings,
    questionnaires,
    scores,
    ownership: new OwnershipRepository(store),
    suppliers,
    views: new SavedViews(store),
  };
}
