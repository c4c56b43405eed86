// Settings → Workspace: a browser host started on a data folder connects to a team workspace on a real PostgreSQL
// server (TLS verify-full with the server's CA, a password asked of the login): a wrong password is said so, the right
// one opens the team workspace as the login, and the data folder comes back.
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { type PostgresServer, startPostgres } from '../postgres-server';
import { expect, screenshot, test } from './fixtures';

let server: PostgresServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startPostgres({ tls: true, passwords: true });
  await initWorkspace(await server.createDatabase('team'));
  const admin = await server.connect();
  await admin.query("CREATE ROLE ana LOGIN PASSWORD 'right horse'; COMMENT ON ROLE ana IS 'Ana Lopez'; GRANT vetter_analyst TO ana");
});

test.afterAll(async () => {
  test.setTimeout(180_000);
  await server?.stop();
});

test('connects to the team workspace from Settings, after a wrong password, and back to the data folder', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Workspace', exact: true });
  const open = card.getByTestId('workspace-open');
  await expect(open).toContainText(`This computer's data folder, ${host.dataDir}`);
  await expect(card.getByText(`Vetter was started with --data-dir ${host.dataDir}`)).toBeVisible();
  await screenshot(page, 'workspace-card');

  await card.getByLabel('Server').fill('127.0.0.1');
  await card.getByLabel('Port').fill(new URL(server.url).port);
  await card.getByLabel('Database').fill('team');
  await card.getByLabel('User').fill('ana');
  await expect(card.getByLabel('TLS')).toHaveValue('verify-full');
  await card.getByLabel('Company CA certificate file').fill(server.caFile ?? '');
  await card.getByLabel('Password').fill('wrong');
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByRole('alert')).toContainText('The server refused the password for ana: type it again (mind Caps Lock), or ask your IT to reset it.');
  await expect(open).toContainText("This computer's data folder");
  await screenshot(page, 'workspace-wrong-password');

  const password = card.getByLabel('Password');
  await password.fill('right horse');
  await password.press('Enter');
  await expect(open).toContainText(`The team workspace at 127.0.0.1:${new URL(server.url).port}/team (PostgreSQL)`, { timeout: 30_000 });
  await expect(open).toContainText('Ana Lopez (login ana) · reader, analyst');
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(password).toHaveValue('');
  // The rest of the page follows: the About card names the team workspace too.
  await expect(page.getByText('Team workspace (PostgreSQL)')).toBeVisible();
  await screenshot(page, 'workspace-connected');

  await card.getByRole('button', { name: "Use this computer's data folder" }).click();
  await expect(open).toContainText(`This computer's data folder, ${host.dataDir}`);
  await expect(card.getByRole('button', { name: "Use this computer's data folder" })).toHaveCount(0);
});
