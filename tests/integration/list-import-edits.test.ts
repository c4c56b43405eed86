// Edits while a list import re-screens every vendor on a team workspace (#13): the import is one transaction that
// holds the write lock only at its end, so others' edits commit meanwhile; an edited vendor is screened again, as
// edited, before the import commits. On a real PostgreSQL server, each app its own core and connections.
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VendorInput } from '../../electron/core/contract';
import { openWorkspace } from '../../electron/core/workspace/open';
import { coreOn, type TestCore, vendorInput } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';
import { refPath } from '../reference-data';
import { postgresDatabases } from '../stores';

const LOGINS = ['ana', 'ben', 'cleo', 'dan', 'eve', 'fay', 'gus', 'hal'];

let server: PostgresServer;
let newDatabase: () => Promise<string>;
const cores: TestCore[] = [];
const clients: pg.Client[] = [];

beforeAll(async () => {
  server = await startPostgres();
  newDatabase = await postgresDatabases(server, 'beside');
}, 240_000);

// Each test's apps and clients end with it: the server's connection slots are few.
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end()));
  await Promise.all(cores.splice(0).map((t) => t.core.close()));
}, 180_000);

afterAll(() => server?.stop(), 180_000);

/** An app of its own on the workspace at `url`, as `login` when given (the test server trusts logins from 127.0.0.1). */
async function app(url: string, login?: string): Promise<TestCore> {
  const address = new URL(url);
  if (login) address.username = login;
  const t = coreOn(await openWorkspace({ engine: 'postgres', url: address.toString() }));
  cores.push(t);
  return t;
}

async function client(url: string): Promise<pg.Client> {
  const c = await server.connect(url);
  clients.push(c);
  return c;
}

const importing = (t: TestCore, file: string, jobId: string) => t.call('lists.import', { files: [t.pick(refPath(file))], jobId, confirmed: true });

/** Resolves once `check` holds, looking again each turn of a short wait: an observation, not a timing. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('edits during a list import on a team workspace', () => {
  it('keeps an edit committed while the re-screen is under way, and screens its vendor as edited, and a vendor created meanwhile, against the new list', async () => {
    const url = await newDatabase();
    const [importer, editor] = [await app(url), await app(url)];
    const plain = vendorInput({ legalName: 'Plain Widgets Ltd' });
    const x = await importer.call('vendors.create', plain);
    const other = await importer.call('vendors.create', vendorInput({ legalName: 'Other Widgets Ltd' }));
    // A first list screens every vendor, so each has its row of when it was last screened.
    await importing(importer, 'treasury-ns-cmic/ns-cmic-extract.csv', 'first');

    // Held here, that row stops the re-screen midway: X's hits are stored, its transaction still open.
    const blocker = await client(url);
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM vendor_screening WHERE vendor_id = $1 FOR UPDATE', [x.id]);
    let settled = false;
    const imported = importing(importer, 'dod-1260h/1260h.csv', 'second').finally(() => (settled = true));
    const watch = await client(url);
    await until(async () => (await watch.query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO vendor_screening%'")).rowCount! > 0);

    // Another user renames X to a company on the list being imported: the edit commits while the import waits.
    const edited = await editor.call('vendors.update', { id: x.id, version: x.version, vendor: { ...plain, legalName: 'Huawei Technologies Co., Ltd.', countryOfIncorporation: 'CN' } });
    // And creates a vendor on that list: the import screens it too before it publishes the list.
    const created = await editor.call('vendors.create', vendorInput({ legalName: 'China Mobile Communications Group Co., Ltd.', countryOfIncorporation: 'CN' }));
    expect(settled).toBe(false);
    expect((await watch.query("SELECT state FROM list_versions WHERE list_key = 'dod-1260h'")).rows).toEqual([{ state: 'staged' }]);
    await blocker.query('ROLLBACK');
    const { run } = await imported;

    // The edit is kept, and X's hits are its new name's against the new list, from the import's one run.
    expect(await importer.call('vendors.get', { id: x.id })).toMatchObject({ legalName: 'Huawei Technologies Co., Ltd.', version: edited.version });
    expect(run!.vendorCount).toBe(3);
    const screening = await importer.call('screening.vendor', { vendorId: x.id });
    expect(screening.screening.status).toBe('match');
    expect(screening.screenedAt).toBe(run!.at);
    expect(screening.hits.filter((h) => h.listKey === 'dod-1260h').map((h) => h.entryName)).toContain('Huawei Technologies Co., Ltd.');
    expect((await importer.call('screening.vendor', { vendorId: other.id })).hits).toEqual([]);
    const fresh = await importer.call('screening.vendor', { vendorId: created.id });
    expect(fresh.screenedAt).toBe(run!.at);
    expect(fresh.hits.filter((h) => h.listKey === 'dod-1260h').map((h) => h.entryName)).toContain('China Mobile Communications Group Co., Ltd.');
    // The edit committed before the import: its audit event comes first, and the chain is one.
    const { events } = await importer.call('audit.list', { limit: 10 });
    const seqOf = (action: string) => Math.max(...events.filter((e) => e.action === action).map((e) => e.seq));
    expect(seqOf('vendor.update')).toBeLessThan(seqOf('list.import'));
    expect(await importer.call('audit.verify', {})).toMatchObject({ ok: true, firstBad: null });
  }, 300_000);

  it('lets eight apps edit vendors and review hits throughout a list import, with no deadlock and one audit chain', async () => {
    const url = await newDatabase();
    const owner = await client(url);
    for (const login of LOGINS) await owner.query(`CREATE ROLE ${login} LOGIN; GRANT vetter_analyst TO ${login}`);
    const importer = await app(url);
    await importing(importer, 'dod-1260h/1260h.csv', 'first');
    // Each app's own vendor, and one listed vendor whose hits the first apps review, each its own hit.
    const listed = await importer.call('vendors.create', vendorInput({ legalName: 'Huawei Technologies Co., Ltd.', countryOfIncorporation: 'CN', otherNames: [{ name: 'BGI Genomics Co., Ltd.', kind: 'other' }] }));
    const own = await Promise.all(LOGINS.map((login) => importer.call('vendors.create', vendorInput({ legalName: `${login} Supplies Ltd` }))));
    await importer.call('screening.run', { jobId: 'screen' });
    const hits = (await importer.call('screening.vendor', { vendorId: listed.id })).hits;
    expect(hits.length).toBeGreaterThan(0);
    const apps = await Promise.all(LOGINS.map((login) => app(url, login)));

    let done = false;
    const imported = importing(importer, 'bis-denied-persons/2023-11-30/dpl.txt', 'second').finally(() => (done = true));
    // Each app edits its vendor and reviews a hit in turn until the import has committed, three rounds at least.
    const last = await Promise.all(
      apps.map(async (t, k) => {
        let input: VendorInput = vendorInput({ legalName: `${LOGINS[k]} Supplies Ltd` });
        let decision: 'confirmed' | 'open' = 'open';
        for (let n = 0; !done || n < 3; n++) {
          const vendor = await t.call('vendors.get', { id: own[k]!.id });
          input = { ...input, legalName: `${LOGINS[k]} Supplies ${n} Ltd`, notes: `Edit ${n}` };
          await t.call('vendors.update', { id: vendor.id, version: vendor.version, vendor: input });
          if (k >= hits.length) continue;
          decision = n % 2 === 0 ? 'confirmed' : 'open';
          await t.call('screening.review', { hitId: hits[k]!.id, decision, reason: decision === 'open' ? '' : `${LOGINS[k]} review ${n}` });
        }
        return { input, decision };
      }),
    );
    const { run } = await imported;

    expect(run!.vendorCount).toBe(LOGINS.length + 1);
    for (const [k, { input }] of last.entries()) {
      expect(await importer.call('vendors.get', { id: own[k]!.id })).toMatchObject({ legalName: input.legalName, notes: input.notes });
      // Screened by the import as its last edit before the import committed left it, or after.
      expect((await importer.call('screening.vendor', { vendorId: own[k]!.id })).screenedAt).toBe(run!.at);
    }
    const reviewed = (await importer.call('screening.vendor', { vendorId: listed.id })).hits;
    for (const [k, { decision }] of last.entries()) {
      if (k < hits.length) expect(reviewed.find((h) => h.id === hits[k]!.id)?.review.decision).toBe(decision);
    }
    expect(await importer.call('audit.verify', {})).toMatchObject({ ok: true, firstBad: null });
  }, 600_000);
});
