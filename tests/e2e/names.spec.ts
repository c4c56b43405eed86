// Names that hide a right-to-left override (U+202E) or another invisible character show it, as the PDF reports do:
// "Acme[U+202E]gnp.exe Holdings", never a name that reads as another. Wherever vendor and list names are shown. A
// name written right to left (Arabic, Persian) is isolated from the English around it. A name in another script or
// romanisation finds the company the lists print, and its hit says how the name was read.
import type { Locator, Page } from '@playwright/test';
import { newVendorInput } from '../../electron/core/vendors/model';
import { api, expect, partScreenshot, screenshot, test, upload } from './fixtures';

const RLO = '\u202E';
const VENDOR = `Acme${RLO}gnp.exe Holdings`;
const SHOWN = 'Acme[U+202E]gnp.exe Holdings';
const PARENT = `Parent${RLO} Group`;
const LIST = `Internal${RLO} block list`;

/** The names as a reader sees them, with none of the hidden characters left in them. */
async function expectNoHiddenCharacters(page: Page, selector: string): Promise<void> {
  for (const text of await page.locator(selector).allInnerTexts()) expect(text).not.toContain(RLO);
}

test('names with a right-to-left override show it, as the reports do: vendor table, vendor page, hits, allegations, audit log', async ({ page }) => {
  test.setTimeout(120_000);
  const vendor = await api<{ id: string }>(page, 'vendors.create', {
    legalName: VENDOR,
    otherNames: [{ name: `Acme${RLO}Cloud`, kind: 'trading' }],
    countryOfIncorporation: null,
    countryOfHeadquarters: null,
    parentName: PARENT,
    website: null,
    services: [],
    dataShared: [],
    criticality: null,
    contractOwner: null,
    contractStart: null,
    contractEnd: null,
    annualSpend: null,
    tags: [],
    notes: null,
  });
  // A list that names the vendor (so it gets a hit), and an allegation against its parent (so it reaches the vendor).
  const file = await upload(page, 'block-list.csv', `name\n${VENDOR}\n`);
  await api(page, 'lists.import', { files: [file], jobId: 'rlo-list', custom: { mapping: { name: 0 }, listName: LIST, publisher: 'Group compliance', asOf: '2026-01-15' } });
  await api(page, 'screening.run', { jobId: 'rlo-screen', vendorIds: [vendor.id] });
  await api(page, 'allegations.create', {
    subjectName: PARENT,
    sourceTitle: `Report on ${PARENT}`,
    publisher: 'Trade press',
    sourceType: 'trade press',
    url: null,
    publishedAt: '2025-11-01',
    claims: [{ category: 'state access to customer data', text: 'Alleged access.' }],
    status: 'alleged',
    vendorResponse: null,
    credibility: 2,
    credibilityRationale: 'One unnamed source.',
  });

  // The vendor table.
  await page.reload();
  const row = page.locator('.cell-name').filter({ hasText: SHOWN });
  await expect(row).toBeVisible();
  await expect(row.locator('.invisible-char')).toHaveText('[U+202E]');
  await expect(page.getByText('Acme[U+202E]Cloud')).toBeVisible();
  await expectNoHiddenCharacters(page, '.vendor-table, table');

  // The vendor's page: its title (and the window's), other names, parent, the hit and the allegation.
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SHOWN);
  expect(await page.title()).toBe(`${SHOWN} — Vetter`);
  await expect(page.getByText('Parent[U+202E] Group').first()).toBeVisible();
  const hit = page.locator('.hit-card').first();
  await expect(hit.getByRole('heading', { level: 3 })).toHaveText(SHOWN);
  await expect(hit).toContainText(`Internal[U+202E] block list`);
  await expect(page.locator('.allegation-card')).toContainText('Made against Parent[U+202E] Group');
  await expect(page.locator('.allegation-card').getByRole('heading', { level: 3 })).toHaveText('Report on Parent[U+202E] Group');
  await expectNoHiddenCharacters(page, 'h1, .details-grid, .hit-card, .allegation-card, .factor-table, .warning-list');

  // The audit log.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  const log = page.locator('.audit-table');
  await expect(log.locator('td').filter({ hasText: `Added vendor ${SHOWN}` })).toBeVisible();
  await expect(log.locator('td').filter({ hasText: 'Imported Internal[U+202E] block list' })).toBeVisible();
  await expect(log.locator('td').filter({ hasText: 'Recorded an allegation against Parent[U+202E] Group' })).toBeVisible();
  await expectNoHiddenCharacters(page, '.audit-table');
});

/** A vendor of this name and country, created and screened through the API, and its row in the vendor table. */
async function screenedVendorRow(page: Page, name: string, country: string): Promise<Locator> {
  const vendor = await api<{ id: string }>(page, 'vendors.create', { ...newVendorInput(name), countryOfIncorporation: country });
  await api(page, 'screening.run', { jobId: `screen-${country}`, vendorIds: [vendor.id] });
  await page.reload();
  return page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: name });
}

test('a vendor written in Arabic script finds the company the lists print in English, and its name is shown isolated', async ({ page }) => {
  test.setTimeout(120_000);
  const NAME = 'شرکت ملی نفت ایران';
  const row = await screenedVendorRow(page, NAME, 'IR');
  await expect(row).toBeVisible();
  // Isolated from the text around it: a right-to-left name cannot reorder the English beside it.
  await expect(row.locator('bdi', { hasText: NAME }).first()).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  const hit = page.locator('.hit-card').filter({ has: page.getByRole('heading', { level: 3, name: 'NATIONAL IRANIAN OIL COMPANY', exact: true }) }).first();
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Match');
  // The explanation says how the name was read: its trade words in the English of the list.
  await expect(hit).toContainText('national oil iran');
  await expect(hit).toContainText('is in Arabic script and was also read with the words the lists print in English translated');
  await partScreenshot(hit, 'vendor-arabic-script-hit');
  await screenshot(page, 'vendor-arabic-script');
});

test('a vendor whose Belarusian name is in Latin letters finds the company the lists romanise from Russian', async ({ page }) => {
  test.setTimeout(120_000);
  const NAME = 'AAT Hrodna Azot';
  await (await screenedVendorRow(page, NAME, 'BY')).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  const hit = page.locator('.hit-card').filter({ has: page.getByRole('heading', { level: 3, name: 'GRODNO AZOT OAO', exact: true }) }).first();
  await expect(hit).toContainText('Match');
  await expect(hit).toContainText('was also read as the lists romanise the name from Russian: "aat grodno azot"');
  await partScreenshot(hit, 'vendor-belarusian-hit');
});

test('a Russian vendor written in a library catalogue romanisation finds the company the lists romanise the English way', async ({ page }) => {
  test.setTimeout(120_000);
  const NAME = 'OAO Mytiŝinskij mašinostroitelʹnyj zavod';
  await (await screenedVendorRow(page, NAME, 'RU')).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  const hit = page.locator('.hit-card').filter({ hasText: 'MYTISHCHINSKI MASHINOSTROITELNY ZAVOD' }).first();
  await expect(hit).toContainText('Match');
  await expect(hit).toContainText('spelt as German, Polish, French or scholarly texts romanise Russian, and was also read as the lists romanise it: "oao mytishchinskiy mashinostroitelnyy zavod"');
  await partScreenshot(hit, 'vendor-russian-romanisation-hit');
});

test('a vendor whose Persian name is spelt with other vowels finds the Iranian company the lists print', async ({ page }) => {
  test.setTimeout(120_000);
  const NAME = 'Jowza Industrial Co.';
  await (await screenedVendorRow(page, NAME, 'IR')).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  const hit = page.locator('.hit-card').filter({ has: page.getByRole('heading', { level: 3, name: 'JOZA INDUSTRIAL COMPANY', exact: true }) }).first();
  await expect(hit).toContainText('Match');
  // The Persian "ow" and the list's "o" are one sound: the word counts as sounding the same, and the hit says why.
  await expect(hit).toContainText('jowza = joza (same consonants, other vowels, similarity 0.90');
  await hit.getByText('How the names were compared').click();
  const table = hit.getByRole('table', { name: 'Word-by-word comparison' });
  await expect(table.getByRole('columnheader', { name: 'How alike' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'jowza' })).toContainText('same consonants, other vowels');
  await expect(table.getByRole('row').filter({ hasText: 'industry' })).toContainText('the same word');
  await partScreenshot(hit, 'vendor-persian-vowels-hit');
});

test('a Chinese vendor written in pinyin finds the listed company for review, and says why it stops there', async ({ page }) => {
  test.setTimeout(120_000);
  const NAME = 'KEDA XUNFEI GUFEN YOUXIAN GONGSI';
  await (await screenedVendorRow(page, NAME, 'CN')).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  const hit = page.locator('.hit-card').filter({ has: page.getByRole('heading', { level: 3, name: 'IFLYTEK', exact: true }) }).first();
  await expect(hit).toContainText('Possible match — needs review');
  await expect(hit).toContainText('writes a listed Chinese name in pinyin, and was also read with the English the lists print for that name: "iflytek gufen youxian gongsi"');
  await hit.getByText('How the names were compared').click();
  await expect(hit.getByText('Read from a Chinese name written in pinyin, which other Chinese names may sound like: held at “needs review”')).toBeVisible();
  await partScreenshot(hit, 'vendor-pinyin-hit');
});
