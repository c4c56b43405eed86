// Owners entered by hand on the vendor page: the graph drawn with its listed owners marked, its links and findings in
// words, and the hit through the owners in the screening panel.
import { newVendorInput } from '../../electron/core/vendors/model';
import { api, expect, screenshot, test, upload } from './fixtures';

const VENDOR = 'Northwind Cloud Ltd';

test('ownership: add owners by hand, see the graph, its paths and the hit via the owners', async ({ page }) => {
  test.setTimeout(120_000);
  const vendor = await api<{ id: string }>(page, 'vendors.create', { ...newVendorInput(VENDOR), countryOfIncorporation: 'GB' });
  await api(page, 'screening.run', { jobId: 'first-screen', vendorIds: [vendor.id] });
  // The holding company's own owner comes from a registry file (setup): the form adds the vendor's owners.
  const file = await upload(page, 'harbour.csv', 'owner,owned,percentage,kind,start,end,source\nICGOO Electronics Limited,Harbour Holdings Ltd,50,,2018,,Registry extract 2025\n');
  await api(page, 'ownership.import', { file });

  await page.evaluate((id) => (location.hash = `#/vendors/${id}`), vendor.id);
  await expect(page.getByRole('heading', { level: 1, name: VENDOR })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Ownership' });
  await expect(panel.getByText('No ownership recorded for this vendor.')).toBeVisible();
  await expect(panel.getByText('vetter ownership import FILE')).toBeVisible();

  const form = panel.getByRole('form', { name: 'Add owner' });
  // A percentage over 100 is refused, with the field named.
  await form.getByLabel('Owner name').fill('Raybeam Optronics Co. Ltd.');
  await form.getByLabel('Percentage').fill('130');
  await form.getByRole('button', { name: 'Add owner' }).click();
  await expect(form.getByRole('alert').first()).toContainText('The owner was not added', { timeout: 30_000 });
  await form.getByLabel('Percentage').fill('30');
  await form.getByLabel('Start').fill('2019-01-01');
  await form.getByLabel('Source').fill('Registry extract 2025');
  await form.getByRole('button', { name: 'Add owner' }).click();
  await expect(form.getByRole('status')).toContainText('Added Raybeam Optronics Co. Ltd.:', { timeout: 30_000 });

  await form.getByLabel('Owner name').fill('Harbour Holdings Ltd');
  await form.getByLabel('Percentage').fill('25');
  await form.getByLabel('Source').fill('Annual report 2024');
  await form.getByRole('button', { name: 'Add owner' }).click();
  await expect(form.getByRole('status')).toContainText('Added Harbour Holdings Ltd:', { timeout: 30_000 });

  // The graph: every party a focusable node with its text alternative, the listed ones named with their list.
  const graph = panel.getByRole('group', { name: `Ownership of ${VENDOR}` });
  await expect(graph.getByRole('img', { name: /^Raybeam Optronics Co\. Ltd\., company, listed: SDN/ })).toBeVisible();
  await expect(graph.getByRole('img', { name: /^ICGOO Electronics Limited, .*listed: SDN/ })).toBeVisible();
  await expect(graph.getByRole('img', { name: `${VENDOR}, the vendor` })).toBeVisible();
  await page.keyboard.press('Tab');
  await graph.getByRole('img', { name: /^Harbour Holdings Ltd/ }).focus();
  await expect(graph.getByRole('img', { name: /^Harbour Holdings Ltd/ })).toBeFocused();
  await expect(panel.getByText(/Blocked by ownership/)).toBeVisible();
  await expect(panel.getByText(/owned 55 % in aggregate by SDN persons: Raybeam Optronics Co\. Ltd\. 30 % directly; ICGOO Electronics Limited 25 % via Harbour Holdings Ltd/)).toBeVisible();
  await expect(panel.getByText('Path: ICGOO Electronics Limited — 50 % shareholding → Harbour Holdings Ltd — 25 % shareholding → Northwind Cloud Ltd')).toBeVisible();
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(4);
  await screenshot(page, 'ownership-vendor-page');
  // The panel alone, large enough to read.
  await panel.screenshot({ path: 'test-results/screenshots/ownership-panel.png' });

  // The hit through the owners, in the screening panel, with the rule's sentence as its explanation.
  const screening = page.getByRole('region', { name: 'Screening' });
  await expect(screening.getByText('Owner of the vendor').first()).toBeVisible();
  await expect(screening.getByText(/owned 55 % in aggregate by SDN persons/).first()).toBeVisible();
  await screening.getByRole('heading', { name: /ICGOO/ }).first().scrollIntoViewIfNeeded();
  await screening.screenshot({ path: 'test-results/screenshots/ownership-screening-panel.png' });
});
