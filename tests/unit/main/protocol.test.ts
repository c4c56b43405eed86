import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static-files';
import { handleAppProtocol, registerAppScheme, resolveAppPath, serveAppRequest } from '../../../electron/main/protocol';

vi.mock('electron', () => import('./electron-mock'));

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vetter-protocol-'));
  root = path.join(tmp, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Vetter</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'inter.woff2'), 'font');
  writeFileSync(path.join(root, 'assets', 'two words.svg'), '<svg/>');
  writeFileSync(path.join(tmp, 'secret.txt'), 'outside the root');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Either refused, or a path strictly inside the renderer root. */
function staysInRoot(url: string): boolean {
  const result = resolveAppPath(url, root);
  return !result.ok || result.filePath.startsWith(root + path.sep);
}

describe('resolveAppPath', () => {
  it('maps app://vetter paths to files under the root, / to index.html', () => {
    expect(resolveAppPath('app://vetter/', root)).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath('app://vetter/index.html', root)).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath('app://vetter/assets/app.js?v=1#x', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'app.js'),
    });
    expect(resolveAppPath('app://vetter/assets/two%20words.svg', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'two words.svg'),
    });
  });

  it('answers 404 for other schemes, other hosts and non-URLs', () => {
    for (const url of ['app://evil/index.html', 'https://vetter/index.html', 'file:///etc/passwd', 'app://vetter:8080/index.html', 'not a url']) {
      expect(resolveAppPath(url, root), url).toEqual({ ok: false, status: 404 });
    }
  });

  it('refuses encoded slashes and backslashes, raw backslashes, NUL bytes and malformed escapes with 403', () => {
    const refused = [
      'app://vetter/%2e%2e%2fsecret.txt',
      'app://vetter/..%2f..%2f..%2fetc/passwd',
      'app://vetter/assets%2F..%2F..%2Fsecret.txt',
      'app://vetter/%2Fetc%2Fpasswd',
      'app://vetter/..%5csecret.txt',
      'app://vetter/..%5C..%5Csecret.txt',
      'app://vetter/..\\secret.txt',
      'app://vetter/index.html%00.png',
      'app://vetter/%00',
      'app://vetter/%E0%A4%A',
    ];
    for (const url of refused) expect(resolveAppPath(url, root), url).toEqual({ ok: false, status: 403 });
  });

  it('never resolves outside the root, whatever the dot segments, encodings or absolute paths', () => {
    const attempts = [
      'app://vetter/../secret.txt',
      'app://vetter/../../../../etc/passwd',
      'app://vetter/assets/../../secret.txt',
      'app://vetter/%2e%2e/secret.txt',
      'app://vetter/%2E%2E/%2e%2e/etc/passwd',
      'app://vetter/.%2e/secret.txt',
      'app://vetter/%252e%252e/secret.txt',
      'app://vetter//etc/passwd',
      'app://vetter///tmp/secret.txt',
      `app://vetter/${encodeURI(path.join(tmp, 'secret.txt'))}`,
      'app://vetter/C:/Windows/win.ini',
      'app://vetter/C:%5CWindows%5Cwin.ini',
      'app://vetter/\\\\server\\share\\x',
    ];
    for (const url of attempts) expect(staysInRoot(url), url).toBe(true);
  });
});

describe('serveAppRequest', () => {
  const serve = (url: string) => serveAppRequest(new Request(url), root);

  it('serves files with their MIME type, the strict CSP and nosniff', async () => {
    const page = await serve('app://vetter/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Vetter</title>');

    expect((await serve('app://vetter/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve('app://vetter/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await serve('app://vetter/assets/inter.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await serve('app://vetter/assets/two%20words.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('the CSP allows only the app itself: no inline or eval scripts, no plugins, no framing, no forms', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('answers refusals and missing files with the CSP too, and never with the file outside', async () => {
    for (const [url, status] of [
      ['app://vetter/missing.js', 404],
      ['app://vetter/assets', 404],
      ['app://vetter/../secret.txt', 404],
      ['app://vetter//etc/passwd', 404],
      ['app://vetter/..%2fsecret.txt', 403],
      ['app://vetter/..%5csecret.txt', 403],
      ['app://other/index.html', 404],
    ] as const) {
      const response = await serve(url);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('outside the root');
    }
  });
});

describe('app scheme registration', () => {
  it('registers app:// as a standard, secure scheme that supports fetch', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app:// by serving the given root', async () => {
    handleAppProtocol(root);
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await handler?.(new Request('app://vetter/index.html'));
    expect(response?.status).toBe(200);
  });
});
