// Entry of the main process: lifecycle only. Everything that decides something lives in core/.
import { statSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { VetterError } from '../core/errors';
import { IPC } from '../core/ipc-channels';
import { openCore, type Core } from '../core/service';
import { openFolderWorkspace } from '../core/workspace/folder';
import { cliArguments, startCliMode } from './cli-mode';
import { resolveDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { createElectronPrinter } from './report-printer';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurity } from './security';
import { createMainWindow } from './window';

// Bundled into dist/electron/main.cjs; the renderer is built into dist/renderer, the list pack ships in assets/.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const PACK_DIR = path.join(__dirname, '../../assets/reference-pack');

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function startupFailure(err: unknown, dataDir: string): string {
  // A VetterError (e.g. a database from a newer Vetter) already says what to do.
  if (err instanceof VetterError) return err.message;
  console.error('[startup]', err);
  return `Vetter could not open its data in ${dataDir}.\n\n${err instanceof Error ? err.message : String(err)}`;
}

/** What the core tells every window (progress no request started, changed data). */
function toWindows(channel: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) if (!window.webContents.isDestroyed()) window.webContents.send(channel, payload);
}

function start(): void {
  installSecurity(session.defaultSession);
  const { dir } = resolveDataDir({
    argv: process.argv,
    cwd: process.cwd(),
    exePath: process.execPath,
    env: process.env,
    userData: app.getPath('userData'),
    isDirectory,
  });
  try {
    // The app opens its data folder; a team workspace is reached from the CLI and the browser host for now.
    core = openCore(openFolderWorkspace(dir), {
      host: 'electron',
      version: app.getVersion(),
      packDir: PACK_DIR,
      workerDir: __dirname,
      makePrinter: createElectronPrinter,
      broadcast: { progress: (p) => toWindows(IPC.progress, p), changed: (change) => toWindows(IPC.changed, change) },
    });
  } catch (err) {
    dialog.showErrorBox('Vetter cannot start', startupFailure(err, dir));
    app.quit();
    return;
  }
  handleAppProtocol(RENDERER_DIR);
  registerIpc(core);
  // The first-use load of the bundled lists shows its progress in the window (opened just below).
  core.prepare();
  installMenu();
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// `Vetter --cli ARGS` (the vetter-cli launchers): one CLI command, no window, no single-instance lock. Decided before
// anything else the windowed app does.
const cliArgs = cliArguments(process.argv);

// Both must happen before the app is ready.
app.enableSandbox();
if (cliArgs) {
  startCliMode(cliArgs);
} else {
  registerAppScheme();
  startWindowedApp();
}

function startWindowedApp(): void {
  // One instance per machine user: two processes writing one database would fight over it.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', () => {
      if (!mainWindow) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    });
    // A single-window app: closing it quits, on macOS too, so the database is always closed.
    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', () => {
      void core?.close();
      core = null;
    });
    void app.whenReady().then(start);
  }
}
