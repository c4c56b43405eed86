import path from 'node:path';
import { api, expect as baseExpect, screenshot, test } from './fixtures';

const SHOTS = path.resolve(__dirname, '../../test-results/screenshots');

// A generous wait for each step on a loaded machine (the default is 5 s): how long a step takes is not what is checked.
const expect = baseExpect.configure({ timeout: 60_000 });

// Less clicking (#15): vendors ticked with the keyboard and the mouse, sent questionnaires in one zip, screened again
// together with progress; several
// hits reviewed with one decision and reason (refused as a whole while a blocking match is among them in a one-person
// workspace); the risk tier filter.
test('bulk actions: select vendors, screen them again, review several hits at once, filter by risk tier', async ({ page }) => {
  test.setTimeout(300_000);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Vendors' });
  const bar = page.getByRole('region', { name: 'Selected vendors' });

  // The keyboard: Space ticks the focused row, Shift+ArrowDown ticks the rows passed over.
  await grid.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(bar).toContainText('3 vendors selected');
  // The mouse: a checkbox ticks one more; Ctrl+click on a row another, without opening it.
  await grid.getByRole('checkbox', { name: /^Select / }).nth(5).click();
  await grid.getByRole('row').nth(8).click({ modifiers: ['ControlOrMeta'] });
  await expect(bar).toContainText('5 vendors selected');
  await expect(page.getByRole('heading', { level: 1, name: 'Vendors' })).toBeVisible();
  await screenshot(page, 'bulk-vendor-selection');

  // A questionnaire each, in one zip: the browser host downloads it.
  await bar.getByRole('button', { name: 'Send questionnaires…' }).click();
  const send = page.getByRole('dialog', { name: 'Send questionnaires to 5 vendors' });
  await send.getByRole('radio', { name: 'English and Simplified Chinese' }).check();
  const zip = page.waitForEvent('download');
  await send.getByRole('button', { name: 'Save 5 workbooks as a zip…' }).click();
  expect((await zip).suggestedFilename()).toMatch(/^Questionnaires \d{4}-\d{2}-\d{2} \(5\)\.zip$/);
  const sent = page.getByRole('dialog', { name: 'Questionnaires ready to send' });
  await expect(sent).toContainText('5 questionnaires recorded, one workbook each in the zip');
  await sent.getByRole('button', { name: 'Done' }).click();
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toBeHidden();

  // Ctrl/Cmd+A ticks every vendor the search keeps, loaded or not.
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('huawei');
  await expect(page.getByText(/^Showing [1-9] of \d+ vendors$/)).toBeVisible();
  const matching = Number(/Showing (\d+)/.exec((await page.getByText(/^Showing \d+ of \d+ vendors$/).textContent()) ?? '')?.[1]);
  await grid.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(bar).toContainText(`${matching} vendor${matching === 1 ? '' : 's'} selected`);

  // Screened again together, with progress.
  await bar.getByRole('button', { name: 'Screen again' }).click();
  const done = page.getByRole('dialog', { name: 'Screening complete: what changed' });
  await expect(done).toBeVisible({ timeout: 90_000 });
  await done.getByRole('button', { name: 'Done' }).click();

  // Several hits of one vendor: all picked, one reason. A blocking match cannot be dismissed by one person alone, so
  // the whole batch is refused and the match named; with four eyes off it goes through, each hit reviewed.
  await grid.getByRole('row').filter({ hasText: 'Huawei Cloud Computing Technologies Co., Ltd.' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Huawei Cloud Computing Technologies Co., Ltd.' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Screening' });
  const hits = panel.getByRole('article');
  await expect(hits.first()).toBeVisible();
  const hitCount = await hits.count();
  expect(hitCount).toBeGreaterThan(1);
  const hitBar = panel.getByRole('region', { name: 'Selected hits' });
  await hits.nth(0).getByRole('checkbox').click();
  await hits.nth(hitCount - 1).getByRole('checkbox').click({ modifiers: ['Shift'] });
  await expect(hitBar).toContainText(`${hitCount} hits selected`);
  await hitBar.getByRole('button', { name: 'Review selected…' }).click();
  const dialog = page.getByRole('dialog', { name: `Review ${hitCount} selected hits` });
  await dialog.getByLabel('Reason').fill('Cloud subsidiary checked against the registry: not the listed entity');
  await dialog.getByRole('button', { name: `Dismiss ${hitCount} hits` }).click();
  await expect(dialog.getByText('Nothing was changed')).toBeVisible();
  await expect(dialog.getByRole('listitem').first()).toContainText('Four eyes: this workspace has one user');
  // The dialog alone: the page behind it holds every hit card, far taller than a window.
  await dialog.screenshot({ path: path.join(SHOTS, 'bulk-review-refused.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText('Dismissed as false positive')).toHaveCount(0);

  await api(page, 'settings.setFourEyes', { enabled: false });
  await hitBar.getByRole('button', { name: 'Review selected…' }).click();
  await dialog.getByLabel('Reason').fill('Cloud subsidiary checked against the registry: not the listed entity');
  await dialog.screenshot({ path: path.join(SHOTS, 'bulk-review-dialog.png') });
  await dialog.getByRole('button', { name: `Dismiss ${hitCount} hits` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${hitCount} hits dismissed as false positives`)).toBeVisible();
  await expect(hits.filter({ hasText: 'Cloud subsidiary checked against the registry' })).toHaveCount(hitCount);
  await hitBar.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'bulk-review-done.png') });

  // The risk tier filter, beside the others.
  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('');
  await expect(grid.locator('.risk-cell').first()).toBeVisible();
  const tier = /Low|Moderate|High|Critical|Prohibited/.exec((await grid.locator('.risk-cell').first().textContent()) ?? '')?.[0] ?? '';
  expect(tier).not.toBe('');
  await page.getByLabel('Risk tier').selectOption(tier);
  await expect(page.getByText(/^Showing [1-9]\d* of \d+ vendors$/)).toBeVisible();
  for (const cell of await grid.locator('.risk-cell').all()) await expect(cell).toContainText(tier);
  await screenshot(page, 'bulk-tier-filter');
});
