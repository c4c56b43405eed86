import http from 'node:http';
import { expect, test } from './fixtures';

const SESSION = 'vetter-session';

test('the API needs the session token, which travels in a header and never in a cookie', async ({ page, host, playwright }) => {
  // The page itself got in through the launch link, which is gone from the address bar.
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/#/vendors`);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const token = await page.evaluate((key) => sessionStorage.getItem(key), SESSION);
  expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  expect(host.launchUrl).not.toContain(token!);

  // A fresh client without the token is refused, whatever it asks.
  const stranger = await playwright.request.newContext();
  try {
    const invoke = await stranger.post(`${host.origin}/api/invoke`, { data: { method: 'vendors.list', input: {} } });
    expect(invoke.status()).toBe(403);
    const upload = await stranger.post(`${host.origin}/api/files?name=x.csv`, { data: 'name\nx' });
    expect(upload.status()).toBe(403);
    const events = await stranger.get(`${host.origin}/api/events`);
    expect(events.status()).toBe(403);
    const forged = await stranger.post(`${host.origin}/api/invoke`, { data: { method: 'vendors.list', input: {} }, headers: { 'X-Vetter-Token': 'not-the-token' } });
    expect(forged.status()).toBe(403);
    const asCookie = await stranger.post(`${host.origin}/api/invoke`, { data: { method: 'vendors.list', input: {} }, headers: { Cookie: `vetter_token=${token}` } });
    expect(asCookie.status()).toBe(403);
    const wrongLaunch = await stranger.get(`${host.origin}/?token=guessed`, { maxRedirects: 0 });
    expect(wrongLaunch.status()).toBe(403);
    // With the page's token, the same request is answered.
    const own = await stranger.post(`${host.origin}/api/invoke`, { data: { method: 'app.info', input: {} }, headers: { 'X-Vetter-Token': token! } });
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { ok: boolean }).ok).toBe(true);
  } finally {
    await stranger.dispose();
  }

  // A reload keeps the window connected (the token is in this tab's session storage).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
});

test('no other local server ever receives the token, whatever the user browses to', async ({ page, host }) => {
  // Another local server, on another port, recording everything it is sent.
  const seen: string[] = [];
  const other = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}\n${JSON.stringify(req.headers)}`);
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Another local app</title><img src="/pixel.png"><script>fetch("/api/invoke", { method: "POST", credentials: "include" })</script>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const otherPort = (other.address() as { port: number }).port;
  try {
    // The app working: a vendor added, the list and the audit log read, so the token has been sent many times.
    await page.getByRole('button', { name: 'Add a vendor' }).click();
    await page.getByLabel('Legal name').fill('Acme Cloud Ltd');
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Cloud Ltd' })).toBeVisible();
    const token = await page.evaluate((key) => sessionStorage.getItem(key), SESSION);
    expect(token).toBeTruthy();

    // The user visits the other local app in the same browser (same profile, same cookie jar), twice.
    const tab = await page.context().newPage();
    await tab.goto(`http://127.0.0.1:${otherPort}/`);
    await expect(tab).toHaveTitle('Another local app');
    await tab.goto(`http://127.0.0.1:${otherPort}/api/invoke?again`);
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(4);
    await tab.close();

    // It got requests, and in none of them the session token or the launch link's token.
    const launchToken = new URL(host.launchUrl).searchParams.get('token')!;
    for (const request of seen) {
      expect(request).not.toContain(token!);
      expect(request).not.toContain(launchToken);
      expect(request.toLowerCase()).not.toContain('vetter');
    }
  } finally {
    other.close();
  }
});

test('the launch link works once: a second use gets a page saying so, and the first window goes on working', async ({ page, host, browser }) => {
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  const elsewhere = await browser.newContext();
  try {
    const second = await elsewhere.newPage();
    const response = await second.goto(host.launchUrl);
    expect(response?.status()).toBe(403);
    await expect(second.getByRole('heading', { name: 'This Vetter link was already used' })).toBeVisible();
    await expect(second.getByText(/Each link Vetter prints opens it once/)).toBeVisible();
    expect(await second.evaluate((key) => sessionStorage.getItem(key), SESSION)).toBeNull();
  } finally {
    await elsewhere.close();
  }
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
});
