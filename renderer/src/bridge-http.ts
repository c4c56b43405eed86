// window.vetter for the browser host: the same VetterBridge over HTTP to the page's own origin.
// The host authenticates with an HttpOnly cookie set at launch, so this code never sees a token.
import type { Envelope, FileRef, Progress, VetterBridge } from '../../electron/core/contract';
import { ApiError, ENGINE_DOWN } from './api-error';

function isEnvelope(body: unknown): body is Envelope<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

/** Any answer that is an Envelope is returned as is, whatever its HTTP status; anything else means the host is gone. */
async function postForEnvelope(url: string, init: RequestInit): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, method: 'POST', credentials: 'same-origin' });
  } catch {
    throw new ApiError('unreachable', ENGINE_DOWN);
  }
  const body: unknown = await response.json().catch(() => null);
  if (isEnvelope(body)) return body;
  if (response.status === 401 || response.status === 403) {
    throw new ApiError('unreachable', 'This window is no longer connected to Vetter. Close it and start Vetter again.');
  }
  throw new ApiError('unreachable', ENGINE_DOWN);
}

const progressListeners = new Set<(p: Progress) => void>();
let events: EventSource | null = null;

/** One EventSource for the whole page, opened on first use and kept so no job's first events are missed. */
function ensureEventStream(): void {
  if (events) return;
  events = new EventSource('/api/events', { withCredentials: true });
  events.onmessage = (message: MessageEvent<string>) => {
    let progress: Progress;
    try {
      progress = JSON.parse(message.data) as Progress;
    } catch {
      return; // a keep-alive or malformed line carries no progress
    }
    for (const listener of progressListeners) listener(progress);
  };
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

/** Follows a same-origin link (the session cookie goes with it): a download under `fileName`, or a new tab. */
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

  /** A browser cannot hand a file to the system's programs: it asks, then downloads the file for the user to open. */
  async openEvidence(evidenceId) {
    const href = `/api/evidence/${encodeURIComponent(evidenceId)}`;
    let response: Response;
    try {
      response = await fetch(href, { method: 'HEAD', credentials: 'same-origin' });
    } catch {
      throw new ApiError('unreachable', ENGINE_DOWN);
    }
    if (response.status === 404) throw new ApiError('not_found', 'That evidence file is not in Vetter any more.');
    const fileName = response.ok ? attachmentName(response.headers.get('Content-Disposition')) : null;
    if (!fileName) throw new ApiError('unreachable', ENGINE_DOWN);
    const question = `Download ${fileName}?\n\nYour browser saves it; open it from your downloads with your own programs, and only if you trust where it came from.`;
    if (!window.confirm(question)) return { opened: false };
    follow(href, { download: fileName });
    return { opened: true };
  },
  /** The PDF in a new tab, shown by the browser's own viewer; asked for first, so a missing report is said here. */
  async openReport(reportId) {
    const href = `/api/reports/${encodeURIComponent(reportId)}.pdf`;
    let response: Response;
    try {
      response = await fetch(href, { method: 'HEAD', credentials: 'same-origin' });
    } catch {
      throw new ApiError('unreachable', ENGINE_DOWN);
    }
    if (response.status === 404) throw new ApiError('not_found', `There is no report ${reportId} in this database.`);
    if (!response.ok) throw new ApiError('unreachable', ENGINE_DOWN);
    follow(href, { newTab: true });
  },
};
