// Findings through real clicks: answering No opens a finding on the vendor page, the analyst gives it an owner and a
// due date and puts it in remediation; accepting its risk says why not under four eyes in one person's data folder,
// and once an admin turns them off, accepts it until a date; My work lists it as ending.
import fs from 'node:fs';
import path from 'node:path';
import { api, expect, screenshot, test } from './fixtures';

const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('findings: a No opens one, it is owned, dated and remediated; its risk is accepted once four eyes allow it', async ({ page, host }) => {
  const vendor = {
    legalName: 'Gap Analytics Ltd',
    otherNames: [],
    identifiers: [],
    countryOfIncorporation: 'GB',
    countryOfHeadquarters: null,
    parentName: null,
    website: null,
    services: ['SaaS'],
    dataShared: [],
    criticality: 'high',
    contractOwner: 'Olivia Owner',
    contractStart: null,
    contractEnd: null,
    annualSpend: null,
    tags: [],
    notes: null,
  };
  await api(page, 'vendors.create', vendor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Vendors/ }).click();
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: vendor.legalName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: vendor.legalName })).toBeVisible();

  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('No open findings. Answer the assessment');

  // T3 answered No: its finding opens, high (T3 weighs 3 points), owned by the contract owner.
  const assessment = page.getByRole('region', { name: 'Assessment' });
  const t3 = assessment.locator('li.criterion').filter({ has: page.locator('.criterion-id', { hasText: /^T3$/ }) });
  await t3.locator('.criterion-row').click();
  await t3.getByLabel('No', { exact: true }).check();
  await t3.getByRole('button', { name: 'Save answer' }).click();
  const title = 'Ownership and beneficial owners: No';
  await expect(findings.getByRole('row').filter({ hasText: title })).toContainText('high');
  await expect(findings.getByLabel(`Owner of ${title}`)).toHaveValue('Olivia Owner');

  // An evidence file on T3 (still a No, so the finding stays) that the finding can rest on.
  const chart = path.join(host.workDir, 'Ownership chart draft.pdf');
  fs.writeFileSync(chart, '%PDF-1.4 ownership chart, test copy');
  const chooser = page.waitForEvent('filechooser');
  await t3.getByRole('button', { name: 'Attach evidence…' }).click();
  await (await chooser).setFiles(chart);
  await expect(t3.getByRole('table', { name: 'Evidence files for T3' })).toContainText('Ownership chart draft.pdf');

  // The analyst names the owner, the due date, puts it in remediation, notes what is being done and the evidence.
  await findings.getByLabel(`Owner of ${title}`).fill('Sam Security');
  await findings.getByLabel(`Due date of ${title}`).fill(inDays(14));
  await findings.getByLabel(`Status of ${title}`).selectOption('in remediation');
  await findings.getByLabel(`Notes on ${title}`).fill('Vendor sends its ownership chart by month end');
  await findings.getByRole('group', { name: 'Evidence it rests on' }).getByLabel('Ownership chart draft.pdf').check();
  await findings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved finding F-/)).toBeVisible();
  await expect(findings.getByLabel(`Status of ${title}`)).toHaveValue('in remediation');
  await expect(findings.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect(findings.getByLabel('Ownership chart draft.pdf')).toBeChecked();
  await screenshot(page, 'findings');
  await findings.screenshot({ path: 'test-results/screenshots/findings-panel.png' });

  // Accepting the risk in one person's folder: four eyes cannot be met, and the dialog says so.
  await findings.getByRole('button', { name: 'Accept risk…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept the risk' });
  await expect(dialog).toContainText('Four eyes: this workspace has one user, so nobody else can accept a risk its user found');
  await expect(dialog.getByRole('button', { name: 'Accept risk' })).toHaveCount(0);
  await screenshot(page, 'findings-accept-refused');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Turn four eyes off' }).click();
  await expect(page.getByRole('button', { name: 'Turn four eyes on' })).toBeVisible();
  await page.goBack();

  await findings.getByRole('button', { name: 'Accept risk…' }).click();
  await dialog.getByLabel(/^Accepted until/).fill(inDays(20));
  await dialog.getByLabel(/^Why the risk is accepted/).fill('Contract ends next quarter; no ownership change expected');
  await screenshot(page, 'findings-accept');
  await dialog.getByRole('button', { name: 'Accept risk' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(findings).toContainText(/Risk accepted by .+ until .+: Contract ends next quarter/);
  await expect(findings.getByLabel(`Status of ${title}`)).toHaveValue('risk accepted');
  await findings.screenshot({ path: 'test-results/screenshots/findings-accepted-panel.png' });

  // My work: the acceptance ends within 30 days.
  await page.getByRole('link', { name: /My work/ }).click();
  await expect(page.getByRole('region', { name: 'Now and within 30 days' })).toContainText('Risk acceptance ends: Gap Analytics Ltd');
  await screenshot(page, 'findings-my-work');
});
