import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, vendorTotal } from './fixtures';

const HEADER = 'name,aliases,country,criticality,services,annual_spend,Remarks';

/** Opens the import dialog with Ctrl+I and picks `file` in the file chooser. */
async function chooseFile(page: Page, file: string) {
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import vendors' });
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
  // Reading the file starts a worker thread: on a busy machine that takes longer than an assertion's usual wait.
  await expect(dialog.getByText(path.basename(file))).toBeVisible({ timeout: 30_000 });
  return dialog;
}

test('import: a bad row blocks the import, the fixed file imports with progress', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  const before = await vendorTotal(page);

  // A file that is no spreadsheet at all: the reason is shown and another file can be chosen.
  const broken = path.join(host.workDir, 'not-a-workbook.xlsx');
  fs.writeFileSync(broken, 'this is not a zip file');
  await page.getByRole('button', { name: 'Import…' }).click();
  const picker = page.getByRole('dialog', { name: 'Import vendors' });
  const brokenChooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: 'Choose a file…' }).click();
  await (await brokenChooser).setFiles(broken);
  await expect(picker.getByRole('alert').filter({ hasText: 'The file could not be imported' })).toBeVisible({ timeout: 30_000 });
  await expect(picker.getByRole('button', { name: 'Choose a file…' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();

  const bad = path.join(host.workDir, 'vendors-with-error.csv');
  fs.writeFileSync(
    bad,
    [
      HEADER,
      'Kestrel Compute Ltd,Kestrel (trading),GB,medium,IaaS/PaaS,120000,Renewal under review',
      'Ostara Labs Inc.,,US,urgent,AI model/API,45000,',
      'Cloudflare Inc.,,US,high,IaaS/PaaS,,Already in Vetter',
    ].join('\n'),
  );
  let dialog = await chooseFile(page, bad);
  await expect(dialog.getByText('3 vendor rows')).toBeVisible();
  const fixes = dialog.getByRole('region', { name: 'Rows with problems' }).getByRole('form');
  await expect(fixes).toHaveCount(1);
  await expect(fixes.first()).toHaveAccessibleName('Row 3');
  await expect(fixes.first().getByLabel(/Business criticality/)).toHaveAccessibleDescription(/"urgent" is not a criticality/);
  const importButton = dialog.getByRole('button', { name: /^Import \d+ vendors?$/ });
  await expect(importButton).toBeDisabled();
  await expect(dialog.getByText('Nothing will be imported until the problems are fixed or their rows skipped.')).toBeVisible();
  // "Remarks" is no field Vetter knows, so the column starts out ignored.
  await expect(dialog.getByLabel('Import column “Remarks” as')).toHaveValue('');
  await expect(dialog.getByRole('region', { name: 'Already in Vetter' })).toContainText('Cloudflare');
  await screenshot(page, 'import-preview-errors');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await vendorTotal(page)).toBe(before);

  const fixed = path.join(host.workDir, 'vendors-fixed.csv');
  fs.writeFileSync(fixed, fs.readFileSync(bad, 'utf8').replace(',urgent,', ',high,'));
  dialog = await chooseFile(page, fixed);
  await expect(dialog.getByRole('region', { name: 'Rows with problems' })).toHaveCount(0);

  // The unrecognised "Remarks" column is mapped by hand to Notes, which re-checks the file.
  await dialog.getByLabel('Import column “Remarks” as').selectOption('notes');
  await expect(dialog.getByText('will not be imported', { exact: false })).toHaveCount(0);
  await expect(dialog.getByLabel('Import column “Remarks” as')).toHaveValue('notes');
  await expect(dialog.getByRole('radio', { name: /Skip duplicates/ })).toBeChecked();

  await dialog.getByRole('button', { name: 'Import 3 vendors' }).click();
  await expect(dialog.getByText('Imported 2 new vendors, updated 0, skipped 1.')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await screenshot(page, 'import-result');
  await dialog.getByRole('button', { name: 'Done' }).click();

  expect(await vendorTotal(page)).toBe(before + 2);
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('kestrel');
  // The row once it has loaded: on a busy machine the table shows "Loading…" rows a while after the import.
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: 'Kestrel Compute Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Compute Ltd' })).toBeVisible();
  await expect(page.getByText('Renewal under review')).toBeVisible();
});

test('import: bad rows are fixed in the preview with the keyboard or skipped, and the audit event says which', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  const before = await vendorTotal(page);

  const file = path.join(host.workDir, 'vendors-three-bad.csv');
  fs.writeFileSync(
    file,
    [
      HEADER,
      'Kestrel Compute Ltd,,GB,medium,IaaS/PaaS,120000,',
      'Atlantis Data Ltd,,Atlantis,low,SaaS,,',
      'Ostara Labs Inc.,,US,urgent,AI model/API,45000,',
      ',,DE,low,SaaS,,a row without a name',
      'Heron Analytics GmbH,,DE,high,Data processing,,',
    ].join('\n'),
  );
  const dialog = await chooseFile(page, file);
  const counts = dialog.getByRole('status').filter({ hasText: 'to add' });
  await expect(counts).toHaveText('2 to add, 3 with problems');
  const region = dialog.getByRole('region', { name: 'Rows with problems' });
  const row = (n: number) => region.getByRole('form', { name: `Row ${n}` });
  await expect(region.getByRole('form')).toHaveCount(3);
  // Each cell at fault is an input of its kind, described by what is wrong and how to fix it.
  const country = row(3).getByRole('combobox', { name: /Country of incorporation/ });
  await expect(country).toHaveAccessibleDescription(/"Atlantis" is not a country we recognise\. Use a two-letter code/);
  await expect(row(4).getByRole('combobox', { name: /Business criticality/ })).toHaveAccessibleDescription(/"urgent" is not a criticality/);
  await expect(row(5).getByRole('textbox', { name: /Legal name/ })).toHaveAccessibleDescription(/Name is required/);
  await expect(dialog.getByRole('button', { name: 'Import 5 vendors' })).toBeDisabled();
  await screenshot(page, 'import-preview-faulty-rows');

  // Keyboard only: pick the country by typing its name, Enter applies; the focus moves to the next row to fix.
  await country.focus();
  await page.keyboard.type('Germany');
  await page.keyboard.press('Enter');
  await expect(row(3)).toContainText('Fixed: will be added');
  const criticality = row(4).getByRole('combobox', { name: /Business criticality/ });
  await expect(criticality).toBeFocused();
  await page.keyboard.type('high');
  await page.keyboard.press('Enter');
  await expect(row(4)).toContainText('Fixed: will be added');
  await expect(row(5).getByRole('textbox', { name: /Legal name/ })).toBeFocused();
  // The nameless row is left out: Tab past Apply to "Skip this row".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(row(5).getByRole('button', { name: 'Skip this row' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row(5)).toContainText('Left out of the import');
  await expect(counts).toHaveText('4 to add, 0 with problems, 1 left out');
  await screenshot(page, 'import-preview-fixed-rows');

  await dialog.getByRole('button', { name: 'Import 4 vendors' }).click();
  await expect(dialog.getByText('Imported 4 new vendors, updated 0, skipped 0.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await vendorTotal(page)).toBe(before + 4);
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('ostara');
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: 'Ostara Labs Inc.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ostara Labs Inc.' })).toBeVisible();
  await expect(page.getByText('High', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Audit log' }).click();
  const event = page.locator('tr.audit-row').filter({ hasText: 'Imported vendors-three-bad.csv' });
  await expect(event).toContainText(
    'Imported vendors-three-bad.csv: 4 added, 0 updated, 0 skipped; 2 rows corrected in the preview (row 3 country, row 4 criticality), 1 row left out (row 5)',
  );
  await event.getByRole('button').click();
  await expect(page.locator('.audit-detail').first()).toContainText('row 3 country: “Atlantis” → “DE”, row 4 criticality: “urgent” → “high”');
  await screenshot(page, 'import-audit-corrections');
});

test('import: a large file shows live progress and can be cancelled without changing anything', async ({ page, host }) => {
  const rows = Array.from({ length: 40_000 }, (_, i) => `Bulk Vendor ${String(i + 1).padStart(5, '0')} Ltd,,DE,low,SaaS,1000,`);
  const big = path.join(host.workDir, 'many-vendors.csv');
  fs.writeFileSync(big, [HEADER, ...rows].join('\n'));

  const dialog = await chooseFile(page, big);
  await expect(dialog.getByText('40,000 vendor rows')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 40,000 vendors' }).click();
  const bar = dialog.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', /\d+/);
  await screenshot(page, 'import-progress');
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.getByText('Import cancelled — nothing was changed')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
});
