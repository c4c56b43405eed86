// Serves the built renderer from app://vetter/ so the UI never runs from file:// (which has
// extra privileges and no origin of its own) and every response carries the strict CSP.
// The path mapping, CSP and MIME table are shared with the browser host (core/static-files).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

export type AppPath = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

/**
 * Maps an app:// request URL to a file under `root`, or refuses it: 404 for anything that is not
 * app://vetter, 403 for a path that tries to leave `root` or smuggles a separator in encoded form
 * (a file name of ours never contains %2F, %5C or a backslash).
 */
export function resolveAppPath(requestUrl: string, root: string): AppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  if (/%2f|%5c|\\/i.test(url.pathname)) return { ok: false, status: 403 };
  const filePath = resolveStaticPath(root, url.pathname);
  return filePath === null ? { ok: false, status: 403 } : { ok: true, filePath };
}

function refusal(status: 403 | 404): Response {
  return new Response(status === 404 ? 'Not found' : 'Forbidden', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** Answers one app:// request. Reads with fs (asar-aware) rather than net.fetch(file://), which the request filter blocks. */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  const target = resolveAppPath(request.url, root);
  if (!target.ok) return refusal(target.status);
  const body = await readFile(target.filePath).catch(() => null);
  if (body === null) return refusal(404); // missing, or a directory
  return new Response(body, {
    headers: {
      'Content-Type': mimeType(target.filePath),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Must run before the app is ready: scheme privileges can only be granted then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: serve `root` (the built renderer) on app://. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
