// The PostgreSQL store (db/postgres/store.ts) on a real server, beside the SQLite one: the Store's semantics hold on
// both engines, and the domains run unchanged over PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { AllegationRegister } from '../../electron/core/allegations/register';
import { Assessments } from '../../electron/core/assessment/assessments';
import { type Domains, openDomains } from '../../electron/core/domains';
import { Findings } from '../../electron/core/findings/findings';
import { appendEvents, listEvents, type NewEvent, verifyChain } from '../../electron/core/audit/log';
import { multiRowInsert, numbered } from '../../electron/core/db/postgres/placeholders';
import { type Sql, type Store, transactionEnded } from '../../electron/core/db/store';
import { yieldToEventLoop } from '../../electron/core/jobs/jobs';
import { parseListFiles } from '../../electron/core/lists/detect';
import { prepareList } from '../../electron/core/lists/prepare';
import { stageList } from '../../electron/core/lists/stage';
import { ListVersions } from '../../electron/core/lists/versions';
import { Scores, type SnapshotDue } from '../../electron/core/scoring/scores';
import { commitBesideWrites } from '../../electron/core/screening/beside-writes';
import { screenedEntry } from '../../electron/core/screening/entries';
import { ScreeningEngine } from '../../electron/core/screening/engine';
import { Screening, type ScreeningPlan } from '../../electron/core/screening/screening';
import { Settings } from '../../electron/core/settings/settings';
import { ONE_USER } from '../../electron/core/workspace/roles';
import { applyImport, planFile } from '../../electron/core/vendors/import';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { ALLEGATION_INPUT, vendorInput } from '../helpers';
import { bothEngines } from '../stores';
import { refFile } from '../unit/lists-fixtures';
import { vendorRepositoryCases } from '../vendor-repository-cases';

const { server, postgres, engines: ENGINES } = bothEngines('store');


const SET = 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
const settings = async (sql: Sql) => (await sql.all<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key')).map((r) => `${r.key}=${r.value}`);
const setting = async (sql: Sql, key: string) => (await sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const AT = '2025-01-31T00:00:00.000Z';

describe.each(ENGINES)('the store on $name', ({ open }) => {
  it('commits every statement of a transaction that awaits between them; a read meanwhile sees none of them', async () => {
    const { store } = await open();
    let seenDuring: string[] = [];
    await store.transaction(async (tx) => {
      await tx.run(SET, ['a', '1']);
      await yieldToEventLoop();
      seenDuring = await settings(store.read);
      await tx.runMany(SET, [['b', '2'], ['c', '3']]);
      expect(await setting(tx, 'c')).toBe('3');
    });
    expect(seenDuring).toEqual([]);
    expect(await settings(store.read)).toEqual(['a=1', 'b=2', 'c=3']);
  });

  it('keeps nothing of a transaction whose work throws after awaiting, passes the error on, and works on after it', async () => {
    const { store } = await open();
    await expect(
      store.transaction(async (tx) => {
        await tx.run(SET, ['a', '1']);
        await pause(5);
        await tx.run(SET, ['b', '2']);
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    // A statement the database refuses (a key taken twice) ends its transaction the same way.
    await expect(
      store.transaction(async (tx) => {
        await tx.run(SET, ['c', '3']);
        await tx.run("INSERT INTO settings (key, value) VALUES ('c', 'again')");
      }),
    ).rejects.toThrow();
    expect(await settings(store.read)).toEqual([]);
    await store.transaction((tx) => tx.run(SET, ['d', '4']));
    expect(await settings(store.read)).toEqual(['d=4']);
  });

  it('refuses statements of a transaction that has ended, with the same message on both engines', async () => {
    const { store } = await open();
    let kept: Sql | null = null;
    await store.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.run(SET, ['late', '1'])).rejects.toThrow(transactionEnded().message);
    expect(await settings(store.read)).toEqual([]);
  });

  it('runMany answers the rows changed by all of its rows: many inserted at once, an upsert meeting its own rows, an update', async () => {
    const { store } = await open();
    // More rows than one statement of many rows holds (placeholders.ts).
    const rows = Array.from({ length: 1_234 }, (_, i) => [`key-${String(i).padStart(4, '0')}`, String(i)]);
    expect(await store.transaction((tx) => tx.runMany('INSERT INTO settings (key, value) VALUES (?, ?)', rows))).toBe(1_234);
    // An upsert whose rows meet each other: the last one stands, as each row had run in turn.
    expect(await store.transaction((tx) => tx.runMany(SET, [['x', '1'], ['x', '2'], ['y', '3']]))).toBe(3);
    // An upsert of more rows than one statement holds, every one already there.
    expect(await store.transaction((tx) => tx.runMany(SET, rows.map(([key]) => [key!, 'again'])))).toBe(1_234);
    expect(await store.transaction((tx) => tx.runMany('UPDATE settings SET value = ? WHERE key LIKE ?', [['u', 'key-000%'], ['v', 'key-12%'], ['w', 'none%']]))).toBe(10 + 34);
    expect(await store.transaction((tx) => tx.runMany('INSERT INTO settings (key, value) VALUES (?, ?)', []))).toBe(0);
    const all = await settings(store.read);
    expect(all).toHaveLength(1_236);
    expect(all.slice(0, 2)).toEqual(['key-0000=u', 'key-0001=u']);
    expect(all[500]).toBe('key-0500=again');
    expect(all.slice(-2)).toEqual(['x=2', 'y=3']);
  });

  it('gives back integers, reals, NULL, text and bytes as better-sqlite3 does', async () => {
    const { store } = await open();
    const row = {
      id: 'PR-ROUNDTRIP',
      kind: 'portfolio',
      vendor_id: null,
      subject: "Zürich 北京 \"quoted\" it's",
      tier: null,
      score: -0.125,
      generated_at: AT,
      generated_by: '',
      model: '{"a":[1,2.5,null]}',
      model_sha256: 'model-sha',
      pdf: Buffer.from([0, 1, 2, 0x25, 0xff]),
      pdf_sha256: 'pdf-sha',
      pdf_bytes: 2 ** 40 + 1,
    };
    const columns = Object.keys(row);
    await store.transaction((tx) =>
      tx.run(`INSERT INTO reports (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row)),
    );
    expect(await store.read.get(`SELECT ${columns.join(', ')} FROM reports`)).toEqual(row);
    // count() and sum() of integers, a comparison: numbers on both engines.
    expect(await store.read.get('SELECT count(*) AS n, sum(pdf_bytes) AS total, max(score) AS top, count(*) = 1 AS one, min(tier) AS none FROM reports')).toEqual({
      n: 1,
      total: 2 ** 40 + 1,
      top: -0.125,
      one: 1,
      none: null,
    });
  });

  it('numbers the placeholders only: a ? in a string literal, a quoted name or a comment stays as written', async () => {
    const { store } = await open();
    await store.transaction((tx) => tx.run("INSERT INTO settings (key, value) VALUES (?, 'why? it''s ?')", ['q']));
    const found = await store.read.get(
      `SELECT value AS "what?" FROM settings -- which one?
       WHERE key = ? /* and? */ AND value = 'why? it''s ?' AND key <> ?`,
      ['q', 'not q'],
    );
    expect(found).toEqual({ 'what?': "why? it's ?" });
  });

  it('answers the reads of a snapshot, issued together, from one state of the data while writes commit', async () => {
    const { store } = await open();
    await store.transaction((tx) => tx.runMany(SET, [['a', '0'], ['b', '0']]));
    let writing = true;
    // Each transaction sets a and b to the same number, a turn of the event loop apart.
    const writes = (async () => {
      for (let i = 1; i <= 20; i++) {
        await store.transaction(async (tx) => {
          await tx.run(SET, ['a', String(i)]);
          await yieldToEventLoop();
          await tx.run(SET, ['b', String(i)]);
        });
      }
      writing = false;
    })();
    const seen: string[][] = [];
    while (writing) {
      seen.push(await store.snapshot((sql) => Promise.all([setting(sql, 'a'), setting(sql, 'b'), setting(sql, 'a')]) as Promise<string[]>));
      // SQLite answers in microtasks: the writes need a turn of the event loop.
      await yieldToEventLoop();
    }
    await writes;
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.filter(([a, b, again]) => a !== b || a !== again)).toEqual([]);
    expect(await store.snapshot((sql) => settings(sql))).toEqual(['a=20', 'b=20']);
  });

  it('runs transactions one at a time, here and from another app on the same data: each sees what the one before committed', async () => {
    const workspace = await open();
    const other = await workspace.another();
    await workspace.store.transaction((tx) => tx.run(SET, ['n', '0']));
    // Read, wait, write: two transactions at once would both read the same number, and one increment would be lost.
    const increment = (store: Store) =>
      store.transaction(async (tx) => {
        const n = Number(await setting(tx, 'n'));
        await pause(10);
        await tx.run(SET, ['n', String(n + 1)]);
      });
    await Promise.all([increment(workspace.store), increment(other), increment(workspace.store), increment(other), increment(other)]);
    expect(await setting(workspace.store.read, 'n')).toBe('5');
  });
});

describe('the PostgreSQL store', () => {
  it('numbers placeholders in order, once per statement text, and writes a plain INSERT for many rows', () => {
    expect(numbered("SELECT ? AS a, '?' AS b, \"c?\" AS d, ? -- ?\n, /* ? */ ?")).toBe("SELECT $1 AS a, '?' AS b, \"c?\" AS d, $2 -- ?\n, /* ? */ $3");
    const insert = multiRowInsert('INSERT INTO t (a, b, c)\n  VALUES (?, 0, ?)');
    expect(insert?.text(2)).toBe('INSERT INTO t (a, b, c)\n  VALUES ($1, 0, $2), ($3, 0, $4)');
    expect(insert?.rowsPerStatement).toBe(500);
    expect(multiRowInsert(`INSERT INTO t (a) VALUES (${'?, '.repeat(999)}?)`)?.rowsPerStatement).toBe(65);
    expect(insert?.upsert).toBe(false);
    // An upsert too, its ON CONFLICT clause after the rows.
    const upsert = multiRowInsert(SET);
    expect(upsert?.upsert).toBe(true);
    expect(upsert?.text(2)).toBe('INSERT INTO settings (key, value) VALUES ($1, $2), ($3, $4) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    // Anything else runs once per row: a row holding a string or a call, a conflict clause with parameters of its own,
    // an INSERT … SELECT.
    const others = [
      "INSERT INTO t (a, b) VALUES (?, 'x')",
      'INSERT INTO t (a) VALUES (lower(?))',
      'INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET b = ?',
      'INSERT INTO t (a) SELECT ?',
      'UPDATE t SET a = ?',
    ];
    for (const other of others) expect(multiRowInsert(other), other).toBeNull();
  });

  it('keeps a snapshot across awaits: a commit made meanwhile is not seen, and it writes nothing', async () => {
    const { store } = await postgres.open();
    await store.transaction((tx) => tx.run(SET, ['a', '1']));
    let kept: Sql | null = null;
    const seen = await store.snapshot(async (sql) => {
      kept = sql;
      const before = await settings(sql);
      await store.transaction((tx) => tx.run(SET, ['b', '2']));
      return [before, await settings(sql)];
    });
    expect(seen).toEqual([['a=1'], ['a=1']]);
    expect(await settings(store.read)).toEqual(['a=1', 'b=2']);
    await expect(kept!.all('SELECT 1')).rejects.toThrow(transactionEnded().message);
    await expect(store.snapshot((sql) => sql.run(SET, ['c', '3']))).rejects.toThrow(/read-only transaction/);
  });

  it('prepares a statement of many parameters by name when it comes again, with the same answers', async () => {
    const { store } = await postgres.open();
    const sum = (n: number) => `SELECT ${Array.from({ length: n }, () => 'CAST(? AS INTEGER)').join(' + ')} AS total`;
    const ones = (n: number) => Array.from({ length: n }, () => 1);
    const named = (tx: Sql) => tx.all<{ name: string }>("SELECT name FROM pg_prepared_statements WHERE name LIKE 'vetter\\_%'");
    const seen = await store.transaction(async (tx) => {
      const answers = [];
      const prepared = [];
      for (const n of [1_000, 1_000, 1_000, 999, 999]) {
        answers.push(await tx.get(sum(n), ones(n)));
        prepared.push((await named(tx)).length);
      }
      return { answers, prepared };
    });
    expect(seen.answers).toEqual([{ total: 1_000 }, { total: 1_000 }, { total: 1_000 }, { total: 999 }, { total: 999 }]);
    // The second of 1,000 parameters is prepared, and the third runs it; fewer parameters go unnamed.
    expect(seen.prepared).toEqual([0, 1, 1, 1, 1]);
  });

  it("leaves pg's own type parsers as they were", async () => {
    const { store } = await postgres.open();
    expect(await store.read.get('SELECT count(*) AS n FROM settings')).toEqual({ n: 0 });
    const client = await server().connect();
    expect((await client.query('SELECT count(*) AS n FROM pg_database WHERE false')).rows).toEqual([{ n: '0' }]);
    expect(pg.types.getTypeParser(pg.types.builtins.INT8)('7')).toBe('7');
  });
});

describe('the vendor repository on PostgreSQL', () => {
  vendorRepositoryCases(async () => (await postgres.open()).store);
});


const actions = async (sql: Sql, entityIds?: string[]) => (await listEvents(sql, { limit: 50, entityIds })).events.map((e) => e.action);

describe.each(ENGINES)('the domains on $name', ({ name, open }) => {
  it('settings: the name the user of a data folder is shown by, changed with an event recorded under their login', async () => {
    const { store } = await open();
    const ana = { login: 'ana', access: async () => ONE_USER };
    const settings = new Settings(store, ana);
    expect(await settings.displayName()).toBe('ana');
    await settings.setDisplayName('Ana Analyst');
    await settings.setDisplayName('Ana B. Analyst');
    expect(await settings.displayName()).toBe('Ana B. Analyst');
    // A team workspace shows the name its administrators gave the login, and Vetter does not change it.
    const named = new Settings(store, { ...ana, givenName: async () => 'Ana from IT' });
    expect(await named.displayName()).toBe('Ana from IT');
    await expect(named.setDisplayName('Someone Else')).rejects.toThrow(/shown by the name its administrators gave your login, ana/);
    const { events } = await listEvents(store.read, { limit: 10 });
    expect(events.map((e) => [e.actor, e.summary])).toEqual([
      ['ana', 'Changed the name shown for ana from Ana Analyst to Ana B. Analyst'],
      ['ana', 'Changed the name shown for ana from ana to Ana Analyst'],
    ]);
  });

  it('the audit log: appended in pages of many rows, verified in pages, listed by entity, and a changed event found', async () => {
    const { store } = await open();
    const event = (i: number): NewEvent => ({ actor: 'ana', action: 'test.event', entityType: 'thing', entityId: `thing-${i % 7}`, summary: `Event ${i}`, after: { i } });
    // More than a statement of many rows holds, and more than verifyChain reads at once.
    await store.transaction((tx) => appendEvents(tx, Array.from({ length: 2_100 }, (_, i) => event(i + 1))));
    await store.transaction((tx) => appendEvents(tx, [event(2_101)]));
    expect(await verifyChain(store.read)).toEqual({ ok: true, checked: 2_101, firstBad: null });
    const page = await listEvents(store.read, { limit: 3, beforeSeq: 100, entityIds: ['thing-0'] });
    expect([page.total, page.events.map((e) => e.seq)]).toEqual([300, [98, 91, 84]]);
    expect(page.events[0]).toMatchObject({ summary: 'Event 98', before: null, after: { i: 98 } });

    // As the workspace's owner could, past the triggers that refuse it (the second wall): the chain still tells.
    await store.transaction(async (tx) => {
      await tx.run(name === 'SQLite' ? 'DROP TRIGGER audit_events_immutable_update' : 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_immutable_update');
      await tx.run("UPDATE audit_events SET summary = 'Nothing happened' WHERE seq = ?", [1_234]);
    });
    expect(await verifyChain(store.read)).toMatchObject({ ok: false, checked: 1_233, firstBad: { seq: 1_234, reason: 'event #1234 was changed after it was written' } });
  });

  it('the audit log: two apps appending at once make one chain', async () => {
    const workspace = await open();
    const other = await workspace.another();
    const append = (store: Store, i: number) =>
      store.transaction(async (tx) => {
        await pause(3);
        await appendEvents(tx, [{ actor: 'ana', action: 'test.event', entityType: 'thing', entityId: null, summary: `Event ${i}` }]);
      });
    await Promise.all(Array.from({ length: 8 }, (_, i) => append(i % 2 ? other : workspace.store, i)));
    expect(await verifyChain(workspace.store.read)).toEqual({ ok: true, checked: 8, firstBad: null });
  });

  it('the vendor import: a file of many vendors written in one transaction, a duplicate updated, then all skipped', async () => {
    const { store, dataDir } = await open();
    const vendors = new VendorRepository(store);
    const existing = await vendors.create(vendorInput({ legalName: 'Vendor 0007 Ltd', criticality: 'low' }), 'ana');
    const file = path.join(dataDir, 'vendors.csv');
    const names = Array.from({ length: 1_200 }, (_, i) => `Vendor ${String(i + 1).padStart(4, '0')} Ltd`);
    fs.writeFileSync(file, ['name,country,services,criticality,annual spend', ...names.map((name, i) => `${name},GB,SaaS,high,${(i + 1) * 1000.5}`)].join('\n'));
    const plan = await planFile(file);
    expect(plan.problemCount).toBe(0);

    expect(await applyImport(store, vendors, plan, { onDuplicate: 'update', actor: 'ana' })).toEqual({ created: 1_199, updated: 1, skipped: 0 });
    expect(await vendors.count()).toBe(1_200);
    expect(await vendors.get(existing.id)).toMatchObject({ legalName: 'Vendor 0007 Ltd', criticality: 'high', annualSpend: 7_003.5 });
    const listed = await vendors.list();
    expect(listed.map((v) => v.legalName)).toEqual(names);
    expect(listed[1_199]).toMatchObject({ countryOfIncorporation: 'GB', services: ['SaaS'], annualSpend: 1_200_600, notes: null });
    expect(await applyImport(store, vendors, plan, { onDuplicate: 'skip', actor: 'ana' })).toEqual({ created: 0, updated: 0, skipped: 1_200 });
    // The vendor created before, 1,199 created and one updated by the import, and each import's own event.
    expect(await verifyChain(store.read)).toEqual({ ok: true, checked: 1 + 1_199 + 1 + 2, firstBad: null });
  });

  it('the allegations register: recorded, edited with a dated history, reaching a vendor and its subsidiaries, deleted; each write audited', async () => {
    const { store } = await open();
    const register = new AllegationRegister(store);
    const created = await register.create(ALLEGATION_INPUT, 'ana');
    expect(created).toMatchObject({ subjectName: ALLEGATION_INPUT.subjectName, credibility: 2, createdBy: 'ana', url: ALLEGATION_INPUT.url, vendorResponse: null });
    expect(await register.get(created.id)).toEqual(created);

    const { before, after } = await register.update(created.id, { ...ALLEGATION_INPUT, status: 'denied by vendor', statusDate: '2025-06-10', vendorResponse: 'We deny it.', credibility: 3 }, 'ben');
    expect(before).toEqual(created);
    expect(after).toMatchObject({ status: 'denied by vendor', vendorResponse: 'We deny it.', credibility: 3 });
    expect(after.statusHistory.map((h) => [h.status, h.date, h.recordedBy])).toEqual([
      ['alleged', '2025-06-01', 'ana'],
      ['denied by vendor', '2025-06-10', 'ben'],
    ]);
    expect(await register.list()).toEqual([after]);

    const parent = { legalName: 'EXAMPLE GROUP HOLDINGS LTD.', otherNames: [], parentName: null };
    const child = { legalName: 'Example Cloud GmbH', otherNames: [], parentName: 'Example Group Holdings Ltd' };
    const unrelated = { legalName: 'Unrelated Ltd', otherNames: [], parentName: null };
    const reached = await register.forVendors([parent, child, unrelated]);
    expect(reached.map((list) => list.map((a) => a.appliesVia))).toEqual([['vendor'], ['parent'], []]);

    await register.delete(created.id, 'ana');
    expect(await register.list()).toEqual([]);
    expect(await register.idsEverReaching(child)).toEqual([created.id]);
    expect(await actions(store.read, [created.id])).toEqual(['allegation.delete', 'allegation.update', 'allegation.create']);
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('lists, screening and scores: a version staged, published with its screening in one transaction, reviewed, rescored, replaced', async () => {
    const { store, evidence } = await open();
    const vendors = new VendorRepository(store);
    const lists = new ListVersions(store);
    const screening = new Screening(store, lists, vendors);
    const scores = new Scores(store, vendors, screening, new AllegationRegister(store), new Assessments(store, evidence, vendors, new Findings(store)), new Findings(store));
    const file = refFile('treasury-ns-cmic/ns-cmic-extract.csv');
    const parsed = await parseListFiles([file]);
    const listed = parsed.entries.find((e) => e.type === 'entity' && e.status === 'listed')!;
    const named = await vendors.create(vendorInput({ legalName: listed.name }), 'ana');
    const other = await vendors.create(vendorInput({ legalName: 'Plain Widgets Ltd' }), 'ana');

    const { versionId } = await stageList(lists, prepareList(parsed, [file]), { actor: 'ana', bundled: false });
    expect(await lists.history()).toEqual([]);
    // The matcher itself, in this thread, over the entries as stored.
    const engine = new ScreeningEngine(async (v) => ({ rows: (await lists.entries(v.id)).map((r) => ({ entry: screenedEntry(r.entry), fingerprint: r.fingerprint })) }));
    const planFor = async (versionIds: string[]): Promise<ScreeningPlan> => {
      const versions = await Promise.all(versionIds.map((id) => lists.version(id)));
      const loaded = await engine.load(versions);
      return { versions, results: (await vendors.list()).map((v) => ({ vendor: { id: v.id, legalName: v.legalName, updatedAt: v.updatedAt }, found: engine.find(loaded, v) })) };
    };
    const plan = await planFor([versionId]);
    const publish = (id: string) => (tx: Sql) => lists.publish([id], 'ana', tx);
    const { run, rescored } = await commitBesideWrites({ store, screening, vendors }, plan, { trigger: 'Imported the list', actor: 'ana' }, publish(versionId));
    expect(run).toMatchObject({ vendorCount: 2, counts: { match: 1, review: 0, clear: 1 } });
    expect(rescored).toEqual([named.id]);
    expect((await lists.current()).map((v) => [v.id, v.listKey, v.entryCount])).toEqual([[versionId, parsed.listKey, parsed.entries.length]]);
    expect(await screening.lastRun()).toEqual(run);
    const { hits } = await screening.storedFor(named.id);
    expect(await screening.statuses()).toEqual({
      [named.id]: { status: 'match', viaParent: false, openHits: hits.length },
      [other.id]: { status: 'clear', viaParent: false, openHits: 0 },
    });
    expect(hits.find((h) => h.entryId === listed.entryId)).toMatchObject({ listKey: parsed.listKey, versionId, band: 'match', review: { decision: 'open' } });
    await scores.keep([named.id, other.id]);
    await scores.keep([named.id, other.id]);
    expect((await scores.history(named.id)).length).toBe(1);
    for (const hit of hits) await screening.review(hit.id, 'dismissed', 'Another company of the same name', 'ben');
    expect(await screening.statusOf(named.id)).toEqual({ status: 'clear', viaParent: false, openHits: 0 });
    await scores.keep([named.id]);
    expect((await scores.history(named.id)).map((h) => h.reason)).toHaveLength(2);

    // A newer version of the list: in use at once, the older one kept in the history; the dismissal stands (same entry).
    const newer = { ...file, name: 'ns-cmic-newer.csv', bytes: new Uint8Array([...file.bytes, 0x0a]) };
    const next = await stageList(lists, prepareList(await parseListFiles([newer]), [newer]), { actor: 'ana', bundled: false });
    const again = await commitBesideWrites({ store, screening, vendors }, await planFor([next.versionId]), { trigger: 'Imported the newer list', actor: 'ana' }, publish(next.versionId));
    expect(again.run.counts).toEqual({ match: 0, review: 0, clear: 2 });
    expect((await lists.history()).map((v) => [v.id, v.current])).toEqual([
      [next.versionId, true],
      [versionId, false],
    ]);
    expect(await screening.lastRun()).toEqual(again.run);
    await lists.setStaleAfterDays(30, 'ana');
    expect(await lists.staleAfterDays()).toBe(30);
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('assessments: answers, evidence and the review workflow, read as one state; a later answer reopens the approval', async () => {
    const { store, dataDir, evidence: content } = await open();
    const vendors = new VendorRepository(store);
    const assessments = new Assessments(store, content, vendors, new Findings(store));
    const v = await vendors.create(vendorInput({ services: ['AI model/API'] }), 'ana');
    await assessments.answer(v.id, 'T1', { value: 'yes', verified: true, note: 'Model cards seen' }, 'ana');
    const source = path.join(dataDir, 'model-cards.txt');
    const text = 'Model cards for every model in the service.\n';
    fs.writeFileSync(source, text);
    const evidence = await assessments.addEvidence(v.id, 'T1', source, 'model-cards.txt', 'ana');
    expect(evidence).toMatchObject({ criterionId: 'T1', fileName: 'model-cards.txt', size: text.length });

    const due = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await assessments.setStatus(v.id, 'in review', null, 'ana');
    // Ben is another person on the workspace (shared): four eyes let him approve what Ana prepared.
    const approved = await assessments.setStatus(v.id, 'approved', due, 'ben', true);
    expect(approved).toMatchObject({ status: 'approved', approver: 'ben', reassessDue: due, overdue: false, preparedBy: ['ana'] });
    expect(approved.answers.T1).toMatchObject({ value: 'yes', verified: true, note: 'Model cards seen', answeredBy: 'ana' });
    expect(approved.evidence).toEqual({ T1: [evidence] });
    expect(await assessments.get(v.id)).toEqual(approved);
    expect(await assessments.reassessDates()).toEqual(new Map([[v.id, due]]));

    const reopened = await assessments.answer(v.id, 'T1', { value: 'no', verified: false, note: null }, 'ana');
    expect(reopened).toMatchObject({ status: 'draft', approver: null, reassessDue: due });
    const today = new Date().toISOString().slice(0, 10);
    expect(await assessments.scoringAnswers(v.id)).toEqual({ T1: { value: 'no', verified: false, evidence: 1, answeredAt: today } });
    expect(await assessments.allScoringAnswers()).toEqual(new Map([[v.id, { T1: { value: 'no', verified: false, evidence: 1, answeredAt: today } }]]));
    // Kept where the workspace keeps evidence (a data folder's evidence/, a team workspace's database), and read back.
    expect(await assessments.stored(evidence.id)).toMatchObject({ bytes: Buffer.from(text), type: { ext: 'txt' } });

    await vendors.delete(v.id, v.version, 'ana');
    await expect(assessments.answer(v.id, 'T1', { value: 'partial', verified: false, note: null }, 'ana')).rejects.toThrow(/no longer exists/);
    expect(await actions(store.read, [v.id])).toEqual([
      'vendor.delete',
      'assessment.answer',
      'assessment.draft',
      'assessment.approved',
      'assessment.in-review',
      'assessment.evidence',
      'assessment.answer',
      'vendor.create',
    ]);
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('the vendor list: another app’s additions, edits and deletions (marked, or the row removed) are patched into its index, as a list read afresh sees them', async () => {
    const workspace = await open();
    const mine = openDomains(workspace.store, workspace.evidence);
    const theirs = openDomains(await workspace.another(), workspace.evidence);
    const page = (d: Domains, query = '') =>
      d.vendorList.page({ query, filters: { criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '' }, sort: { key: 'legalName', direction: 'asc' }, offset: 0, limit: 100 });
    const names = async (d: Domains) => (await page(d)).rows.map((r) => r.vendor.legalName);
    for (const legalName of ['Alpha Ltd', 'Bravo Ltd', 'Charlie Ltd', 'Delta Ltd']) await mine.vendors.create(vendorInput({ legalName }), 'ana');
    const listed = vi.spyOn(mine.vendors, 'list');
    expect(await names(mine)).toEqual(['Alpha Ltd', 'Bravo Ltd', 'Charlie Ltd', 'Delta Ltd']);
    const byName = new Map((await theirs.vendors.list()).map((v) => [v.legalName, v]));

    await theirs.vendors.create(vendorInput({ legalName: 'Aardvark Ltd', countryOfIncorporation: 'NL' }), 'ben');
    const renamed = byName.get('Alpha Ltd')!;
    await theirs.vendors.update(renamed.id, renamed.version, vendorInput({ legalName: 'Zulu Ltd' }), 'ben');
    await theirs.vendors.delete(byName.get('Bravo Ltd')!.id, byName.get('Bravo Ltd')!.version, 'ben');
    // As the workspace's owner could: the row itself removed, which leaves its stamp (a tombstone) behind.
    await workspace.store.transaction((tx) => tx.run('DELETE FROM vendors WHERE id = ?', [byName.get('Charlie Ltd')!.id]));
    expect(await names(mine)).toEqual(['Aardvark Ltd', 'Delta Ltd', 'Zulu Ltd']);
    expect((await page(mine, 'zulu')).matched).toBe(1);
    // The Netherlands (the vendor added) before the United Kingdom (every vendor's here).
    expect((await page(mine)).countries).toEqual(['NL', 'GB']);

    await theirs.vendors.restore(byName.get('Bravo Ltd')!.id, 'ben');
    expect(await names(mine)).toEqual(['Aardvark Ltd', 'Bravo Ltd', 'Delta Ltd', 'Zulu Ltd']);
    // The last vendor of the Netherlands moved: the country goes from the list.
    const aardvark = (await theirs.vendors.list()).find((v) => v.legalName === 'Aardvark Ltd')!;
    await theirs.vendors.update(aardvark.id, aardvark.version, vendorInput({ legalName: 'Aardvark Ltd', countryOfIncorporation: 'GB' }), 'ben');
    expect((await page(mine)).countries).toEqual(['GB']);
    // Read whole once, when first asked; patched since.
    expect(listed).toHaveBeenCalledTimes(1);
    expect(await names(openDomains(workspace.store, workspace.evidence))).toEqual(await names(mine));
  });

  it('score snapshots: a keep scored before another write to its vendor committed never leaves its score standing over that write’s', async () => {
    const workspace = await open();
    const mine = openDomains(workspace.store, workspace.evidence);
    // Incorporated in China: its score then moves with its criticality.
    const input = (criticality: 'low' | 'medium' | 'critical') => vendorInput({ legalName: 'Acme Cloud Ltd', countryOfIncorporation: 'CN', dataShared: ['Customer personal data'], criticality });
    let vendor = await mine.vendors.create(input('low'), 'ana');
    const edit = async (criticality: 'low' | 'medium' | 'critical') => {
      vendor = await mine.vendors.update(vendor.id, vendor.version, input(criticality), 'ana');
      return (await mine.scores.score(vendor.id)).score;
    };
    const kept = async () => (await mine.scores.history(vendor.id)).map((h) => h.score);
    /** Another app's keep of the vendor, held once scored, as it asks for its transaction (where the write lock is). */
    const theirKeep = async () => {
      const store = await workspace.another();
      let scored!: () => void;
      const asked = new Promise<void>((resolve) => (scored = resolve));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const held: Store = {
        read: store.read,
        snapshot: (work) => store.snapshot(work),
        screeningTransaction: (work) => store.screeningTransaction(work),
        transaction: async (work, options) => {
          scored();
          await gate;
          return store.transaction(work, options);
        },
      };
      const keeping = openDomains(held, workspace.evidence).scores.keep([vendor.id]);
      await asked;
      return { keeping, release };
    };
    await mine.scores.keep([vendor.id]);
    const low = (await mine.scores.score(vendor.id)).score;

    // Raised and scored by their keep; put back, so that my keep finds its score kept already. Theirs lands, stale,
    // and scores the vendor again.
    const critical = await edit('critical');
    const raised = await theirKeep();
    expect(await edit('low')).toBe(low);
    await mine.scores.keep([vendor.id]);
    raised.release();
    await raised.keeping;
    expect(await kept()).toEqual([low, critical, low]);

    // Raised and scored by their keep; raised further and kept by mine first: theirs is never kept.
    const medium = await edit('medium');
    const between = await theirKeep();
    expect(await edit('critical')).toBe(critical);
    await mine.scores.keep([vendor.id]);
    between.release();
    await between.keeping;
    expect(new Set([low, medium, critical]).size).toBe(3);
    expect(await kept()).toEqual([critical, low, critical, low]);
  });

  it('score snapshots: a keep whose snapshot goes in behind one stamped later (another app’s clock ahead) ends', async () => {
    const { store, evidence } = await open();
    const d = openDomains(store, evidence);
    const input = (criticality: 'low' | 'critical') => vendorInput({ legalName: 'Acme Cloud Ltd', countryOfIncorporation: 'CN', criticality });
    const vendor = await d.vendors.create(input('low'), 'ana');
    await d.scores.keep([vendor.id]);
    await store.transaction((tx) => tx.run("UPDATE score_snapshots SET at = '2999-01-01T00:00:00.000Z' WHERE vendor_id = ?", [vendor.id]));
    await d.vendors.update(vendor.id, vendor.version, input('critical'), 'ana');
    await d.scores.keep([vendor.id]);
    expect(await store.read.get('SELECT count(*) AS n FROM score_snapshots WHERE vendor_id = ?', [vendor.id])).toEqual({ n: 2 });
  });

  it('score snapshots: kept many to a statement, they are the ones kept one at a time, in the same order, a stale one skipped', async () => {
    const kept = async (keep: (d: Domains, due: SnapshotDue[]) => Promise<void>) => {
      const { store, evidence } = await open();
      const d = openDomains(store, evidence);
      const ids: string[] = [];
      for (const [i, criticality] of (['low', 'high', 'critical', 'medium', 'low'] as const).entries()) {
        ids.push((await d.vendors.create(vendorInput({ legalName: `Vendor ${i} Ltd`, criticality }), 'ana')).id);
      }
      const due = await d.scores.snapshotsDue(ids);
      // The second and fourth vendors' snapshots kept meanwhile: theirs in `due` are computed from none, so are stale.
      await d.scores.keepSnapshots([due[1]!, due[3]!]);
      await keep(d, due);
      const rows = await store.read.all<{ legal_name: string; seq: number; score: number; tier: string; reason: string; digest: string; methodology_version: number; result: string }>(
        'SELECT v.legal_name, s.seq, s.score, s.tier, s.reason, s.digest, s.methodology_version, s.result FROM score_snapshots s JOIN vendors v ON v.id = s.vendor_id ORDER BY s.seq',
      );
      expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => a - b));
      return rows.map(({ seq: _seq, ...rest }) => rest);
    };
    const batched = await kept((d, due) => d.scores.keepSnapshots(due));
    const oneByOne = await kept(async (d, due) => {
      for (const s of due) await d.scores.keepSnapshots([s]);
    });
    expect(batched.map((r) => r.legal_name)).toEqual(['Vendor 1 Ltd', 'Vendor 3 Ltd', 'Vendor 0 Ltd', 'Vendor 2 Ltd', 'Vendor 4 Ltd']);
    expect(batched).toEqual(oneByOne);
  });
});
