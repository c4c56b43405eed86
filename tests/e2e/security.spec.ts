import { expect, test } from './fixtures';

test('the API refuses requests without the session cookie, which scripts cannot read', async ({ page, host, playwright }) => {
  // The page itself got in through the launch link.
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]?.httpOnly).toBe(true);
  expect(cookies[0]?.sameSite).toBe('Strict');
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // A fresh client with no cookie is refused, whatever it asks.
  const stranger = await playwright.request.newContext();
  try {
    const invoke = await stranger.post(`${host.origin}/api/invoke`, { data: { method: 'vendors.list', input: {} } });
    expect(invoke.status()).toBe(403);
    const upload = await stranger.post(`${host.origin}/api/files?name=x.csv`, { data: 'name\nx' });
    expect(upload.status()).toBe(403);
    const events = await stranger.get(`${host.origin}/api/events`);
    expect(events.status()).toBe(403);
    const forged = await stranger.post(`${host.origin}/api/invoke`, {
      data: { method: 'vendors.list', input: {} },
      headers: { Cookie: `${cookies[0]?.name}=not-the-token` },
    });
    expect(forged.status()).toBe(403);
    const wrongLaunch = await stranger.get(`${host.origin}/?token=guessed`, { maxRedirects: 0 });
    expect(wrongLaunch.status()).toBe(403);
  } finally {
    await stranger.dispose();
  }

  // The same request from the app's page, with its cookie, is answered.
  const own = await page.request.post(`${host.origin}/api/invoke`, { data: { method: 'app.info', input: {} } });
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { ok: boolean }).ok).toBe(true);
});
