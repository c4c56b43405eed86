// The screening benchmark's accuracy-set builder (bench/screening): perturbations, the positives and negatives it
// derives from the lists, and its determinism. A silent change here would change every number in the benchmark.
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../electron/core/lists/entry';
import { buildAccuracySet, sampleQueries, screenableEntities, type AccuracySetOptions } from '../../bench/screening/accuracy-set';
import type { PackList } from '../../bench/screening/load-pack';
import { indexNames } from '../../bench/screening/load-pack';
import { simpleKey, splitLegalSuffix } from '../../bench/screening/names';
import { abbreviation, legalForm, noise, typo, wordOrder } from '../../bench/screening/perturb';
import { Rng } from '../../bench/screening/random';
import { fixtureLines } from '../../bench/screening/fixtures';

function entry(entryId: string, name: string, extra: Partial<ListEntry> = {}): ListEntry {
  return {
    entryId, subList: null, name, aliases: [], type: 'entity', countries: [], addresses: [], programmes: [], listedDate: null,
    status: 'listed', removedDate: null, renamedTo: null, parents: [], remarks: null, sourceUrl: null, editions: [], ...extra,
  };
}

const LISTS: PackList[] = [
  {
    listKey: 'ofac-sdn',
    entries: [
      entry('1', 'ROSOBORONEXPORT JSC', { aliases: ['RUSSIAN DEFENSE EXPORT ROSOBORONEXPORT', 'ROE'] }),
      entry('2', 'Hangzhou Hikvision Digital Technology Co., Ltd.', { aliases: ['Hikvision', '海康威视'] }),
      entry('3', 'IVANOV, Ivan', { type: 'individual' }),
      entry('4', 'Acme Trading Limited', { status: 'removed' }),
      entry('5', 'Kalan Kish Shipping Co'),
    ],
  },
  {
    listKey: 'trade-gov-csl',
    entries: [entry('a', 'Hikvision', { type: 'unknown' }), entry('b', 'Northwestern Polytechnical University', { type: 'unknown' }), entry('c', 'John Smith', { type: 'unknown' })],
  },
];

const OPTIONS: AccuracySetOptions = { seed: 7, counts: { alias: 10, typo: 3, 'legal-form': 3, 'word-order': 3, abbreviation: 3, noise: 3, 'vm-upper': 0, 'vm-place': 0, 'vm-acronym': 0, 'vm-trade': 0 } };
const FIXTURES = {
  unlisted: ['Siemens AG', 'Acme Trading Co., Ltd.', 'HIKVISION LIMITED', 'Siemens AG'],
  chinese: [{ chinese: '杭州海康威视数字技术股份有限公司', english: ['Hangzhou Hikvision Digital Technology Co., Ltd.'] }, { chinese: '无名公司', english: ['Nobody Ltd'] }],
};

/** Optimal string alignment distance, small and slow: for checking typos only. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('bench: names', () => {
  it('simpleKey folds case, accents, punctuation, brackets and legal forms at either end', () => {
    expect(simpleKey('Nestlé S.A.')).toBe('nestle');
    expect(simpleKey('HUAWEI TECHNOLOGIES CO., LTD.')).toBe('huawei technologies');
    expect(simpleKey('Beijing University of Aeronautics and Astronautics (BUAA)')).toBe('beijing university of aeronautics and astronautics');
    expect(simpleKey('OOO Vektor')).toBe('vektor');
    expect(simpleKey('Johnson & Johnson')).toBe('johnson and johnson');
  });

  it('splitLegalSuffix takes the last legal form off, never the whole name', () => {
    expect(splitLegalSuffix('Huawei Technologies Co., Ltd.')).toEqual({ core: 'Huawei Technologies', form: 'Co., Ltd.' });
    expect(splitLegalSuffix('Limited')).toEqual({ core: 'Limited', form: null });
  });

  it('fixture lines skip comments and blanks', () => {
    expect(fixtureLines('# head\n\nA Inc.\n  B plc  \n# tail')).toEqual(['A Inc.', 'B plc']);
  });
});

describe('bench: perturbations', () => {
  it('a typo is one edit inside one distinctive word of five letters or more', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const source = 'ROSOBORONEXPORT TRADING JSC';
      const out = typo(source, new Rng(seed));
      expect(out).not.toBeNull();
      expect(out).not.toBe(source);
      expect(osa(out!.toLowerCase(), source.toLowerCase())).toBe(1);
      expect(out!.endsWith('TRADING JSC')).toBe(true);
    }
    expect(typo('ABC LTD', new Rng(1))).toBeNull();
    expect(typo('ROSOBORONEXPORT JSC', new Rng(1), { isDistinctive: () => false })).toBeNull();
  });

  it('legal forms are dropped, swapped within their kind, or added', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) seen.add(legalForm('Huawei Technologies Co., Ltd.', new Rng(seed)) ?? '');
    expect(seen.has('Huawei Technologies')).toBe(true);
    for (const s of seen) expect(s === 'Huawei Technologies' || /^Huawei Technologies[ ,]+(Co\. Ltd|Company Limited|Limited|Ltd\.?)$/.test(s)).toBe(true);
    expect(legalForm('OOO Vektor', new Rng(1))).toBe('Vektor');
    expect(legalForm('Hikvision', new Rng(1))).toMatch(/^Hikvision \S/);
  });

  it('word order swaps two or three words and keeps the legal form last', () => {
    expect(wordOrder('MACRO EMS LTD', new Rng(1))).toBe('EMS MACRO LTD');
    expect(wordOrder('PJSC MOSTOTREST', new Rng(1))).toBeNull();
    expect(wordOrder('LOS ZETAS', new Rng(1))).toBeNull();
    expect(wordOrder('ONE TWO THREE FOUR', new Rng(1))).toBeNull();
  });

  it('abbreviations shorten every known word, keeping upper case', () => {
    expect(abbreviation('CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION', new Rng(1))).toMatch(/^CHINA NATL\.? ELEC\.? IMPORT AND EXPORT CORP\.?$/);
    expect(abbreviation('Hikvision', new Rng(1))).toBeNull();
  });

  it('noise changes the spelling, never to nothing', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const out = noise('Kalan Kish Shipping Co.', new Rng(seed));
      expect(out).not.toBeNull();
      expect(out).not.toBe('Kalan Kish Shipping Co.');
      expect(out!.length).toBeGreaterThan(0);
    }
  });
});

describe('bench: accuracy set', () => {
  const set = buildAccuracySet(LISTS, FIXTURES, OPTIONS);

  it('draws positives from entities only, never from removed entries or people', () => {
    // An untyped row counts only when its name reads as an organisation ("Hikvision" alone does not).
    expect(screenableEntities(LISTS).map((e) => e.key)).toEqual(['ofac-sdn:1', 'ofac-sdn:2', 'ofac-sdn:5', 'trade-gov-csl:b']);
    for (const q of set.positives) {
      expect(q.positive).toBe(true);
      expect(q.expected.length).toBeGreaterThan(0);
      expect(q.expected).not.toContain('ofac-sdn:4');
      expect(q.expected).not.toContain('ofac-sdn:3');
    }
  });

  it('uses aliases as vendor names, with every entry that carries the name as expected', () => {
    const roe = set.positives.find((q) => q.name === 'ROE');
    expect(roe).toMatchObject({ category: 'alias', expected: ['ofac-sdn:1'], source: 'ROSOBORONEXPORT JSC' });
    const hik = set.positives.find((q) => q.name === 'Hikvision' && q.category === 'alias');
    expect(hik?.expected).toEqual(['ofac-sdn:2', 'trade-gov-csl:a']);
  });

  it('marks the positives a rule holds in review at most: weak a.k.a., one-word acronyms, brands with trade words', () => {
    const lists: PackList[] = [
      {
        listKey: 'ofac-sdn',
        entries: [
          entry('1', 'ROSOBORONEXPORT JSC', { aliases: ['ROE', 'RUSSIAN DEFENSE EXPORT'], weakAliases: ['ROSO EXPORT'] }),
          entry('2', 'Hangzhou Hikvision Digital Technology Co., Ltd.', { aliases: ['HIK LTD', 'Hikvision Digital'] }),
        ],
      },
    ];
    const counts = { ...OPTIONS.counts, alias: 10, typo: 0, 'legal-form': 0, 'word-order': 0, abbreviation: 0, noise: 0, 'vm-trade': 5 };
    const ruled = buildAccuracySet(lists, { unlisted: [], chinese: [] }, { seed: 3, counts }).positives.map((q) => [q.name, q.category, q.reviewRule]);
    expect(ruled).toEqual(
      expect.arrayContaining([
        ['ROSO EXPORT', 'alias', 'weak-alias'],
        ['ROE', 'alias', 'acronym'],
        // A legal form does not make an acronym more than one word.
        ['HIK LTD', 'alias', 'acronym'],
        ['RUSSIAN DEFENSE EXPORT', 'alias', undefined],
        ['Hikvision Digital', 'alias', undefined],
      ]),
    );
    const trade = ruled.filter(([, category]) => category === 'vm-trade');
    expect(trade.length).toBeGreaterThan(0);
    for (const [, , rule] of trade) expect(rule).toBe('brand-trade');
  });

  it('puts Chinese-script aliases and fixture names in their own category and reports unresolved rows', () => {
    const chinese = set.positives.filter((q) => q.category === 'chinese').map((q) => q.name);
    expect(chinese).toEqual(['海康威视', '杭州海康威视数字技术股份有限公司']);
    expect(set.unresolvedChinese).toEqual(['无名公司 (Nobody Ltd)']);
  });

  it('drops unlisted companies whose name a list carries (removed entries too) and duplicates', () => {
    expect(set.negatives.map((q) => q.name)).toEqual(['Siemens AG']);
    expect(set.droppedNegatives).toEqual(['Acme Trading Co., Ltd.', 'HIKVISION LIMITED']);
  });

  it('is deterministic for a seed and numbers the queries', () => {
    const again = buildAccuracySet(LISTS, FIXTURES, OPTIONS);
    expect(again).toEqual(set);
    const all = [...set.positives, ...set.negatives];
    expect(all.map((q) => q.id)).toEqual(all.map((_, i) => i));
    expect(new Set(all.map((q) => q.name)).size).toBe(all.length);
  });

  it('samples every category and the negatives deterministically', () => {
    const sample = sampleQueries(set, 4, 1, 3);
    expect(sample).toEqual(sampleQueries(set, 4, 1, 3));
    expect(sample.filter((q) => !q.positive)).toHaveLength(1);
    expect(new Set(sample.filter((q) => q.positive).map((q) => q.category))).toEqual(new Set(set.positives.map((q) => q.category)));
  });

  it('indexes names as the app does: removed entries skipped, aliases kept', () => {
    const { names, entryCount } = indexNames(LISTS);
    expect(entryCount).toBe(7);
    expect(names.filter((n) => n.entryKey === 'ofac-sdn:4')).toEqual([]);
    expect(names.filter((n) => n.entryKey === 'ofac-sdn:1').map((n) => n.kind)).toEqual(['primary', 'alias', 'alias']);
  });
});

describe('bench: Rng', () => {
  it('repeats its sequence for a seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(new Rng(1).sample([1, 2, 3], 10).sort()).toEqual([1, 2, 3]);
  });
});
