// The single application window, with every renderer hardening switch on.
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './app-url';

/** `route`: the page to open on ('#/settings'), else the app's first page. */
export function createMainWindow(route = ''): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Vetter',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown on ready-to-show, so there is no white flash
    webPreferences: {
      // The main process is bundled into dist/electron/main.cjs, so __dirname is dist/electron.
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium downloads spellcheck dictionaries from Google on Windows and Linux; the app stays offline.
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(`${APP_INDEX_URL}${route}`).catch((err: unknown) => console.error('[window] could not load the UI', err));
  return win;
}
