import { expect, readmeScreenshot, screenshot, test, vendorTotal } from './fixtures';

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
