import { expect, screenshot, test } from './fixtures';

const MISTYPED_LEI = '5493001KJTIIGC8Y1R13';
const LEI = '5493001KJTIIGC8Y1R12';

test('add identifiers in the vendor form, fix a mistyped LEI the core refuses, and see them on the vendor page', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a vendor' }).click();
  await page.getByLabel('Legal name').fill('Kestrel Data Services Ltd');
  await page.getByLabel('Country of incorporation').selectOption('GB');

  // Adding a row puts the keyboard in it: its type comes first, then the value.
  const identifiers = page.getByRole('group', { name: 'Identifiers' });
  await identifiers.getByRole('button', { name: 'Add an identifier' }).click();
  await expect(page.getByLabel('Type of identifier 1')).toBeFocused();
  await expect(page.getByLabel('Type of identifier 1').locator('option')).toHaveText([
    'LEI',
    'Unified social credit code (China)',
    'DUNS',
    'Registration number',
    'Tax or VAT number',
  ]);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Identifier 1', { exact: true })).toBeFocused();
  await page.keyboard.type(MISTYPED_LEI);

  await identifiers.getByRole('button', { name: 'Add another identifier' }).click();
  await page.getByLabel('Type of identifier 2').selectOption({ label: 'Registration number' });
  await page.getByLabel('Identifier 2', { exact: true }).fill('01234567');

  // The core checks the LEI's check digits; its message appears under that row and in the summary.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const error = page.locator('#field-identifiers-0-value-error');
  await expect(error).toHaveText('This LEI fails its check digits (ISO 17442): check for a mistyped character');
  await expect(page.getByLabel('Identifier 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const summary = page.getByRole('alert').filter({ hasText: 'This vendor was not saved' });
  await expect(summary).toContainText('Identifiers, row 1');
  await summary.getByRole('button', { name: 'Identifiers, row 1' }).click();
  await expect(page.getByLabel('Identifier 1', { exact: true })).toBeFocused();
  await screenshot(page, 'vendor-form-identifiers-error');

  await page.getByLabel('Identifier 1', { exact: true }).fill(LEI);
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Data Services Ltd' })).toBeVisible();
  const shown = page.locator('.detail-item', { hasText: 'Identifiers' });
  await expect(shown.getByRole('listitem')).toHaveText([`${LEI} · LEI`, '01234567 · Registration number']);

  // The same LEI on another vendor is refused under its row, naming the vendor that has it; nothing is saved.
  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  await page.getByRole('button', { name: 'Add vendor', exact: true }).click();
  await page.getByLabel('Legal name').fill('Kestrel Data Ltd');
  await identifiers.getByRole('button', { name: 'Add an identifier' }).click();
  await page.getByLabel('Identifier 1', { exact: true }).fill(LEI.toLowerCase());
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.locator('#field-identifiers-0-value-error')).toHaveText(
    `"Kestrel Data Services Ltd" already has the LEI ${LEI.toLowerCase()}. Edit that vendor instead, or check the number.`,
  );
  await screenshot(page, 'vendor-form-identifier-taken');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row', { name: /Kestrel Data Services Ltd/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Data Services Ltd' })).toBeVisible();

  // Removing the last one leaves the plain empty state.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: `Remove identifier 2 (01234567)` }).click();
  await expect(identifiers.getByRole('button', { name: 'Add another identifier' })).toBeFocused();
  await page.getByRole('button', { name: `Remove identifier 1 (${LEI})` }).click();
  await screenshot(page, 'vendor-form-identifiers-empty');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Data Services Ltd' })).toBeVisible();
  await expect(page.locator('.detail-item', { hasText: 'Identifiers' })).toContainText('None recorded');
});

test('a vendor whose name is on no list is found by the unified social credit code a list prints, and the hit says so', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Add a vendor' }).click();
  await page.getByLabel('Legal name').fill('Northwind Optics');
  await page.getByLabel('Country of incorporation').selectOption('CN');
  const identifiers = page.getByRole('group', { name: 'Identifiers' });
  await identifiers.getByRole('button', { name: 'Add an identifier' }).click();
  await page.getByLabel('Type of identifier 1').selectOption({ label: 'Unified social credit code (China)' });
  // OFAC prints this code for RAYBEAM OPTRONICS CO. LTD. in its remarks.
  await page.getByLabel('Identifier 1', { exact: true }).fill('9113100033607322XK');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Optics' })).toBeVisible();

  const screening = page.getByRole('region', { name: 'Screening' });
  await screening.getByRole('button', { name: 'Screen this vendor' }).click();
  const hit = screening.getByRole('article', { name: 'RAYBEAM OPTRONICS CO. LTD.', exact: true });
  await expect(hit).toContainText('by identifier', { timeout: 60_000 });
  await expect(hit).toContainText('Vendor identifier USCC:9113100033607322XK');
  await expect(hit).toContainText('list identifier Unified Social Credit Code (USCC) 9113100033607322XK (China)');
  await expect(hit.getByText('How the names were compared')).toHaveCount(0);
  await hit.getByText('The list entry', { exact: true }).click();
  await expect(hit.locator('.detail-item', { hasText: 'Identifiers the list prints' })).toContainText('Unified Social Credit Code (USCC) 9113100033607322XK (China)');
  await screenshot(page, 'hit-by-identifier');
});
