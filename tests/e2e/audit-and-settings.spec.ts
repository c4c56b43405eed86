import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, screenshot, test } from './fixtures';

test('settings rename the user as shown; the audit log records the account that did what and verifies intact', async ({ page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Data folder', { exact: true })).toBeVisible();
  const name = page.getByLabel('Your name');
  await name.fill('Ada Analyst');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('You are shown as Ada Analyst')).toBeVisible();
  await expect(page.getByRole('link', { name: /Recording as\s*Ada Analyst/ })).toBeVisible();
  await screenshot(page, 'settings');

  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();

  await page.getByRole('link', { name: 'Audit log' }).click();
  const rows = page.locator('tr.audit-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(25);
  // What the user did is recorded under their account (the browser host runs as this test's OS account), whatever
  // name they are shown by: a typed name is a label, never who acts.
  const account = os.userInfo().username;
  await expect(rows.filter({ hasText: 'Vendor created' }).first()).toContainText(account);
  await expect(rows.filter({ hasText: 'Changed the name shown' }).first()).toContainText(`${account} from ${account} to Ada Analyst`);
  // Newest first: sequence numbers go down.
  const firstSeq = Number((await rows.first().locator('.col-seq').textContent())?.replace(/\D/g, ''));
  const secondSeq = Number((await rows.nth(1).locator('.col-seq').textContent())?.replace(/\D/g, ''));
  expect(firstSeq).toBeGreaterThan(secondSeq);

  // Enter on a row's button shows the recorded values (of the newest vendor: the demo also records other things).
  const toggle = rows.filter({ hasText: 'Vendor created' }).first().getByRole('button');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.audit-detail').first().getByRole('rowheader', { name: 'Legal name' })).toBeVisible();

  await page.getByRole('button', { name: 'Verify audit chain' }).click();
  await expect(page.getByText(/^Audit chain intact: \d+ events checked$/)).toBeVisible();
  await screenshot(page, 'audit-log');
});

test('a tampered audit log is reported as broken, with what to do about it', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();

  // Someone edits the database file behind Vetter's back.
  const db = new Database(path.join(host.dataDir, 'vetter.db'));
  try {
    // Past the trigger that refuses it, as anyone holding the file can drop it: the hash chain still tells.
    db.exec('DROP TRIGGER audit_events_immutable_update');
    db.prepare("UPDATE audit_events SET actor = 'Mallory' WHERE seq = 3").run();
  } finally {
    db.close();
  }

  await page.getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('button', { name: 'Verify audit chain' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Audit chain broken at event #3' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Restore Vetter');
  await expect(alert).toContainText('contact your administrator');
  await screenshot(page, 'audit-log-broken');
});

test('when the engine stops, the app says so in plain words', async ({ page, host }) => {
  // The first screen must have loaded before the engine stops, or its own load fails first.
  const loadDemo = page.getByRole('button', { name: 'Load demo data' });
  await expect(loadDemo).toBeVisible();
  await host.stop();
  await loadDemo.click();
  await expect(page.getByText("Vetter's engine is not responding. Restart Vetter.")).toBeVisible();
});
