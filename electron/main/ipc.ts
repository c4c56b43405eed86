// The only doors between the renderer and the main process. Each one checks who is knocking
// (a frame served from app://vetter) and what it carries before doing anything.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
  shell,
} from 'electron';
import { z } from 'zod';
import { IPC, type Envelope, type FileRef } from '../core/contract';
import { PickedFiles, type HostContext } from '../core/host';
import type { Core } from '../core/service';
import type { WorkspaceSwitch } from '../workspace-choice';
import { isAppUrl } from './app-url';

const invokePayload = z.object({ method: z.string().min(1).max(200), input: z.unknown() });

const openFileOptions = z.object({
  title: z.string().max(200),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'Extensions without the dot, e.g. "csv"')).min(1).max(40),
});

const saveFileOptions = z.object({
  // A bare name: the dialog proposes it, the user picks the folder.
  fileName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', 'A file name, not a path'),
  mimeType: z.string().max(200),
  base64: z.base64(),
});

/** Evidence ids are the UUIDs the core gave the stored files. */
const evidenceId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'An evidence id');

/** Report ids as the core makes them: VR- (vendor) or PR- (portfolio) and ten base32 characters. */
const reportId = z.string().regex(/^(VR|PR)-[0-9A-Z]{10}$/, 'A report id');

const REFUSED_SENDER = 'Refused: unknown sender';

function isFromApp(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame; // null once the frame has navigated away or died
  return frame !== null && isAppUrl(frame.url);
}

function refusal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'invalid_input', message } };
}

async function showOpenDialog(event: IpcMainInvokeEvent, options: OpenDialogOptions) {
  const parent = BrowserWindow.fromWebContents(event.sender);
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

async function showMessageBox(event: IpcMainInvokeEvent, options: MessageBoxOptions) {
  const parent = BrowserWindow.fromWebContents(event.sender);
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}

async function showSaveDialog(event: IpcMainInvokeEvent, options: SaveDialogOptions) {
  const parent = BrowserWindow.fromWebContents(event.sender);
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

/** The workspace switch as IPC needs it: the core open now, asked at each call, and the switching itself. */
export type IpcWorkspaces = Pick<WorkspaceSwitch, 'state' | 'connect' | 'useFolder'> & { readonly core: Pick<Core, 'invoke' | 'evidenceFile' | 'reportPdf'> };

/**
 * Registers the IPC handlers. Picked paths stay here in main: the renderer only ever holds an
 * opaque FileRef, which the core resolves through the host context.
 */
export function registerIpc(workspaces: IpcWorkspaces): void {
  const files = new PickedFiles();
  ipcMain.handle(IPC.invoke, async (event, payload: unknown): Promise<Envelope<unknown>> => {
    if (!isFromApp(event)) return refusal(REFUSED_SENDER);
    const parsed = invokePayload.safeParse(payload);
    if (!parsed.success) return refusal('Expected { method: string, input }');
    const host: HostContext = {
      resolveFile: (ref) => files.resolve(ref),
      emitProgress: (progress) => {
        if (!event.sender.isDestroyed()) event.sender.send(IPC.progress, progress);
      },
    };
    try {
      return await workspaces.core.invoke(parsed.data.method, parsed.data.input, host);
    } catch (err) {
      // core.invoke promises never to throw; if it ever does, keep its message (SQL, paths) out of the UI.
      console.error(`[ipc] ${parsed.data.method} threw`, err);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong. Please try again.' } };
    }
  });

  /** The sender check, the options check and the dialog shared by openFile and openFiles: the picked paths. */
  const pickPaths = async (event: IpcMainInvokeEvent, options: unknown, multiple: boolean): Promise<string[]> => {
    if (!isFromApp(event)) throw new Error(REFUSED_SENDER);
    const parsed = openFileOptions.safeParse(options);
    if (!parsed.success) throw new Error(`Invalid open-file options: ${z.prettifyError(parsed.error)}`);
    const { title, extensions } = parsed.data;
    const result = await showOpenDialog(event, {
      title,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: [{ name: extensions.map((ext) => ext.toUpperCase()).join(', '), extensions }],
    });
    return result.canceled ? [] : result.filePaths;
  };

  ipcMain.handle(IPC.openFile, async (event, options: unknown): Promise<FileRef | null> => {
    const [filePath] = await pickPaths(event, options, false);
    return filePath === undefined ? null : files.add(filePath, path.basename(filePath));
  });

  ipcMain.handle(IPC.openFiles, async (event, options: unknown): Promise<FileRef[]> => {
    const filePaths = await pickPaths(event, options, true);
    return filePaths.map((filePath) => files.add(filePath, path.basename(filePath)));
  });

  // A certificate for Settings → Workspace: its path is what is remembered, so this picker, unlike openFile, gives it.
  ipcMain.handle(IPC.pickPath, async (event, options: unknown): Promise<string | null> => (await pickPaths(event, options, false))[0] ?? null);

  // Switching workspaces is the person's at this computer: no role is asked, only that the app's own page asks.
  ipcMain.handle(IPC.workspaceState, async (event) => {
    if (!isFromApp(event)) throw new Error(REFUSED_SENDER);
    return workspaces.state();
  });
  ipcMain.handle(IPC.workspaceConnect, async (event, input: unknown) => (isFromApp(event) ? workspaces.connect(input) : refusal(REFUSED_SENDER)));
  ipcMain.handle(IPC.workspaceFolder, async (event) => (isFromApp(event) ? workspaces.useFolder() : refusal(REFUSED_SENDER)));

  ipcMain.handle(IPC.saveFile, async (event, options: unknown): Promise<{ saved: boolean }> => {
    if (!isFromApp(event)) throw new Error(REFUSED_SENDER);
    const parsed = saveFileOptions.safeParse(options);
    if (!parsed.success) throw new Error(`Invalid save-file options: ${z.prettifyError(parsed.error)}`);
    const { fileName, base64 } = parsed.data;
    const extension = path.extname(fileName).slice(1);
    const result = await showSaveDialog(event, {
      defaultPath: fileName,
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    try {
      await writeFile(result.filePath, Buffer.from(base64, 'base64'));
    } catch (err) {
      console.error('[ipc] save failed', err);
      throw new Error(`Could not save ${fileName}. Check that the folder is writable and the file is not open in another program.`);
    }
    return { saved: true };
  });

  // Evidence opens in the program the system uses for its kind of file, and only after the user said yes to a
  // dialog naming it and its kind. Only the kinds on the core's allowlist are opened (documents, images, archives:
  // never a program), and only under the extension the core decided from the content. The stored path never leaves main.
  ipcMain.handle(IPC.openEvidence, async (event, id: unknown): Promise<{ opened: boolean }> => {
    if (!isFromApp(event)) throw new Error(REFUSED_SENDER);
    const parsed = evidenceId.safeParse(id);
    if (!parsed.success) throw new Error('Invalid evidence id');
    let file: Awaited<ReturnType<Core['evidenceFile']>>;
    try {
      file = await workspaces.core.evidenceFile(parsed.data);
    } catch {
      throw new Error('That evidence file is not in Vetter any more.');
    }
    const type = file.type;
    if (!type) throw new Error(`${file.refusal ?? `${file.fileName} is not a kind of file Vetter opens.`} Vetter does not open it; its copy stays in the workspace for the record.`);
    const { response } = await showMessageBox(event, {
      type: 'question',
      buttons: ['Open', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Open evidence file',
      message: `Open ${file.fileName}?`,
      detail: `It is a ${type.label} (.${type.ext}). It opens in the program your computer uses for this kind of file, outside Vetter. Open it only if you trust where it came from.`,
    });
    if (response !== 0) return { opened: false };
    // A data folder's copy is opened in place. Copies kept by older versions of Vetter carry the name they came with,
    // and a team workspace keeps none on disk: they are opened from a temporary copy under the decided extension, so
    // that the system can only treat them as that kind of file.
    let target = file.path;
    if (target === null || path.extname(target).toLowerCase() !== `.${type.ext}`) {
      target = path.join(app.getPath('temp'), 'vetter-evidence', `${parsed.data}.${type.ext}`);
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.bytes);
      } catch (err) {
        console.error('[ipc] copy evidence failed', err);
        throw new Error(`Could not open ${file.fileName}: its copy could not be prepared.`);
      }
    }
    const failure = await shell.openPath(target);
    if (failure) {
      console.error('[ipc] open evidence failed', failure);
      throw new Error(`Could not open ${file.fileName}. Your computer may have no program for this kind of file.`);
    }
    return { opened: true };
  });
  // A report is Vetter's own PDF: a copy goes to the temp folder for the system's PDF viewer, without a question.
  ipcMain.handle(IPC.openReport, async (event, id: unknown): Promise<void> => {
    if (!isFromApp(event)) throw new Error(REFUSED_SENDER);
    const parsed = reportId.safeParse(id);
    if (!parsed.success) throw new Error('Invalid report id');
    let report: { fileName: string; bytes: Buffer };
    try {
      report = await workspaces.core.reportPdf(parsed.data);
    } catch {
      throw new Error(`There is no report ${parsed.data} in this database.`);
    }
    const file = path.join(app.getPath('temp'), 'vetter-reports', report.fileName);
    try {
      // A copy already there is left alone: a viewer that has it open may hold a lock on it (Windows).
      const existing = await readFile(file).catch(() => null);
      if (!existing?.equals(report.bytes)) {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, report.bytes);
      }
    } catch (err) {
      console.error('[ipc] open report: copy failed', err);
      throw new Error(`Could not prepare ${report.fileName} for viewing. Use Save PDF… to keep a copy and open that instead.`);
    }
    const failure = await shell.openPath(file);
    if (failure) {
      console.error('[ipc] open report failed', failure);
      throw new Error(`Could not open ${report.fileName}: your computer may have no PDF viewer. Use Save PDF… and open the file with the program you use for PDFs.`);
    }
  });
}
