// The core on both kinds of workspace, opened as the hosts open them (workspace/open.ts): its key paths on a data folder
// and on a team workspace on a real PostgreSQL server; then what only a team workspace has: the database login as the
// identity in the audit log, evidence shared between apps, other apps' changes heard within 2 s (LISTEN/NOTIFY), a
// lost connection said plainly and got over by itself, a schema a login may not bring up to date, TLS as libpq's
// settings ask.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../electron/browser-host';
import { DATA_AREAS, type DataChange } from '../../electron/core/data-areas';
import { migratePostgres } from '../../electron/core/db/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import type { Broadcast } from '../../electron/core/host';
import type { Workspace } from '../../electron/core/workspace/model';
import { openWorkspace } from '../../electron/core/workspace/open';
import { coreOn, ROOT, tempDir, type TestCore, vendorInput } from '../helpers';
import { type PostgresServer, startPostgres, tcpProxy } from '../postgres-server';
import { refPath } from '../reference-data';
import { postgresDatabases } from '../stores';

let server: PostgresServer;
let newDatabase: () => Promise<string>;
const cores: TestCore[] = [];

beforeAll(async () => {
  server = await startPostgres({ tls: true });
  newDatabase = await postgresDatabases(server, 'ws');
}, 240_000);

afterAll(async () => {
  await Promise.all(cores.splice(0).map((t) => t.core.close()));
  await server?.stop();
}, 180_000);

const LATEST = POSTGRES_MIGRATIONS.at(-1)!.version;
const team = (url: string, options?: { readOnly?: boolean }) => openWorkspace({ engine: 'postgres', url }, options);

/** A core on `workspace`, closed after the tests; `changed` hears what the core tells its windows. */
function core(workspace: Workspace, changed?: (change: DataChange) => void, options: { withPack?: boolean } = {}): TestCore {
  const broadcast: Broadcast | undefined = changed && { progress: () => undefined, changed };
  const t = coreOn(workspace, { broadcast, ...options });
  cores.push(t);
  return t;
}

function write(name: string, text: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

const HEADER = 'name,aliases,country,parent,website,services,data_shared,criticality,owner,notes';

const ENGINES = [
  { engine: 'sqlite', name: 'a data folder (SQLite)', open: () => openWorkspace({ engine: 'sqlite', dataDir: tempDir() }) },
  { engine: 'postgres', name: 'a team workspace (PostgreSQL)', open: async () => team(await newDatabase()) },
] as const;

describe.each(ENGINES)('the core on $name', ({ engine, open }) => {
  it('keeps vendors typed, edited and imported, each change audited under the login, the chain intact', async () => {
    const t = core(await open());
    const { login } = t.core.workspace.identity;
    expect(await t.call('app.info', {})).toMatchObject({ workspace: { engine }, login, user: login, schemaVersion: LATEST, vendorCount: 0 });
    const acme = await t.call('vendors.create', vendorInput({ legalName: 'Acme Cloud Ltd' }));
    await t.call('vendors.update', { id: acme.id, version: acme.version, vendor: vendorInput({ legalName: 'Acme Cloud Ltd', criticality: 'critical' }) });
    const file = t.pick(write('vendors.csv', `${HEADER}\nACME cloud ltd,,US,,,SaaS,None,low,,\nBeta Data GmbH,,DE,,,Data processing,None,low,,\nGamma AI,,FR,,,AI model/API,None,high,,\n`));
    const preview = await t.call('vendors.importPreview', { file });
    expect(preview.duplicates).toEqual([expect.objectContaining({ name: 'ACME cloud ltd', existingName: 'Acme Cloud Ltd' })]);
    expect(await t.call('vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'import' })).toEqual({ created: 2, updated: 0, skipped: 1 });
    const page = await t.call('vendors.page', { query: '', filters: {}, sort: { key: 'legalName', direction: 'asc' }, offset: 0, limit: 100 });
    expect(page.rows.map((r) => [r.vendor.legalName, r.vendor.criticality])).toEqual([
      ['Acme Cloud Ltd', 'critical'],
      ['Beta Data GmbH', 'low'],
      ['Gamma AI', 'high'],
    ]);
    const { events } = await t.call('audit.list', { limit: 10 });
    expect(events.map((e) => e.actor)).toEqual(events.map(() => login));
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, checked: events.length });
  });

  it('imports a list, screens against it in the worker, keeps a review, an answer and its evidence, and scores', async () => {
    const t = core(await open());
    const huawei = await t.call('vendors.create', vendorInput({ legalName: 'Huawei Technologies Co., Ltd.', countryOfIncorporation: 'CN', services: ['AI model/API'] }));
    const acme = await t.call('vendors.create', vendorInput({ legalName: 'Acme Widgets Ltd' }));
    await t.call('lists.import', { files: [t.pick(refPath('dod-1260h/1260h.csv'))], jobId: 'list', confirmed: true });
    const { hits } = await t.call('screening.vendor', { vendorId: huawei.id });
    const hit = hits.find((h) => h.listKey === 'dod-1260h' && h.band === 'match' && h.via === 'name')!;
    expect(hit).toMatchObject({ entryName: 'Huawei Technologies Co., Ltd.' });
    // The parent the list names for it is reached through the list's link, not through the word "Huawei" alone.
    expect(hits.find((h) => h.entryName === 'Huawei Investment & Holding Co., Ltd.')).toMatchObject({ via: 'list-link', band: 'match' });
    expect((await t.call('screening.vendor', { vendorId: acme.id })).hits).toEqual([]);
    await t.call('screening.review', { hitId: hit.id, decision: 'confirmed', reason: 'Same company' });

    await t.call('assessment.answer', { vendorId: huawei.id, criterionId: 'T1', value: 'yes', verified: true, note: null });
    const content = '%PDF-1.4 model cards (test)';
    const evidence = await t.call('assessment.addEvidence', { vendorId: huawei.id, criterionId: 'T1', file: t.pick(write('cards.pdf', content)) });
    const stored = await t.core.evidenceFile(evidence.id);
    expect(stored).toMatchObject({ fileName: 'cards.pdf', type: { ext: 'pdf' } });
    expect(stored.bytes.toString()).toBe(content);
    // A data folder keeps its copy on disk; a team workspace in its database, on no one's disk.
    expect(stored.path === null).toBe(engine === 'postgres');

    const { result } = await t.call('scores.vendor', { vendorId: huawei.id });
    expect(result.factors.some((f) => f.factor.startsWith('designation:'))).toBe(true);
    // Ranked by the scoring worker, on its own read-only store.
    const { vendors } = await t.call('scores.portfolio', {});
    expect(vendors.map((v) => v.name)).toEqual(['Huawei Technologies Co., Ltd.', 'Acme Widgets Ltd']);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  }, 60_000);
});

/** Runs `sql` as the server's superuser on the database at `url`. */
async function asOwner(url: string, sql: string): Promise<void> {
  const client = await server.connect(url);
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `url` logged in as `login` instead. */
const as = (url: string, login: string) => url.replace('//vetter@', `//${login}@`);

/** Until every core on the database of `url` listens for other apps' changes. */
async function listening(url: string, cores: number): Promise<void> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = await server.connect();
  try {
    await expect
      .poll(async () => Number((await client.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query = 'LISTEN vetter_changes'", [database])).rows[0].n), { timeout: 10_000 })
      .toBe(cores);
  } finally {
    await client.end();
  }
}

describe('a team workspace', () => {
  it('records the database login as who acts, shown by the name it chose, with the Vetter roles it holds', async () => {
    const url = await newDatabase();
    // Roles made by `vetter workspace init` (tests/stores.ts); a login of the server's, named by its administrators.
    await asOwner(server.url, "CREATE ROLE ana LOGIN; GRANT vetter_analyst TO ana; COMMENT ON ROLE ana IS 'Ana Analyst'");
    const t = core(await team(as(url, 'ana')));
    expect(await t.call('app.info', {})).toMatchObject({ login: 'ana', user: 'Ana Analyst', workspace: { engine: 'postgres', address: as(url, 'ana') } });
    expect(await t.call('settings.get', {})).toMatchObject({ shared: true, roles: ['vetter_reader', 'vetter_analyst'] });
    const vendor = await t.call('vendors.create', vendorInput({ services: ['AI model/API'] }));
    await t.call('assessment.answer', { vendorId: vendor.id, criterionId: 'T1', value: 'yes', verified: false, note: null });
    // The vendor, the answer, and the finding it opens (a Yes with no evidence attached).
    expect((await t.call('audit.list', { limit: 5 })).events.map((e) => [e.action, e.actor])).toEqual([
      ['assessment.answer', 'ana'],
      ['finding.open', 'ana'],
      ['vendor.create', 'ana'],
    ]);
    // Who acts is the login, whatever name is typed: here Settings does not even change the name shown.
    expect(await t.invoke('settings.setUser', { name: 'Chief Compliance Officer' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'ana lacks vetter_admin for changing the name shown' } });
    // The superuser is a member of every role; the name Ana was given is hers alone.
    const owner = core(await team(url));
    expect(await owner.call('app.info', {})).toMatchObject({ login: 'vetter', user: 'vetter' });
    expect((await owner.call('settings.get', {})).roles).toEqual(['vetter_reader', 'vetter_analyst', 'vetter_approver', 'vetter_admin']);
  });

  it('shares evidence and hears another app’s change; its own windows hear each change once', async () => {
    const url = await newDatabase();
    const heardA: DataChange[] = [];
    const heardB: DataChange[] = [];
    const a = core(await team(url), (c) => heardA.push(c));
    const b = core(await team(url), (c) => heardB.push(c));
    await listening(url, 2);

    // How soon is measured by `npm run bench:workspace`; here, generous waits for a loaded machine.
    const vendor = await a.call('vendors.create', vendorInput({ legalName: 'Seen Elsewhere Ltd' }));
    await expect.poll(() => heardB, { timeout: 20_000, interval: 20 }).toContainEqual({ areas: ['vendors', 'screening', 'scores', 'audit'] });
    expect((await b.call('vendors.list', {})).vendors.map((v) => v.legalName)).toEqual(['Seen Elsewhere Ltd']);

    const evidence = await a.call('assessment.addEvidence', { vendorId: vendor.id, criterionId: 'A1', file: a.pick(write('soc2.pdf', '%PDF-1.4 SOC 2 (test)')) });
    expect((await b.core.evidenceFile(evidence.id)).bytes.toString()).toBe('%PDF-1.4 SOC 2 (test)');
    await expect.poll(() => heardB.filter((c) => c.areas.includes('assessments')), { timeout: 20_000 }).toHaveLength(1);

    // A command-line core (no windows, no listening) tells the others too.
    await core(await team(url)).call('vendors.create', vendorInput({ legalName: 'From A Script Ltd' }));
    await expect.poll(() => heardA.filter((c) => c.areas.includes('vendors')), { timeout: 20_000 }).toHaveLength(2);
    // A's own two writes were told to its windows once each, never echoed back by the server.
    expect(heardA.filter((c) => c.areas.includes('assessments'))).toHaveLength(1);
  });

  it('leaves loading the bundled lists to an admin: an analyst finding none is told who can, and screens once they are in', async () => {
    const url = await newDatabase();
    await asOwner(server.url, 'CREATE ROLE cleo LOGIN; GRANT vetter_analyst TO cleo');
    const analyst = core(await team(as(url, 'cleo')), undefined, { withPack: true });
    await analyst.call('vendors.create', vendorInput({ legalName: 'Awaiting Lists Ltd' }));
    analyst.core.prepare();
    expect(await analyst.invoke('screening.run', { jobId: 'first' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('This team workspace has no lists yet, so nothing can be screened. Someone with vetter_admin loads the bundled lists') },
    });
    expect((await analyst.call('lists.list', {})).current).toEqual([]);

    // The owner (a superuser: every role) opens the workspace: its app loads the pack, and the analyst screens.
    const admin = core(await team(url), undefined, { withPack: true });
    await admin.call('screening.run', { jobId: 'load' });
    expect((await analyst.call('lists.list', {})).current.length).toBeGreaterThan(5);
    expect(await analyst.call('screening.run', { jobId: 'second' })).toMatchObject({ vendorCount: 1 });
  }, 180_000);

  it('says plainly that it cannot be reached, changes nothing meanwhile, and resumes by itself', async () => {
    const url = await newDatabase();
    const port = Number(new URL(url).port);
    const proxy = await tcpProxy(port);
    try {
      const changes: DataChange[] = [];
      const viaProxy = url.replace(`:${port}/`, `:${proxy.port}/`);
      const t = core(await team(viaProxy), (c) => changes.push(c));
      await t.call('vendors.create', vendorInput({ legalName: 'Before The Outage Ltd' }));
      await listening(url, 1);

      await proxy.cut();
      const cannot = { ok: false, error: { code: 'unavailable', message: expect.stringMatching(new RegExp(`^The workspace at 127\\.0\\.0\\.1:${proxy.port} cannot be reached: .+; nothing was changed\\.$`)) } };
      expect(await t.invoke('vendors.list', {})).toMatchObject(cannot);
      const told = changes.length;
      expect(await t.invoke('vendors.create', vendorInput({ legalName: 'During The Outage Ltd' }))).toMatchObject(cannot);
      // Nothing changed, so no window is told to reload (it could not, and a page failing to load drops a form).
      expect(changes).toHaveLength(told);

      await proxy.restore();
      await expect.poll(async () => (await t.invoke('vendors.list', {})).ok, { timeout: 10_000 }).toBe(true);
      expect((await t.call('vendors.list', {})).vendors.map((v) => v.legalName)).toEqual(['Before The Outage Ltd']);
      // Back, the listening connection tells the windows that anything may have changed meanwhile.
      await expect.poll(() => changes.some((c) => c.areas.length === DATA_AREAS.length), { timeout: 10_000 }).toBe(true);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('connects over TLS as the address or PGSSLMODE and PGSSLROOTCERT ask, checking the server against the given CA', async () => {
    const url = await newDatabase();
    const encrypted = async (workspace: Workspace) => {
      const row = await workspace.store.read.get<{ ssl: number }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      await workspace.close();
      return row?.ssl;
    };
    expect(await encrypted(await team(`${url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(server.caFile!)}`))).toBe(1);
    expect(await encrypted(await team(url))).toBe(0);
    const before = { ...process.env };
    try {
      Object.assign(process.env, { PGSSLMODE: 'verify-full', PGSSLROOTCERT: server.caFile });
      expect(await encrypted(await team(url))).toBe(1);
      // A CA that did not sign the server's certificate: refused before anything is sent.
      process.env.PGSSLROOTCERT = path.join(ROOT, 'tests', 'fixtures', 'other-ca.crt');
      await expect(team(url)).rejects.toThrow(/certificate/);
    } finally {
      for (const key of ['PGSSLMODE', 'PGSSLROOTCERT']) {
        if (before[key] === undefined) delete process.env[key];
        else process.env[key] = before[key];
      }
    }
  });

  it('opens an up-to-date schema for a login that may not change it, and refuses an older one saying who may', async () => {
    const url = await newDatabase();
    await asOwner(server.url, 'CREATE ROLE ben LOGIN; GRANT vetter_reader TO ben');
    expect((await core(await team(as(url, 'ben'))).call('app.info', {})).schemaVersion).toBe(LATEST);

    // A workspace the previous version made: every migration but the last.
    const older = await server.createDatabase('ws_older');
    const client = await server.connect(older);
    try {
      await migratePostgres(client, POSTGRES_MIGRATIONS.slice(0, -1));
      await client.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO ben');
    } finally {
      await client.end();
    }
    await expect(team(as(older, 'ben'))).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`older data format (${LATEST - 1}; this version of Vetter uses ${LATEST}): its owner brings it up to date`) });
    // Read only, it is refused as older; the owner's open brings it up to date.
    await expect(team(older, { readOnly: true })).rejects.toMatchObject({ message: expect.stringMatching(/older version of Vetter/) });
    expect((await core(await team(older)).call('app.info', {})).schemaVersion).toBe(LATEST);
    // A database without a workspace is not created by a read.
    await expect(team(await server.createDatabase('ws_empty'), { readOnly: true })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/no Vetter workspace yet/) });
  });
});

describe('the browser host', () => {
  it('serves a team workspace given by its address, keeping uploads in flight in the local data folder', async () => {
    const url = await newDatabase();
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><div id="root"></div>');
    const local = tempDir();
    const config = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = local;
    try {
      const host = await startBrowserHost({ workspace: { engine: 'postgres', url }, rendererDir: renderer, version: 'test' });
      try {
        expect(fs.readdirSync(path.join(local, 'Vetter'))).toEqual([expect.stringMatching(/^incoming-/)]);
        const page = await hostRequest(host.port, `/${new URL(host.url).search}`, {});
        const session = /<meta name="vetter-session" content="([^"]+)">/.exec(page)![1]!;
        const answer = JSON.parse(await hostRequest(host.port, '/api/invoke', { 'x-vetter-token': session, 'content-type': 'application/json' }, JSON.stringify({ method: 'app.info', input: {} })));
        expect(answer).toMatchObject({ ok: true, value: { login: 'vetter', workspace: { engine: 'postgres', address: url } } });
      } finally {
        await host.close();
      }
    } finally {
      if (config === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = config;
    }
  });
});

/** A request to a local host (POST when there is a body), answering its body. */
function hostRequest(port: number, requestPath: string, headers: Record<string, string>, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: requestPath, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end(body);
  });
}
