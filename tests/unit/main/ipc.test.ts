import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, type Envelope, type FileRef } from '../../../electron/core/contract';
import type { HostContext } from '../../../electron/core/host';
import { registerIpc } from '../../../electron/main/ipc';
import { app as electronApp, dialog, FakeBrowserWindow, FakeWebContents, ipcMain, shell } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vetter-ipc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REFUSED = { ok: false, error: { code: 'invalid_input', message: 'Refused: unknown sender' } };

// The core is tested elsewhere; this one records calls and hands the host context back to the test.
let lastHost: HostContext | undefined;
const EVIDENCE_ID = '0b6f5c1e-3c2a-4d7e-9f00-1a2b3c4d5e6f';
const PDF = { ext: 'pdf', label: 'PDF document', mime: 'application/pdf' };
const LEGACY_ID = 'cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const SHARED_ID = 'dddddddd-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const storedEvidence: Record<string, { bytes: Buffer; path: string | null; fileName: string; type: typeof PDF | null; refusal: string | null }> = {
  [EVIDENCE_ID]: { bytes: Buffer.from('%PDF-1.4'), path: path.join(tmp, 'evidence', 'v1', `${EVIDENCE_ID}.pdf`), fileName: 'SOC 2 report.pdf', type: PDF, refusal: null },
  'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee': {
    bytes: Buffer.from('MZ'),
    path: path.join(tmp, 'evidence', 'v1', 'setup.exe'),
    fileName: 'setup.exe',
    type: null,
    refusal: '"setup.exe" is a Windows program (.exe, .dll, .scr, .pif): Vetter keeps documents, images and archives as evidence, never programs.',
  },
  // Kept by an older Vetter under its own name, cut short at ".exe"; its content is a PDF.
  [LEGACY_ID]: { bytes: Buffer.from('%PDF-1.4 old copy'), path: path.join(tmp, 'evidence', 'v1', `${LEGACY_ID}-${'x'.repeat(80)}.exe`), fileName: `${'x'.repeat(80)}.exe.pdf`, type: PDF, refusal: null },
  // Kept in a team workspace's database: no copy on disk.
  [SHARED_ID]: { bytes: Buffer.from('%PDF-1.4 shared copy'), path: null, fileName: 'ISO 27001 certificate.pdf', type: PDF, refusal: null },
};
const REPORT_ID = 'VR-7K2M9QX4TB';
const REPORT_PDF = Buffer.from('%PDF-1.7 report VR-7K2M9QX4TB');
const core = {
  invoke: vi.fn(async (method: string, input: unknown, host: HostContext): Promise<Envelope<unknown>> => {
    lastHost = host;
    return { ok: true, value: { method, input } };
  }),
  evidenceFile: vi.fn(async (id: string) => {
    const file = storedEvidence[id];
    if (!file) throw new Error(`SQLITE: no row for ${id} in ${tmp}`);
    return file;
  }),
  reportPdf: vi.fn(async (id: string) => {
    if (id !== REPORT_ID) throw new Error(`SQLITE: no report ${id} in ${tmp}`);
    return { fileName: `${id}.pdf`, bytes: REPORT_PDF };
  }),
};

// The workspace switch (workspace-choice.ts, tested on its own): records what the page asked.
const STATE = { folder: '/home/ana/.config/Vetter', remembered: null, commandLine: null, startProblem: null, picksPaths: true };
const workspaces = {
  core,
  state: vi.fn(() => STATE),
  connect: vi.fn(async (_input: unknown) => ({ ok: true as const, value: STATE })),
  useFolder: vi.fn(async () => ({ ok: true as const, value: STATE })),
};

type Handler = (event: unknown, arg?: unknown) => Promise<unknown>;

function handler(channel: string): Handler {
  const call = ipcMain.handle.mock.calls.findLast(([name]) => name === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as Handler;
}

function eventFrom(url: string | null) {
  const sender = new FakeWebContents();
  return { sender, senderFrame: url === null ? null : { url } };
}

const app = () => eventFrom('app://vetter/index.html');
const strangers = ['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///tmp/index.html', 'app://evil/index.html', 'app://vetter.evil/', 'about:blank', '', null];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  lastHost = undefined;
  registerIpc(workspaces);
});

describe('invoke', () => {
  it('passes method and input from an app://vetter frame to the core and returns its envelope', async () => {
    const result = await handler(IPC.invoke)(app(), { method: 'vendors.get', input: { id: 'v1' } });
    expect(core.invoke).toHaveBeenCalledWith('vendors.get', { id: 'v1' }, expect.anything());
    expect(result).toEqual({ ok: true, value: { method: 'vendors.get', input: { id: 'v1' } } });
  });

  it('refuses any other sender with an envelope, without calling the core', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.invoke)(eventFrom(url), { method: 'app.info', input: {} }), String(url)).resolves.toEqual(REFUSED);
    }
    expect(core.invoke).not.toHaveBeenCalled();
  });

  it('refuses malformed payloads with an envelope instead of throwing', async () => {
    for (const payload of [undefined, null, 'app.info', 42, [], {}, { input: {} }, { method: 7, input: {} }, { method: '', input: {} }]) {
      const result = await handler(IPC.invoke)(app(), payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(core.invoke).not.toHaveBeenCalled();
  });

  it('leaves unknown methods and bad input to the core, which validates them', async () => {
    await handler(IPC.invoke)(app(), { method: 'no.such.method', input: 'whatever' });
    expect(core.invoke).toHaveBeenCalledWith('no.such.method', 'whatever', expect.anything());
  });

  it('turns a core that throws into a generic internal error, leaking nothing', async () => {
    core.invoke.mockRejectedValueOnce(new Error('SQLITE_CORRUPT: /home/ana/.config/Vetter/vetter.db'));
    const result = await handler(IPC.invoke)(app(), { method: 'vendors.list', input: {} });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong. Please try again.' } });
  });

  it('sends progress to the calling window only while it is alive', async () => {
    const event = app();
    await handler(IPC.invoke)(event, { method: 'vendors.importRun', input: {} });
    const progress = { jobId: 'j1', phase: 'import', done: 1, total: 10 };
    lastHost?.emitProgress(progress);
    expect(event.sender.send).toHaveBeenCalledWith(IPC.progress, progress);

    event.sender.isDestroyed.mockReturnValue(true);
    lastHost?.emitProgress(progress);
    expect(event.sender.send).toHaveBeenCalledOnce();
  });
});

describe('workspace', () => {
  const fields = { host: 'db.example.com', port: 5432, database: 'vetter', user: 'ana', sslmode: 'verify-full', sslrootcert: '', sslcert: '', sslkey: '' };

  it('gives the state, connects and switches back for the app page only, without a role (the person at this computer)', async () => {
    expect(await handler(IPC.workspaceState)(app())).toEqual(STATE);
    expect(await handler(IPC.workspaceConnect)(app(), { fields, password: 'pw' })).toEqual({ ok: true, value: STATE });
    expect(workspaces.connect).toHaveBeenCalledWith({ fields, password: 'pw' });
    expect(await handler(IPC.workspaceFolder)(app())).toEqual({ ok: true, value: STATE });
    expect(workspaces.useFolder).toHaveBeenCalledOnce();
  });

  it('refuses other senders without switching', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.workspaceConnect)(eventFrom(url), { fields, password: 'pw' })).resolves.toEqual(REFUSED);
      await expect(handler(IPC.workspaceFolder)(eventFrom(url))).resolves.toEqual(REFUSED);
      await expect(handler(IPC.workspaceState)(eventFrom(url))).rejects.toThrow('Refused');
    }
    expect(workspaces.connect).not.toHaveBeenCalled();
    expect(workspaces.useFolder).not.toHaveBeenCalled();
  });

  it('asks the core open now at each call: a switch takes effect at once', async () => {
    const other = { ...core, invoke: vi.fn(async () => ({ ok: true as const, value: 'other' })) };
    const switching = { ...workspaces, core: core as typeof core };
    registerIpc(switching);
    switching.core = other;
    await expect(handler(IPC.invoke)(app(), { method: 'app.info', input: {} })).resolves.toEqual({ ok: true, value: 'other' });
  });

  it("picks a certificate's path with the native dialog (its path is what is remembered), null when cancelled", async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/etc/ssl/company-ca.crt'] });
    await expect(handler(IPC.pickPath)(app(), { title: 'Company CA certificate', extensions: ['crt', 'pem'] })).resolves.toBe('/etc/ssl/company-ca.crt');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Company CA certificate', properties: ['openFile'] }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handler(IPC.pickPath)(app(), { title: 'Company CA certificate', extensions: ['crt'] })).resolves.toBeNull();
    await expect(handler(IPC.pickPath)(eventFrom('https://evil.example/'), { title: 'x', extensions: ['crt'] })).rejects.toThrow('Refused');
  });
});

describe('openFile', () => {
  const options = { title: 'Import vendors', extensions: ['csv', 'xlsx'] };

  it('shows a native open dialog with the given title and extensions, attached to the calling window', async () => {
    const event = app();
    const parent = new FakeBrowserWindow({});
    FakeBrowserWindow.fromWebContents.mockReturnValueOnce(parent);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await handler(IPC.openFile)(event, options);
    expect(FakeBrowserWindow.fromWebContents).toHaveBeenCalledWith(event.sender);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      title: 'Import vendors',
      properties: ['openFile'],
      filters: [{ name: 'CSV, XLSX', extensions: ['csv', 'xlsx'] }],
    });
  });

  it('returns an opaque ref (never the path) that invoke resolves back to the picked file', async () => {
    const picked = path.join(tmp, 'suppliers 2025.csv');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] });
    const ref = (await handler(IPC.openFile)(app(), options)) as FileRef;
    expect(ref.name).toBe('suppliers 2025.csv');
    expect(JSON.stringify(ref)).not.toContain(tmp);

    await handler(IPC.invoke)(app(), { method: 'vendors.importPreview', input: { file: ref } });
    expect(lastHost?.resolveFile(ref)).toBe(picked);
    expect(() => lastHost?.resolveFile({ ref: 'forged', name: 'x.csv' })).toThrow(/no longer available/);
  });

  it('returns null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handler(IPC.openFile)(app(), options)).resolves.toBeNull();
  });

  it('refuses other senders and invalid options without showing a dialog', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.openFile)(eventFrom(url), options), String(url)).rejects.toThrow('Refused: unknown sender');
    }
    for (const bad of [undefined, 'csv', { title: 'x' }, { title: 'x', extensions: [] }, { title: 'x', extensions: ['.csv'] }, { title: 'x', extensions: ['c/v'] }]) {
      await expect(handler(IPC.openFile)(app(), bad), JSON.stringify(bad)).rejects.toThrow(/Invalid open-file options/);
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('openFiles', () => {
  const options = { title: 'Import list files', extensions: ['csv', 'txt'] };

  it('shows a native multi-select open dialog with the given title and extensions', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await handler(IPC.openFiles)(app(), options);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Import list files',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'CSV, TXT', extensions: ['csv', 'txt'] }],
    });
  });

  it('returns one opaque ref per picked file, each resolving back to its own path', async () => {
    const picked = ['sdn.csv', 'add.csv', 'alt.csv'].map((name) => path.join(tmp, name));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: picked });
    const refs = (await handler(IPC.openFiles)(app(), options)) as FileRef[];
    expect(refs.map((r) => r.name)).toEqual(['sdn.csv', 'add.csv', 'alt.csv']);
    expect(new Set(refs.map((r) => r.ref)).size).toBe(3);
    expect(JSON.stringify(refs)).not.toContain(tmp);

    await handler(IPC.invoke)(app(), { method: 'lists.import', input: { files: refs } });
    expect(refs.map((r) => lastHost?.resolveFile(r))).toEqual(picked);
  });

  it('returns an empty list when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handler(IPC.openFiles)(app(), options)).resolves.toEqual([]);
  });

  it('refuses other senders and invalid options without showing a dialog', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.openFiles)(eventFrom(url), options), String(url)).rejects.toThrow('Refused: unknown sender');
    }
    for (const bad of [undefined, 'csv', { title: 'x' }, { title: 'x', extensions: [] }, { title: 'x', extensions: ['.csv'] }, { title: 'x', extensions: ['c/v'] }]) {
      await expect(handler(IPC.openFiles)(app(), bad), JSON.stringify(bad)).rejects.toThrow(/Invalid open-file options/);
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  const content = 'name,country\nAcme,US\n';
  const options = { fileName: 'vendors.csv', mimeType: 'text/csv', base64: Buffer.from(content).toString('base64') };

  it('proposes the file name, writes the decoded bytes where the user chose, and says so', async () => {
    const target = path.join(tmp, 'chosen.csv');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(handler(IPC.saveFile)(app(), options)).resolves.toEqual({ saved: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'vendors.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(readFileSync(target, 'utf8')).toBe(content);
  });

  it('writes nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(handler(IPC.saveFile)(app(), { ...options, fileName: 'never.csv' })).resolves.toEqual({ saved: false });
    expect(existsSync(path.join(tmp, 'never.csv'))).toBe(false);
  });

  it('reports a failed write in plain words, without the path', async () => {
    const target = path.join(tmp, 'no-such-folder', 'x.csv');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const error = await handler(IPC.saveFile)(app(), options).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Could not save vendors\.csv\./);
    expect((error as Error).message).not.toContain(tmp);
  });

  it('refuses other senders and invalid options without showing a dialog', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.saveFile)(eventFrom(url), options), String(url)).rejects.toThrow('Refused: unknown sender');
    }
    for (const bad of [
      undefined,
      { ...options, fileName: '' },
      { ...options, fileName: '../../.bashrc' },
      { ...options, fileName: 'C:\\Windows\\x.csv' },
      { ...options, base64: 'not base64!' },
      { fileName: 'x.csv', base64: 'AAAA' },
    ]) {
      await expect(handler(IPC.saveFile)(app(), bad), JSON.stringify(bad)).rejects.toThrow(/Invalid save-file options/);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('openEvidence', () => {
  it('asks in a dialog naming the file, attached to the calling window, then opens the stored copy through the system', async () => {
    const event = app();
    const parent = new FakeBrowserWindow({});
    FakeBrowserWindow.fromWebContents.mockReturnValueOnce(parent);
    await expect(handler(IPC.openEvidence)(event, EVIDENCE_ID)).resolves.toEqual({ opened: true });
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ message: 'Open SOC 2 report.pdf?', detail: expect.stringMatching(/^It is a PDF document \(\.pdf\)\./), buttons: ['Open', 'Cancel'], cancelId: 1, defaultId: 1 }),
    );
    expect(shell.openPath).toHaveBeenCalledWith(storedEvidence[EVIDENCE_ID]!.path);
  });

  it.each([
    ['an older copy kept under another extension', LEGACY_ID, '%PDF-1.4 old copy'],
    ['a team workspace\'s file, kept in its database', SHARED_ID, '%PDF-1.4 shared copy'],
  ])('opens %s only from a copy under the decided extension', async (_label, id, content) => {
    electronApp.getPath.mockImplementation((name: string) => (name === 'temp' ? tmp : '/fake/userData'));
    await expect(handler(IPC.openEvidence)(app(), id)).resolves.toEqual({ opened: true });
    const opened = shell.openPath.mock.calls.at(-1)?.[0] as string;
    expect(path.basename(opened)).toBe(`${id}.pdf`);
    expect(readFileSync(opened, 'utf8')).toBe(content);
  });

  it('opens nothing when the user cancels', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(handler(IPC.openEvidence)(app(), EVIDENCE_ID)).resolves.toEqual({ opened: false });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('reports a file the system cannot open in plain words, without the path', async () => {
    shell.openPath.mockResolvedValueOnce('No application is associated with the specified file');
    const error = await handler(IPC.openEvidence)(app(), EVIDENCE_ID).catch((err: unknown) => err);
    expect((error as Error).message).toMatch(/^Could not open SOC 2 report\.pdf\./);
    expect((error as Error).message).not.toContain(tmp);
  });

  it('never starts a program attached as evidence', async () => {
    await expect(handler(IPC.openEvidence)(app(), 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee')).rejects.toThrow(/"setup\.exe" is a Windows program .* Vetter does not open it/);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('refuses other senders, ids that are not evidence ids, and unknown evidence, without a dialog or leaking the core error', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.openEvidence)(eventFrom(url), EVIDENCE_ID), String(url)).rejects.toThrow('Refused: unknown sender');
    }
    for (const bad of [undefined, null, 42, '', '../../etc/passwd', `${EVIDENCE_ID}/..`, { id: EVIDENCE_ID }]) {
      await expect(handler(IPC.openEvidence)(app(), bad), JSON.stringify(bad)).rejects.toThrow('Invalid evidence id');
    }
    const gone = await handler(IPC.openEvidence)(app(), '11111111-2222-4333-8444-555555555555').catch((err: unknown) => err);
    expect((gone as Error).message).toBe('That evidence file is not in Vetter any more.');
    expect(core.evidenceFile).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('openReport', () => {
  const copy = path.join(tmp, 'vetter-reports', `${REPORT_ID}.pdf`);
  beforeEach(() => {
    electronApp.getPath.mockImplementation((name: string) => (name === 'temp' ? tmp : '/fake/userData'));
    rmSync(copy, { force: true });
  });

  it('writes the kept PDF to the temp folder and opens it with the system viewer, without a question', async () => {
    await expect(handler(IPC.openReport)(app(), REPORT_ID)).resolves.toBeUndefined();
    expect(readFileSync(copy)).toEqual(REPORT_PDF);
    expect(shell.openPath).toHaveBeenCalledWith(copy);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('opens the copy already there again (a viewer may hold it open)', async () => {
    await handler(IPC.openReport)(app(), REPORT_ID);
    await handler(IPC.openReport)(app(), REPORT_ID);
    expect(shell.openPath).toHaveBeenCalledTimes(2);
    expect(readFileSync(copy)).toEqual(REPORT_PDF);
  });

  it('reports a machine without a PDF viewer in plain words, without the path', async () => {
    shell.openPath.mockResolvedValueOnce('No application is associated with the specified file');
    const error = await handler(IPC.openReport)(app(), REPORT_ID).catch((err: unknown) => err);
    expect((error as Error).message).toMatch(/^Could not open VR-7K2M9QX4TB\.pdf: .*Save PDF…/);
    expect((error as Error).message).not.toContain(tmp);
  });

  it('refuses other senders, ids that are not report ids, and unknown reports, without leaking the core error', async () => {
    for (const url of strangers) {
      await expect(handler(IPC.openReport)(eventFrom(url), REPORT_ID), String(url)).rejects.toThrow('Refused: unknown sender');
    }
    for (const bad of [undefined, null, 42, '', 'vr-7k2m9qx4tb', 'XR-7K2M9QX4TB', `${REPORT_ID}/..`, '../../vetter.db', { id: REPORT_ID }]) {
      await expect(handler(IPC.openReport)(app(), bad), JSON.stringify(bad)).rejects.toThrow('Invalid report id');
    }
    const gone = await handler(IPC.openReport)(app(), 'PR-0000000000').catch((err: unknown) => err);
    expect((gone as Error).message).toBe('There is no report PR-0000000000 in this database.');
    expect(core.reportPdf).toHaveBeenCalledOnce();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});
