import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/core/contract';

vi.mock('electron', () => import('./electron-mock'));
vi.mock('../../../electron/core/service', () => ({ openCore: vi.fn() }));
// A fake data folder: the real one is tested with the core.
vi.mock('../../../electron/core/workspace/folder', () => ({ openFolderWorkspace: vi.fn((dataDir: string) => ({ engine: 'sqlite', dataDir })) }));

/**
 * Loads the main entry the way Electron does (importing it runs it) against a fresh electron mock
 * and a fake core, then lets app.whenReady() settle.
 */
async function boot(options: { lock?: boolean; openCoreError?: (errors: typeof import('../../../electron/core/errors')) => Error } = {}) {
  vi.resetModules();
  // The mocked 'electron' survives resetModules (the factory runs once), so state is reset by hand.
  const electron = (await import('electron')) as unknown as typeof import('./electron-mock');
  electron.app.removeAllListeners();
  const errors = await import('../../../electron/core/errors');
  const { openCore } = await import('../../../electron/core/service');
  const core = { invoke: vi.fn(), prepare: vi.fn(), close: vi.fn() };
  vi.mocked(openCore).mockImplementation(() => {
    if (options.openCoreError) throw options.openCoreError(errors);
    return core as never; // a fake core: the real one is tested in tests/unit/core
  });
  electron.app.requestSingleInstanceLock.mockReturnValue(options.lock ?? true);
  electron.FakeBrowserWindow.instances.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  await import('../../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
  const { createElectronPrinter } = await import('../../../electron/main/report-printer');
  return { ...electron, openCore: vi.mocked(openCore), core, createElectronPrinter };
}

describe('main entry', () => {
  it('enables the sandbox and registers app:// before the app is ready', async () => {
    const { app, protocol } = await boot();
    expect(app.enableSandbox).toHaveBeenCalled();
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    expect(registered).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? -1);
  });

  it('starts the windowed app when there is no --cli: the lock, app:// and a window', async () => {
    const { app, protocol, FakeBrowserWindow } = await boot();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { app, openCore, FakeBrowserWindow } = await boot({ lock: false });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(openCore).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    const { app, FakeBrowserWindow } = await boot();
    const win = FakeBrowserWindow.instances[0];
    win?.isMinimized.mockReturnValue(true);
    app.emit('second-instance', {}, ['vetter'], '/');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('opens the core on the data dir with the hidden-window report printer, then wires security, protocol, IPC, menu and one window', async () => {
    const { openCore, core, createElectronPrinter, fakeSession, protocol, ipcMain, Menu, FakeBrowserWindow } = await boot();
    expect(openCore).toHaveBeenCalledWith({ engine: 'sqlite', dataDir: '/fake/userData' }, {
      host: 'electron',
      version: '1.2.3',
      packDir: expect.stringMatching(/assets[\/]reference-pack$/),
      // The worker-thread bundles sit beside dist/electron/main.cjs.
      workerDir: expect.any(String),
      makePrinter: createElectronPrinter,
      // Progress and changed data go to every window (checked below).
      broadcast: { progress: expect.any(Function), changed: expect.any(Function) },
      // Keys kept in this computer's data folder, their passphrases typed in the page and kept by the keychain.
      signing: { keysFolder: '/fake/userData', unlocker: expect.objectContaining({ passphrase: expect.any(Function) }) },
    });
    expect(fakeSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fakeSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [IPC.invoke, IPC.openFile, IPC.openFiles, IPC.saveFile, IPC.openEvidence, IPC.openReport, IPC.pickPath, IPC.workspaceState, IPC.workspaceConnect, IPC.workspaceFolder].sort(),
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    // The bundled lists (first use) and the screening index start loading as the window opens, their progress sent
    // to the window.
    expect(core.prepare).toHaveBeenCalledOnce();
    const { broadcast } = openCore.mock.calls[0]![1];
    const progress = { jobId: 'bundled-lists', phase: 'Loading the bundled lists', done: 1, total: 7 };
    broadcast!.progress(progress);
    broadcast!.changed({ areas: ['lists', 'audit'] });
    expect(FakeBrowserWindow.instances[0]!.webContents.send.mock.calls).toEqual([
      [IPC.progress, progress],
      [IPC.changed, { areas: ['lists', 'audit'] }],
    ]);
    // Security is in place before any web contents exists.
    const secured = fakeSession.webRequest.onBeforeRequest.mock.invocationCallOrder[0] ?? Infinity;
    const loaded = FakeBrowserWindow.instances[0]?.loadURL.mock.invocationCallOrder[0] ?? -1;
    expect(secured).toBeLessThan(loaded);
  });

  it('opens the data folder on Settings, which says why, when the team workspace chosen there cannot be opened', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'vetter-main-'));
    // Remembered by Settings → Workspace; nothing listens on port 1.
    writeFileSync(path.join(userData, 'workspace.json'), JSON.stringify({ workspace: 'postgresql://ana@127.0.0.1:1/vetter?sslmode=disable' }));
    const electron = (await import('electron')) as unknown as typeof import('./electron-mock');
    electron.app.getPath.mockImplementation(() => userData);
    try {
      const { openCore, FakeBrowserWindow } = await boot();
      await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 15_000 });
      expect(openCore).toHaveBeenCalledWith({ engine: 'sqlite', dataDir: userData }, expect.anything());
      expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://vetter/index.html#/settings');
    } finally {
      electron.app.getPath.mockImplementation(() => '/fake/userData');
      rmSync(userData, { recursive: true, force: true });
    }
  });

  it('shows the reason and quits when the core refuses the database, opening no window', async () => {
    const message = 'This database was written by a newer version of Vetter (schema 9). Install that version to open it.';
    const { app, dialog, ipcMain, FakeBrowserWindow } = await boot({
      openCoreError: ({ VetterError }) => new VetterError('conflict', message),
    });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Vetter cannot start', message);
    expect(app.quit).toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('still explains an unexpected failure to open the data', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { app, dialog } = await boot({ openCoreError: () => new Error('EACCES: permission denied') });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Vetter cannot start', expect.stringContaining('EACCES: permission denied'));
    expect(app.quit).toHaveBeenCalled();
  });

  it('quits when the window is closed and closes the core on quit', async () => {
    const { app, core } = await boot();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    app.emit('will-quit');
    app.emit('will-quit');
    expect(core.close).toHaveBeenCalledOnce();
  });
});
