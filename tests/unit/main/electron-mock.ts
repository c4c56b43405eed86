// A stand-in for the 'electron' module, with just what electron/main and electron/preload use.
// Test files install it with: vi.mock('electron', () => import('./electron-mock'))
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  readonly setWindowOpenHandler = vi.fn();
  readonly send = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  readonly executeJavaScript = vi.fn((_code: string) => Promise.resolve<unknown>(true));
  readonly printToPDF = vi.fn((_options: object) => Promise.resolve(Buffer.from('%PDF-1.7 fake')));
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static readonly fromWebContents = vi.fn((_contents: unknown): FakeBrowserWindow | null => null);
  static readonly getAllWindows = vi.fn(() => [...FakeBrowserWindow.instances]);

  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly destroy = vi.fn();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn((_code?: number) => undefined);
  readonly disableHardwareAcceleration = vi.fn();
  readonly getVersion = vi.fn(() => '1.2.3');
  readonly getPath = vi.fn((_name: string) => '/fake/userData');
  readonly whenReady = vi.fn(() => Promise.resolve());
}

export const fakeSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn() },
};

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const session = { defaultSession: fakeSession, fromPartition: vi.fn((_partition: string) => fakeSession) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = { handle: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn() });
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};
export const shell = { openPath: vi.fn((_path: string) => Promise.resolve('')) };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
