import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS } from '../../../electron/core/reports/printer';
import { createElectronPrinter, REPORT_PARTITION } from '../../../electron/main/report-printer';
import { app, FakeBrowserWindow, fakeSession, session } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-report-printer-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const HTML = '<!doctype html><html><head><title>VR-7K3M9QX2TD</title></head><body>华为技术有限公司</body></html>';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** Whether the report session lets a request through. */
function allows(url: string): boolean {
  const listener = fakeSession.webRequest.onBeforeRequest.mock.calls.at(-1)?.[0] as RequestListener;
  let cancel: boolean | undefined;
  listener({ url }, (response) => (cancel = response.cancel));
  return cancel === false;
}

/** Sets up the next window the printer opens, before it loads anything (the fake window registers itself on creation). */
function nextWindow(setup: (win: FakeBrowserWindow) => void): void {
  const push = FakeBrowserWindow.instances.push.bind(FakeBrowserWindow.instances);
  vi.spyOn(FakeBrowserWindow.instances, 'push').mockImplementationOnce((win) => {
    setup(win);
    return push(win);
  });
}

describe('createElectronPrinter', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.clearAllMocks();
    FakeBrowserWindow.instances.length = 0;
    app.getPath.mockImplementation((name: string) => (name === 'temp' ? temp : '/fake/userData'));
  });

  it('prints in a hidden, sandboxed window of its own in-memory session', async () => {
    await createElectronPrinter().print(HTML);
    expect(session.fromPartition).toHaveBeenCalledWith(REPORT_PARTITION);
    expect(REPORT_PARTITION.startsWith('persist:')).toBe(false);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      partition: REPORT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(win.options.webPreferences?.preload).toBeUndefined();
  });

  it('loads the HTML from a temporary file, waits for the fonts, then prints with the shared PDF options', async () => {
    let loaded = '';
    nextWindow((win) =>
      win.loadURL.mockImplementationOnce(async (url: string) => {
        loaded = fs.readFileSync(fileURLToPath(url), 'utf8');
      }),
    );
    const pdf = await createElectronPrinter().print(HTML);
    const win = FakeBrowserWindow.instances[0]!;

    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    const url = win.loadURL.mock.calls[0]![0];
    expect(url.startsWith(pathToFileURL(temp).href)).toBe(true);
    expect(loaded).toBe(HTML);
    const { executeJavaScript, printToPDF } = win.webContents;
    expect(executeJavaScript).toHaveBeenCalledWith('document.fonts.ready.then(() => true)');
    expect(printToPDF).toHaveBeenCalledWith({ ...PDF_OPTIONS });
    expect(executeJavaScript.mock.invocationCallOrder[0]!).toBeLessThan(printToPDF.mock.invocationCallOrder[0]!);
  });

  it('removes the file and the window afterwards, also when printing fails', async () => {
    const printer = createElectronPrinter();
    await printer.print(HTML);
    nextWindow((win) => win.webContents.printToPDF.mockRejectedValueOnce(new Error('render process gone')));
    await expect(printer.print(HTML)).rejects.toThrow('render process gone');
    for (const win of FakeBrowserWindow.instances) expect(win.destroy).toHaveBeenCalledOnce();
    expect(fs.readdirSync(temp)).toEqual([]);
  });

  it('lets the window load only the report being printed and inline data, nothing from the network or the disk', async () => {
    let during = { own: false, other: false };
    nextWindow((win) =>
      win.loadURL.mockImplementationOnce(async (url: string) => {
        during = { own: allows(url), other: allows(pathToFileURL(path.join(temp, 'other.html')).href) };
      }),
    );
    await createElectronPrinter().print(HTML);
    const own = FakeBrowserWindow.instances[0]!.loadURL.mock.calls[0]![0];

    expect(during).toEqual({ own: true, other: false });
    expect(allows(own)).toBe(false); // printed: the file is gone and so is its permission
    expect(allows('data:font/woff2;base64,d09GMgABAAAAA')).toBe(true);
    for (const url of ['https://fonts.example.com/inter.woff2', 'http://127.0.0.1:8080/x', 'ws://127.0.0.1/x', 'file:///etc/passwd', 'file://server/share/x', 'app://vetter/index.html']) {
      expect(allows(url), url).toBe(false);
    }
  });

  it('refuses every permission request', () => {
    createElectronPrinter();
    const request = fakeSession.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const answer = vi.fn();
    request({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const check = fakeSession.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('closes any window still printing', async () => {
    let finishLoading = () => undefined as void;
    nextWindow((win) => win.loadURL.mockReturnValueOnce(new Promise<void>((resolve) => (finishLoading = resolve))));
    const printer = createElectronPrinter();
    const pending = printer.print(HTML);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    await printer.close();
    expect(FakeBrowserWindow.instances[0]!.destroy).toHaveBeenCalled();
    finishLoading();
    await pending;
  });
});
