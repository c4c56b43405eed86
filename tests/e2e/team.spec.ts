// Two users on one team workspace, each in a browser of their own (two contexts, two browser hosts, one real
// PostgreSQL server): the analyst prepares an assessment and may not approve it, the approver approves it, and each
// sees the other's change without reloading. Then the analyst's connection to the server is cut: her save is refused
// in plain words, a banner says why, what she typed stays; once the connection is back the banner goes by itself, she
// saves, and the approver sees it.
import type { Browser, Page } from '@playwright/test';
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { type PostgresServer, startPostgres, tcpProxy } from '../postgres-server';
import { api, expect, openVetter, screenshot, test, workspaceHost } from './fixtures';

const VENDOR = 'Kestrel Orbital Analytics GmbH';
/** Generous: two hosts and a database server share a loaded 2-core machine. */
const SOON = { timeout: 30_000 };

let server: PostgresServer;
let relay: Awaited<ReturnType<typeof tcpProxy>>;
const stops: (() => Promise<void>)[] = [];

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  server = await startPostgres();
  const url = await server.createDatabase('team');
  await initWorkspace(url);
  // The logins an IT team makes: each a password, a name shown in Vetter, and one Vetter role.
  const owner = await server.connect(url);
  await owner.query(`
    CREATE ROLE ana LOGIN PASSWORD 'ana-secret'; GRANT vetter_analyst TO ana; COMMENT ON ROLE ana IS 'Ana Analyst';
    CREATE ROLE bob LOGIN PASSWORD 'bob-secret'; GRANT vetter_approver TO bob; COMMENT ON ROLE bob IS 'Bob Approver';`);
  await owner.end();
  // Ana reaches the server through a relay the test can cut.
  relay = await tcpProxy(Number(new URL(url).port));
  stops.push(() => relay.close());
});

test.afterAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  await server?.stop();
});

/** Vetter open in a browser of its own, as `login` on the team workspace reached through `port`. */
async function signIn(browser: Browser, login: string, port: number): Promise<{ page: Page; checked: () => void }> {
  const host = await workspaceHost(`postgresql://${login}:${login}-secret@127.0.0.1:${port}/team`);
  stops.push(host.stop);
  const context = await browser.newContext();
  stops.push(() => context.close());
  const page = await context.newPage();
  const checked = await openVetter(page, host);
  await expect(page.locator('.current-user-name')).toHaveText(login === 'ana' ? 'Ana Analyst' : 'Bob Approver', SOON);
  return { page, checked };
}

test('an analyst prepares, an approver approves, each sees the other; a lost connection refuses saves, keeps the typing and comes back by itself', async ({ browser }) => {
  test.setTimeout(120_000);
  const [ana, bob] = await Promise.all([signIn(browser, 'ana', relay.port), signIn(browser, 'bob', Number(new URL(server.url).port))]);

  // Ana adds a vendor; Bob's open vendor list shows it without a reload.
  await ana.page.getByRole('button', { name: 'Add a vendor' }).click();
  await ana.page.getByLabel('Legal name').fill(VENDOR);
  await ana.page.getByRole('checkbox', { name: 'AI model/API' }).check();
  await ana.page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(ana.page.getByRole('heading', { level: 1, name: VENDOR })).toBeVisible(SOON);
  const bobsRow = bob.page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: VENDOR });
  await expect(bobsRow).toBeVisible(SOON);
  await screenshot(bob.page, 'team-approver-sees-analyst-vendor');

  // Ana answers two criteria and sends the assessment for review; her role does not let her approve it (nor would four
  // eyes: she prepared it).
  const anasAssessment = ana.page.getByRole('region', { name: 'Assessment' });
  for (const id of ['T1', 'T3']) {
    const item = anasAssessment.locator('li.criterion').filter({ has: ana.page.locator('.criterion-id', { hasText: new RegExp(`^${id}$`) }) });
    await item.locator('.criterion-row').click();
    await item.getByLabel('Yes', { exact: true }).check();
    await item.getByRole('button', { name: 'Save answer' }).click();
    await expect(item.locator('.criterion-answer')).toHaveText('Yes', SOON);
    await item.locator('.criterion-row').click();
  }
  await anasAssessment.getByRole('button', { name: 'Send for review' }).click();
  await expect(anasAssessment.locator('.badge-assessment-in-review')).toHaveText('In review', SOON);
  await expect(anasAssessment.getByRole('note')).toHaveText(/^Only an approver can approve an assessment, and your login ana does not hold the approver role/);
  await expect(anasAssessment.getByRole('button', { name: 'Approve…' })).toHaveCount(0);
  await screenshot(ana.page, 'team-analyst-cannot-approve');

  // Bob opens it and approves; Ana's open page shows it approved without a reload.
  await bobsRow.click();
  const bobsAssessment = bob.page.getByRole('region', { name: 'Assessment' });
  await expect(bobsAssessment.locator('.badge-assessment-in-review')).toHaveText('In review', SOON);
  await expect(bobsAssessment).toContainText('Prepared by ana');
  await bobsAssessment.getByRole('button', { name: 'Approve…' }).click();
  const approve = bob.page.getByRole('dialog', { name: 'Approve the assessment' });
  await approve.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(approve).toBeHidden(SOON);
  await expect(anasAssessment.locator('.badge-assessment-approved')).toHaveText('Approved', SOON);
  await expect(anasAssessment.locator('.assessment-status')).toContainText('by bob');

  // The connection between Ana's Vetter and the server is cut while she edits the vendor's notes.
  await ana.page.getByRole('link', { name: 'Edit' }).click();
  await expect(ana.page.getByRole('heading', { level: 1, name: `Edit ${VENDOR}` })).toBeVisible(SOON);
  await relay.cut();
  const notes = 'Renewal call on 12 March: the vendor promised its SOC 2 report by April.';
  await ana.page.getByRole('textbox', { name: 'Notes' }).fill(notes);
  await ana.page.getByRole('button', { name: 'Save changes' }).click();
  // Refused in plain words; the banner says what it means; what she typed is still there.
  const where = `127.0.0.1:${relay.port}`;
  await expect(ana.page.getByRole('alert').filter({ hasText: 'This vendor was not saved' })).toContainText(`The workspace at ${where} cannot be reached`, SOON);
  const banner = ana.page.locator('.connection-banner');
  await expect(banner).toBeVisible(SOON);
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(`The team workspace at ${where} cannot be reached.`);
  await expect(banner).toContainText('Nothing you save now is kept: Vetter does not queue changes. What you typed stays on screen; save again when it is back.');
  await expect(banner).toContainText('Retrying…');
  await expect(ana.page.getByRole('textbox', { name: 'Notes' })).toHaveValue(notes);
  await screenshot(ana.page, 'team-connection-lost');

  // Meanwhile Bob adds a vendor, which Ana's Vetter cannot hear of while it is cut off.
  const anasVendorCount = ana.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Vendors/ }).locator('.nav-count');
  await expect(anasVendorCount).toHaveText('1');
  const blank = { otherNames: [], identifiers: [], countryOfIncorporation: null, countryOfHeadquarters: null, parentName: null, website: null };
  const unset = { services: [], dataShared: [], criticality: null, contractOwner: null, contractStart: null, contractEnd: null, annualSpend: null, tags: [], notes: null };
  await api(bob.page, 'vendors.create', { ...blank, ...unset, legalName: 'Added While Ana Was Away Ltd' });

  // Back: the banner goes by itself, "Connected again" shows and what she sees is reloaded (Bob's vendor counts), the
  // typing still there; she saves and Bob sees it.
  await relay.restore();
  await expect(banner).toBeHidden(SOON);
  await expect(ana.page.getByText(`Connected again to the team workspace at ${where}`)).toBeVisible(SOON);
  await expect(anasVendorCount).toHaveText('2', SOON);
  await screenshot(ana.page, 'team-connected-again');
  await expect(ana.page.getByRole('textbox', { name: 'Notes' })).toHaveValue(notes);
  await ana.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(ana.page.getByRole('heading', { level: 1, name: VENDOR })).toBeVisible(SOON);
  await expect(bob.page.getByRole('region', { name: 'Tags and notes' })).toContainText(notes, SOON);

  ana.checked();
  bob.checked();
});
