// Scores that separate what we know from what we don't (#15), through real clicks: a second report of a recorded event
// attached as another source raises the score; the dashboard reads known risk by default and lists what is not yet
// assessed; the vendor page shows coverage beside the score.
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const shot = (page: Page, name: string) => screenshot(page, `scores-${name}`);

async function openVendor(page: Page, search: string, legalName: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Vendors/ }).click();
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill(search);
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: legalName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: legalName })).toBeVisible();
}

const points = async (page: Page) => Number(((await page.getByTestId('risk-score').textContent()) ?? '').replace(/,/g, '').trim());

test('a second report of a recorded event is attached as another source, and the score rises', async ({ page }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  await openVendor(page, 'alibaba cloud', 'Alibaba Cloud (Singapore) Private Limited');
  const risk = page.getByRole('region', { name: 'Risk score' });
  await expect(page.getByTestId('score-coverage')).toContainText(/% assessed · 0 of \d+ answered, 0 verified/);
  await expect(risk).toContainText('Not yet assessed');
  const before = await points(page);

  const panel = page.getByRole('region', { name: 'Allegations' });
  await panel.getByRole('button', { name: 'Record allegation…' }).click();
  const form = page.getByRole('dialog', { name: 'Record an allegation' });
  await form.getByRole('radio', { name: /Alibaba Group Holding Limited/ }).check();
  await form.getByLabel('Source title').fill('US memo says Alibaba gave PLA access to customer data');
  await form.getByLabel('Publisher').fill('Reuters');
  await form.getByLabel('Source type').selectOption('major press');
  await form.getByLabel('Publication date').fill('2025-11-16');
  await form.getByLabel('Claim 1 category').selectOption('state access to customer data');
  await form.getByLabel('Claim 1', { exact: true }).fill('Reports the same memo: customer data shared with the PLA.');
  const attach = form.getByRole('button', { name: /^Attach as another source to: White House national security memo/ });
  await expect(attach).toBeVisible();
  await expect(form).toContainText('shares the claim “state access to customer data”; 1 day apart');
  await shot(page, 'allegation-attach-offer');
  await attach.click();
  await expect(form).toBeHidden();

  const memo = panel.getByRole('article', { name: /White House national security memo/ });
  await expect(memo).toContainText('Sources (2) · 2 independent publishers');
  await expect(memo.locator('.source-list li')).toHaveCount(2);
  await expect(memo.locator('.source-list li').nth(1)).toContainText('Reuters · major press');
  // Only one allegation more was not recorded: the report is a source, not a second allegation.
  await expect(panel.getByRole('article')).toHaveCount(2);
  await expect.poll(() => points(page)).toBeGreaterThan(before);
  await expect(risk.getByRole('table', { name: 'Factors of the score' })).toContainText('Independent publishers also reporting it: Reuters (0.6)');
  await memo.scrollIntoViewIfNeeded();
  await shot(page, 'allegation-with-sources');
  await risk.scrollIntoViewIfNeeded();
  await shot(page, 'vendor-score');

  // The same publisher again adds nothing.
  const raised = await points(page);
  await memo.getByRole('button', { name: 'Add a source…' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source' });
  await add.getByLabel('Source title').fill('Alibaba denies memo claims');
  await add.getByLabel('Publisher').fill('reuters');
  await add.getByLabel('Publication date').fill('2025-11-17');
  await add.getByRole('button', { name: 'Add source' }).click();
  await expect(add).toBeHidden();
  await expect(memo.locator('.source-list li')).toHaveCount(3);
  await expect(memo).toContainText('Sources (3) · 2 independent publishers');
  await expect(risk.getByRole('table', { name: 'Factors of the score' })).toContainText('1 further report by a publisher already counted adds nothing');
  expect(await points(page)).toBe(raised);
});

test('the dashboard reads known risk by default, and switches to include what is not yet assessed', async ({ page }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const known = page.getByRole('radio', { name: 'Known risk only' });
  await expect(known).toBeChecked();
  const drivers = page.getByRole('table', { name: 'Top drivers' });
  await expect(drivers).toBeVisible();
  // Known risk: no unanswered question among the drivers.
  await expect(drivers).not.toContainText(/^(T|A|R|J|E)\d /m);
  const unassessed = page.getByRole('region', { name: 'Not yet assessed' });
  await expect(unassessed).toContainText(/\d+ vendors with questions still open/);
  await expect(page.getByRole('heading', { name: 'Vendors by known risk' })).toBeVisible();
  await expect(page.locator('.heat-cell.heat-zone-severe').first()).toBeAttached();
  await shot(page, 'dashboard-known');

  await page.getByRole('radio', { name: 'Including not yet assessed' }).check();
  await expect(page.getByRole('heading', { name: 'Vendors by known risk and not yet assessed' })).toBeVisible();
  await expect(drivers).toContainText('J1 Compelled assistance to state intelligence');
  await shot(page, 'dashboard-with-unassessed');
  // Keyboard: back to known risk with the arrow keys of the radio group.
  await page.getByRole('radio', { name: 'Including not yet assessed' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(known).toBeChecked();
});
