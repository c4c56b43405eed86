// The IPC channels; main and preload both use these names. Kept apart from contract.ts so the
// sandboxed preload bundle stays tiny (no zod).
export const IPC = {
  invoke: 'vetter:invoke',
  progress: 'vetter:progress',
  changed: 'vetter:changed',
  openFile: 'vetter:open-file',
  openFiles: 'vetter:open-files',
  saveFile: 'vetter:save-file',
  openEvidence: 'vetter:open-evidence',
  openReport: 'vetter:open-report',
  workspaceState: 'vetter:workspace-state',
  workspaceConnect: 'vetter:workspace-connect',
  workspaceFolder: 'vetter:workspace-folder',
  pickPath: 'vetter:pick-path',
} as const;
