import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC, type Progress, type VetterBridge } from '../../../electron/core/contract';
import { contextBridge, ipcRenderer } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

// Vitest clears mock calls before each test, so what the preload exposed is captured once here.
let exposed: unknown[][];
let bridge: VetterBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  exposed = contextBridge.exposeInMainWorld.mock.calls.map((call) => [...call]);
  bridge = exposed[0]?.[1] as VetterBridge;
});

describe('preload', () => {
  it('exposes window.vetter and nothing else', () => {
    expect(exposed.map(([key]) => key)).toEqual(['vetter']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChanged', 'onProgress', 'openEvidence', 'openFile', 'openFiles', 'openReport', 'saveFile', 'workspace']);
  });

  it('forwards calls to the IPC channels main handles', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 1 });
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.invoke, { method: 'app.info', input: {} });

    const open = { title: 'Import', extensions: ['csv'] };
    await bridge.openFile(open);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openFile, open);
    await bridge.openFiles(open);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openFiles, open);

    const save = { fileName: 'a.csv', mimeType: 'text/csv', base64: 'YQ==' };
    await bridge.saveFile(save);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.saveFile, save);

    await bridge.openEvidence('0b6f5c1e-3c2a-4d7e-9f00-1a2b3c4d5e6f');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openEvidence, '0b6f5c1e-3c2a-4d7e-9f00-1a2b3c4d5e6f');

    await bridge.openReport('VR-7K2M9QX4TB');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openReport, 'VR-7K2M9QX4TB');

    await bridge.workspace.state();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.workspaceState);
    const fields = { host: 'db.example.com', port: 5432, database: 'vetter', user: 'ana', sslmode: 'verify-full' as const, sslrootcert: '', sslcert: '', sslkey: '' };
    await bridge.workspace.connect(fields, 'pw');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.workspaceConnect, { fields, password: 'pw' });
    await bridge.workspace.useFolder();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.workspaceFolder);
    await bridge.workspace.pickPath({ title: 'CA', extensions: ['crt'] });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.pickPath, { title: 'CA', extensions: ['crt'] });
  });

  it('delivers progress without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onProgress(listener);
    const progress: Progress = { jobId: 'j', phase: 'import', done: 2, total: 4 };
    ipcRenderer.emit(IPC.progress, { sender: ipcRenderer }, progress);
    expect(listener).toHaveBeenCalledWith(progress);
    expect(listener.mock.calls[0]).toHaveLength(1);

    unsubscribe();
    ipcRenderer.emit(IPC.progress, { sender: ipcRenderer }, progress);
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount(IPC.progress)).toBe(0);
  });

  it('delivers changed data without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onChanged(listener);
    ipcRenderer.emit(IPC.changed, { sender: ipcRenderer }, { areas: ['vendors', 'audit'] });
    expect(listener.mock.calls).toEqual([[{ areas: ['vendors', 'audit'] }]]);
    unsubscribe();
    ipcRenderer.emit(IPC.changed, { sender: ipcRenderer }, { areas: ['vendors'] });
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount(IPC.changed)).toBe(0);
  });
});
