// Audit reports through real clicks: generate one from a vendor's page with its progress, find it in the vendor's
// Reports section and on the Reports page, save the PDF, verify that file (and reject a copy with one byte changed),
// open it in a tab, and generate a portfolio report from the dashboard.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, readmeScreenshot, screenshot, test } from './fixtures';

const VENDOR = 'Alibaba Cloud (Singapore) Private Limited';
const REPORT_ID = /^(VR|PR)-[0-9A-Z]{10}$/;
/** What the window shows at each step, for people to look at. */
const LOOK_DIR = path.resolve(__dirname, '../../test-results/reports-window');

/** Records every label the progress bars show, so that the job's phases can be checked after a fast job. */
async function recordProgressLabels(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressLabels: string[] }).progressLabels = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"]')) {
        const label = bar.getAttribute('aria-label');
        if (label && seen.at(-1) !== label) seen.push(label);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressLabels: string[] }).progressLabels);
}

/** The passphrase of the signing key Vetter makes for the user at their first report. */
const PASSPHRASE = 'correct horse battery';

/**
 * Clicks a Generate button and waits for the dialog to say the report is ready; returns the dialog and the report id.
 * `newKey`: the first report of the session, which asks the user to choose a passphrase for the key it is signed with.
 */
async function generate(page: Page, button: string, { newKey = false } = {}): Promise<{ dialog: Locator; id: string }> {
  await page.getByRole('button', { name: button }).click();
  if (newKey) {
    const key = page.getByRole('dialog', { name: 'Choose a passphrase for your signing key' });
    await key.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await key.getByLabel('The same passphrase again').fill(PASSPHRASE);
    await look(page, 'report-signing-key');
    await key.getByRole('button', { name: 'Make my key' }).click();
    await expect(page.getByText(/^Vetter made your signing key/)).toBeVisible();
  }
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel report' })).toBeEnabled();
  await page.screenshot({ path: path.join(LOOK_DIR, `${button.toLowerCase().replace(/ /g, '-')}-progress.png`) });
  const ready = dialog.getByText(/^Report [VP]R-[0-9A-Z]{10} is ready$/);
  await expect(ready).toBeVisible({ timeout: 60_000 });
  const id = /([VP]R-[0-9A-Z]{10})/.exec((await ready.textContent()) ?? '')?.[1] ?? '';
  expect(id).toMatch(REPORT_ID);
  return { dialog, id };
}

/** Picks `file` in the file chooser that "Verify a report…" opens. */
async function verify(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Verify a report…' }).click();
  await (await chooser).setFiles(file);
}

/** The whole page in test-results/screenshots, and what the window shows in LOOK_DIR. */
async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(LOOK_DIR, `${name}.png`) });
  await screenshot(page, name);
}

test('reports: generate from a vendor page and the dashboard, list, save, open and verify', { tag: '@readme' }, async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();

  // The Reports page before any report says what to do next.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByText('No reports yet')).toBeVisible();
  await expect(page.getByText(/Generate a report from a vendor’s page/)).toBeVisible();

  // A vendor's audit report, with the job's phases on the progress bar.
  await nav.getByRole('link', { name: /^Vendors/ }).click();
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill('alibaba cloud');
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: VENDOR }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: VENDOR })).toBeVisible();
  const reportsSection = page.getByRole('region', { name: 'Reports' });
  await expect(reportsSection).toContainText('No report yet');
  const progressLabels = await recordProgressLabels(page);
  const { dialog, id: vendorReportId } = await generate(page, 'Generate audit report', { newKey: true });
  expect(vendorReportId).toMatch(/^VR-/);
  // Phases come from the job (a fast one can be skipped between two frames): the vendor is screened first, then printed.
  const phases = await progressLabels();
  expect(phases).toEqual(expect.arrayContaining(['Screening vendors', 'Printing the PDF']));
  await expect(dialog).toContainText(`Audit report on ${VENDOR}`);
  await expect(dialog.getByRole('button', { name: `Open ${vendorReportId}` })).toBeVisible();
  await expect(dialog.getByRole('button', { name: `Save PDF of ${vendorReportId}…` })).toBeVisible();
  await look(page, 'report-ready');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The vendor's Reports section lists it: id, tier, score and the PDF's SHA-256 (short, the full value on hover).
  const row = reportsSection.getByRole('row').filter({ hasText: vendorReportId });
  await expect(row).toBeVisible();
  await expect(row.locator('.badge-tier')).toBeVisible();
  const hash = row.locator('code.hash');
  expect(await hash.textContent()).toMatch(/^[0-9a-f]{64}$/);
  expect(await hash.getAttribute('title')).toContain((await hash.textContent()) ?? 'missing');
  await reportsSection.scrollIntoViewIfNeeded();
  await look(page, 'vendor-reports');

  // Save PDF…: the kept bytes, downloaded.
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `Save PDF of ${vendorReportId}…` }).click();
  const saved = path.join(host.workDir, (await download).suggestedFilename());
  await (await download).saveAs(saved);
  expect(path.basename(saved)).toBe(`${vendorReportId} ${VENDOR}.pdf`);
  const pdf = fs.readFileSync(saved);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(`Saved the PDF as ${path.basename(saved)}`)).toBeVisible();

  // Export JSON from the row's Export menu.
  const json = page.waitForEvent('download');
  await row.getByRole('button', { name: `Export the data of ${vendorReportId}` }).click();
  await page.getByRole('menuitem', { name: /Report data \(JSON\)/ }).click();
  expect(JSON.parse(fs.readFileSync(await (await json).path(), 'utf8'))).toMatchObject({ meta: { reportId: vendorReportId } });

  // Open: the PDF in a new tab, fetched from the host with the session token and shown from this page's own copy.
  const tab = page.context().waitForEvent('page');
  await row.getByRole('button', { name: `Open ${vendorReportId}` }).click();
  const pdfTab = await tab;
  await pdfTab.waitForLoadState();
  expect(pdfTab.url()).toMatch(new RegExp(`^blob:${host.origin}/[0-9a-f-]{36}$`));
  await pdfTab.close();

  // A portfolio report from the dashboard.
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vendors by tier' })).toBeVisible();
  const portfolio = await generate(page, 'Generate portfolio report');
  expect(portfolio.id).toMatch(/^PR-/);
  await expect(portfolio.dialog).toContainText('Portfolio report, generated');
  await portfolio.dialog.getByRole('button', { name: 'Done' }).click();

  // The Reports page: both, newest first.
  await nav.getByRole('link', { name: 'Reports' }).click();
  const all = page.getByRole('region', { name: 'All reports' });
  await expect(all.getByRole('row')).toHaveCount(3);
  await expect(all.getByRole('row').nth(1)).toContainText(portfolio.id);
  await expect(all.getByRole('row').nth(1)).toContainText('Whole portfolio');
  await expect(all.getByRole('row').nth(2)).toContainText(vendorReportId);
  await expect(all.getByRole('row').nth(2).getByRole('link', { name: VENDOR })).toBeVisible();

  // Verify the saved file: green, naming the report.
  await verify(page, saved);
  const verified = page.getByRole('status').filter({ hasText: `Verified: report ${vendorReportId}, unaltered` });
  await expect(verified).toContainText(`Audit report on ${VENDOR}`);
  // The README's picture, once the save and export notices have gone.
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' })).toHaveCount(0, { timeout: 15_000 });
  await readmeScreenshot(page, 'reports');
  await look(page, 'reports-verified');

  // One byte changed in a copy: red, saying it was changed after it was generated.
  const changed = path.join(host.workDir, 'changed.pdf');
  const copy = Buffer.from(pdf);
  const middle = Math.floor(copy.length / 2);
  copy[middle] = copy[middle]! ^ 0x01;
  fs.writeFileSync(changed, copy);
  await verify(page, changed);
  const refused = page.getByRole('alert').filter({ hasText: 'Not verified: changed.pdf' });
  await expect(refused).toContainText(`The file names report ${vendorReportId}`);
  await expect(refused).toContainText('changed after it was generated');
  await expect(verified).toBeHidden();
  await look(page, 'reports-not-verified');

  // The portfolio report's signatures: its preparer's, checked as a PDF reader checks it; signing it off takes another
  // person while four eyes hold, so the one user of a data folder turns them off first.
  const portfolioRow = all.getByRole('row').filter({ hasText: portfolio.id });
  await portfolioRow.getByRole('button', { name: `Signatures of ${portfolio.id}` }).click();
  const signatures = page.getByRole('dialog', { name: `Signatures of ${portfolio.id}` });
  await expect(signatures).toContainText('Prepared and signed by');
  await expect(signatures).toContainText('self-signed certificate');
  await expect(signatures).toContainText('Valid: the document is unchanged since it was signed.');
  await expect(signatures).toContainText(/^.*Four eyes: this workspace has one user/);
  await expect(signatures.getByRole('button', { name: 'Sign off' })).toHaveCount(0);
  await signatures.getByRole('button', { name: 'Done' }).click();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Turn four eyes off' }).click();
  await expect(page.getByRole('button', { name: 'Turn four eyes on' })).toBeVisible();
  await nav.getByRole('link', { name: 'Reports' }).click();
  await portfolioRow.getByRole('button', { name: `Signatures of ${portfolio.id}` }).click();
  await signatures.getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByText(new RegExp(`^Signed off ${portfolio.id} as `))).toBeVisible({ timeout: 30_000 });
  await expect(signatures).toContainText('Signed off by');
  await expect(signatures).toContainText('Valid: unchanged since, apart from the later signature.');
  await look(page, 'report-signatures');
});
