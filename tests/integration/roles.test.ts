// Roles and four eyes. In the core, on both engines: nobody approves what they prepared, a blocking match is dismissed
// by two reviewers, a one-person workspace says it cannot meet four eyes until an admin turns them off. In PostgreSQL
// itself, as logins in each role through `pg` (raw SQL, and the app's own write paths): what a role may not do, the
// database refuses; `vetter workspace init` run twice changes nothing, and a newer schema is refused.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessments } from '../../electron/core/assessment/assessments';
import { Findings } from '../../electron/core/findings/findings';
import { databaseEvidence } from '../../electron/core/assessment/evidence-content';
import { verifyChain } from '../../electron/core/audit/log';
import { run } from '../../electron/cli';
import { grantRole, initWorkspace, postgresLogin, workspaceUsers } from '../../electron/core/db/postgres/grants';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { openPostgresStore, type PostgresStore } from '../../electron/core/db/postgres/store';
import { ListVersions } from '../../electron/core/lists/versions';
import { Screening } from '../../electron/core/screening/screening';
import { addOwner } from '../../electron/core/ownership/hand-entry';
import { OwnershipRepository } from '../../electron/core/ownership/repository';
import { Settings } from '../../electron/core/settings/settings';
import { recordCertificate } from '../../electron/core/signing/certificates';
import { createIdentity } from '../../electron/core/signing/identity';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { openFolderWorkspace } from '../../electron/core/workspace/folder';
import { ONE_USER } from '../../electron/core/workspace/roles';
import type { PdfPrinter } from '../../electron/core/reports/printer';
import { coreOn, tempDir, testCore, vendorInput } from '../helpers';
import { attempt } from '../postgres-server';
import { bothEngines } from '../stores';
import { hitOn } from '../stored-hits';

const { server, engines: ENGINES } = bothEngines('four_eyes');

const AT = '2026-01-01T00:00:00.000Z';
const DUE = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
describe.each(ENGINES)('four eyes in the core on $name', ({ open }) => {
  async function domains() {
    const { store, evidence } = await open();
    const vendors = new VendorRepository(store);
    const lists = new ListVersions(store);
    const admin = { login: 'admin', access: async () => ONE_USER };
    return { store, vendors, assessments: new Assessments(store, evidence, vendors, new Findings(store)), screening: new Screening(store, lists, vendors), settings: new Settings(store, admin) };
  }
  // Each of these is a team (shared): another person can be the second pair of eyes.
  const TEAM = true;

  it('an assessment is not approved by anyone who answered, verified or changed its criteria', async () => {
    const { store, vendors, assessments } = await domains();
    const v = await vendors.create(vendorInput({ services: ['AI model/API'] }), 'ana');
    await assessments.answer(v.id, 'T1', { value: 'yes', verified: false, note: null }, 'ana');
    // Ben verifies Ana's answer: he prepared it too.
    const verified = await assessments.answer(v.id, 'T1', { value: 'yes', verified: true, note: 'Model cards seen' }, 'ben');
    expect(verified.answers.T1).toMatchObject({ answeredBy: 'ben', verifiedBy: 'ben' });
    expect(verified.preparedBy).toEqual(['ana', 'ben']);
    // Saving it again unchanged keeps its verifier.
    expect((await assessments.answer(v.id, 'T1', { value: 'yes', verified: true, note: 'Seen again' }, 'ana')).answers.T1?.verifiedBy).toBe('ben');
    await assessments.setStatus(v.id, 'in review', null, 'ana');

    for (const login of ['ana', 'ben']) {
      await expect(assessments.setStatus(v.id, 'approved', DUE, login, TEAM)).rejects.toMatchObject({
        code: 'forbidden',
        message: `Four eyes: ${login} answered, verified or changed this assessment's criteria, so someone else must approve it.`,
      });
    }
    const approved = await assessments.setStatus(v.id, 'approved', DUE, 'cleo', TEAM);
    expect(approved).toMatchObject({ status: 'approved', approver: 'cleo', preparedBy: ['ana', 'ben'] });

    // Cleo attaches nothing but changes a criterion: the approval is withdrawn, and she may not approve it again.
    await assessments.answer(v.id, 'T1', { value: 'no', verified: false, note: null }, 'cleo');
    await assessments.setStatus(v.id, 'in review', null, 'ana');
    await expect(assessments.setStatus(v.id, 'approved', DUE, 'cleo', TEAM)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await assessments.get(v.id)).status).toBe('in review');
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('one person cannot meet four eyes, and says so; an admin turns them off, audited', async () => {
    const { store, vendors, assessments, settings } = await domains();
    const v = await vendors.create(vendorInput(), 'solo');
    await assessments.setStatus(v.id, 'in review', null, 'solo');
    await expect(assessments.setStatus(v.id, 'approved', DUE, 'solo')).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^Four eyes: this workspace has one user, so nobody else can approve what its user prepared\. .*turn four eyes off/),
    });
    await settings.setFourEyes(false, 'solo');
    await settings.setFourEyes(false, 'solo');
    expect(await settings.fourEyes()).toBe(false);
    expect(await assessments.setStatus(v.id, 'approved', DUE, 'solo')).toMatchObject({ status: 'approved', approver: 'solo' });
    const events = await store.read.all<{ action: string; actor: string }>("SELECT action, actor FROM audit_events WHERE action = 'settings.four-eyes'");
    expect(events).toEqual([{ action: 'settings.four-eyes', actor: 'solo' }]);
  });

  it('a match on a blocking list is dismissed once a second reviewer agrees; it counts until then', async () => {
    const { store, vendors, screening } = await domains();
    const v = await vendors.create(vendorInput({ legalName: 'Acme Trading Ltd' }), 'ana');
    const hitId = await hitOn(store, v.id, 'ofac-sdn');

    const proposed = await screening.review(hitId, 'dismissed', 'Different registration number', 'ana', TEAM);
    expect(proposed.review).toMatchObject({ decision: 'open', needsSecondReviewer: true, proposal: { by: 'ana', reason: 'Different registration number' } });
    expect(await screening.statusOf(v.id)).toMatchObject({ status: 'match', openHits: 1 });
    await expect(screening.review(hitId, 'dismissed', 'Still different', 'ana', TEAM)).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Four eyes: ana proposed this dismissal, so a second reviewer must agree to it.',
    });

    const agreed = await screening.review(hitId, 'dismissed', 'Checked the registry too', 'ben', TEAM);
    expect(agreed.review).toMatchObject({ decision: 'dismissed', reviewer: 'ben', proposal: { by: 'ana' } });
    expect(await screening.statusOf(v.id)).toMatchObject({ status: 'clear' });

    // Reopened, proposed again, and declined: a confirmation ends the proposal.
    await screening.review(hitId, 'open', '', 'ben', TEAM);
    await screening.review(hitId, 'dismissed', 'Different company', 'ben', TEAM);
    const declined = await screening.review(hitId, 'confirmed', 'Same address as the listing', 'ana', TEAM);
    expect(declined.review).toMatchObject({ decision: 'confirmed', reviewer: 'ana', proposal: null });
    const actions = await store.read.all<{ action: string; actor: string; summary: string }>(
      "SELECT action, actor, summary FROM audit_events WHERE action LIKE 'screening.%' ORDER BY seq",
    );
    expect(actions.map((e) => [e.action, e.actor])).toEqual([
      ['screening.dismissal-proposed', 'ana'],
      ['screening.dismissed', 'ben'],
      ['screening.reopen', 'ben'],
      ['screening.dismissal-proposed', 'ben'],
      ['screening.confirmed', 'ana'],
    ]);
    expect(actions[1]?.summary).toMatch(/^Dismissed as a false positive, agreeing with ana: /);
    expect(actions[4]?.summary).toMatch(/^Confirmed as a true match, declining ben's proposed dismissal: /);
  });

  it('other hits are dismissed by one reviewer; with four eyes off, blocking matches too; alone, not at all', async () => {
    const { store, vendors, screening, settings } = await domains();
    const v = await vendors.create(vendorInput({ legalName: 'Acme Trading Ltd' }), 'ana');
    const review = await hitOn(store, v.id, 'un-sc', 'review');
    const entity = await hitOn(store, v.id, 'ofac-ns-cmic');
    const blocking = await hitOn(store, v.id, 'dod-1260h');
    // A match a later screening scored lower still takes two to dismiss.
    const once = await hitOn(store, v.id, 'uk-sanctions');
    await store.transaction((tx) => tx.run("UPDATE screening_hits SET band = 'review' WHERE id = ?", [once]));
    expect((await screening.review(once, 'dismissed', 'Lower now', 'ana', TEAM)).review).toMatchObject({ decision: 'open', proposal: { by: 'ana' }, needsSecondReviewer: true });
    expect((await screening.review(review, 'dismissed', 'Review band', 'ana', TEAM)).review).toMatchObject({ decision: 'dismissed', needsSecondReviewer: false });
    expect((await screening.review(entity, 'dismissed', 'Not a blocking list', 'ana', TEAM)).review).toMatchObject({ decision: 'dismissed', needsSecondReviewer: false });
    await expect(screening.review(blocking, 'dismissed', 'Alone', 'solo')).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^Four eyes: this workspace has one user, so nobody else can agree to a dismissal/),
    });
    await settings.setFourEyes(false, 'admin');
    expect((await screening.review(blocking, 'dismissed', 'Four eyes off', 'solo')).review).toMatchObject({ decision: 'dismissed', reviewer: 'solo', needsSecondReviewer: false });
  });
});

describe('four eyes through the core of a one-person workspace', () => {
  it('says why approval is refused before anyone tries, and lets an admin turn four eyes off', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput());
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    expect(await t.call('settings.get', {})).toEqual({ fourEyes: true, shared: false, roles: ['vetter_reader', 'vetter_analyst', 'vetter_approver', 'vetter_admin'] });
    expect((await t.call('assessment.get', { vendorId: v.id })).approvalRefusal).toMatch(/^Four eyes: this workspace has one user/);
    expect(await t.call('settings.setFourEyes', { enabled: false })).toMatchObject({ fourEyes: false });
    expect((await t.call('assessment.get', { vendorId: v.id })).approvalRefusal).toBeNull();
  });

  it('a report is not prepared by the approver its sign-off names', async () => {
    const pdf = (): PdfPrinter => ({ print: async () => Buffer.from('%PDF-1.4 test'), close: async () => undefined });
    const t = testCore(tempDir(), { makePrinter: pdf });
    const v = await t.call('vendors.create', vendorInput());
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: DUE });
    await t.call('settings.setFourEyes', { enabled: true });
    expect(await t.invoke('reports.vendor', { vendorId: v.id, jobId: 'r1' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: "Four eyes: tester approved this vendor's assessment, so someone else must prepare its report." },
    });
    expect((await t.call('reports.list', {})).reports).toEqual([]);
    // Another account on the same data folder (a typed name is no other person: the account acts) may prepare it.
    const priya = coreOn(openFolderWorkspace(t.dataDir, { account: 'priya' }), { makePrinter: pdf });
    expect(await priya.call('reports.vendor', { vendorId: v.id, jobId: 'r2' })).toMatchObject({ generatedBy: 'priya' });
    await Promise.all([t.core.close(), priya.core.close()]);
  });
});

describe('the role check before each write', () => {
  it('refuses "LOGIN lacks ROLE for ACTION" and changes nothing', async () => {
    const t = testCore(tempDir(), { access: async () => ({ roles: ['vetter_reader', 'vetter_analyst'], shared: true }) });
    const v = await t.call('vendors.create', vendorInput());
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    const events = (await t.call('audit.list', {})).total;
    expect(await t.invoke('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: DUE })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'tester lacks vetter_approver for approving an assessment' },
    });
    expect(await t.invoke('lists.setStaleAfterDays', { days: 30 })).toMatchObject({ ok: false, error: { message: 'tester lacks vetter_admin for setting when lists are stale' } });
    expect(await t.invoke('settings.setFourEyes', { enabled: false })).toMatchObject({ ok: false, error: { message: 'tester lacks vetter_admin for turning four eyes on or off' } });
    const { assessment, approvalRefusal } = await t.call('assessment.get', { vendorId: v.id });
    expect([assessment.status, approvalRefusal]).toEqual([
      'in review',
      'Only an approver can approve an assessment, and your login tester does not hold the approver role (vetter_approver): ask an approver to open it, or your administrator for the role.',
    ]);
    expect((await t.call('audit.list', {})).total).toBe(events);
    expect(await t.call('settings.get', {})).toEqual({ fourEyes: true, shared: true, roles: ['vetter_reader', 'vetter_analyst'] });
    await t.core.close();
  });
});

// ---- PostgreSQL itself, as logins in each role ----

/** The same URL as another login (the test server trusts every login from 127.0.0.1). */
function asLogin(url: string, login: string): string {
  const u = new URL(url);
  u.username = login;
  return u.toString();
}


/** The catalog's record of the roles, their grants and the schema, to tell whether anything changed. */
async function catalog(client: pg.Client) {
  const q = async (sql: string) => (await client.query(sql)).rows;
  return {
    tables: await q("SELECT relname, relacl::text FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname"),
    columns: await q("SELECT attrelid::regclass::text AS t, attname, attacl::text FROM pg_attribute WHERE attacl IS NOT NULL AND attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace) ORDER BY 1, 2"),
    roles: await q("SELECT rolname, rolcanlogin, rolinherit FROM pg_roles WHERE rolname LIKE 'vetter\\_%' ORDER BY rolname"),
    members: await q("SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member ORDER BY 1, 2"),
    functions: await q("SELECT proname, prosrc, proacl::text, prosecdef FROM pg_proc WHERE proname LIKE 'vetter\\_%' ORDER BY proname"),
    triggers: await q("SELECT tgname, tgrelid::regclass::text AS t FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"),
    schema: await q("SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'"),
    version: await q('SELECT version FROM schema_version'),
    events: await q('SELECT count(*)::int AS n FROM audit_events'),
  };
}

describe('a team workspace in PostgreSQL', () => {
  let url: string;
  let owner: pg.Client;
  const stores: PostgresStore[] = [];
  const clients: pg.Client[] = [];
  const storeAs = async (login: string) => {
    const store = await openPostgresStore(asLogin(url, login));
    stores.push(store);
    return store;
  };
  const clientAs = async (login: string) => {
    const client = new pg.Client({ connectionString: asLogin(url, login) });
    clients.push(client);
    await client.connect();
    return client;
  };

  beforeAll(async () => {
    url = await server().createDatabase('team');
    expect(await initWorkspace(url)).toBe(POSTGRES_MIGRATIONS.at(-1)?.version);
    owner = await server().connect(url);
    // The server's administrator makes the logins; the workspace's admin grants them their roles (below).
    for (const login of ['rita', 'ana', 'ben', 'cleo', 'ada', 'nora']) await owner.query(`CREATE ROLE ${login} LOGIN`);
    await owner.query("COMMENT ON ROLE ana IS 'Ana Analyst'");
    await owner.query('GRANT vetter_admin TO ada');
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...stores.map((s) => s.close()), ...clients.map((c) => c.end())]);
  });

  it('init run again changes nothing; a workspace of a newer Vetter is refused unchanged', async () => {
    const before = await catalog(owner);
    expect(before.roles.map((r) => r.rolname)).toEqual(['vetter_admin', 'vetter_analyst', 'vetter_approver', 'vetter_reader']);
    expect(before.roles.every((r) => !r.rolcanlogin)).toBe(true);
    await initWorkspace(url);
    expect(await catalog(owner)).toEqual(before);

    const newer = await server().createDatabase('team_newer');
    await initWorkspace(newer);
    const client = await server().connect(newer);
    await client.query('UPDATE schema_version SET version = 99');
    const state = await catalog(client);
    await expect(initWorkspace(newer)).rejects.toThrow(/newer version of Vetter \(data format 99.*Nothing has been changed/);
    expect(await catalog(client)).toEqual(state);
  });

  it('an admin grants roles, audited; anyone else is refused, by the core and by the database', async () => {
    const admin = await storeAs('ada');
    expect(await postgresLogin(admin.read)).toEqual({ login: 'ada', access: { roles: ['vetter_reader', 'vetter_admin'], shared: true } });
    await grantRole(admin, 'rita', 'vetter_reader', 'ada');
    await grantRole(admin, 'ana', 'vetter_analyst', 'ada');
    await grantRole(admin, 'ben', 'vetter_approver', 'ada');
    await grantRole(admin, 'cleo', 'vetter_approver', 'ada');
    await expect(grantRole(admin, 'nobody_such', 'vetter_reader', 'ada')).rejects.toThrow(/There is no login nobody_such/);
    expect((await verifyChain(admin.read)).ok).toBe(true);
    expect(await admin.read.all("SELECT actor, summary FROM audit_events WHERE action = 'workspace.grant' ORDER BY seq")).toEqual([
      { actor: 'ada', summary: 'Granted vetter_reader to rita' },
      { actor: 'ada', summary: 'Granted vetter_analyst to ana' },
      { actor: 'ada', summary: 'Granted vetter_approver to ben' },
      { actor: 'ada', summary: 'Granted vetter_approver to cleo' },
    ]);
    // An analyst with psql: the function that grants is not theirs to call, nor is GRANT.
    const ana = await clientAs('ana');
    expect(await attempt(ana, "SELECT vetter_grant_role('ana', 'vetter_admin')")).toBe('denied');
    expect(await attempt(ana, 'GRANT vetter_admin TO ana')).toBe('denied');
    expect((await workspaceUsers(admin.read)).filter((u) => u.login !== 'vetter')).toEqual([
      { login: 'ada', displayName: 'ada', roles: ['vetter_reader', 'vetter_admin'] },
      { login: 'ana', displayName: 'Ana Analyst', roles: ['vetter_reader', 'vetter_analyst'] },
      { login: 'ben', displayName: 'ben', roles: ['vetter_reader', 'vetter_analyst', 'vetter_approver'] },
      { login: 'cleo', displayName: 'cleo', roles: ['vetter_reader', 'vetter_analyst', 'vetter_approver'] },
      { login: 'rita', displayName: 'rita', roles: ['vetter_reader'] },
    ]);
  });

  it('keeps a signing certificate in its holder’s own login, and lets nobody change or remove one', async () => {
    const ana = await storeAs('ana');
    await ana.transaction((tx) => recordCertificate(tx, createIdentity('ana', 'Ana Analyst'), AT));
    await expect(ana.transaction((tx) => recordCertificate(tx, createIdentity('ben', 'Ben'), AT))).rejects.toThrow(
      "A signing certificate is recorded in its holder's own name (ana)",
    );
    expect(await ana.read.all('SELECT login, name FROM signing_certificates')).toEqual([{ login: 'ana', name: 'Ana Analyst' }]);
    const anaClient = await clientAs('ana');
    expect(await attempt(anaClient, "UPDATE signing_certificates SET name = 'Someone'")).toBe('denied');
    expect(await attempt(anaClient, 'DELETE FROM signing_certificates')).toBe('denied');
    const reader = await clientAs('rita');
    expect(await attempt(reader, "INSERT INTO signing_certificates VALUES ('f', 'rita', 'Rita', 'pem', 1, $1)", [AT])).toBe('denied');
    expect(await attempt(owner, "UPDATE signing_certificates SET name = 'Someone'")).toBe('refused: Signing certificates cannot be changed');
    expect(await attempt(owner, 'DELETE FROM signing_certificates')).toBe('refused: Signing certificates cannot be deleted');
  });

  it('each role writes what the app lets it write, through the app’s own write paths', async () => {
    const [ana, ben, ada] = await Promise.all([storeAs('ana'), storeAs('ben'), storeAs('ada')]);
    const v = await new VendorRepository(ana).create(vendorInput({ legalName: 'Northwind Analytics', services: ['AI model/API'] }), 'ana');
    const anaAssessments = new Assessments(ana, databaseEvidence, new VendorRepository(ana), new Findings(ana));
    await anaAssessments.answer(v.id, 'T1', { value: 'yes', verified: true, note: null }, 'ana');
    await anaAssessments.setStatus(v.id, 'in review', null, 'ana');
    // Ana holds no approver role: the database refuses her approval even when the app is bypassed.
    await expect(anaAssessments.setStatus(v.id, 'approved', DUE, 'ana', true)).rejects.toThrow(/Four eyes|lacks vetter_approver/);
    const approved = await new Assessments(ben, databaseEvidence, new VendorRepository(ben), new Findings(ben)).setStatus(v.id, 'approved', DUE, 'ben', true);
    expect(approved).toMatchObject({ status: 'approved', approver: 'ben', preparedBy: ['ana'] });
    const adaSettings = new Settings(ada, { login: 'ada', access: async () => ONE_USER });
    await adaSettings.setFourEyes(false, 'ada');
    await adaSettings.setFourEyes(true, 'ada');
    await new ListVersions(ada).setStaleAfterDays(30, 'ada');
    // Writing the vendors moves their change counter, which no role may write itself.
    expect((await ana.read.get<{ version: number }>("SELECT version FROM change_counters WHERE area = 'vendors'"))?.version).toBeGreaterThan(0);
    expect((await verifyChain(ana.read)).ok).toBe(true);
  });

  it('an analyst enters a vendor’s owner by hand (kept as a one-row import); a hit may reach a vendor via an owner', async () => {
    const ana = await storeAs('ana');
    const v = await new VendorRepository(ana).create(vendorInput({ legalName: 'Osprey Hosting Ltd' }), 'ana');
    const entry = { vendorId: v.id, owner: { name: 'Osprey Holdings', kind: 'company' as const }, kind: 'shareholding' as const, percentage: 60, shares: null, start: '2020', end: null, source: 'Registry' };
    expect(await addOwner(new OwnershipRepository(ana), v, entry, 'ana')).toMatchObject({ links: { created: 1 } });
    expect(await addOwner(new OwnershipRepository(ana), v, { ...entry, percentage: 70 }, 'ana')).toMatchObject({ links: { created: 0, updated: 1 } });
    const check = await owner.query("SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'screening_hits_via_check'");
    expect(check.rows[0].def).toMatch(/'owner'/);
    // Deleting stays an admin's, for what an import replaces.
    const raw = await clientAs('ana');
    await expect(raw.query('DELETE FROM ownership_links')).rejects.toThrow(/permission denied/);
  });

  it('refuses every write a role may not make, even as raw SQL', async () => {
    const owned = await openPostgresStore(url);
    stores.push(owned);
    const vendor = await new VendorRepository(owned).create(vendorInput({ legalName: 'Raw SQL Holdings' }), 'owner');
    const [rita, ana, ben, cleo, ada, nora] = (await Promise.all(['rita', 'ana', 'ben', 'cleo', 'ada', 'nora'].map(clientAs))) as [pg.Client, pg.Client, pg.Client, pg.Client, pg.Client, pg.Client];
    const vendorRow = [randomUUID(), 'Another Co', 'another co', AT, AT];
    const insertVendor = 'INSERT INTO vendors (id, legal_name, norm_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)';

    // Reading: every role; a login with none reads nothing.
    expect(await attempt(rita, 'SELECT count(*) FROM vendors')).toBe('ok');
    expect(await attempt(nora, 'SELECT count(*) FROM vendors')).toBe('denied');
    // A reader writes nothing.
    expect(await attempt(rita, insertVendor, vendorRow)).toBe('denied');
    expect(await attempt(rita, "UPDATE assessments SET status = 'draft'")).toBe('denied');
    // An analyst: vendors, not lists, settings, methodology or deletions.
    expect(await attempt(ana, insertVendor, vendorRow)).toBe('ok');
    expect(await attempt(ana, 'DELETE FROM vendors WHERE id = $1', [vendorRow[0]])).toBe('denied');
    expect(await attempt(ana, "INSERT INTO settings (key, value) VALUES ('four_eyes', 'off')")).toBe('denied');
    expect(await attempt(ana, 'DELETE FROM list_versions')).toBe('denied');
    expect(await attempt(ana, "INSERT INTO methodology_versions (id, version, data, note, created_by, created_at) VALUES ('m', 9, '{}', 'n', 'ana', 't')")).toBe('denied');
    expect(await attempt(ana, "UPDATE change_counters SET version = 0")).toBe('denied');
    expect(await attempt(ana, 'DELETE FROM assessment_preparers')).toBe('denied');
    // An admin: lists and settings, not vendors.
    expect(await attempt(ada, insertVendor, [randomUUID(), 'Admin Co', 'admin co', AT, AT])).toBe('denied');
    expect(await attempt(ada, "UPDATE settings SET value = '45' WHERE key = 'staleAfterDays'")).toBe('ok');

    // Audit events and reports: insert-only for everyone, the triggers behind the grants.
    for (const client of [ana, ben, ada]) {
      expect(await attempt(client, "UPDATE audit_events SET summary = 'nothing'")).toBe('denied');
      expect(await attempt(client, 'DELETE FROM audit_events')).toBe('denied');
      expect(await attempt(client, 'TRUNCATE audit_events')).toBe('denied');
      expect(await attempt(client, 'UPDATE reports SET score = 0')).toBe('denied');
      expect(await attempt(client, 'DELETE FROM reports')).toBe('denied');
    }
    expect(await attempt(owner, "UPDATE audit_events SET summary = 'nothing'")).toBe('refused: Audit events cannot be changed');
    expect(await attempt(owner, 'DELETE FROM audit_events')).toBe('refused: Audit events cannot be deleted');
    // The head every writer moves names the newest event, nothing else; an event is its author's.
    expect(await attempt(ana, "UPDATE audit_head SET hash = 'forged'")).toBe('refused: The audit head names the newest event only');
    // A vendor changed in psql moves its version, in the writer's own name: an app holding the older one is refused.
    expect(await attempt(ana, "UPDATE vendors SET notes = 'quiet change' WHERE id = $1", [vendor.id])).toBe(
      "refused: A vendor is changed by moving its version by one (to 2), in the writer's own name (ana)",
    );
    expect(await attempt(ana, "UPDATE vendors SET notes = 'seen change', version = version + 1, updated_by = 'ana' WHERE id = $1", [vendor.id])).toBe('ok');
    const last = (await owner.query<{ seq: string }>('SELECT max(seq) AS seq FROM audit_events')).rows[0]!.seq;
    expect(await attempt(ana, "INSERT INTO audit_events (seq, at, actor, action, entity_type, summary, prev_hash, hash) VALUES ($1, 't', 'ben', 'x', 'x', 'x', 'x', 'x')", [Number(last) + 1])).toBe(
      'refused: An audit event is recorded in its author\'s own name (ana)',
    );

    // Approval: approvers only, in their own name, and not what they prepared.
    await owner.query("INSERT INTO assessments (vendor_id, status, updated_at) VALUES ($1, 'in review', $2)", [vendor.id, AT]);
    await owner.query("INSERT INTO settings (key, value) VALUES ('four_eyes', 'on') ON CONFLICT (key) DO UPDATE SET value = 'on'");
    const approve = (client: pg.Client, approver: string) =>
      attempt(client, "UPDATE assessments SET status = 'approved', approver = $1, approved_at = $2 WHERE vendor_id = $3", [approver, AT, vendor.id]);
    expect(await approve(ana, 'ana')).toBe('refused: ana lacks vetter_approver for approving an assessment');
    expect(await attempt(ana, "INSERT INTO answers (vendor_id, criterion_id, value, verified, answered_by, answered_at) VALUES ($1, 'T2', '\"yes\"', 0, 'someone', 't')", [vendor.id])).toBe('ok');
    // Ben verifies Ana's answer in psql: the database records him as a preparer, whatever the row says.
    expect(await attempt(ben, "UPDATE answers SET verified = 1, verified_by = 'ana' WHERE vendor_id = $1", [vendor.id])).toBe('ok');
    expect((await owner.query('SELECT login FROM assessment_preparers WHERE vendor_id = $1 ORDER BY login', [vendor.id])).rows).toEqual([{ login: 'ana' }, { login: 'ben' }]);
    expect(await approve(ben, 'ben')).toBe("refused: Four eyes: ben answered, verified or changed this assessment's criteria, so someone else must approve it");
    expect(await approve(cleo, 'ben')).toBe("refused: An assessment is approved in the approver's own name (cleo)");
    expect(await approve(cleo, 'cleo')).toBe('ok');

    // A blocking match: one login proposes in its own name, another dismisses.
    const hitId = await hitOn(owned, vendor.id, 'ofac-sdn');
    const dismiss = (client: pg.Client, reviewer: string) =>
      attempt(client, "UPDATE screening_hits SET decision = 'dismissed', reviewer = $1, decision_reason = 'x' WHERE id = $2", [reviewer, hitId]);
    const propose = (client: pg.Client, by: string) => attempt(client, "UPDATE screening_hits SET proposed_by = $1, proposed_reason = 'x' WHERE id = $2", [by, hitId]);
    const TWO = "refused: Four eyes: dismissing a match on a blocking list needs a second reviewer to agree with another's proposal";
    expect(await dismiss(ana, 'ana')).toBe(TWO);
    expect(await propose(ana, 'ben')).toBe("refused: A dismissal is proposed in the proposer's own name (ana)");
    expect(await propose(ana, 'ana')).toBe('ok');
    expect(await dismiss(ana, 'ana')).toBe(TWO);
    expect(await dismiss(ben, 'ana')).toBe(TWO);
    expect(await dismiss(ben, 'ben')).toBe('ok');
    // Lowering a match's band by hand first lifts nothing: once a match, its dismissal takes two.
    const lowered = await hitOn(owned, vendor.id, 'un-sc');
    expect(await attempt(ana, "UPDATE screening_hits SET band = 'review', score = 0.5 WHERE id = $1", [lowered])).toBe('ok');
    expect(await attempt(ana, "UPDATE screening_hits SET decision = 'dismissed', reviewer = 'ana', decision_reason = 'x' WHERE id = $1", [lowered])).toBe(TWO);
    expect(await attempt(ana, "UPDATE screening_hits SET list_key = 'custom-list' WHERE id = $1", [lowered])).toBe('refused: A hit stays a hit of its vendor on its list entry');
    expect(
      await attempt(
        ana,
        `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at, decision)
         SELECT $1, vendor_id, list_key, 'entry-2', version_id, 'fp-2', entry_name, matched_name, list_name, via, score, 'review', explanation, screened_at, 'dismissed' FROM screening_hits WHERE id = $2`,
        [randomUUID(), lowered],
      ),
    ).toBe('refused: A new hit starts open: it is decided on by a review');

    // Reports: kept in the preparer's name, and not prepared by the approver they name.
    const report = (client: pg.Client, by: string, approver: string | null) =>
      attempt(
        client,
        `INSERT INTO reports (id, kind, vendor_id, subject, generated_at, generated_by, model, model_sha256, pdf, pdf_sha256, pdf_bytes, seq)
         VALUES ($1, 'vendor', $2, 'Raw SQL Holdings', $3, $4, $5, 'm', $6, 'p', 4, (SELECT COALESCE(MAX(seq), 0) + 1 FROM reports))`,
        [randomUUID(), vendor.id, AT, by, JSON.stringify({ signOff: { preparedBy: by, approver } }), Buffer.from('%PDF')],
      );
    expect(await report(ana, 'cleo', null)).toBe("refused: A report is kept in its preparer's own name (ana)");
    expect(await report(cleo, 'cleo', 'cleo')).toBe('refused: Four eyes: cleo approved this assessment, so someone else must prepare its report');
    expect(await report(ana, 'ana', 'cleo')).toBe('ok');
    expect(await attempt(rita, "UPDATE reports SET subject = 'x'")).toBe('denied');
  });

  it('the CLI: init, grant and users on the workspace; exit 1 with the reason when the role forbids it', async () => {
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
    };
    const init = io();
    expect(await run(['workspace', 'init', '--workspace', url], init.io)).toBe(0);
    expect(init.out.join('\n')).toMatch(/^Workspace ready \(data format \d+\): roles vetter_reader, vetter_analyst, vetter_approver, vetter_admin/);

    await owner.query('CREATE ROLE dana LOGIN');
    const refused = io();
    expect(await run(['workspace', 'grant', 'dana', 'analyst', '--workspace', asLogin(url, 'ana')], refused.io)).toBe(1);
    expect(refused.err).toEqual(['ana lacks vetter_admin for granting roles']);
    const granted = io();
    expect(await run(['workspace', 'grant', 'dana', 'analyst', '--workspace', asLogin(url, 'ada')], granted.io)).toBe(0);
    expect(granted.out).toEqual(['Granted vetter_analyst to dana.']);
    const unknownRole = io();
    expect(await run(['workspace', 'grant', 'dana', 'boss', '--workspace', asLogin(url, 'ada')], unknownRole.io)).toBe(1);
    expect(unknownRole.err[0]).toMatch(/^boss is not a Vetter role/);

    const users = io();
    expect(await run(['workspace', 'users', '--format', 'json', '--workspace', asLogin(url, 'rita')], users.io)).toBe(0);
    const listed = JSON.parse(users.out.join('\n')) as { login: string; displayName: string; roles: string[] }[];
    expect(listed.find((u) => u.login === 'dana')).toEqual({ login: 'dana', displayName: 'dana', roles: ['vetter_reader', 'vetter_analyst'] });
    expect(Object.keys(listed[0]!).sort()).toEqual(['displayName', 'login', 'roles']);
    expect(await run(['workspace', 'grant', 'dana', 'analyst'], io().io)).toBe(2);
  });

  it('accepts a finding’s risk only as an approver, in their own name, not having worked on it, even as raw SQL', async () => {
    const [ana, ben] = await Promise.all([storeAs('ana'), storeAs('ben')]);
    const v = await new VendorRepository(ana).create(vendorInput({ legalName: 'Finding Holdings' }), 'ana');
    const findings = new Findings(ana);
    await new Assessments(ana, databaseEvidence, new VendorRepository(ana), findings).answer(v.id, 'T3', { value: 'no', verified: false, note: null }, 'ana');
    const [f] = await findings.list(v.id);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const accept = (login: string, by = login) =>
      `UPDATE findings SET status = 'risk accepted', accepted_by = '${by}', accepted_at = '${AT}', accepted_until = '${until}', acceptance_reason = 'r' WHERE id = '${f!.id}'`;
    // The app bypassed: an analyst, an approver in another's name, an approver who edited the finding are refused.
    expect(await attempt(await clientAs('ana'), accept('ana'))).toBe('refused: ana lacks vetter_approver for accepting a risk');
    const cleo = await clientAs('cleo');
    expect(await attempt(cleo, accept('cleo', 'ben'))).toBe("refused: A risk is accepted in the approver's own name (cleo)");
    await new Findings(ben).update({ ...f!, status: 'in remediation' }, 'ben');
    expect(await attempt(await clientAs('ben'), accept('ben'))).toBe('refused: Four eyes: ben opened, edited or answered this finding, so someone else must accept its risk');
    expect(await attempt(await clientAs('rita'), accept('rita'))).toBe('denied');
    expect(await attempt(cleo, accept('cleo'))).toBe('ok');
    // Edits that leave the acceptance as it is are anyone's with the grant; the database records who made them.
    expect(await attempt(await clientAs('nora'), `UPDATE findings SET notes = 'n' WHERE id = '${f!.id}'`)).toBe('denied');
    expect(await attempt(await clientAs('ana'), `UPDATE findings SET notes = 'n' WHERE id = '${f!.id}'`)).toBe('ok');
    expect((await ana.read.all<{ login: string }>('SELECT login FROM finding_editors WHERE finding_id = ? ORDER BY login', [f!.id])).map((r) => r.login)).toEqual(['ana', 'ben']);
  });
});
