// The app is offline by design and shows only its own pages: every web content is locked to
// app://vetter, and the session refuses permissions and any request that would leave the machine.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** Schemes a page may load from; everything else (http, https, ws, wss, ftp, file, ...) is cancelled. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function isAllowedRequest(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[security] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No filter argument: the listener sees every request, whatever its scheme.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`[security] blocked request: ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export function lockDownWebContents(contents: WebContents): void {
  const denyUnlessApp = (event: Electron.Event, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    console.warn(`[security] blocked navigation: ${url}`);
  };
  contents.on('will-navigate', denyUnlessApp);
  contents.on('will-redirect', denyUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] blocked window.open: ${url}`);
    return { action: 'deny' };
  });
}

/** Call before any window exists, so no web contents escapes the rules. */
export function installSecurity(session: Session): void {
  lockDownSession(session);
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
}
