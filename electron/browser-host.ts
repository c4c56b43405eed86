// The browser host: the same renderer and core as the desktop app, served on 127.0.0.1 for a local
// browser where no Electron binary can be had (and for the UI tests).
//
// Who may drive it: the launch link Vetter prints carries a one-time launch token. Its first use hands the page a
// session token (in the page itself, never in a cookie), which the page keeps in its tab's session storage and sends
// as a header with every API request. Cookies would not do: a browser sends a 127.0.0.1 cookie to every server on
// 127.0.0.1, whatever its port, so any other local server the user visits would receive it. A header goes only where
// the page's own script sends it, and session storage belongs to this origin (port included). The link works once;
// a second use, or a use after LAUNCH_LINK_MINUTES, is refused with a page that says so. Other host names (DNS
// rebinding) and cross-origin requests are refused as before. The app's own files (HTML, script, fonts) hold no data
// and are served to any local request with the right Host.
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createChromiumPrinter } from './chromium-printer';
import type { Progress } from './core/contract';
import { type Broadcast, PickedFiles } from './core/host';
import { type Core, openCore } from './core/service';
import { memoryVault, pageUnlocker } from './core/signing/page-unlocker';
import { CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from './core/static-files';
import { localFolder } from './core/workspace/location';
import type { WorkspaceLocation } from './core/workspace/model';
import { openWorkspaceSwitch, type WorkspaceStart, workspaceStart } from './workspace-choice';

/** The request header that carries the session token. */
export const SESSION_HEADER = 'x-vetter-token';
/** How long an unused launch link stays valid. */
const LAUNCH_LINK_MINUTES = 30;
const MAX_JSON_BYTES = 10 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** /api/evidence/<id>: the core looks the id up among its stored files; anything else is not found. */
const EVIDENCE_PATH = /^\/api\/evidence\/([^/]+)$/;
/** /api/reports/<id>.pdf: a kept report's PDF, shown in a browser tab. */
const REPORT_PATH = /^\/api\/reports\/((?:VR|PR)-[0-9A-Z]{10})\.pdf$/;

export interface BrowserHost {
  url: string;
  port: number;
  /** The core on the workspace open now (Settings → Workspace may switch it). */
  readonly core: Core;
  /** Why the remembered team workspace did not open at start (the data folder opened instead), else null. */
  startProblem: string | null;
  close(): Promise<void>;
}

export async function startBrowserHost(opts: {
  /** Where to start (browser-host-main.ts: workspace-choice.ts), or a workspace given as on the command line. */
  workspace: WorkspaceStart | WorkspaceLocation;
  rendererDir: string;
  version: string;
  port?: number;
  packDir?: string;
  workerDir?: string;
}): Promise<BrowserHost> {
  // The event stream of every open page: progress as plain messages, changed data as "changed" events.
  const listeners = new Set<http.ServerResponse>();
  const emitProgress = (p: Progress) => {
    for (const res of listeners) res.write(`data: ${JSON.stringify(p)}\n\n`);
  };
  const broadcast: Broadcast = {
    progress: emitProgress,
    changed: (change) => {
      for (const res of listeners) res.write(`event: changed\ndata: ${JSON.stringify(change)}\n\n`);
    },
  };
  const given = opts.workspace;
  const start = 'folder' in given ? given : workspaceStart({ workspace: given.engine === 'sqlite' ? given.dataDir : given.url }, localFolder(given), false, {});
  // Reports print with the machine's Chromium, Chrome or Edge (the one the app window may be open in), and are signed
  // with a key in the local folder whose passphrase the page asks for, held in this process's memory only.
  const signing = { keysFolder: start.folder, unlocker: pageUnlocker(memoryVault()) };
  const workspaces = await openWorkspaceSwitch(
    start,
    (workspace) =>
      openCore(workspace, { host: 'browser', version: opts.version, packDir: opts.packDir, workerDir: opts.workerDir, makePrinter: () => createChromiumPrinter(), broadcast, signing }),
    broadcast.changed,
  );
  const launch = { token: randomBytes(32).toString('base64url'), used: false, expires: Date.now() + LAUNCH_LINK_MINUTES * 60_000 };
  // Made when the launch link is used; until then no request can reach the API.
  let session: string | null = null;
  const files = new PickedFiles();
  // Uploads in flight stay on this machine, whatever the workspace.
  fs.mkdirSync(start.folder, { recursive: true });
  const incoming = fs.mkdtempSync(path.join(start.folder, 'incoming-'));
  const hostContext = { resolveFile: files.resolve.bind(files), emitProgress };
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[vetter host]', err);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Vetter could not answer that request.');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only our own address: a page on another site resolving its name to 127.0.0.1 (DNS rebinding) is refused.
    if (req.headers.host !== `127.0.0.1:${port}`) return send(res, 403, 'text/plain', 'Refused: wrong host.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // A request another site's page makes (it carries that site's Origin) is refused, whatever it asks.
    if (req.headers.origin !== undefined && req.headers.origin !== `http://127.0.0.1:${port}`) {
      return send(res, 403, 'text/plain', 'Refused: cross-origin request.');
    }
    const launchToken = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && launchToken !== null) return openLaunchLink(res, launchToken);
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers[SESSION_HEADER];
      if (session === null || typeof given !== 'string' || !sameToken(given, session)) {
        return send(res, 403, 'text/plain', 'Refused: open Vetter from the link it printed when it started.');
      }
    }
    if (req.method === 'POST' && url.pathname === '/api/invoke') {
      const body = await readBody(req, MAX_JSON_BYTES);
      let call: { method?: unknown; input?: unknown };
      try {
        call = JSON.parse(body.toString('utf8')) as typeof call;
      } catch {
        return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } });
      }
      if (typeof call?.method !== 'string') {
        return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'The request names no method.' } });
      }
      return sendJson(res, await workspaces.core.invoke(call.method, call.input, hostContext));
    }
    // Settings → Workspace: which workspace this host opens, and switching it (workspace-choice.ts). The person at
    // this computer's, behind the session token as every /api/ request: no role is asked.
    if (req.method === 'GET' && url.pathname === '/api/workspace') return sendJson(res, workspaces.state());
    if (req.method === 'POST' && url.pathname === '/api/workspace/connect') {
      const body = await readBody(req, MAX_JSON_BYTES);
      let input: unknown;
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } });
      }
      return sendJson(res, await workspaces.connect(input));
    }
    if (req.method === 'POST' && url.pathname === '/api/workspace/folder') return sendJson(res, await workspaces.useFolder());
    if (req.method === 'POST' && url.pathname === '/api/files') {
      const name = path.basename(url.searchParams.get('name') ?? 'upload').replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'upload';
      const body = await readBody(req, MAX_UPLOAD_BYTES).catch(() => null);
      if (!body) return sendJson(res, { ok: false, error: { code: 'bad_file', message: 'The file is larger than 100 MB, too large to import.' } });
      const file = path.join(incoming, `${randomUUID()}-${name}`);
      fs.writeFileSync(file, body);
      return sendJson(res, { ok: true, value: files.add(file, name) });
    }
    if (req.method === 'GET' && url.pathname === '/api/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    const evidence = EVIDENCE_PATH.exec(url.pathname);
    if (evidence?.[1] && (req.method === 'GET' || req.method === 'HEAD')) return sendEvidence(res, evidence[1], req.method === 'HEAD');
    const report = REPORT_PATH.exec(url.pathname);
    if (report?.[1] && (req.method === 'GET' || req.method === 'HEAD')) return sendReport(res, report[1], req.method === 'HEAD');
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (url.pathname.startsWith('/api/')) return send(res, 404, 'text/plain', 'Not found.');
      const file = resolveStaticPath(opts.rendererDir, url.pathname);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found.');
      return send(res, 200, mimeType(file), fs.readFileSync(file));
    }
    return send(res, 405, 'text/plain', 'Method not allowed.');
  }

  /**
   * The launch link, once: the app's page with the session token in it (the page moves it to its tab's session
   * storage at once and takes the launch token out of the address bar). A used or expired link gets a page saying so.
   */
  function openLaunchLink(res: http.ServerResponse, given: string): void {
    if (!sameToken(given, launch.token)) {
      return sendPage(res, 403, 'This Vetter link is not valid', 'Open Vetter from the link it printed when it started.');
    }
    if (launch.used) {
      return sendPage(
        res,
        403,
        'This Vetter link was already used',
        'Each link Vetter prints opens it once, so that nobody else can open the same link. Go back to the window it opened, or stop Vetter (Ctrl+C) and start it again for a new link.',
      );
    }
    if (Date.now() > launch.expires) {
      return sendPage(res, 403, 'This Vetter link has expired', `An unused link is valid for ${LAUNCH_LINK_MINUTES} minutes. Stop Vetter (Ctrl+C) and start it again for a new link.`);
    }
    const index = path.join(opts.rendererDir, 'index.html');
    if (!fs.existsSync(index)) return send(res, 404, 'text/plain', 'Not found.');
    launch.used = true;
    session = randomBytes(32).toString('base64url');
    const meta = `<meta name="vetter-session" content="${session}">`;
    const page = fs.readFileSync(index, 'utf8');
    const html = /<head[^>]*>/i.test(page) ? page.replace(/<head[^>]*>/i, (head) => `${head}${meta}`) : page.replace(/^(<!doctype html>)?/i, (doctype) => `${doctype}${meta}`);
    send(res, 200, 'text/html; charset=utf-8', html);
  }

  /**
   * An evidence file as a download, never shown in the page: the browser saves it and the user opens it with
   * their own programs (the page asked first). HEAD gives the name without the bytes, for that question.
   */
  async function sendEvidence(res: http.ServerResponse, id: string, headOnly: boolean): Promise<void> {
    let file: Awaited<ReturnType<Core['evidenceFile']>>;
    try {
      file = await workspaces.core.evidenceFile(id);
    } catch {
      return send(res, 404, 'text/plain', 'That evidence file is not in Vetter any more.');
    }
    // Only the kinds of file the core allows (documents, images, archives), and only under the extension it decided.
    if (!file.type) return send(res, 415, 'text/plain; charset=utf-8', `${file.refusal ?? 'Vetter does not open this kind of file.'} Vetter does not open it; its copy stays in the workspace for the record.`);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Length': file.bytes.length,
      'Content-Disposition': attachment(downloadName(file.fileName, file.type.ext)),
      'X-Vetter-File-Kind': `${file.type.label} (.${file.type.ext})`,
    });
    res.end(headOnly ? undefined : file.bytes);
  }

  /** A report's PDF as kept, shown in the browser's own PDF viewer; HEAD says whether it is there. */
  async function sendReport(res: http.ServerResponse, id: string, headOnly: boolean): Promise<void> {
    let report: { fileName: string; bytes: Buffer };
    try {
      report = await workspaces.core.reportPdf(id);
    } catch {
      return send(res, 404, 'text/plain', `There is no report ${id} in this database.`);
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/pdf',
      'Content-Length': report.bytes.length,
      'Content-Disposition': `inline; filename="${report.fileName}"`,
    });
    res.end(headOnly ? undefined : report.bytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${launch.token}`,
    port,
    get core() {
      return workspaces.core;
    },
    startProblem: workspaces.state().startProblem,
    async close() {
      for (const res of listeners) res.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open keep-alive connections from the browser would otherwise hold the server open.
      server.closeAllConnections();
      await closed;
      await workspaces.close();
      fs.rmSync(incoming, { recursive: true, force: true });
    },
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a request body; past the limit it keeps draining (so an answer can still be sent) and rejects. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => (size <= limit ? resolve(Buffer.concat(chunks)) : reject(new Error('body too large'))));
    req.on('error', reject);
  });
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

/** A plain page with a heading and one sentence, for the launch link's refusals. */
function sendPage(res: http.ServerResponse, status: number, title: string, text: string): void {
  // Unstyled: the page's Content-Security-Policy allows no inline style, and it needs none.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  send(res, status, 'text/html; charset=utf-8', page);
}

/** The file's own name, ending in the extension Vetter decided (added when the name does not end in it). */
function downloadName(fileName: string, ext: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/')).replace(/[. ]+$/, '') || 'evidence';
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}

/** A download under the file's own name: an ASCII fallback, and the exact name in RFC 5987 form. */
function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function sendJson(res: http.ServerResponse, value: unknown): void {
  send(res, 200, 'application/json', JSON.stringify(value));
}
