import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../electron/core/lists/entry';
import { type EngineVersion, ScreeningEngine, type ScreenedVendor } from '../../electron/core/screening/engine';
import { MATCHER_VERSION } from '../../electron/core/screening/version';

const listed = (entryId: string, name: string, more: Partial<ListEntry> = {}): ListEntry => ({
  entryId,
  subList: null,
  name,
  aliases: [],
  type: 'entity',
  countries: [],
  addresses: [],
  programmes: [],
  listedDate: null,
  status: 'listed',
  removedDate: null,
  renamedTo: null,
  parents: [],
  remarks: null,
  sourceUrl: null,
  editions: [],
  ...more,
});

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
  'v-sdn': [listed('vortigern', 'VORTIGERN, Ignatius', { type: 'individual', countries: ['CN'] })],
};
const VERSIONS: EngineVersion[] = [
  { id: 'v-1260h', listKey: 'dod-1260h' },
  { id: 'v-sdn', listKey: 'ofac-sdn' },
];
const engine = new ScreeningEngine((v) => (LISTS[v.id] ?? []).map((entry) => ({ entry, fingerprint: entry.entryId })));

function find(legalName: string, opts: { parent?: string; country?: string } = {}) {
  const vendor: ScreenedVendor = {
    id: 'v1',
    legalName,
    otherNames: [],
    parentName: opts.parent ?? null,
    countryOfIncorporation: opts.country ?? null,
    countryOfHeadquarters: null,
  };
  const found = engine.find(engine.load(VERSIONS), vendor);
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
    // A person's name with the vendor's country matches at 0.97 or more; reached through a 0.93 hit, it is held in review.
    expect(find('Quazimodo Avionics Co., Ltd.', { country: 'CN' })('vortigern')?.hit).toMatchObject({ via: 'list-link', band: 'match' });
    const hit = find('Quazimido Avionics', { country: 'CN' });
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
