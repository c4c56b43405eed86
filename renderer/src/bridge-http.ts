// window.vetter for the browser host: the same VetterBridge over HTTP to the page's own origin.
//
// The host hands this page a session token once, inside the page its launch link opened (a meta tag); it is kept in
// this tab's session storage (which belongs to this origin, port included, and survives a reload) and sent as a
// header with every API request. It is never a cookie: browsers send 127.0.0.1 cookies to every local server,
// whatever its port. The launch token is taken out of the address bar at once (the link works only once anyway).
import type { DataChange, Envelope, FileRef, Progress, VetterBridge, WorkspaceChoiceState } from '../../electron/core/contract';
import { ApiError, ENGINE_DOWN } from './api-error';

const SESSION_KEY = 'vetter-session';
const SESSION_HEADER = 'X-Vetter-Token';
const DISCONNECTED = 'This window is no longer connected to Vetter. Close it and start Vetter again.';

/** Moves the session token from the page into session storage, and the launch token out of the address bar. */
function captureSession(): void {
  if (typeof document === 'undefined' || typeof window === 'undefined' || window.location.protocol === 'app:') return;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="vetter-session"]');
  if (meta?.content) {
    try {
      window.sessionStorage.setItem(SESSION_KEY, meta.content);
    } catch {
      // Storage refused (a locked-down profile): the token stays in this page's memory only.
      memorySession = meta.content;
    }
    meta.remove();
  }
  if (new URLSearchParams(window.location.search).has('token')) window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
}

let memorySession: string | null = null;
captureSession();

function sessionHeaders(): Record<string, string> {
  let token = memorySession;
  try {
    token ??= window.sessionStorage.getItem(SESSION_KEY);
  } catch {
    // as above
  }
  return token ? { [SESSION_HEADER]: token } : {};
}

/** A request to the page's own host, with the session token. */
function hostFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, credentials: 'omit', cache: 'no-store', headers: { ...(init.headers as Record<string, string> | undefined), ...sessionHeaders() } });
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

/** Any answer that is an Envelope is returned as is, whatever its HTTP status; anything else means the host is gone. */
async function postForEnvelope(url: string, init: RequestInit): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await hostFetch(url, { ...init, method: 'POST' });
  } catch {
    throw new ApiError('unreachable', ENGINE_DOWN);
  }
  const body: unknown = await response.json().catch(() => null);
  if (isEnvelope(body)) return body;
  if (response.status === 401 || response.status === 403) throw new ApiError('unreachable', DISCONNECTED);
  throw new ApiError('unreachable', ENGINE_DOWN);
}

const progressListeners = new Set<(p: Progress) => void>();
const changeListeners = new Set<(change: DataChange) => void>();
let events = false;

/**
 * One event stream for the whole page, opened on first use and kept so no job's first events are missed. It is read
 * with fetch (an EventSource cannot send the session header), and opened again after a pause if it drops.
 */
function ensureEventStream(): void {
  if (events) return;
  events = true;
  void readEvents();
}

async function readEvents(): Promise<void> {
  try {
    const response = await hostFetch('/api/events', { headers: { Accept: 'text/event-stream' } });
    if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  } catch {
    // The host is gone or restarting: try again shortly, as an EventSource would.
  }
  setTimeout(() => void readEvents(), 2000);
}

/** One server-sent event: a "changed" event's data is a DataChange, a plain message's a Progress; comments
 *  (keep-alives) carry none. */
function dispatch(block: string): void {
  const lines = block.split('\n');
  const data = lines
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trimStart())
    .join('\n');
  if (!data) return;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return; // a malformed line carries nothing
  }
  if (lines.some((line) => line.trim() === 'event: changed')) for (const listener of changeListeners) listener(message as DataChange);
  else for (const listener of progressListeners) listener(message as Progress);
}

/** A hidden file input; resolves with the chosen files, none when the user cancels. */
function pickFiles(extensions: string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.multiple = multiple;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Hands a picked file to the host, which keeps it and answers with the opaque ref the core resolves. */
async function upload(file: File): Promise<FileRef> {
  const envelope = await postForEnvelope(`/api/files?name=${encodeURIComponent(file.name)}`, {
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as FileRef;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The exact file name a download from the host carries (its RFC 5987 form), for asking the user about it by name. */
function attachmentName(disposition: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}

/** Follows a link to a blob this page holds: a download under `fileName`, or a new tab. */
function follow(href: string, target: { download: string } | { newTab: true }): void {
  const link = document.createElement('a');
  link.href = href;
  if ('download' in target) link.download = target.download;
  else {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

async function hostRequest(href: string, method: 'GET' | 'HEAD'): Promise<Response> {
  try {
    return await hostFetch(href, { method });
  } catch {
    throw new ApiError('unreachable', ENGINE_DOWN);
  }
}

export const httpBridge: VetterBridge = {
  invoke(method, input) {
    return postForEnvelope('/api/invoke', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method, input }),
    });
  },

  onProgress(listener) {
    ensureEventStream();
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  },

  onChanged(listener) {
    ensureEventStream();
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },

  async openFile({ extensions }) {
    const [file] = await pickFiles(extensions, false);
    return file ? upload(file) : null;
  },

  async openFiles({ extensions }) {
    const files = await pickFiles(extensions, true);
    // One after another: the host writes each upload to disk, and an OFAC set is only a few files.
    const refs: FileRef[] = [];
    for (const file of files) refs.push(await upload(file));
    return refs;
  },

  async saveFile({ fileName, mimeType, base64 }) {
    const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mimeType }));
    follow(url, { download: fileName });
    // The download has started by the next task; revoking later is only to free memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true };
  },

  /**
   * A browser cannot hand a file to the system's programs: it asks (naming the file and its kind), then downloads the
   * file for the user to open. Kinds Vetter does not open (a program attached by an older version) are refused here.
   */
  async openEvidence(evidenceId) {
    const href = `/api/evidence/${encodeURIComponent(evidenceId)}`;
    const head = await hostRequest(href, 'HEAD');
    if (head.status === 404) throw new ApiError('not_found', 'That evidence file is not in Vetter any more.');
    if (head.status === 415) throw new ApiError('bad_file', (await hostRequest(href, 'GET').then((r) => r.text())) || 'Vetter does not open this kind of file.');
    if (head.status === 403) throw new ApiError('unreachable', DISCONNECTED);
    const fileName = head.ok ? attachmentName(head.headers.get('Content-Disposition')) : null;
    if (!fileName) throw new ApiError('unreachable', ENGINE_DOWN);
    const kind = head.headers.get('X-Vetter-File-Kind');
    const question = `Download ${fileName}${kind ? ` (${kind})` : ''}?\n\nYour browser saves it; open it from your downloads with your own programs, and only if you trust where it came from.`;
    if (!window.confirm(question)) return { opened: false };
    const file = await hostRequest(href, 'GET');
    if (!file.ok) throw new ApiError('unreachable', ENGINE_DOWN);
    const url = URL.createObjectURL(await file.blob());
    follow(url, { download: fileName });
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { opened: true };
  },
  /** The PDF in a new tab, shown by the browser's own viewer; asked for first, so a missing report is said here. */
  async openReport(reportId) {
    const href = `/api/reports/${encodeURIComponent(reportId)}.pdf`;
    const response = await hostRequest(href, 'GET');
    if (response.status === 404) throw new ApiError('not_found', `There is no report ${reportId} in this database.`);
    if (response.status === 403) throw new ApiError('unreachable', DISCONNECTED);
    if (!response.ok) throw new ApiError('unreachable', ENGINE_DOWN);
    const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: 'application/pdf' }));
    follow(url, { newTab: true });
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  },

  workspace: {
    async state() {
      const response = await hostRequest('/api/workspace', 'GET');
      if (response.status === 403) throw new ApiError('unreachable', DISCONNECTED);
      if (!response.ok) throw new ApiError('unreachable', ENGINE_DOWN);
      return (await response.json()) as WorkspaceChoiceState;
    },
    connect: (fields, password) =>
      postForEnvelope('/api/workspace/connect', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fields, password }) }) as Promise<Envelope<WorkspaceChoiceState>>,
    useFolder: () => postForEnvelope('/api/workspace/folder', {}) as Promise<Envelope<WorkspaceChoiceState>>,
    // A browser's file input never gives a file's path: the certificate paths are typed (WorkspaceChoiceState.picksPaths).
    pickPath: () => Promise.resolve(null),
  },
};
