// "My work" through real clicks: the bundled lists' updates, a renewal and an ended contract show with their dates and
// the sidebar's count, a row leads to the vendor, and the dates download as a calendar file.
import fs from 'node:fs';
import { api, expect, screenshot, test } from './fixtures';

const DAY_MS = 86_400_000;
const inDays = (n: number): string => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);

test('my work: what is due, most pressing first, each a link to where to act; the dates as a calendar file', async ({ page }) => {
  // The bundled lists load in the background as Vetter starts, and their updates are work too (old, partial): waited
  // for first, so that what the queue holds does not depend on how fast they load.
  await expect.poll(async () => (await api<{ current: unknown[] }>(page, 'lists.list', {})).current.length, { timeout: 120_000 }).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'My work' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  const soon = page.getByRole('region', { name: 'Now and within 30 days' });
  await expect(soon.getByRole('link', { name: /^Update the / }).first()).toBeVisible();
  const listItems = await soon.getByRole('link', { name: /^Update the / }).count();
  const sidebar = page.getByRole('link', { name: /My work/ });
  await expect(sidebar).toContainText(String(listItems));

  const base = { otherNames: [], identifiers: [], countryOfIncorporation: 'DE', countryOfHeadquarters: null, parentName: null, website: null };
  const rest = { services: ['SaaS'], dataShared: [], criticality: 'high', contractOwner: null, contractStart: null, annualSpend: null, tags: [], notes: null };
  await api(page, 'vendors.create', { ...base, ...rest, legalName: 'Nordlicht Analytics GmbH', contractEnd: inDays(20) });
  await api(page, 'vendors.create', { ...base, ...rest, legalName: 'Altvertrag AG', contractEnd: inDays(-5) });

  // The page follows the data; the sidebar counts what is due now or within 30 days, the overdue in red.
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue.getByRole('row')).toHaveCount(2);
  await expect(overdue).toContainText('Contract renewal: Altvertrag AG');
  await expect(overdue).toContainText('ended');
  await expect(soon).toContainText('Contract renewal: Nordlicht Analytics GmbH');
  await expect(sidebar).toContainText(String(listItems + 2));
  await expect(page.getByText(`1 item overdue, ${listItems + 1} now or within 30 days, 0 coming up.`)).toBeVisible();
  await screenshot(page, 'my-work');

  await page.getByRole('link', { name: 'Contract renewal: Nordlicht Analytics GmbH' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Analytics GmbH' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add dates to calendar…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Vetter work \d{4}-\d{2}-\d{2}\.ics$/);
  const ics = fs.readFileSync(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('SUMMARY:Contract ends: Nordlicht Analytics GmbH');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${inDays(20).replaceAll('-', '')}`);
});
