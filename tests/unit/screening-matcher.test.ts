import { describe, expect, it } from 'vitest';
import type { EntryType } from '../../electron/core/lists/entry';
import { ABBREVIATION_SIMILARITY, ScreeningIndex, type IndexedName } from '../../electron/core/screening/candidate-index';
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
  ...entry('tellur', ['LLC Tellur Elektroniks'], { countries: ['RU'] }),
  ...entry('vabo', ['Vabo Internal AD'], { countries: ['BG'] }),
  ...entry('estate', ['Estate Managment Company Limited'], { countries: ['IR'] }),
  ...entry('taesong', ['Korea Taesong Trading Company'], { countries: ['KP'] }),
  ...entry('shenzhen-trading', ['Shenzhen Trading Co'], { listKey: 'trade-gov-csl' }),
  ...entry('panda', ['Nanjing Panda Electronics Company Limited'], { listKey: 'ns-cmic' }),
  ...entry('hk-electronics', ['Hong Kong Electronics']),
  ...entry('hk-electric', ['Hong Kong Electric Co.']),
  ...entry('aflak', ['Aflak Micro Elec'], { listKey: 'trade-gov-csl', type: 'unknown' }),
  ...entry('tesa', ['TESA'], { countries: ['DE'] }),
  ...entry('sisco', ['SISCO']),
  ...entry('orlan', ['OOO Orlan'], { countries: ['RU'] }),
  ...entry('ellissa', ['Ellissa Group SA']),
  ...entry('el-nice', ['EL NICE'], { type: 'individual' }),
  ...entry('victor-santos', ['SANTOS, Victor Hugo'], { type: 'individual' }),
  ...entry('victor-petrov', ['PETROV, Victor'], { type: 'individual' }),
  ...entry('james-brown', ['BROWN, James'], { type: 'individual' }),
  ...entry('victor-brown', ['Victor Brown'], { listKey: 'trade-gov-csl', type: 'unknown' }),
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

describe('screen: spellings the lists and vendor masters use', () => {
  it('finds a one-letter typo in a listed word that normalisation reads as a dictionary word', () => {
    // The lists' ELEKTRONIKS and INTERNAL read as "electronic" and "international"; the typos are two letters from those.
    expect(top('Tellur Elekroniks')).toMatchObject({ entryKey: 'tellur', band: 'match' });
    expect(top('Vabo Iternal AD')).toMatchObject({ entryKey: 'vabo', band: 'match' });
    expect(top('Estate Maqagment Co.')).toMatchObject({ entryKey: 'estate', band: 'match' });
  });

  it('reads Trdg as Trading', () => {
    expect(top('Korea Taesong Trdg. Co.')).toMatchObject({ entryKey: 'taesong', band: 'match', score: 1 });
    expect(top('Shenzhen Trdg Co')).toMatchObject({ entryKey: 'shenzhen-trading', band: 'match' });
  });

  it('reads Elec as Electronics or Electric, in the vendor name or the list name', () => {
    expect(top('Nanjing Panda Elec Co Ltd')).toMatchObject({ entryKey: 'panda', band: 'match' });
    const both = screen(INDEX, vendor('HONG KONG ELEC')).map((h) => h.entryKey);
    expect(both).toEqual(expect.arrayContaining(['hk-electronics', 'hk-electric']));
    expect(top('Aflak Micro Electronics')).toMatchObject({ entryKey: 'aflak', band: 'match' });
    const pair = top('Nanjing Panda Elec Co Ltd')?.explanation.alignment.find((r) => r.vendorToken === 'elec');
    expect(pair).toMatchObject({ listToken: 'electronic', likeness: 'abbreviation' });
    expect(pair!.similarity).toBeLessThan(1);
  });
});

describe('screen: keeping ordinary vendors clear', () => {
  it('one short word spelt differently is not a hit unless a country or a legal form supports it', () => {
    expect(screen(INDEX, vendor('Tesla, Inc.'))).toEqual([]);
    expect(screen(INDEX, vendor('Cisco Systems, Inc.'))).toEqual([]);
    expect(screen(INDEX, vendor('Orlen S.A.'))).toEqual([]);
    // The listed name itself is found: a match where a country supports it, else held in review (one short word).
    expect(top('TESA', ['DE'])).toMatchObject({ entryKey: 'tesa', band: 'match' });
    expect(top('TESA')).toMatchObject({ entryKey: 'tesa', band: 'review' });
    expect(top('TESA')?.explanation.parts.rule).toBe('one-word');
    // Supported by a country or the same legal form, it is reported, at most for review.
    const tesla = top('Tesla', ['DE']);
    expect(tesla).toMatchObject({ entryKey: 'tesa', band: 'review' });
    expect(tesla?.explanation.parts.rule).toBe('one-short-word');
    const orlan = top('OOO Oraln');
    expect(orlan).toMatchObject({ entryKey: 'orlan', band: 'review' });
    expect(orlan?.explanation.text).toContain('both names carry the legal form ltd');
  });

  it('a legal form supports one short word only spelt close and alone (matcher 2026.12-6)', () => {
    // A changed letter is another name as often as a typo: the legal form alone does not support it...
    expect(screen(INDEX, vendor('OOO Orzan'))).toEqual([]);
    // ...nor a close spelling beside a word of the vendor's own.
    expect(screen(INDEX, vendor('OOO Oraln Development'))).toEqual([]);
    // A country both share still does.
    expect(top('OOO Orzan', ['RU'])).toMatchObject({ entryKey: 'orlan', band: 'review' });
  });

  it('a short one-word name that only sounds like a listed one is not a match', () => {
    expect(top('Elisa Oyj')).toMatchObject({ entryKey: 'ellissa', band: 'review' });
  });

  it('an untyped row that reads as a person gets the rules for people', () => {
    const hit = top('Victor Brown Trading');
    expect(hit).toMatchObject({ entryKey: 'victor-brown', entryType: 'unknown', band: 'review' });
    expect(hit?.explanation.thresholds).toEqual(DEFAULT_THRESHOLDS.nonEntity);
    expect(hit?.explanation.text).toContain("reads as a person's");
    expect(screen(INDEX, vendor('Brown Holdings')).filter((h) => h.entryKey === 'victor-brown')).toEqual([]);
    // An untyped row with a company's words stays a company.
    expect(top('Aflak Micro Electronics')?.explanation.thresholds).toEqual(DEFAULT_THRESHOLDS.lists['trade-gov-csl']);
  });

  it('a company is not a person whose name is that word plus "El"', () => {
    expect(screen(INDEX, vendor('NICE Ltd.'))).toEqual([]);
  });

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
    // In a vendor of another country it is another company of that trade: no hit (matcher 2026.12-6).
    expect(screen(INDEX, vendor('Global LLC', ['CA']))).toEqual([]);
  });

  it('one shared distinctive word with another trade and country is not a match', () => {
    const hits = screen(INDEX, vendor('Aurora Networks Inc.', ['US']));
    expect(hits.filter((h) => h.band === 'match')).toEqual([]);
  });

  it('a company needs the whole name of a listed person, and a near-exact one for a match', () => {
    expect(screen(INDEX, vendor('Hassan Trading LLC'))).toEqual([]);
    expect(top('Ali Hassan')).toMatchObject({ entryKey: 'person', band: 'review' });
    expect(top('Ali Hassan')?.explanation.parts.rule).toBe('not-a-company');
    expect(top('Ali Hassan General Trading and Contracting Company')).toBeUndefined();
  });
});

describe('screen: country as evidence, not a filter', () => {
  it('a shared country adds a little, different countries subtract, and neither decides alone', () => {
    const same = top('Hikvison', ['CN']);
    const none = top('Hikvison');
    const other = top('Hikvison', ['FR']);
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
    expect(fuzzy).toMatchObject({ listToken: 'hikvision', likeness: 'spelling' });
    expect(fuzzy!.similarity).toBeGreaterThan(0.9);
    expect(fuzzy!.similarity).toBeLessThan(1);
    expect(e.alignment.find((r) => r.listToken === 'hangzhou')).toMatchObject({ vendorToken: null, similarity: 0 });
    expect(e.parts.score).toBe(hit!.score);
    expect(e.parts.countryAdjustment).toBeGreaterThan(0);
    expect(e.text).toContain('"Hikvisoin Digital Technologies"');
    expect(e.text).toContain('"Hangzhou Hikvision Digital Technology Co., Ltd."');
    expect(e.text).toContain('hikvisoin = hikvision (spelt nearly the same, similarity');
    expect(e.text).toMatch(/: (match|review)\.$/);
  });
});

describe('candidate index', () => {
  it("reaches a listed word through the list's own spelling of it, and an abbreviation through its readings", () => {
    const index = ScreeningIndex.build([...entry('tellur', ['LLC Tellur Elektroniks']), ...entry('hk', ['Hong Kong Electric'])]);
    const electronic = index.tokenId('electronic');
    expect(index.similarTokens('elekroniks').map((m) => m.id)).toContain(electronic);
    expect(index.similarTokens('elec')).toEqual(
      expect.arrayContaining([
        { id: electronic, similarity: ABBREVIATION_SIMILARITY, likeness: 'abbreviation' },
        { id: index.tokenId('electric'), similarity: ABBREVIATION_SIMILARITY, likeness: 'abbreviation' },
      ]),
    );
  });

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

describe('one typo in a long distinctive word (matcher 2026.12-7)', () => {
  const index = ScreeningIndex.build([
    ...FILLER,
    ...entry('kervanol', ['Kervanol Trading LLC']),
    ...entry('tarvisol', ['Tarvisol Shipping LLC']),
    ...entry('tamvisol', ['Tamvisol Marine']),
  ]);
  const hit = (name: string, countries: string[] = []) => screen(index, vendor(name, countries))[0];

  it('is the listed word when nothing else tells the names apart: a match', () => {
    expect(hit('Kervonol Trading LLC')).toMatchObject({ entryKey: 'kervanol', band: 'match' });
    expect(hit('Kervanl Trading')).toMatchObject({ entryKey: 'kervanol', band: 'match' });
  });

  it('stays a review with its first letter changed, another word beside it, another listed word like it, another legal form or another country', () => {
    expect(hit('Hervanol Trading LLC')?.band).not.toBe('match');
    expect(hit('Kervonol Trading Logistics LLC')?.band).not.toBe('match');
    expect(hit('Tapvisol Shipping LLC')?.band).not.toBe('match'); // one letter from Tarvisol and from Tamvisol
    expect(hit('Tapvisol Shipping LLC')?.entryKey).toBe('tarvisol');
    expect(hit('Kervonol Trading AS')?.band).not.toBe('match');
    expect(hit('Kervonol Trading LLC', ['DE'])?.band).toBe('match'); // the entry gives no country: nothing opposes
  });
});

