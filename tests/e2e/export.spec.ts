import fs from 'node:fs';
import { expect, test } from './fixtures';

const HOSTILE_NAME = "=cmd|' /C calc'!A0";

test('export to CSV and Excel: files download, and formulas in names are defused', async ({ page }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();

  // A name that a spreadsheet would run as a formula.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await page.getByLabel('Legal name').fill(HOSTILE_NAME);
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE_NAME })).toBeVisible();
  await page.getByRole('link', { name: /^Vendors/ }).first().click();

  const exportAs = async (item: string) => {
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    return download;
  };

  const csv = await exportAs('CSV file');
  expect(csv.suggestedFilename()).toMatch(/^vetter-vendors-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('Alibaba Cloud');
  expect(text).toContain('Amazon Web Services, Inc.');
  expect(text).toContain(`'${HOSTILE_NAME}`);
  expect(text).not.toMatch(/(^|,)=cmd/m);
  await expect(page.getByText(`Exported vendors to ${csv.suggestedFilename()}`)).toBeVisible();

  const xlsx = await exportAs('Excel workbook');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = fs.readFileSync(await xlsx.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container, as every .xlsx is
  expect(bytes.length).toBeGreaterThan(2000);
});
