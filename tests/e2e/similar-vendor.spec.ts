// Adding a vendor the inventory already holds under a slightly different name: the form says so, with a link to it.
import { api, expect, screenshot, test } from './fixtures';

test('adding a vendor whose name matches one already there warns, links to it, and still lets another company be saved', async ({ page }) => {
  await api(page, 'demo.load', {});
  await page.getByRole('link', { name: 'Vendors' }).click();
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a vendor' })).toBeVisible();
  await page.getByLabel('Legal name').fill('ALIBABA CLOUD (SINGAPORE) PRIVATE LTD.');
  const warning = page.getByRole('status').filter({ hasText: 'may already be here' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Alibaba Cloud (Singapore) Private Limited' })).toBeVisible();
  await screenshot(page, 'vendor-form-similar');

  // A name of its own: the warning goes.
  await page.getByLabel('Legal name').fill('Kestrel Orbital Analytics GmbH');
  await expect(warning).toBeHidden();
});
