// Suppliers entered by hand on the vendor page: the empty state, a refused entry, a listed supplier's hit in the
// screening panel (via a supplier, not the vendor's own designation), an edit by keyboard, and the dashboard's
// concentration naming the vendors that share a supplier.
import { newVendorInput } from '../../electron/core/vendors/model';
import { api, expect, partScreenshot, test } from './fixtures';

test('suppliers: add them by hand, see the supplier hit and the dashboard concentration', async ({ page }) => {
  test.setTimeout(180_000);
  const vendor = await api<{ id: string }>(page, 'vendors.create', { ...newVendorInput('Northwind Cloud Ltd'), countryOfIncorporation: 'GB' });
  const other = await api<{ id: string }>(page, 'vendors.create', { ...newVendorInput('Birch Analytics Ltd'), countryOfIncorporation: 'GB' });
  await api(page, 'suppliers.add', { vendorId: other.id, name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'US' });
  await api(page, 'screening.run', { jobId: 'first-screen', vendorIds: [vendor.id, other.id] });

  await page.evaluate((id) => (location.hash = `#/vendors/${id}`), vendor.id);
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Cloud Ltd' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Suppliers' });
  await expect(panel.getByText('No suppliers recorded for this vendor.')).toBeVisible();
  await expect(panel.getByText('vetter suppliers import FILE')).toBeVisible();

  const form = panel.getByRole('form', { name: 'Add supplier' });
  // No name: refused, the field named.
  await form.getByRole('button', { name: 'Add supplier' }).click();
  await expect(form.getByRole('alert').first()).toContainText('The supplier was not added', { timeout: 30_000 });

  // By keyboard: the name, then Tab to the service and country.
  await form.getByLabel('Supplier name').fill('Amazon Web Services');
  await form.getByLabel('Country').selectOption('US');
  await form.getByRole('checkbox', { name: 'Customer personal data' }).check();
  await form.getByLabel('Supplier name').press('Enter');
  await expect(panel.getByRole('status')).toContainText('Added Amazon Web Services:', { timeout: 30_000 });

  await form.getByLabel('Supplier name').fill('Raybeam Optronics Co. Ltd.');
  await form.getByLabel('Service').selectOption('Hardware');
  await form.getByLabel('Country').selectOption('CN');
  await form.getByRole('button', { name: 'Add supplier' }).click();
  await expect(panel.getByRole('status')).toContainText('Added Raybeam Optronics Co. Ltd.:', { timeout: 30_000 });
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(3);

  // Edit by keyboard: Edit focuses the form's first field; Escape leaves the edit unsaved.
  await panel.getByRole('button', { name: 'Edit Amazon Web Services' }).press('Enter');
  const editForm = panel.getByRole('form', { name: 'Edit Amazon Web Services' });
  await expect(editForm.getByLabel('Supplier name')).toBeFocused();
  await editForm.getByRole('checkbox', { name: 'IP addresses / device data' }).check();
  await editForm.getByRole('button', { name: 'Save supplier' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved Amazon Web Services:', { timeout: 30_000 });
  await expect(panel.getByRole('row', { name: /Amazon Web Services/ })).toContainText('Customer personal data; IP addresses / device data');
  await panel.scrollIntoViewIfNeeded();
  await partScreenshot(panel, 'vendor-suppliers-section');

  // The listed supplier reaches the vendor through the screening panel, as a supplier's listing.
  const screening = page.getByRole('region', { name: 'Screening' });
  await expect(screening.getByText('Supplier of the vendor').first()).toBeVisible({ timeout: 30_000 });
  await expect(screening.getByText(/Supplier Raybeam Optronics Co\. Ltd\. \(hardware\) is on this list\./).first()).toBeVisible();
  await partScreenshot(screening, 'vendor-screening-supplier-hit');

  // The dashboard: two vendors run on Amazon Web Services, each a link to its page.
  await page.evaluate(() => (location.hash = '#/dashboard'));
  const concentration = page.getByRole('region', { name: 'Supply-chain concentration' });
  await expect(concentration.getByText('2 vendors run on Amazon Web Services')).toBeVisible({ timeout: 30_000 });
  await concentration.getByText('2 vendors run on Amazon Web Services').click();
  await expect(concentration.getByRole('link', { name: 'Birch Analytics Ltd' })).toBeVisible();
  await expect(concentration.getByRole('link', { name: 'Northwind Cloud Ltd' })).toBeVisible();
  await concentration.scrollIntoViewIfNeeded();
  await partScreenshot(concentration, 'dashboard-concentration');
  await concentration.getByRole('link', { name: 'Birch Analytics Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Birch Analytics Ltd' })).toBeVisible();
});
