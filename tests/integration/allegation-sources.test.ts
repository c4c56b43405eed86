// Several reports of one event (#15): an allegation with several sources, on both engines. Migration 26 gives every
// allegation recorded before its own source as its first, losing nothing; further sources are added and taken off
// with their audit events, and an independent publisher raises the vendor's score where a repeat does not.
import { describe, expect, it } from 'vitest';
import { AllegationRegister } from '../../electron/core/allegations/register';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { migratePostgres } from '../../electron/core/db/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { similarAllegations } from '../../electron/core/allegations/similar';
import { ALLEGATION_INPUT, tempDir, testCore, vendorInput } from '../helpers';
import { bothEngines } from '../stores';

const { server, engines } = bothEngines('allegation_sources');

const OLD_ROW = `INSERT INTO allegations (id, subject_name, subject_norm, source_title, publisher, source_type, url, published_at, claims, status, status_history,
  vendor_response, credibility, credibility_rationale, created_at, created_by, updated_at)
  VALUES ('al-1', 'Example Group', 'example group', 'Memo on Example Group', 'Financial Times', 'major press', 'https://ft.example/1', '2025-11-15',
  '[{"category":"IP or model theft","text":"Copied weights"}]', 'alleged', '[]', NULL, 3, 'Plausible', '2025-11-16T10:00:00.000Z', 'ana', '2025-11-16T10:00:00.000Z')`;
const FIRST_SOURCE = {
  id: 'al-1:1',
  position: 1,
  sourceTitle: 'Memo on Example Group',
  publisher: 'Financial Times',
  sourceType: 'major press',
  url: 'https://ft.example/1',
  publishedAt: '2025-11-15',
  evidence: null,
  addedBy: 'ana',
  addedAt: '2025-11-16T10:00:00.000Z',
};

describe('migration 26: allegation sources', () => {
  it('SQLite: an allegation recorded before keeps its source, now its first', async () => {
    const dir = tempDir();
    const old = openDatabase(dir, MIGRATIONS.filter((m) => m.version < 26));
    old.exec(OLD_ROW);
    old.close();
    const db = openDatabase(dir);
    expect(db.prepare('SELECT count(*) AS n FROM allegations').get()).toEqual({ n: 1 });
    const t = testCore(dir);
    const [a] = (await t.call('allegations.list', {})).allegations;
    expect(a).toMatchObject({ id: 'al-1', sourceTitle: 'Memo on Example Group', publisher: 'Financial Times', sources: [FIRST_SOURCE] });
    db.close();
  });

  it('PostgreSQL: the same', async () => {
    const client = await server().connect(await server().createDatabase('allegation_sources_migration'));
    try {
      await migratePostgres(client, POSTGRES_MIGRATIONS.filter((m) => m.version < 26));
      await client.query(OLD_ROW);
      await migratePostgres(client);
      const { rows } = await client.query('SELECT id, allegation_id, position, source_title, publisher, source_type, url, published_at, evidence, added_by, added_at FROM allegation_sources');
      expect(rows).toEqual([
        { id: 'al-1:1', allegation_id: 'al-1', position: '1', source_title: 'Memo on Example Group', publisher: 'Financial Times', source_type: 'major press', url: 'https://ft.example/1', published_at: '2025-11-15', evidence: null, added_by: 'ana', added_at: '2025-11-16T10:00:00.000Z' },
      ]);
      expect((await client.query('SELECT count(*)::int AS n FROM allegations')).rows).toEqual([{ n: 1 }]);
    } finally {
      await client.end();
    }
  });
});

describe.each(engines)('sources of an allegation ($name)', (engine) => {
  it('are added and taken off with their audit events; the first is edited with the allegation', async () => {
    const { store } = await engine.open();
    const register = new AllegationRegister(store);
    const created = await register.create(ALLEGATION_INPUT, 'ana');
    expect(created.sources.map((s) => [s.position, s.publisher])).toEqual([[1, 'Trade Weekly']]);
    const source = { sourceTitle: 'Example Group copied weights, says lab', publisher: 'Reuters', sourceType: 'major press' as const, url: null, publishedAt: '2025-06-03', evidence: 'Quotes the lab’s letter.' };
    const two = await register.addSource(created.id, source, 'ana');
    expect(two.sources.map((s) => [s.position, s.publisher, s.sourceType, s.evidence])).toEqual([
      [1, 'Trade Weekly', 'trade press', null],
      [2, 'Reuters', 'major press', 'Quotes the lab’s letter.'],
    ]);
    const edited = await register.update(created.id, { ...ALLEGATION_INPUT, publisher: 'Trade Weekly Online' }, 'ana');
    expect(edited.after.sources.map((s) => s.publisher)).toEqual(['Trade Weekly Online', 'Reuters']);
    await expect(register.removeSource(created.id, two.sources[0]!.id, 'ana')).rejects.toMatchObject({ code: 'invalid_input' });
    const back = await register.removeSource(created.id, two.sources[1]!.id, 'ana');
    expect(back.sources).toHaveLength(1);
    // Taken off, not lost: the row stays, marked removed.
    expect(await store.read.all('SELECT position, removed_at IS NOT NULL AS removed FROM allegation_sources WHERE allegation_id = ? ORDER BY position', [created.id])).toHaveLength(2);
    const actions = (await store.read.all<{ action: string }>('SELECT action FROM audit_events ORDER BY seq')).map((e) => e.action);
    expect(actions).toEqual(['allegation.create', 'allegation.source.add', 'allegation.update', 'allegation.source.remove']);
  });
});

describe('a second report through the core', () => {
  it('an independent publisher raises the score, the same publisher again does not; the form finds the event', async () => {
    const t = testCore();
    const vendor = await t.call('vendors.create', vendorInput({ legalName: 'Example Group Holdings Ltd' }));
    const a = await t.call('allegations.create', ALLEGATION_INPUT);
    const score = async () => (await t.call('scores.vendor', { vendorId: vendor.id })).result.components.allegations;
    const one = await score();
    const report = { sourceTitle: 'Example Group copied model weights', publisher: 'Trade Weekly', sourceType: 'trade press' as const, url: null, publishedAt: '2025-06-05', evidence: null };
    expect(similarAllegations({ ...report, claims: [{ category: 'IP or model theft' }] }, [a]).map((s) => s.why)).toEqual(['shares the claim “IP or model theft”; 4 days apart; title words in common: example, group']);
    await t.call('allegations.addSource', { allegationId: a.id, source: report });
    expect(await score()).toBe(one);
    await t.call('allegations.addSource', { allegationId: a.id, source: { ...report, publisher: 'Reuters', sourceType: 'major press' } });
    const three = await score();
    expect(three).toBeGreaterThan(one);
    const { history, result } = await t.call('scores.vendor', { vendorId: vendor.id });
    expect(history[0]!.reason).toMatch(/Allegation: Report on Example Group/);
    expect(result.factors.find((f) => f.factor === `allegation:${a.id}`)!.detail).toMatch(/Strongest source: Reuters, a major press \(0.6\)\. Independent publishers also reporting it: Trade Weekly \(0.4\)/);
  });
});
