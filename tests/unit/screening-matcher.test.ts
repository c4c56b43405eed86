import { describe, expect, it } from 'vitest';
import type { EntryType } from '../../electron/core/lists/entry';
import { ScreeningIndex, type IndexedName } from '../../electron/core/screening/candidate-index';
import { screen, type VendorNames } from '../../electron/core/screening/matcher';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../electron/core/screening/thresholds';

function entry(
  entryKey: string,
  names: string[],
  opts: { listKey?: string; countries?: string[]; type?: EntryType } = {},
): IndexedName[] {
  return names.map((name, i) => ({
    entryKey,
    listKey: opts.listKey ?? 'ofac-sdn',
    name,
    kind: i === 0 ? 'primary' : 'alias',
    countries: opts.countries ?? [],
    type: opts.type ?? 'entity',
  }));
}

// A small list with the shapes that matter; filler entries give the generic words realistic (high) frequencies.
const FILLER = Array.from({ length: 400 }, (_, i) =>
  entry(`filler-${i}`, [`Filler${i} ${['Trading', 'Technology', 'International', 'Holdings', 'Group', 'China', 'Global'][i % 7]} Co., Ltd.`]),
).flat();
const INDEX = ScreeningIndex.build([
  ...FILLER,
  ...entry('hikvision', ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hikvision'], { listKey: 'dod-1260h', countries: ['CN'] }),
  ...entry('sensetime', ['Sense Time Group Limited'], { listKey: 'ns-cmic', countries: ['CN'] }),
  ...entry('cetc', ['China Electronics Technology Group Corporation', 'CETC'], { listKey: 'dod-1260h', countries: ['CN'] }),
  ...entry('export-bank', ['Iran Export Bank'], { countries: ['IR'] }),
  ...entry('global', ['Global'], { countries: ['AE'] }),
  ...entry('aurora', ['Aurora Information Technology Co., Ltd.'], { listKey: 'trade-gov-csl', countries: ['CN'] }),
  ...entry('person', ['HASSAN, Ali'], { type: 'individual', countries: ['LB'] }),
  ...entry('both-lists', ['Quazimodo Avionics LLC'], { listKey: 'dod-1260h' }),
  ...entry('both-lists-sdn', ['Quazimodo Avionics LLC'], { listKey: 'ofac-sdn' }),
]);

const vendor = (name: string, countries: string[] = [], via: 'name' | 'alias' | 'parent' = 'name'): VendorNames => ({
  names: [{ name, via }],
  countries,
});
const top = (name: string, countries: string[] = []) => screen(INDEX, vendor(name, countries))[0];

describe('screen: finding listed companies', () => {
  it('matches a listed name after normalisation, and its alias', () => {
    expect(top('HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD')).toMatchObject({ entryKey: 'hikvision', band: 'match', score: 1 });
    expect(top('Hikvision')).toMatchObject({ entryKey: 'hikvision', band: 'match', listName: 'Hikvision', listNameKind: 'alias' });
  });

  it('matches through a typo, dropped legal form, word order and abbreviation', () => {
    expect(top('Hikvisoin')).toMatchObject({ entryKey: 'hikvision', band: 'match' });
    expect(top('Digital Tech Hikvision Hangzhou')).toMatchObject({ entryKey: 'hikvision', band: 'match' });
  });

  it('matches compounds written apart or together', () => {
    expect(top('Hik Vision')).toMatchObject({ entryKey: 'hikvision', band: 'match' });
    expect(top('SenseTime Group Inc.')).toMatchObject({ entryKey: 'sensetime', band: 'match' });
  });

  it('sends a listed name plus further words (a subsidiary or a namesake) to review, not match', () => {
    expect(top('Hikvision Cloud Services')).toMatchObject({ entryKey: 'hikvision', band: 'review' });
  });

  it('reports the best hit once per entry, preferring the legal name', () => {
    const hits = screen(INDEX, {
      names: [
        { name: 'Hikvision', via: 'alias' },
        { name: 'Hangzhou Hikvision Digital Technology Co., Ltd.', via: 'name' },
      ],
      countries: [],
    });
    expect(hits.filter((h) => h.entryKey === 'hikvision')).toHaveLength(1);
    expect(hits[0]).toMatchObject({ via: 'name', listNameKind: 'primary' });
  });

  it('passes the vendor name route through (parent screening)', () => {
    expect(screen(INDEX, vendor('Hikvision', [], 'parent'))[0]).toMatchObject({ via: 'parent', matchedName: 'Hikvision' });
  });

  it('applies each list its own thresholds', () => {
    const hits = screen(INDEX, vendor('Quazimodo Avionics'));
    expect(hits.map((h) => h.listKey).sort()).toEqual(['dod-1260h', 'ofac-sdn']);
    const strict: Thresholds = { ...DEFAULT_THRESHOLDS, lists: { ...DEFAULT_THRESHOLDS.lists, 'ofac-sdn': { match: 1.01, review: 0.5 } } };
    const banded = screen(INDEX, vendor('Quazimodo Avionics'), strict);
    expect(banded.find((h) => h.listKey === 'ofac-sdn')?.band).toBe('review');
    expect(banded.find((h) => h.listKey === 'dod-1260h')?.band).toBe('match');
  });
});

describe('screen: keeping ordinary vendors clear', () => {
  it('generic words never make a hit on their own', () => {
    expect(screen(INDEX, vendor('China Technology Group Ltd', ['CN']))).toEqual([]);
    expect(screen(INDEX, vendor('Global Holdings International', ['US']))).toEqual([]);
    expect(screen(INDEX, vendor('China Electronics Group', ['CN']))).toEqual([]);
  });

  it('a listed name made only of generic words is still that name', () => {
    expect(top('Iran Export Bank')).toMatchObject({ entryKey: 'export-bank', band: 'match' });
    expect(top('China Electronics Technology Group Corp.')).toMatchObject({ entryKey: 'cetc', band: 'match' });
    // A single generic word identifies nobody: held in review.
    expect(top('Global LLC')).toMatchObject({ entryKey: 'global', band: 'review' });
    expect(top('Global LLC')?.explanation.parts.rule).toBe('generic-only');
  });

  it('one shared distinctive word with another trade and country is not a match', () => {
    const hits = screen(INDEX, vendor('Aurora Networks Inc.', ['US']));
    expect(hits.filter((h) => h.band === 'match')).toEqual([]);
  });

  it('a company needs the whole name of a listed person, and a near-exact one for a match', () => {
    expect(screen(INDEX, vendor('Hassan Trading LLC'))).toEqual([]);
    expect(top('Ali Hassan')).toMatchObject({ entryKey: 'person', band: 'match' });
    expect(top('Ali Hassan General Trading and Contracting Company')).toBeUndefined();
  });
});

describe('screen: country as evidence, not a filter', () => {
  it('a shared country adds a little, different countries subtract, and neither decides alone', () => {
    const same = top('Hikvision Cloud', ['CN']);
    const none = top('Hikvision Cloud');
    const other = top('Hikvision Cloud', ['FR']);
    expect(same?.explanation.parts.countryEvidence).toBe('supports');
    expect(other?.explanation.parts.countryEvidence).toBe('opposes');
    expect(same!.score).toBeGreaterThan(none!.score);
    expect(other!.score).toBeLessThan(none!.score);
    expect(top('Hikvision', ['FR'])).toMatchObject({ entryKey: 'hikvision', band: 'match' });
  });
});

describe('explanation', () => {
  it('says which names were compared, how the words lined up, the score parts and the band', () => {
    const hit = top('Hikvisoin Digital Technologies', ['CN']);
    expect(hit).toBeDefined();
    const e = hit!.explanation;
    expect(e).toMatchObject({
      vendorName: 'Hikvisoin Digital Technologies',
      via: 'name',
      listName: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
      listNameKind: 'primary',
      listKey: 'dod-1260h',
      entryKey: 'hikvision',
      vendorTokens: ['hikvisoin', 'digital', 'technology'],
      listTokens: ['hangzhou', 'hikvision', 'digital', 'technology'],
      listLegalForms: ['ltd'],
      band: hit!.band,
      thresholds: DEFAULT_THRESHOLDS.lists['dod-1260h'],
    });
    const fuzzy = e.alignment.find((r) => r.vendorToken === 'hikvisoin');
    expect(fuzzy).toMatchObject({ listToken: 'hikvision' });
    expect(fuzzy!.similarity).toBeGreaterThan(0.9);
    expect(fuzzy!.similarity).toBeLessThan(1);
    expect(e.alignment.find((r) => r.listToken === 'hangzhou')).toMatchObject({ vendorToken: null, similarity: 0 });
    expect(e.parts.score).toBe(hit!.score);
    expect(e.parts.countryAdjustment).toBeGreaterThan(0);
    expect(e.text).toContain('"Hikvisoin Digital Technologies"');
    expect(e.text).toContain('"Hangzhou Hikvision Digital Technology Co., Ltd."');
    expect(e.text).toContain('hikvisoin = hikvision');
    expect(e.text).toMatch(/: (match|review)\.$/);
  });
});

describe('candidate index', () => {
  it('compares a vendor with a few list names, not with every one', () => {
    const names = Array.from({ length: 20_000 }, (_, i) =>
      entry(`e${i}`, [`${String.fromCharCode(97 + (i % 26))}${i.toString(36)}corp ${['Trading', 'Technology', 'Holdings'][i % 3]} LLC`]),
    ).flat();
    const index = ScreeningIndex.build(names);
    const candidates: number[] = [];
    const distinctive = `${String.fromCharCode(97 + (12345 % 26))}${(12345).toString(36)}corp`;
    index.collect([distinctive, 'technology'], () => 0.7, 0.7, candidates);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThan(10);
    expect(screen(index, vendor('Technology Trading Holdings'))).toEqual([]);
  });
});
