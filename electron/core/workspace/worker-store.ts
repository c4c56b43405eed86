// What a worker thread reads the workspace through: a read-only store on connections of its own (the core makes
// every write), and where evidence is kept, for the domains built over it (domains.ts).
import { databaseEvidence, type EvidenceContent, folderEvidence } from '../assessment/evidence-content';
import { connect } from '../db/open';
import { sqliteSql } from '../db/sqlite-store';
import { readOnlyStore, type Store } from '../db/store';
import type { WorkerWorkspace } from './model';

export async function openWorkerStore(workspace: WorkerWorkspace): Promise<Store> {
  if (workspace.engine === 'sqlite') return readOnlyStore(sqliteSql(connect(workspace.dataDir, { readonly: true })));
  const { postgresWorkerStore } = await import('./postgres');
  return postgresWorkerStore(workspace);
}

export function workerEvidence(workspace: WorkerWorkspace): EvidenceContent {
  return workspace.engine === 'sqlite' ? folderEvidence(workspace.dataDir) : databaseEvidence;
}
