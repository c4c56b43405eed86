// Saved views of the vendor list on both engines: saved, replaced by name, one opening at start, deleted (marked), each
// audited, and each login's own. On PostgreSQL row-level security keeps them so for any client: a reader saves views,
// and nobody reads or changes another's.
import { describe, expect, it } from 'vitest';
import { listEvents } from '../../electron/core/audit/log';
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { openPostgresStore } from '../../electron/core/db/postgres/store';
import type { VendorView } from '../../electron/core/views/model';
import { SavedViews } from '../../electron/core/views/repository';
import { attempt } from '../postgres-server';
import { testCore } from '../helpers';
import { bothEngines } from '../stores';

const { server, engines } = bothEngines('views');

const ANY: VendorView['filters'] = { criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '' };

const HIGH_RISK: VendorView = {
  query: 'cloud',
  filters: { ...ANY, tier: 'High', country: 'CN' },
  sort: { key: 'risk', direction: 'desc' },
  columns: ['legalName', 'screening', 'risk', 'country'],
};
const EVERY_VENDOR: VendorView = { query: '', filters: ANY, sort: { key: 'legalName', direction: 'asc' }, columns: ['legalName', 'annualSpend'] };

describe.each(engines)('saved views on $name', ({ open }) => {
  it('saves, replaces by name, keeps one view opening at start, deletes by marking, each audited and each login’s own', async () => {
    const { store } = await open();
    const views = new SavedViews(store);
    const first = await views.save({ name: 'High risk in China', definition: HIGH_RISK, isDefault: true }, 'ana');
    await views.save({ name: 'Spend', definition: EVERY_VENDOR, isDefault: false }, 'ana');
    await views.save({ name: 'Mine', definition: EVERY_VENDOR, isDefault: true }, 'ben');
    expect((await views.list('ana')).map((v) => [v.name, v.isDefault, v.definition])).toEqual([
      ['High risk in China', true, HIGH_RISK],
      ['Spend', false, EVERY_VENDOR],
    ]);
    expect((await views.list('ben')).map((v) => v.name)).toEqual(['Mine']);

    // The same name in other letters replaces the view, keeping its id; a new default takes over from the last.
    const replaced = await views.save({ name: 'SPEND', definition: { ...EVERY_VENDOR, query: 'ai' }, isDefault: true }, 'ana');
    const listed = await views.list('ana');
    expect(listed.map((v) => [v.name, v.isDefault, v.definition.query])).toEqual([
      ['High risk in China', false, 'cloud'],
      ['SPEND', true, 'ai'],
    ]);
    expect(replaced.id).toBe(listed[1]!.id);
    expect((await views.list('ben'))[0]!.isDefault).toBe(true);

    // Deleting marks the view: gone from the list, a second delete (or another's) finds nothing.
    await views.remove(first.id, 'ana');
    expect((await views.list('ana')).map((v) => v.name)).toEqual(['SPEND']);
    await expect(views.remove(first.id, 'ana')).rejects.toMatchObject({ code: 'not_found' });
    await expect(views.remove(replaced.id, 'ben')).rejects.toMatchObject({ code: 'not_found' });
    expect(Number((await store.read.get<{ n: number | string }>('SELECT count(*) AS n FROM saved_views WHERE removed_at IS NOT NULL'))!.n)).toBe(1);
    // Its name is free again.
    await views.save({ name: 'High risk in China', definition: HIGH_RISK, isDefault: false }, 'ana');

    const events = (await listEvents(store.read, { limit: 50 })).events.filter((e) => e.entityType === 'view');
    expect(events.map((e) => [e.actor, e.action, e.summary]).reverse()).toEqual([
      ['ana', 'views.save', 'Saved the vendor list view "High risk in China", opened at start'],
      ['ana', 'views.save', 'Saved the vendor list view "Spend"'],
      ['ben', 'views.save', 'Saved the vendor list view "Mine", opened at start'],
      ['ana', 'views.save', 'Changed the vendor list view "SPEND", opened at start'],
      ['ana', 'views.remove', 'Deleted the vendor list view "High risk in China"'],
      ['ana', 'views.save', 'Saved the vendor list view "High risk in China"'],
    ]);
  });

  it('opens a view whose column a later version dropped, without that column', async () => {
    const { store } = await open();
    const views = new SavedViews(store);
    const saved = await views.save({ name: 'Old', definition: HIGH_RISK, isDefault: false }, 'ana');
    await store.transaction((tx) => tx.run('UPDATE saved_views SET definition = ? WHERE id = ?', [JSON.stringify({ ...HIGH_RISK, columns: ['legalName', 'retired', 'risk'] }), saved.id]));
    expect((await views.list('ana'))[0]!.definition.columns).toEqual(['legalName', 'risk']);
  });
});

describe('saved views on PostgreSQL, by login', () => {
  it('a reader saves views; row-level security hides and protects each login’s views from every other, whatever the client', async () => {
    const url = await server().createDatabase('views_roles');
    await initWorkspace(url);
    const owner = await server().connect(url);
    for (const login of ['rudi', 'sana']) await owner.query(`CREATE ROLE ${login} LOGIN`);
    await owner.query('GRANT vetter_reader TO rudi');
    await owner.query('GRANT vetter_analyst TO sana');
    const as = (login: string) => {
      const u = new URL(url);
      u.username = login;
      return u.toString();
    };
    const [readerStore, analystStore] = [await openPostgresStore(as('rudi')), await openPostgresStore(as('sana'))];
    const [rudi, sana] = [await server().connect(as('rudi')), await server().connect(as('sana'))];
    try {
      const rudis = await new SavedViews(readerStore).save({ name: 'Watch list', definition: HIGH_RISK, isDefault: true }, 'rudi');
      await new SavedViews(analystStore).save({ name: 'Work', definition: EVERY_VENDOR, isDefault: false }, 'sana');
      // Each login reads only its own, even asking for all.
      expect((await sana.query('SELECT name FROM saved_views')).rows).toEqual([{ name: 'Work' }]);
      expect((await rudi.query('SELECT name FROM saved_views')).rows).toEqual([{ name: 'Watch list' }]);
      // A view saved in another's name is refused; another's view cannot be changed or deleted.
      expect(
        await attempt(sana, "INSERT INTO saved_views (id, owner, page, name, name_key, definition, created_at, updated_at) VALUES ('x', 'rudi', 'vendors', 'Planted', 'planted', '{}', 't', 't')"),
      ).toBe('denied');
      expect((await sana.query("UPDATE saved_views SET name = 'Taken' WHERE id = $1", [rudis.id])).rowCount).toBe(0);
      expect(await attempt(sana, 'DELETE FROM saved_views')).toBe('denied');
      // The reader still writes nothing else.
      expect(await attempt(rudi, "INSERT INTO settings (key, value) VALUES ('four_eyes', 'off')")).toBe('denied');
      expect((await owner.query("SELECT name FROM saved_views WHERE owner = 'rudi'")).rows).toEqual([{ name: 'Watch list' }]);
      // The reader's save is in the audit chain, in their own name.
      expect((await owner.query("SELECT actor FROM audit_events WHERE action = 'views.save' ORDER BY seq")).rows.map((r) => r.actor)).toEqual(['rudi', 'sana']);
    } finally {
      await Promise.all([rudi.end(), sana.end(), owner.end(), readerStore.close(), analystStore.close()]);
    }
  });
});

describe('saving a view through the core', () => {
  it('refuses a view without the legal name first, a column twice or no name, saving nothing', async () => {
    const t = testCore();
    const bad = [
      { name: 'No name column', definition: { ...EVERY_VENDOR, columns: ['risk', 'legalName'] } },
      { name: 'Twice', definition: { ...EVERY_VENDOR, columns: ['legalName', 'risk', 'risk'] } },
      { name: '   ', definition: EVERY_VENDOR },
    ];
    const answers = await Promise.all(bad.map((input) => t.invokeUnchecked('views.save', input)));
    expect(answers.map((a) => a.ok === false && a.error.code)).toEqual(['invalid_input', 'invalid_input', 'invalid_input']);
    expect(answers.map((a) => a.ok === false && Object.values(a.error.details ?? {}))).toEqual([
      ['The legal name is the first column'],
      ['A column is shown once'],
      ['Give the view a name'],
    ]);
    expect((await t.call('views.list', {})).views).toEqual([]);
    const saved = await t.call('views.save', { name: 'Spend', definition: EVERY_VENDOR });
    expect(saved).toMatchObject({ name: 'Spend', isDefault: false, definition: EVERY_VENDOR });
    await t.call('views.remove', { id: saved.id });
    expect((await t.call('views.list', {})).views).toEqual([]);
  });
});
