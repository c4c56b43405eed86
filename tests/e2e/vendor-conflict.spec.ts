// Two windows on one browser host edit the same vendor. The first saves; the second's save is refused with who changed
// it and when, and both versions side by side; the second chooses to keep theirs or take the first's. Nothing is
// overwritten unseen, and nothing typed is lost.
import type { Page } from '@playwright/test';
import { api, expect, screenshot, test } from './fixtures';

interface Vendor {
  id: string;
  version: number;
}

/** A second window of the app, opened from the first as a link would be (it shares the first's session). */
async function secondWindow(page: Page): Promise<Page> {
  const [other] = await Promise.all([page.context().waitForEvent('page'), page.evaluate(() => void window.open(location.href, '_blank'))]);
  await expect(other.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return other;
}

/** Both windows on the vendor's edit form, from the same version; the first changes criticality and saves. */
async function editInBoth(page: Page): Promise<{ first: Page; second: Page; vendor: Vendor }> {
  await api(page, 'settings.setUser', { name: 'Alice Chen' });
  const vendor = await api<Vendor>(page, 'vendors.create', {
    legalName: 'Northwind Analytics',
    otherNames: [],
    countryOfIncorporation: 'DE',
    countryOfHeadquarters: 'DE',
    parentName: null,
    website: null,
    services: ['SaaS'],
    dataShared: ['None'],
    criticality: 'medium',
    contractOwner: 'Dana Whitfield',
    contractStart: null,
    contractEnd: null,
    annualSpend: 12000,
    tags: [],
    notes: null,
  });
  const second = await secondWindow(page);
  for (const p of [page, second]) {
    await p.goto(`${new URL(p.url()).origin}/#/vendors/${vendor.id}/edit`);
    await expect(p.getByRole('heading', { level: 1, name: 'Edit Northwind Analytics' })).toBeVisible();
  }
  await page.getByLabel('Business criticality').selectOption('high');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Reviewed in the first window');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Northwind Analytics')).toBeVisible();

  // The second window types its own changes, over the version it opened, and saves.
  await second.getByLabel('Contract owner').fill('Priya Raman');
  await second.getByLabel('Annual spend').fill('15000');
  await second.getByRole('button', { name: 'Save changes' }).click();
  return { first: page, second, vendor };
}

test('the second save sees both versions side by side, keeps its changes over the new version', async ({ page }) => {
  const { second, vendor } = await editInBoth(page);
  const dialog = second.getByRole('dialog', { name: 'Someone else saved this vendor' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Changed by Alice Chen \(\S+\) at \d\d:\d\d on \d{1,2} [A-Z][a-z]{2} \d{4} while you were editing\.$/)).toBeVisible();
  await expect(dialog.getByText('4 fields differ. Choose which version to keep.')).toBeVisible();
  // Field by field: each differing one marked with whose change it is.
  const row = (label: string) => dialog.getByRole('row').filter({ has: second.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
  await expect(row('Contract owner')).toContainText('Differs: your change');
  await expect(row('Contract owner')).toContainText('Priya Raman');
  await expect(row('Contract owner')).toContainText('Dana Whitfield');
  await expect(row('Business criticality')).toContainText('Differs: their change');
  await expect(row('Notes')).toContainText('Reviewed in the first window');
  await expect(row('Legal name')).not.toContainText('Differs');
  // The choice that saves has the focus.
  await expect(dialog.getByRole('button', { name: 'Keep my changes' })).toBeFocused();
  await screenshot(second, 'vendor-conflict-side-by-side');

  // Keep my changes, from the keyboard: a new write, based on the version stored now.
  await second.keyboard.press('Enter');
  await expect(second.getByText('Saved Northwind Analytics')).toBeVisible();
  await expect(second.getByRole('heading', { level: 1, name: 'Northwind Analytics' })).toBeVisible();
  await expect(second.getByText('Priya Raman')).toBeVisible();
  // Mine, as a new write over theirs: their criticality and notes are replaced by what the form held.
  const stored = await api<Vendor & { contractOwner: string; criticality: string; annualSpend: number }>(second, 'vendors.get', { id: vendor.id });
  expect(stored).toMatchObject({ version: 3, contractOwner: 'Priya Raman', annualSpend: 15000, criticality: 'medium' });
  // Both saves are in the audit log.
  const { events } = await api<{ events: { action: string }[] }>(second, 'audit.list', { entityId: vendor.id, limit: 10 });
  expect(events.map((e) => e.action)).toEqual(['vendor.update', 'vendor.update', 'vendor.create']);
  await second.close();
});

test('the second save takes the other version instead: its changes are discarded, the form shows theirs', async ({ page }) => {
  const { second, vendor } = await editInBoth(page);
  const dialog = second.getByRole('dialog', { name: 'Someone else saved this vendor' });
  await expect(dialog).toBeVisible();

  // Go back and edit first: the dialog closes, the form still holds what was typed, and says what happened.
  await second.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(second.getByLabel('Contract owner')).toHaveValue('Priya Raman');
  await expect(second.getByRole('status').filter({ hasText: /Changed by Alice Chen .* The form keeps what you typed/ })).toBeVisible();
  await expect(second.getByRole('heading', { level: 1, name: 'Edit Northwind Analytics' })).toBeVisible();

  // The first window saves again; the second's next save is refused again, and it takes theirs.
  await page.goto(`${new URL(page.url()).origin}/#/vendors/${vendor.id}/edit`);
  await page.getByLabel('Website').fill('https://northwind.example');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Northwind Analytics')).toBeVisible();
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('https://northwind.example')).toBeVisible();
  await dialog.getByRole('button', { name: 'Take theirs' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByLabel('Contract owner')).toHaveValue('Dana Whitfield');
  await expect(second.getByLabel('Business criticality')).toHaveValue('high');
  await expect(second.getByLabel('Website')).toHaveValue('https://northwind.example');
  await expect(second.getByRole('status').filter({ hasText: 'Your changes were discarded' })).toBeVisible();
  await screenshot(second, 'vendor-conflict-took-theirs');

  // Nothing of the second window's was written; saving theirs unchanged is an ordinary save.
  const stored = await api<Vendor & { contractOwner: string }>(second, 'vendors.get', { id: vendor.id });
  expect(stored).toMatchObject({ version: 3, contractOwner: 'Dana Whitfield' });
  await second.getByRole('textbox', { name: 'Notes' }).fill('Checked after taking theirs');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByText('Saved Northwind Analytics')).toBeVisible();
  expect(await api<Vendor>(second, 'vendors.get', { id: vendor.id })).toMatchObject({ version: 4, notes: 'Checked after taking theirs', contractOwner: 'Dana Whitfield' });
  await second.close();
});
