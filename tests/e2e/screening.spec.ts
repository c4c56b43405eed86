import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MATCHER_VERSION } from '../../electron/core/screening/version';
import { expect, screenshot, test } from './fixtures';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLED_1260H = path.join(ROOT, 'assets/reference-pack/dod-1260h/1260h.csv');

/**
 * A "newer edition" of the DoD 1260H list in its own CSV shape: Tencent Holdings (the parent of a demo vendor) is
 * removed, and Zhipu AI (a demo vendor) is added.
 */
function newer1260h(workDir: string): string {
  const lines = fs.readFileSync(BUNDLED_1260H, 'utf8').trimEnd().split('\n');
  const tencent = lines.findIndex((line) => line.startsWith('Tencent Holdings Limited,'));
  expect(tencent, 'Tencent Holdings is on the bundled 1260H list').toBeGreaterThan(0);
  lines[tencent] = 'Tencent Holdings Limited,Tencent,2025,"removed 2026-10-01; editions listed: 2025-01-07, 2026-06-08",test edition';
  lines.push(
    '"Beijing Zhipu Huazhang Technology Co., Ltd.",Zhipu AI,2026,"listed (in 2026-10-01 edition); editions listed: 2026-10-01",test edition',
  );
  const file = path.join(workDir, '1260h-2026-10-01.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Records whether a progress bar ever shows in a dialog, however short the job. */
async function watchForProgress(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    const observer = new MutationObserver(() => {
      if (document.querySelector('dialog [role="progressbar"]')) {
        w.sawProgress = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress);
}

async function openVendor(page: Page, search: string, legalName: string) {
  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill(search);
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: legalName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: legalName })).toBeVisible();
  return page.getByRole('region', { name: 'Screening' });
}

test('screening: bundled lists, screen all vendors, review hits, import a newer list and see what changed', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();

  // The Lists page: every bundled list with its date, and a plain warning that these are old snapshots.
  await page.getByRole('link', { name: 'Lists' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Designation lists' })).toBeVisible();
  await expect(page.getByText('The bundled lists are old snapshots, for trying Vetter out — not for real screening')).toBeVisible();
  const listRows = page.getByRole('region', { name: 'Lists in use' }).locator('tr.list-row');
  await expect(listRows.first()).toBeVisible({ timeout: 30_000 });
  expect(await listRows.count()).toBeGreaterThanOrEqual(7);
  for (const row of await listRows.all()) {
    await expect(row.getByRole('cell').nth(1)).toHaveText(/\d{4}/); // as of
    await expect(row).toContainText(/\d+ days old/);
    await expect(row.getByText('Stale', { exact: true })).toBeVisible();
    await expect(row.getByText('Bundled', { exact: true })).toBeVisible();
  }
  const dod = listRows.filter({ hasText: 'DoD Section 1260H' });
  await expect(dod).toContainText('US Department of Defense');
  // The version history opens from the keyboard.
  await dod.getByRole('button', { name: /DoD Section 1260H/ }).focus();
  await page.keyboard.press('Enter');
  await expect(dod.getByRole('button', { name: /DoD Section 1260H/ })).toHaveAttribute('aria-expanded', 'true');
  const versions = page.getByRole('table', { name: /Versions of DoD Section 1260H/ });
  await expect(versions).toContainText('Bundled with Vetter');
  await expect(versions).toContainText('1260h.csv');
  await screenshot(page, 'lists');

  // Screen every vendor: progress, then what the run found.
  const sawProgress = await watchForProgress(page);
  await page.getByRole('button', { name: 'Screen all vendors' }).click();
  const done = page.getByRole('dialog', { name: 'Screening complete: what changed' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  expect(await sawProgress()).toBe(true);
  const newHits = done.getByRole('region', { name: /^New hits/ });
  await expect(newHits.getByRole('row').filter({ hasText: 'Huawei Cloud Computing Technologies Co., Ltd.' }).first()).toBeVisible();
  await screenshot(page, 'screening-run');
  await done.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(/^Last screening:/)).toBeVisible();

  // Huawei Cloud: a match through its parent, Huawei Technologies, on the 1260H list. Confirm it.
  const panel = await openVendor(page, 'huawei cloud', 'Huawei Cloud Computing Technologies Co., Ltd.');
  await expect(panel.getByText('Match', { exact: true }).first()).toBeVisible();
  const huaweiHit = panel
    .getByRole('article', { name: 'Huawei Technologies Co., Ltd.', exact: true })
    .filter({ hasText: 'DoD Section 1260H' });
  await expect(huaweiHit).toContainText('via parent');
  await expect(huaweiHit).toContainText('Found through the parent company');
  await expect(huaweiHit).toContainText('Score 1.00');
  await expect(huaweiHit).toContainText('Parent company name Huawei Technologies Co., Ltd.');
  await expect(huaweiHit.locator('.hit-matcher')).toHaveText(`Matcher ${MATCHER_VERSION}`);
  await huaweiHit.getByText('How the names were compared').click();
  await expect(huaweiHit.getByRole('table', { name: 'Word-by-word comparison' })).toContainText('huawei');
  await huaweiHit.getByText('The list entry', { exact: true }).click();
  await expect(huaweiHit).toContainText('Section 1260H, FY2021 NDAA');
  await expect(huaweiHit.getByRole('link')).toHaveCount(0); // the source address is text, never a link
  await screenshot(page, 'vendor-screening');

  // A match on a blocking list: under four eyes its dismissal is a proposal for a second reviewer, whom a one-person
  // workspace does not have. The card says why it is refused.
  await huaweiHit.getByRole('button', { name: 'Propose dismissal…' }).click();
  await huaweiHit.getByLabel('Why is this a different company?').fill('Not the same company.');
  await huaweiHit.getByRole('button', { name: 'Propose dismissal', exact: true }).click();
  await expect(huaweiHit.getByText(/^Four eyes: this workspace has one user, so nobody else can agree/)).toBeVisible();
  await huaweiHit.getByRole('button', { name: 'Cancel' }).click();

  await huaweiHit.getByRole('button', { name: 'Confirm as true match…' }).click();
  await huaweiHit.getByRole('button', { name: 'Confirm match' }).click();
  await expect(huaweiHit.getByText('Say why: the reason is kept in the audit log')).toBeVisible();
  await huaweiHit.getByLabel('Why is this the same company?').fill('Huawei Cloud is a wholly owned subsidiary of Huawei Technologies.');
  await huaweiHit.getByRole('button', { name: 'Confirm match' }).click();
  await expect(huaweiHit.getByText('Confirmed as a true match')).toBeVisible();
  await expect(huaweiHit.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // A possible match of the same vendor (a review-band hit): dismiss it as a false positive.
  const articles = panel.getByRole('article');
  const bands = await articles.locator('.hit-result').allTextContents();
  const reviewIndex = bands.findIndex((text) => text.includes('Possible match — needs review'));
  expect(reviewIndex, 'Huawei Cloud has a possible match to review').toBeGreaterThanOrEqual(0);
  const reviewHit = articles.nth(reviewIndex);
  await reviewHit.getByRole('button', { name: 'Dismiss as false positive…' }).click();
  await reviewHit.getByLabel('Why is this a different company?').fill('Checked the register: a different company that only shares a word with Huawei Cloud.');
  await screenshot(page, 'hit-review');
  await reviewHit.getByRole('button', { name: 'Dismiss hit' }).click();
  await expect(reviewHit.getByText('Dismissed as a false positive')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Dismissed as a false positive');
  await screenshot(page, 'hit-decision');

  // Both decisions, with their reasons, are in the audit log.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.locator('.audit-row', { hasText: 'wholly owned subsidiary of Huawei Technologies' })).toBeVisible();
  await expect(page.locator('.audit-row', { hasText: 'only shares a word with Huawei Cloud' })).toBeVisible();

  // A newer 1260H edition: Tencent Holdings removed, Zhipu AI added. What changed names both.
  await page.getByRole('link', { name: 'Lists' }).click();
  const file = newer1260h(host.workDir);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import list file(s)…' }).click();
  await (await chooser).setFiles(file);
  const imported = page.getByRole('dialog', { name: 'Import a designation list' });
  await expect(imported.getByText(/^Imported DoD Section 1260H/)).toBeVisible({ timeout: 60_000 });
  const added = imported.getByRole('region', { name: /^New hits/ });
  await expect(added.getByRole('row').filter({ hasText: 'Beijing Zhipu Huazhang Technology Co., Ltd.' })).toBeVisible();
  const gone = imported.getByRole('region', { name: /^No longer found/ });
  const tencentRow = gone.getByRole('row').filter({ hasText: 'Tencent Cloud Computing (Beijing) Co., Ltd.' });
  await expect(tencentRow).toContainText('Tencent Holdings Limited');
  await expect(tencentRow).toContainText(/removed/i);
  await screenshot(page, 'what-changed');
  await imported.getByRole('button', { name: 'Done' }).click();
  await expect(listRows.filter({ hasText: 'DoD Section 1260H' })).not.toContainText('Stale');

  // The same file again changes nothing, and says so.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import list file(s)…' }).click();
  await (await again).setFiles(file);
  await expect(imported.getByText('This exact file was already imported; nothing changed')).toBeVisible({ timeout: 30_000 });
  await imported.getByRole('button', { name: 'Done' }).click();

  // The change is reachable later from the last screening line, and a vendor link leads to the vendor.
  await page.getByRole('button', { name: 'What changed' }).click();
  const later = page.getByRole('dialog', { name: 'What changed' });
  await later.getByRole('link', { name: 'Beijing Zhipu Huazhang Technology Co., Ltd.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beijing Zhipu Huazhang Technology Co., Ltd.' })).toBeVisible();
  const zhipu = page.getByRole('region', { name: 'Screening' });
  await expect(zhipu.getByRole('article', { name: 'Beijing Zhipu Huazhang Technology Co., Ltd.' })).toBeVisible();
  await zhipu.getByRole('button', { name: 'Screen this vendor' }).click();
  await expect(page.getByText('Screened against every current list: 0 new hits, 0 no longer found')).toBeVisible();

  // The vendor table: a status per vendor, filtered and sorted by it.
  await page.getByRole('link', { name: /^Vendors/ }).first().click();
  const grid = page.getByRole('grid', { name: 'Vendors' });
  const search = page.getByRole('searchbox', { name: 'Search vendors by name' });
  const statusOf = async (name: string) => {
    await search.fill(name);
    await expect(page.getByText(/^Showing 1 of \d+ vendors$/)).toBeVisible();
    // After the selection checkbox and the legal name.
    return grid.getByRole('row').nth(1).getByRole('gridcell').nth(2);
  };
  // Huawei Cloud is on the Entity List under its own name (the complete CSL), besides its parent's 1260H listing.
  await expect(await statusOf('Huawei Cloud')).toHaveText('Match');
  // A clear result against partial lists says so, never a bare "Clear" (the badge's title says which lists).
  await expect(await statusOf('Tencent Cloud')).toHaveText('Clearpartial lists');
  await expect(await statusOf('Zhipu')).toHaveText('Match');
  const aws = await statusOf('Amazon Web Services');
  await expect(aws).toHaveText('Clearpartial lists');
  await expect(aws.locator('.tag-partial')).toHaveAttribute('title', /^Clear against 7 lists as of 2022-05-06 to 20\d\d-\d\d-\d\d; partial: /);
  await search.fill('');
  const screeningHeader = grid.getByRole('columnheader', { name: 'Screening' });
  await screeningHeader.getByRole('button').click();
  await expect(screeningHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByRole('row').nth(1)).toContainText('Match');
  await page.getByLabel('Screening result').selectOption('match');
  // Only the header row is left without "Match".
  await expect(grid.getByRole('row').filter({ hasNotText: 'Match' })).toHaveCount(1);
  await expect(grid.getByRole('row').filter({ hasText: 'Huawei Cloud' })).toBeVisible();
  await page.getByLabel('Screening result').selectOption('');
  await screenshot(page, 'vendor-screening-column');
});

test('screening: a list file that cannot be read is refused with the file, line and column', async ({ page, host }) => {
  await page.getByRole('link', { name: 'Lists' }).click();
  await expect(page.locator('tr.list-row').first()).toBeVisible({ timeout: 30_000 });
  const broken = path.join(host.workDir, '1260h-broken.csv');
  fs.writeFileSync(broken, 'name,aliases_if_any,year_listed,status,source\n"Foo Industries Co., Ltd.",,2026,weird status,x\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import list file(s)…' }).click();
  await (await chooser).setFiles(broken);
  const dialog = page.getByRole('dialog', { name: 'Import a designation list' });
  const alert = dialog.getByRole('alert').filter({ hasText: 'The list was not imported' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('"1260h-broken.csv", line 2, column');
  await expect(alert).toContainText('weird status');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
});

test('screening: a custom block list is mapped by hand, and the stale limit is set in Settings', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  await page.getByRole('link', { name: 'Lists' }).click();
  await expect(page.locator('tr.list-row').first()).toBeVisible({ timeout: 30_000 });

  const file = path.join(host.workDir, 'internal-block-list.csv');
  fs.writeFileSync(file, ['Company;Known as;Where;Why', 'Kingsoft Cloud Holdings Limited;Ksyun|金山云;CN;Internal policy 2026-04', 'Nordwind Data GmbH;;DE;Unpaid audit findings'].join('\n'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Custom list…' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import a custom list' });
  await expect(dialog.getByRole('columnheader', { name: /Company/ })).toBeVisible();
  // Vetter guessed the name column from its heading; the rest is set by hand.
  await expect(dialog.getByLabel('Listed name')).toHaveValue('0');
  await dialog.getByLabel('Other names').selectOption({ label: 'Known as' });
  await dialog.getByLabel('Country').selectOption({ label: 'Where' });
  await dialog.getByLabel('Remarks').selectOption({ label: 'Why' });
  await dialog.getByRole('button', { name: 'Import list' }).click();
  await expect(dialog.getByText('Name the list')).toBeVisible();
  await dialog.getByLabel('List name').fill('Internal block list');
  await dialog.getByLabel('Publisher').fill('Group compliance');
  await dialog.getByLabel('As of').fill('2026-11-01');
  await expect(dialog.getByText('Name the list')).toBeHidden();
  await screenshot(page, 'custom-list');
  await dialog.getByRole('button', { name: 'Import list' }).click();

  const result = page.getByRole('dialog', { name: 'Import a designation list' });
  await expect(result.getByText('Imported Internal block list')).toBeVisible({ timeout: 30_000 });
  await expect(result.getByRole('region', { name: /^New hits/ })).toContainText('Kingsoft Cloud Holdings Limited');
  await result.getByRole('button', { name: 'Done' }).click();
  const custom = page.locator('tr.list-row').filter({ hasText: 'Internal block list' });
  await expect(custom).toContainText('Group compliance');
  await expect(custom).not.toContainText('Stale');

  // Raising the limit to 200 days makes the 1260H snapshot (as of 8 Jun 2026) current again.
  await page.getByRole('region', { name: 'Lists in use' }).getByRole('link', { name: 'Settings' }).click();
  const days = page.getByLabel('Lists are stale after (days)');
  await expect(days).toHaveValue(/\d+/);
  await days.fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter a whole number of days, 1 or more')).toBeVisible();
  await days.fill('200');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Lists are now stale after 200 days')).toBeVisible();
  await page.getByRole('link', { name: 'Lists' }).click();
  await expect(page.getByText('more than 200 days old')).toBeVisible();
  await expect(page.locator('tr.list-row').filter({ hasText: 'DoD Section 1260H' })).not.toContainText('Stale');
  await expect(page.locator('tr.list-row').filter({ hasText: 'Denied Persons' })).toContainText('Stale');
});
