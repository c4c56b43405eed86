import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';
import { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('turns on every renderer isolation switch', () => {
    createMainWindow();
    const prefs = FakeBrowserWindow.instances[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses the bundled preload that sits next to main.cjs', () => {
    createMainWindow();
    const preload = FakeBrowserWindow.instances[0]?.options.webPreferences?.preload ?? '';
    expect(path.isAbsolute(preload)).toBe(true);
    expect(path.basename(preload)).toBe('preload.cjs');
  });

  it('is titled Vetter, 1280x800 with a 960x600 minimum, hidden until ready-to-show', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow; // the mocked class stands in for BrowserWindow
    expect(win.options).toMatchObject({ title: 'Vetter', width: 1280, height: 800, minWidth: 960, minHeight: 600, show: false });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('loads the UI from app://vetter, never from file://', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://vetter/index.html');
  });
});
