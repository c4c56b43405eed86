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
  await expect(dialog.getByText(path.basename(file))).toBeVisible();
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
  await expect(picker.getByRole('alert').filter({ hasText: 'The file could not be imported' })).toBeVisible();
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
  const problems = dialog.getByRole('region', { name: 'Problems' }).getByRole('row');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(1).getByRole('cell').nth(0)).toHaveText('3');
  await expect(problems.nth(1).getByRole('cell').nth(1)).toHaveText('criticality');
  await expect(problems.nth(1).getByRole('cell').nth(2)).toContainText('"urgent" is not a criticality');
  const importButton = dialog.getByRole('button', { name: /^Import \d+ vendors?$/ });
  await expect(importButton).toBeDisabled();
  await expect(dialog.getByText('Nothing will be imported until the problems are fixed.')).toBeVisible();
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
  await expect(dialog.getByRole('region', { name: 'Problems' })).toHaveCount(0);

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
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Compute Ltd' })).toBeVisible();
  await expect(page.getByText('Renewal under review')).toBeVisible();
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
