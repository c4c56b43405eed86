// Prints report HTML in the desktop app: a hidden, sandboxed window in a private in-memory session that may load
// nothing but the report's own file (its fonts and styles are inline), waits for the fonts, and prints with the
// options the system-Chromium printer uses, so both print the same document the same way.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { PDF_OPTIONS, type PdfPrinter } from '../core/reports/printer';

/** No "persist:" prefix: the session lives in memory and shares nothing with the app's own window. */
export const REPORT_PARTITION = 'vetter-report-print';

/** A file's identity for the allow-list: Windows paths ignore case. */
const fileKey = (file: string): string => (process.platform === 'win32' ? path.resolve(file).toLowerCase() : path.resolve(file));

function fileKeyOfUrl(url: string): string | null {
  try {
    return url.startsWith('file:') ? fileKey(fileURLToPath(url)) : null;
  } catch {
    return null; // a file URL naming another host
  }
}

export function createElectronPrinter(): PdfPrinter {
  const printing = new Set<string>();
  const windows = new Set<BrowserWindow>();
  const ses = session.fromPartition(REPORT_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Only the report files being printed, and the data: URLs of their fonts; every other request is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url.startsWith('data:') || printing.has(fileKeyOfUrl(details.url) ?? '')) }));

  return {
    async print(html) {
      // A file, not a data: URL: Chromium refuses data: URLs over 2 MB, and a large portfolio report is bigger.
      const file = path.resolve(app.getPath('temp'), `vetter-report-${randomUUID()}.html`);
      await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      printing.add(fileKey(file));
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          partition: REPORT_PARTITION,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          // On only so executeJavaScript can wait for the fonts; the report's CSP forbids scripts of its own.
          javascript: true,
          // A hidden window must still lay out and load its fonts at full speed.
          backgroundThrottling: false,
        },
      });
      windows.add(win);
      try {
        await win.loadURL(pathToFileURL(file).href);
        await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        return await win.webContents.printToPDF({ ...PDF_OPTIONS });
      } finally {
        windows.delete(win);
        win.destroy();
        printing.delete(fileKey(file));
        await fs.rm(file, { force: true });
      }
    },
    async close() {
      for (const win of windows) win.destroy();
      windows.clear();
    },
  };
}
