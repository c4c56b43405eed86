// Entry of the main process: lifecycle only. Everything that decides something lives in core/.
import { statSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { DataChange } from '../core/data-areas';
import { VetterError } from '../core/errors';
import type { Progress } from '../core/jobs/model';
import { IPC } from '../core/ipc-channels';
import { openCore } from '../core/service';
import { pageUnlocker } from '../core/signing/page-unlocker';
import { keychainVault } from './signing-vault';
import { openWorkspaceSwitch, type WorkspaceSwitch, workspaceStart } from '../workspace-choice';
import { cliArguments, startCliMode } from './cli-mode';
import { argumentValue, resolveDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { createElectronPrinter } from './report-printer';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurity } from './security';
import { createMainWindow } from './window';

// Bundled into dist/electron/main.cjs; the renderer is built into dist/renderer, the list pack ships in assets/.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const PACK_DIR = path.join(__dirname, '../../assets/reference-pack');

let workspaces: WorkspaceSwitch | null = null;
let mainWindow: BrowserWindow | null = null;

function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function startupFailure(err: unknown, where: string): string {
  // A VetterError (e.g. a database from a newer Vetter) already says what to do.
  if (err instanceof VetterError) return err.message;
  console.error('[startup]', err);
  return `Vetter could not open its data in ${where}.\n\n${err instanceof Error ? err.message : String(err)}`;
}

/** What the core tells every window (progress no request started, changed data). */
function toWindows(channel: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) if (!window.webContents.isDestroyed()) window.webContents.send(channel, payload);
}

async function start(): Promise<void> {
  installSecurity(session.defaultSession);
  const { dir, source } = resolveDataDir({
    argv: process.argv,
    cwd: process.cwd(),
    exePath: process.execPath,
    env: process.env,
    userData: app.getPath('userData'),
    isDirectory,
  });
  // A workspace given at start wins; else the team workspace chosen in Settings (remembered in userData), else the
  // data folder (workspace-choice.ts).
  const chosen = workspaceStart({ workspace: argumentValue(process.argv, '--workspace'), dataDir: source === 'argument' ? dir : undefined }, dir, true);
  const broadcast = { progress: (p: Progress) => toWindows(IPC.progress, p), changed: (change: DataChange) => toWindows(IPC.changed, change) };
  // Signing keys are this machine's: in the local folder, their passphrases kept with the system's keychain.
  const signing = { keysFolder: chosen.folder, unlocker: pageUnlocker(keychainVault(chosen.folder)) };
  try {
    workspaces = await openWorkspaceSwitch(
      chosen,
      (workspace) =>
        openCore(workspace, { host: 'electron', version: app.getVersion(), packDir: PACK_DIR, workerDir: __dirname, makePrinter: createElectronPrinter, broadcast, signing }),
      broadcast.changed,
    );
  } catch (err) {
    dialog.showErrorBox('Vetter cannot start', startupFailure(err, chosen.given?.as ?? dir));
    app.quit();
    return;
  }
  handleAppProtocol(RENDERER_DIR);
  registerIpc(workspaces);
  installMenu();
  // The first-use load of the bundled lists (started by the switch) shows its progress in this window. When the
  // remembered team workspace did not open, Settings says why and asks for the password.
  mainWindow = createMainWindow(workspaces.state().startProblem ? '#/settings' : '');
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
      void workspaces?.close();
      workspaces = null;
    });
    void app.whenReady().then(start);
  }
}
