import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSecurity, isAllowedRequest, lockDownSession, lockDownWebContents } from '../../../electron/main/security';
import { app, FakeWebContents, fakeSession } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

// The fakes implement only what the security module touches.
const session = fakeSession as unknown as Session;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function lockedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  lockDownWebContents(contents as unknown as WebContents);
  return contents;
}

/** Emits a cancellable event the way Electron does and says whether a listener prevented it. */
function prevented(contents: FakeWebContents, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('navigation', () => {
  it('denies navigating or redirecting anywhere but app://vetter', () => {
    const contents = lockedContents();
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://evil/index.html', 'app://x@vetter/', 'javascript:alert(1)']) {
      expect(prevented(contents, 'will-navigate', url), url).toBe(true);
      expect(prevented(contents, 'will-redirect', url), url).toBe(true);
    }
  });

  it('lets the app move within app://vetter', () => {
    const contents = lockedContents();
    expect(prevented(contents, 'will-navigate', 'app://vetter/index.html')).toBe(false);
    expect(prevented(contents, 'will-redirect', 'app://vetter/')).toBe(false);
  });

  it('denies window.open, even to app://vetter', () => {
    const contents = lockedContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => { action: string };
    expect(handler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://vetter/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const contents = lockedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('applies to every web contents the app creates', () => {
    installSecurity(session);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(prevented(contents, 'will-navigate', 'https://example.com')).toBe(true);
  });
});

describe('session', () => {
  beforeEach(() => lockDownSession(session));

  it('denies every permission request and check', () => {
    const request = fakeSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (w: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const check = fakeSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (w: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write')).toBe(false);
    const device = fakeSession.setDevicePermissionHandler.mock.calls[0]?.[0] as (d: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('watches every request (no URL filter) and cancels all that would leave the app', () => {
    const args = fakeSession.webRequest.onBeforeRequest.mock.calls[0] ?? [];
    expect(args).toHaveLength(1);
    const listener = args[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    for (const url of ['https://example.com/x.js', 'http://localhost:3000/', 'ws://127.0.0.1/', 'wss://example.com/', 'ftp://example.com/f', 'file:///etc/passwd']) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
    expect(decide('app://vetter/index.html')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(console.warn).toHaveBeenCalledWith('[security] blocked request: https://example.com/x.js');
  });

  it('isAllowedRequest refuses anything it cannot parse', () => {
    expect(isAllowedRequest('')).toBe(false);
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});
