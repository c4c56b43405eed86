// Runs sandboxed in the renderer before the page. Exposes window.vetter (the VetterBridge) and
// nothing else: no ipcRenderer, no Node, and no IPC event objects reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { VetterBridge } from '../core/contract';
import { IPC } from '../core/ipc-channels';

/** Forwards a channel's messages without the IPC event; returns the unsubscribe. */
function subscribe<T>(channel: string, listener: (message: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, message: T): void => listener(message);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: VetterBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC.invoke, { method, input }),
  onProgress: (listener) => subscribe(IPC.progress, listener),
  onChanged: (listener) => subscribe(IPC.changed, listener),
  openFile: (options) => ipcRenderer.invoke(IPC.openFile, options),
  openFiles: (options) => ipcRenderer.invoke(IPC.openFiles, options),
  saveFile: (options) => ipcRenderer.invoke(IPC.saveFile, options),
  openEvidence: (evidenceId) => ipcRenderer.invoke(IPC.openEvidence, evidenceId),
  openReport: (reportId) => ipcRenderer.invoke(IPC.openReport, reportId),
  workspace: {
    state: () => ipcRenderer.invoke(IPC.workspaceState),
    connect: (fields, password) => ipcRenderer.invoke(IPC.workspaceConnect, { fields, password }),
    useFolder: () => ipcRenderer.invoke(IPC.workspaceFolder),
    pickPath: (options) => ipcRenderer.invoke(IPC.pickPath, options),
  },
};

contextBridge.exposeInMainWorld('vetter', bridge);
