// Runs sandboxed in the renderer before the page. Exposes window.vetter (the VetterBridge) and
// nothing else: no ipcRenderer, no Node, and no IPC event objects reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Progress, VetterBridge } from '../core/contract';
import { IPC } from '../core/ipc-channels';

const bridge: VetterBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC.invoke, { method, input }),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: Progress): void => listener(progress);
    ipcRenderer.on(IPC.progress, forward);
    return () => {
      ipcRenderer.removeListener(IPC.progress, forward);
    };
  },
  openFile: (options) => ipcRenderer.invoke(IPC.openFile, options),
  openFiles: (options) => ipcRenderer.invoke(IPC.openFiles, options),
  saveFile: (options) => ipcRenderer.invoke(IPC.saveFile, options),
  openEvidence: (evidenceId) => ipcRenderer.invoke(IPC.openEvidence, evidenceId),
  openReport: (reportId) => ipcRenderer.invoke(IPC.openReport, reportId),
};

contextBridge.exposeInMainWorld('vetter', bridge);
