// The browser host: 127.0.0.1 only, a one-time launch link that hands the page its session token (a header, never a
// cookie), the same core behind it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BrowserHost, startBrowserHost } from '../../electron/browser-host';
import { newVendorInput } from '../../electron/core/contract';
import { folderOf, tempDir } from '../helpers';

let host: BrowserHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<BrowserHost> {
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.mkdirSync(path.join(renderer, 'assets'));
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(renderer), 'secret.txt'), 'secret');
  host = await startBrowserHost({ workspace: { engine: 'sqlite', dataDir: tempDir() }, rendererDir: renderer, version: 'test' });
  return host;
}

/** A raw request, so that Host, Cookie and paths go out exactly as written. */
function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Opens the launch link as the browser does: the page comes with the session token in it (and no cookie). */
async function login(h: BrowserHost): Promise<string> {
  const url = new URL(h.url);
  const res = await request(h.port, { path: `/${url.search}` });
  expect(res.status).toBe(200);
  expect(res.headers['set-cookie']).toBeUndefined();
  expect(res.headers['cache-control']).toBe('no-store');
  const session = /<meta name="vetter-session" content="([A-Za-z0-9_-]{40,})">/.exec(res.body)?.[1];
  expect(session).toBeDefined();
  return session!;
}

const invoke = (h: BrowserHost, session: string | null, body: unknown) =>
  request(h.port, {
    path: '/api/invoke',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(session ? { 'x-vetter-token': session } : {}) },
    body: JSON.stringify(body),
  });

describe('browser host', () => {
  it('binds 127.0.0.1 and prints a launch link with a long random token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/);
  });

  it('refuses every API request without the session token, and a wrong token; the app\'s own files hold no session', async () => {
    const h = await start();
    expect((await invoke(h, null, { method: 'vendors.list', input: {} })).status).toBe(403);
    expect((await request(h.port, { path: '/api/events' })).status).toBe(403);
    expect((await request(h.port, { path: '/?token=wrong' })).status).toBe(403);
    expect((await invoke(h, 'wrong', { method: 'vendors.list', input: {} })).status).toBe(403);
    // Before the launch link is used there is no session at all, so no token of any length gets in.
    expect((await invoke(h, '', { method: 'vendors.list', input: {} })).status).toBe(403);
    const page = await request(h.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('vetter-session');
    expect((await request(h.port, { path: '/assets/app.js' })).status).toBe(200);
    // A cookie, even holding the real token, is not how a request gets in.
    const session = await login(h);
    expect((await request(h.port, { path: '/api/invoke', method: 'POST', headers: { Cookie: `vetter_token=${session}` }, body: '{}' })).status).toBe(403);
  });

  it('opens the launch link once: a second use is refused with a page that says so', async () => {
    const h = await start();
    await login(h);
    const again = await request(h.port, { path: `/${new URL(h.url).search}` });
    expect(again.status).toBe(403);
    expect(again.headers['content-type']).toMatch(/^text\/html/);
    expect(again.body).toContain('<h1>This Vetter link was already used</h1>');
    expect(again.body).not.toContain('vetter-session');
  });

  it('serves the app and the core once the launch link gave the page its session token', async () => {
    const h = await start();
    const session = await login(h);
    const page = await request(h.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="root"');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const listed = await invoke(h, session, { method: 'vendors.list', input: {} });
    expect(JSON.parse(listed.body)).toEqual({ ok: true, value: { vendors: [] } });
    const invalid = await invoke(h, session, { method: 'vendors.create', input: { legalName: '' } });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { legalName: expect.any(String) } } });
    const garbage = await request(h.port, { path: '/api/invoke', method: 'POST', headers: { 'x-vetter-token': session }, body: '{not json' });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('tells every open page what a write changed, on the event stream beside progress', async () => {
    const h = await start();
    const session = await login(h);
    const received: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: h.port, path: '/api/events', headers: { Host: `127.0.0.1:${h.port}`, 'x-vetter-token': session } }, resolve)
        .on('error', reject);
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => received.push(chunk));
    await invoke(h, session, { method: 'vendors.list', input: {} });
    await invoke(h, session, { method: 'settings.setUser', input: { name: 'Dana' } });
    await expect.poll(() => received.join('')).toContain('event: changed\ndata: {"areas":["settings","audit"]}\n\n');
    // A read changes nothing, so it says nothing.
    expect(received.join('').match(/event: changed/g)).toHaveLength(1);
    stream.destroy();
  });

  it('refuses another Host name (DNS rebinding) and cross-origin posts', async () => {
    const h = await start();
    const session = await login(h);
    expect((await request(h.port, { path: '/', headers: { 'x-vetter-token': session, Host: `evil.example:${h.port}` } })).status).toBe(403);
    const cross = await request(h.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { 'x-vetter-token': session, Origin: 'http://evil.example' },
      body: JSON.stringify({ method: 'demo.load', input: {} }),
    });
    expect(cross.status).toBe(403);
    expect(folderOf(h.core).db.prepare('SELECT count(*) FROM vendors').pluck().get()).toBe(0);
  });

  it('never serves files outside the app', async () => {
    const h = await start();
    const session = await login(h);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const res = await request(h.port, { path: p, headers: { 'x-vetter-token': session } });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('takes an uploaded file and imports it through the same core', async () => {
    const h = await start();
    const session = await login(h);
    const up = await request(h.port, {
      path: `/api/files?name=${encodeURIComponent('../../vendors.csv')}`,
      method: 'POST',
      headers: { 'x-vetter-token': session, 'Content-Type': 'application/octet-stream' },
      body: 'name,country,services\nAcme,US,SaaS\n',
    });
    const file = JSON.parse(up.body);
    expect(file).toMatchObject({ ok: true, value: { ref: expect.any(String), name: 'vendors.csv' } });
    const preview = JSON.parse((await invoke(h, session, { method: 'vendors.importPreview', input: { file: file.value } })).body);
    expect(preview).toMatchObject({ ok: true, value: { rowCount: 1, problemCount: 0 } });
    const run = JSON.parse(
      (await invoke(h, session, { method: 'vendors.importRun', input: { file: file.value, mapping: preview.value.mapping, onDuplicate: 'skip', jobId: 'j' } })).body,
    );
    expect(run).toEqual({ ok: true, value: { created: 1, updated: 0, skipped: 0 } });
  });

  it('hands an evidence file back as a download under its own name, only with the token, 404 when unknown', async () => {
    const h = await start();
    const session = await login(h);
    const body = Buffer.from('%PDF-1.4 SOC 2 Type II report (test)');
    const name = 'SOC 2 Type II 报告.pdf';
    const up = JSON.parse(
      (await request(h.port, { path: `/api/files?name=${encodeURIComponent(name)}`, method: 'POST', headers: { 'x-vetter-token': session }, body })).body,
    );
    const vendor = JSON.parse((await invoke(h, session, { method: 'vendors.create', input: { ...newVendorInput('Example Cloud Ltd') } })).body);
    const added = JSON.parse(
      (await invoke(h, session, { method: 'assessment.addEvidence', input: { vendorId: vendor.value.id, criterionId: 'A1', file: up.value } })).body,
    );
    expect(added).toMatchObject({ ok: true, value: { id: expect.any(String), fileName: name } });
    const url = `/api/evidence/${added.value.id}`;

    const res = await request(h.port, { path: url, headers: { 'x-vetter-token': session } });
    expect(res.status).toBe(200);
    expect(res.body).toBe(body.toString('utf8'));
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="SOC 2 Type II __.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(res.headers['x-vetter-file-kind']).toBe('PDF document (.pdf)');
    const head = await request(h.port, { path: url, method: 'HEAD', headers: { 'x-vetter-token': session } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-disposition']).toBe(res.headers['content-disposition']);

    expect((await request(h.port, { path: url })).status).toBe(403);
    expect((await request(h.port, { path: url, headers: { 'x-vetter-token': 'wrong' } })).status).toBe(403);
    for (const p of ['/api/evidence/11111111-2222-4333-8444-555555555555', '/api/evidence/not-an-id', '/api/evidence/..%2f..%2fvetter.db', '/api/evidence/']) {
      const missing = await request(h.port, { path: p, headers: { 'x-vetter-token': session } });
      expect(missing.status, p).toBe(404);
      expect(missing.headers['content-disposition'], p).toBeUndefined();
    }
  });

  it('refuses evidence that is a program, whatever its name, and never hands out a stored program', async () => {
    const h = await start();
    const session = await login(h);
    const upload = async (name: string, body: Buffer) =>
      JSON.parse((await request(h.port, { path: `/api/files?name=${encodeURIComponent(name)}`, method: 'POST', headers: { 'x-vetter-token': session }, body })).body).value;
    const vendor = JSON.parse((await invoke(h, session, { method: 'vendors.create', input: { ...newVendorInput('Example Cloud Ltd') } })).body);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]);
    const name = `${'q'.repeat(108)}.exe.pdf`;
    const refused = JSON.parse((await invoke(h, session, { method: 'assessment.addEvidence', input: { vendorId: vendor.value.id, criterionId: 'A1', file: await upload(name, exe) } })).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_file', message: expect.stringMatching(/is a Windows program .*Nothing was attached\.$/) } });
    // A program an older Vetter kept (under its own name): listed, but never handed out.
    const id = '99999999-8888-4777-8666-555555555555';
    const dir = path.join(folderOf(h.core).dataDir, 'evidence', vendor.value.id);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${id}-setup.exe`), exe);
    folderOf(h.core)
      .db.prepare('INSERT INTO evidence_files (id, vendor_id, criterion_id, file_name, stored_name, sha256, size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, vendor.value.id, 'A1', 'setup.exe', `${id}-setup.exe`, 'x', exe.length, 'old', new Date().toISOString());
    for (const method of ['HEAD', 'GET']) {
      const res = await request(h.port, { path: `/api/evidence/${id}`, method, headers: { 'x-vetter-token': session } });
      expect(res.status).toBe(415);
      expect(res.headers['content-disposition']).toBeUndefined();
      if (method === 'GET') expect(res.body).toMatch(/^"setup\.exe" is a Windows program .* Vetter does not open it/);
    }
  });

  it('prints reports with the system Chromium and shows a kept PDF inline, only with the token, 404 when unknown', async () => {
    const h = await start();
    const session = await login(h);
    const vendor = JSON.parse((await invoke(h, session, { method: 'vendors.create', input: newVendorInput('Example Cloud Ltd') })).body);
    // A report is signed by its preparer: the page unlocks their key first (made on first use), held for the session.
    const refused = JSON.parse((await invoke(h, session, { method: 'reports.vendor', input: { vendorId: vendor.value.id, jobId: 'r0' } })).body);
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/has no signing key on this machine yet: choose a passphrase for it in the Signing dialog/) } });
    expect(JSON.parse((await invoke(h, session, { method: 'signing.unlock', input: { passphrase: 'a passphrase for tests' } })).body)).toMatchObject({ ok: true, value: { created: true } });
    const made = JSON.parse((await invoke(h, session, { method: 'reports.vendor', input: { vendorId: vendor.value.id, jobId: 'r1' } })).body);
    expect(made).toMatchObject({ ok: true, value: { id: expect.stringMatching(/^VR-[0-9A-Z]{10}$/), kind: 'vendor' } });
    const url = `/api/reports/${made.value.id}.pdf`;

    const res = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: h.port, path: url, headers: { Host: `127.0.0.1:${h.port}`, 'x-vetter-token': session } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${made.value.id}.pdf"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(createHash('sha256').update(res.body).digest('hex')).toBe(made.value.pdfSha256);
    const head = await request(h.port, { path: url, method: 'HEAD', headers: { 'x-vetter-token': session } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');

    expect((await request(h.port, { path: url })).status).toBe(403);
    expect((await request(h.port, { path: url, headers: { 'x-vetter-token': 'wrong' } })).status).toBe(403);
    for (const p of ['/api/reports/VR-0000000000.pdf', `/api/reports/${made.value.id}`, `/api/reports/${made.value.id.toLowerCase()}.pdf`, '/api/reports/..%2fvetter.db']) {
      const missing = await request(h.port, { path: p, headers: { 'x-vetter-token': session } });
      expect(missing.status, p).toBe(404);
      expect(missing.headers['content-type'], p).not.toBe('application/pdf');
    }
  }, 60_000);
});
