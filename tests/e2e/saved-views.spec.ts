import { expect as baseExpect, screenshot, test } from './fixtures';

// A generous wait for each step on a loaded machine (the default is 5 s): how long a step takes is not what is checked.
const expect = baseExpect.configure({ timeout: 60_000 });

// Saved views (#15): columns hidden from the Columns menu, the list filtered and sorted, saved under a name that opens
// at start; the name marked once the list moves on; the view back after a reload; deleted and brought back with Undo.
test('saved views: choose columns, save the view, open it at start, delete it and undo', async ({ page }) => {
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of [1-9]\d* vendors$/)).toBeVisible();
  const shownAll = await page.getByText(/^Showing \d+ of \d+ vendors$/).textContent();
  const grid = page.getByRole('grid', { name: 'Vendors' });
  const headers = grid.getByRole('columnheader');

  // Two columns hidden: the menu stays open between ticks, and names how many are hidden.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Parent' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Contract owner' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Parent' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('menuitemcheckbox', { name: 'Legal name' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Columns (2 hidden)' })).toBeVisible();
  await expect(headers.filter({ hasText: 'Parent' })).toHaveCount(0);
  await expect(headers.filter({ hasText: 'Contract owner' })).toHaveCount(0);
  await expect(headers.filter({ hasText: 'Annual spend' })).toHaveCount(1);

  // Vendors in China, riskiest first.
  await page.getByRole('combobox', { name: 'Country' }).selectOption('CN');
  await grid.getByRole('button', { name: 'Risk' }).click();
  // The count once the filter has taken effect (the demo data has vendors outside China), not the one before it.
  await expect(page.getByText(/^Showing [1-9]\d* of \d+ vendors$/)).toBeVisible();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).not.toHaveText(shownAll!);
  const shownBefore = await page.getByText(/^Showing \d+ of \d+ vendors$/).textContent();

  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: 'Save this view…' }).click();
  const save = page.getByRole('dialog', { name: 'Save this view' });
  await expect(save).toContainText('Country: China · sorted by risk, descending · 9 of 11 columns');
  await save.getByLabel('Name').fill('China by risk');
  await save.getByRole('checkbox', { name: 'Open this view when Vetter starts' }).check();
  await screenshot(page, 'saved-view-save');
  await save.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByText('Saved the view “China by risk”')).toBeVisible();
  const viewsButton = page.getByRole('button', { name: /^China by risk/ });
  await expect(viewsButton).toHaveText(/^China by risk$/);

  // Moving the list on marks the view changed; opening it again puts it back.
  await page.getByRole('combobox', { name: 'Country' }).selectOption('');
  await expect(viewsButton).toHaveText(/China by risk \(changed\)/);
  await viewsButton.click();
  await page.getByRole('menuitem', { name: /^China by risk/ }).click();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('CN');
  await expect(viewsButton).toHaveText(/^China by risk$/);
  await screenshot(page, 'saved-view-open');

  // A new start of the app opens the view: the filter, the order and the columns.
  await page.getByRole('combobox', { name: 'Country' }).selectOption('');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('CN');
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toHaveText(shownBefore!);
  await expect(grid.getByRole('columnheader', { name: 'Risk' })).toHaveAttribute('aria-sort', 'descending');
  await expect(headers.filter({ hasText: 'Parent' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Columns (2 hidden)' })).toBeVisible();

  // Deleted from Manage views, and brought back with Undo.
  await page.getByRole('button', { name: /^China by risk/ }).click();
  await page.getByRole('menuitem', { name: 'Manage views…' }).click();
  const manage = page.getByRole('dialog', { name: 'Your views' });
  await expect(manage).toContainText('Opens at start');
  await screenshot(page, 'saved-views-manage');
  await manage.getByRole('button', { name: 'Delete the view China by risk' }).click();
  await expect(manage).toContainText('No saved views left');
  await manage.getByRole('button', { name: 'Undo' }).click();
  await expect(manage.getByText('China by risk', { exact: true })).toBeVisible();
  await expect(manage).toContainText('Opens at start');
  await manage.getByRole('button', { name: 'Done' }).click();

  // Every column back in one step.
  await page.getByRole('button', { name: 'Columns (2 hidden)' }).click();
  await page.getByRole('menuitem', { name: 'Show every column' }).click();
  await expect(headers.filter({ hasText: 'Parent' })).toHaveCount(1);
});
