import { expect, screenshot, test } from './fixtures';

test('add a vendor after fixing a validation error, edit it, find it in the audit log, delete and undo', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a vendor' })).toBeVisible();

  // Saving without a legal name is stopped before it reaches the core.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.locator('#field-legalName-error')).toHaveText('Legal name is required');

  await page.getByLabel('Legal name').fill('Nordlicht Analytics GmbH');
  await page.getByRole('button', { name: 'Add a name' }).click();
  await page.getByLabel('Other name 1', { exact: true }).fill('Nordlicht');
  await page.getByLabel('Country of incorporation').selectOption('DE');
  await page.getByLabel('Country of headquarters').selectOption('DE');
  await page.getByRole('checkbox', { name: 'SaaS' }).check();
  await page.getByRole('checkbox', { name: 'Customer personal data' }).check();
  // "None" is exclusive: ticking it clears the other boxes.
  await page.getByRole('checkbox', { name: 'None' }).check();
  await expect(page.getByRole('checkbox', { name: 'Customer personal data' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Customer personal data' }).check();
  await expect(page.getByRole('checkbox', { name: 'None' })).not.toBeChecked();
  await page.getByLabel('Business criticality').selectOption('high');
  await page.getByLabel('Contract owner').fill('Dana Whitfield');
  await page.getByLabel('Annual spend').fill('84,500');
  await page.getByLabel('Contract start').fill('2025-06-01');
  await page.getByLabel('Contract end').fill('2024-12-31');
  await page.getByRole('textbox', { name: 'Tags' }).fill('analytics');
  await page.getByRole('textbox', { name: 'Tags' }).press('Enter');
  await page.getByRole('textbox', { name: 'Tags' }).fill('eu-hosted,');
  await expect(page.getByRole('button', { name: 'Remove tag eu-hosted' })).toBeVisible();

  // The core rejects an end before the start; its message appears under Contract end and in the summary.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const endError = page.locator('#field-contractEnd-error');
  await expect(endError).toHaveText('Contract end is before contract start');
  await expect(page.getByLabel('Contract end')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'This vendor was not saved' })).toBeVisible();
  await screenshot(page, 'vendor-form-validation-error');

  await page.getByLabel('Contract end').fill('2027-05-31');
  // Ctrl+S saves from the keyboard.
  await page.getByLabel('Contract owner').press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Analytics GmbH' })).toBeVisible();
  await expect(page.getByText('Added Nordlicht Analytics GmbH')).toBeVisible();
  await expect(page.getByText('Germany (DE)').first()).toBeVisible();
  // Not screened yet: its score says that no designation counts in it until it is.
  const risk = page.getByRole('region', { name: 'Risk score' });
  await expect(risk).toContainText('Not screened against the designation lists yet: no designation counts in this score until the vendor is screened.');
  await risk.scrollIntoViewIfNeeded();
  await screenshot(page, 'vendor-score-not-screened');

  // Edit: change the criticality; Escape in another edit cancels without saving.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Nordlicht Analytics GmbH' })).toBeVisible();
  await page.getByLabel('Business criticality').selectOption('critical');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Analytics GmbH' })).toBeVisible();
  await expect(page.locator('.page-header .badge')).toHaveText('Critical');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Contract owner').fill('Somebody Else');
  await page.getByLabel('Contract owner').press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Analytics GmbH' })).toBeVisible();
  await expect(page.getByText('Dana Whitfield')).toBeVisible();

  // The vendor's history shows both changes; a row expands into a field diff.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await history.getByRole('row').nth(1).click();
  await expect(history.getByRole('table').nth(1)).toContainText('Business criticality');

  // Ctrl+K goes back to the list's search box; found by its other name. (Pressed once the page has loaded: pressed while
  // its questionnaires were still loading, the search box was left without focus.)
  await expect(page.getByText('No questionnaire sent yet', { exact: false })).toBeVisible();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Search vendors by name' });
  await expect(search).toBeFocused();
  await search.fill('nordlicht');
  await expect(page.getByText('Showing 1 of 1 vendor')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Vendors' }).getByRole('row').nth(1)).toContainText('Critical');

  // In the audit log, newest first.
  await page.getByRole('link', { name: 'Audit log' }).click();
  const auditRows = page.locator('.audit-row');
  await expect(auditRows.first()).toContainText('Nordlicht Analytics GmbH');
  await expect(page.locator('.audit-row', { hasText: 'Nordlicht Analytics GmbH' })).toHaveCount(2);

  // Delete, then undo from the toast.
  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').nth(1).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted Nordlicht Analytics GmbH')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored Nordlicht Analytics GmbH')).toBeVisible();
  await expect(page.getByText('Showing 1 of 1 vendor')).toBeVisible();
});
