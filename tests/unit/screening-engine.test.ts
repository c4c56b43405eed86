import { describe, expect, it } from 'vitest';
import type { Identifier } from '../../electron/core/identifiers';
import type { ListEntry } from '../../electron/core/lists/entry';
import { newEntry } from '../../electron/core/lists/text';
import { type EngineVersion, ScreeningEngine, type ScreenedVendor } from '../../electron/core/screening/engine';
import { MATCHER_VERSION } from '../../electron/core/screening/version';

const listed = (entryId: string, name: string, more: Partial<ListEntry> = {}): ListEntry => ({ ...newEntry(entryId, name), type: 'entity', ...more });

// Filler entries give the generic words realistic (high) frequencies.
const FILLER = Array.from({ length: 400 }, (_, i) =>
  listed(`filler-${i}`, `Filler${i} ${['Trading', 'Technology', 'International', 'Holdings', 'Group', 'China', 'Global'][i % 7]} Co., Ltd.`),
);
const LISTS: Record<string, ListEntry[]> = {
  'v-1260h': [
    ...FILLER,
    // The list links this entry to a listed company and to a listed person (1260H parents, OFAC "Linked To").
    listed('quazimodo', 'Quazimodo Avionics Co., Ltd.', { parents: ['Zephyrine Aerospace Group', 'Ignatius Vortigern'] }),
    listed('zephyrine', 'Zephyrine Aerospace Group Corporation'),
    // Found only through a weak alias, whose links are never followed.
    listed('obscura', 'Obscura Instruments Trust', { weakAliases: ['Bellatrix Optics'], parents: ['Zephyrine Aerospace Group'] }),
  ],
  'v-sdn': [
    listed('vortigern', 'VORTIGERN, Ignatius', { type: 'individual', countries: ['CN'] }),
    // Identifiers as OFAC prints them in its remarks (lists/identifiers.ts reads them).
    listed('tenebris', 'TENEBRIS HOLDINGS LIMITED', {
      countries: ['RU'],
      identifiers: [
        { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12', country: null, text: 'Legal Entity Number 5493001KJTIIGC8Y1R12' },
        { scheme: 'TAX', value: '7736640919', country: 'RU', text: 'Tax ID No. 7736640919 (Russia)' },
      ],
      parents: ['Zephyrine Aerospace Group'],
    }),
  ],
};
const VERSIONS: EngineVersion[] = [
  { id: 'v-1260h', listKey: 'dod-1260h' },
  { id: 'v-sdn', listKey: 'ofac-sdn' },
];
const engine = new ScreeningEngine((v) => ({ rows: (LISTS[v.id] ?? []).map((entry) => ({ entry, fingerprint: entry.entryId })) }));
const loaded = await engine.load(VERSIONS);

function find(legalName: string, opts: { parent?: string; country?: string; identifiers?: Identifier[] } = {}) {
  const vendor: ScreenedVendor = {
    id: 'v1',
    legalName,
    otherNames: [],
    parentName: opts.parent ?? null,
    countryOfIncorporation: opts.country ?? null,
    countryOfHeadquarters: null,
    identifiers: opts.identifiers ?? [],
  };
  const found = engine.find(loaded, vendor);
  return (entryId: string) => found.find((f) => f.entryId === entryId);
}

describe('ScreeningEngine: links the lists make', () => {
  it('finds an entry the list links to what the vendor matched, via "list-link", and says the list links them', () => {
    const hit = find('Quazimodo Avionics Co., Ltd.');
    expect(hit('quazimodo')?.hit).toMatchObject({ via: 'name', band: 'match', score: 1 });
    const linked = hit('zephyrine')?.hit;
    expect(linked).toMatchObject({ via: 'list-link', matchedName: 'Zephyrine Aerospace Group', band: 'match' });
    expect(linked?.explanation.text).toContain('the list links "Quazimodo Avionics Co., Ltd." to "Zephyrine Aerospace Group"');
    expect(linked?.explanation.text).not.toMatch(/parent company/);
    expect(linked?.explanation.link).toEqual({ entryName: 'Quazimodo Avionics Co., Ltd.', score: 1 });
  });

  it('scores a linked hit no higher than the hit that brought the link', () => {
    const hit = find('Quazimido Avionics');
    const direct = hit('quazimodo')!.hit;
    expect(direct).toMatchObject({ band: 'match' });
    expect(direct.score).toBeLessThan(1);
    // Zephyrine's own name agrees exactly, but the hit rests on the misspelt one.
    expect(hit('zephyrine')?.hit).toMatchObject({ via: 'list-link', score: direct.score, band: 'match' });
    expect(hit('zephyrine')?.hit.explanation.text).toContain(`no higher than the hit on "Quazimodo Avionics Co., Ltd." that brought it (${direct.score.toFixed(2)})`);
  });

  it('takes the band from the capped score: below the match threshold the linked hit is for review', () => {
    // A person's name with the vendor's country matches at 0.97 or more; reached through a lower hit (a typo in the first
    // letter, which is not read as a typo), it is held in review.
    expect(find('Quazimodo Avionics Co., Ltd.', { country: 'CN' })('vortigern')?.hit).toMatchObject({ via: 'list-link', band: 'match' });
    const hit = find('Guazimodo Avionics', { country: 'CN' });
    const direct = hit('quazimodo')!.hit;
    const linked = hit('vortigern')!.hit;
    expect(linked).toMatchObject({ via: 'list-link', band: 'review', score: direct.score });
    expect(linked.score).toBeLessThan(linked.explanation.thresholds.match);
  });

  it('follows links from matches only', () => {
    const hit = find('Quazimodo Avionics Cloud Services');
    expect(hit('quazimodo')?.hit.band).toBe('review');
    expect(hit('zephyrine')).toBeUndefined();
  });

  it("keeps \"parent\" for the vendor's own recorded parent company", () => {
    const linked = find('Acme Widgets Ltd', { parent: 'Zephyrine Aerospace Group' })('zephyrine')?.hit;
    expect(linked).toMatchObject({ via: 'parent', band: 'match', score: 1 });
    expect(linked?.explanation.text).toContain('parent company name "Zephyrine Aerospace Group"');
    expect(linked?.explanation.link).toBeUndefined();
  });

  it('records the matcher version on every hit', () => {
    const hit = find('Quazimodo Avionics Co., Ltd.');
    expect(['quazimodo', 'zephyrine', 'vortigern'].map((id) => hit(id)?.matcher)).toEqual([MATCHER_VERSION, MATCHER_VERSION, MATCHER_VERSION]);
    expect(MATCHER_VERSION).toMatch(/^\d{4}\.\d{2}-\d+$/);
  });
});

describe('ScreeningEngine: weak aliases', () => {
  it('indexes them, finds them word for word in review, and follows no link from them', () => {
    const lookup = find('Bellatrix Optics');
    expect(lookup('obscura')?.hit).toMatchObject({ band: 'review', listNameKind: 'weak-alias', listName: 'Bellatrix Optics' });
    expect(lookup('zephyrine')).toBeUndefined();
  });
});

describe('ScreeningEngine: identifiers', () => {
  it('finds an entry by an LEI the list prints, whatever the names say, as exact evidence in the match band', () => {
    const hit = find('Northwind Consulting GmbH', { identifiers: [{ scheme: 'LEI', value: '5493 001K JTII GC8Y 1R12' }] })('tenebris')?.hit;
    expect(hit).toMatchObject({ via: 'identifier', band: 'match', score: 1, matchedName: 'LEI:5493 001K JTII GC8Y 1R12', listName: 'Legal Entity Number 5493001KJTIIGC8Y1R12' });
    expect(hit?.explanation.text).toContain('is the one the list prints for "TENEBRIS HOLDINGS LIMITED"');
    expect(hit?.explanation.text).toContain('issued once, worldwide');
  });

  it('counts a tax number in the match band only where the countries agree; elsewhere it is for review', () => {
    const tax = [{ scheme: 'TAX' as const, value: '7736640919' }];
    expect(find('Northwind', { identifiers: tax, country: 'RU' })('tenebris')?.hit).toMatchObject({ via: 'identifier', band: 'match' });
    const abroad = find('Northwind', { identifiers: tax, country: 'DE' })('tenebris')?.hit;
    expect(abroad).toMatchObject({ via: 'identifier', band: 'review' });
    expect(abroad?.explanation.text).toContain('held in the review band');
    expect(find('Northwind', { identifiers: tax })('tenebris')?.hit).toMatchObject({ band: 'review' });
    // The same number under another scheme is not the same identifier.
    expect(find('Northwind', { identifiers: [{ scheme: 'REG', value: '7736640919' }], country: 'RU' })('tenebris')).toBeUndefined();
  });

  it('keeps one hit per entry and says what the other evidence found', () => {
    const hit = find('Tenebris Holdings Limited', { identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' }] })('tenebris')?.hit;
    expect(hit?.via).toBe('identifier');
    expect(hit?.explanation.text).toContain(`name "Tenebris Holdings Limited" also resembles "TENEBRIS HOLDINGS LIMITED"`);
    const byName = find('Tenebris Holdings Limited', { identifiers: [{ scheme: 'TAX', value: '7736640919' }], country: 'DE' })('tenebris')?.hit;
    expect(byName?.via).toBe('name');
    expect(byName?.explanation.text).toContain('identifier TAX:7736640919 is also one the list prints for this entry');
  });

  it('follows the links the list makes from an identifier match', () => {
    const hit = find('Northwind', { identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' }] });
    expect(hit('zephyrine')?.hit).toMatchObject({ via: 'list-link', band: 'match' });
  });
});
