import { api, expect, readmeScreenshot, screenshot, test, upload, vendorTotal } from './fixtures';

test('first run: load the demo data, search in two scripts, sort and open a vendor with the keyboard', { tag: '@readme' }, async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  await screenshot(page, 'empty-state');

  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  const total = await vendorTotal(page);
  expect(total).toBeGreaterThanOrEqual(25);
  expect(total).toBeLessThanOrEqual(40);
  await screenshot(page, 'vendor-list');
  await readmeScreenshot(page, 'vendors');

  // "/" jumps to the search box; Chinese and Latin names both find Alibaba Cloud.
  await page.locator('body').press('/');
  const search = page.getByRole('searchbox', { name: 'Search vendors by name' });
  await expect(search).toBeFocused();
  await search.fill('阿里');
  const grid = page.getByRole('grid', { name: 'Vendors' });
  await expect(grid.getByRole('row').filter({ hasText: 'Alibaba Cloud' }).first()).toBeVisible();
  await search.fill('alibaba');
  await expect(grid.getByRole('row').filter({ hasText: 'Alibaba Cloud' }).first()).toBeVisible();
  await search.fill('no such vendor anywhere');
  await expect(page.getByRole('heading', { name: 'No vendors match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText(`Showing ${total} of ${total} vendors`)).toBeVisible();

  // Sorting by criticality puts the critical vendors first, then reverses.
  const criticality = grid.getByRole('columnheader', { name: 'Criticality' });
  await criticality.getByRole('button').click();
  await expect(criticality).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByRole('row').nth(1)).toContainText('Critical');
  await criticality.getByRole('button').click();
  await expect(criticality).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('row').nth(1)).not.toContainText('Critical');

  // Keyboard: focusing the table selects the first row; move down twice, to End and Home, open with Enter.
  await grid.getByRole('columnheader', { name: 'Legal name' }).getByRole('button').click();
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const selected = grid.locator('[role="row"][aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-rowindex', '4');
  const name = (await selected.locator('.cell-name').first().textContent()) ?? '';
  await page.keyboard.press('End');
  await expect(selected).toHaveAttribute('aria-rowindex', String(total + 1));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await screenshot(page, 'vendor-page');
});

test('a long list comes a window at a time: the keyboard, a vendor page and back, sorting and searching reach every row', async ({ page }) => {
  test.setTimeout(120_000);
  // 1,200 vendors, twelve windows of rows: "Vendor 0001 Ltd" ... "Vendor 1200 Ltd".
  const rows = Array.from({ length: 1200 }, (_, i) => `Vendor ${String(i + 1).padStart(4, '0')} Ltd,${i % 2 ? 'high' : 'low'}`);
  const file = await upload(page, 'many-vendors.csv', ['name,criticality', ...rows].join('\n'));
  const preview = await api<{ mapping: unknown }>(page, 'vendors.importPreview', { file });
  await api(page, 'vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'many' });
  await expect(page.getByText('Showing 1,200 of 1,200 vendors')).toBeVisible();

  const grid = page.getByRole('grid', { name: 'Vendors' });
  const selected = grid.locator('[role="row"][aria-selected="true"]');
  await grid.focus();
  await page.keyboard.press('End');
  await expect(selected).toHaveAttribute('aria-rowindex', '1201');
  await expect(selected).toContainText('Vendor 1200 Ltd');
  await page.keyboard.press('PageUp');
  await expect(selected).not.toHaveAttribute('aria-rowindex', '1201');
  const name = ((await selected.locator('.cell-name').textContent()) ?? '').trim();
  expect(name).toMatch(/^Vendor 11\d\d Ltd$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Back on the list, the same row is selected and in view.
  await page.getByRole('link', { name: 'Vendors' }).first().click();
  await expect(selected).toContainText(name);
  await expect(selected).toBeInViewport();
  await screenshot(page, 'vendor-list-long');

  await grid.getByRole('columnheader', { name: 'Legal name' }).getByRole('button').click();
  await expect(grid.getByRole('row').nth(1)).toContainText('Vendor 1200 Ltd');
  await grid.getByRole('columnheader', { name: 'Criticality' }).getByRole('button').click();
  await expect(grid.getByRole('row').nth(1)).toContainText('Vendor 0002 Ltd');
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('vendor 0777');
  await expect(page.getByText('Showing 1 of 1,200 vendors')).toBeVisible();
  await expect(grid.getByRole('row').nth(1)).toContainText('Vendor 0777 Ltd');
});
