// Opens the workspace a host was pointed at. The PostgreSQL driver is loaded only for a team workspace: a command on
// a data folder does not pay for it.
import { openFolderWorkspace } from './folder';
import type { Workspace, WorkspaceLocation } from './model';

export async function openWorkspace(location: WorkspaceLocation, options: { readOnly?: boolean } = {}): Promise<Workspace> {
  if (location.engine === 'sqlite') return openFolderWorkspace(location.dataDir, options);
  const { openPostgresWorkspace } = await import('./postgres');
  return openPostgresWorkspace(location.url, options);
}
