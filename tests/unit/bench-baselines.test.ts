// The screening benchmark's baselines and measures (bench/screening): Soundex, the OFAC-style scorer, the Fuse.js
// adapter, the Vetter adapter and the accuracy arithmetic, so that a baseline cannot silently stop working.
import { describe, expect, it } from 'vitest';
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import { jaroWinkler } from '../../electron/core/screening/jaro-winkler';
import type { Query } from '../../bench/screening/accuracy-set';
import { bestPerEntry } from '../../bench/screening/contender';
import { foldPunctuation, FuseContender } from '../../bench/screening/fuse-baseline';
import { percentile } from '../../bench/screening/measure';
import { accuracyOf, rate } from '../../bench/screening/metrics';
import { composite, OFAC_MATCH, OFAC_REVIEW, ofacNormalise, OfacStyleContender, partSimilarity } from '../../bench/screening/ofac-style';
import { evaluateTargets } from '../../bench/screening/report';
import { soundex } from '../../bench/screening/soundex';
import { VetterContender } from '../../bench/screening/vetter';

const name = (entryKey: string, text: string, kind: 'primary' | 'alias' = 'primary'): IndexedName => ({
  entryKey,
  listKey: 'ofac-sdn',
  name: text,
  kind,
  countries: [],
  type: 'entity',
});

const NAMES: IndexedName[] = [
  name('ofac-sdn:1', 'ROSOBORONEXPORT JSC'),
  name('ofac-sdn:2', 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.'),
  name('ofac-sdn:2', 'HIKVISION', 'alias'),
  name('ofac-sdn:3', 'KALAN KISH SHIPPING CO'),
  name('ofac-sdn:4', 'BANK MELLI IRAN'),
];

describe('bench: Soundex', () => {
  it('gives the census codes', () => {
    expect(soundex('Robert')).toBe('R163');
    expect(soundex('Rupert')).toBe('R163');
    expect(soundex('Ashcraft')).toBe('A261');
    expect(soundex('Tymczak')).toBe('T522');
    expect(soundex('Pfister')).toBe('P236');
    expect(soundex('Lee')).toBe('L000');
    expect(soundex('123')).toBe('');
  });
});

describe('bench: OFAC-style baseline', () => {
  it('normalises to upper-case words', () => {
    expect(ofacNormalise('Hikvision Co., Ltd.')).toBe('HIKVISION CO LTD');
    expect(ofacNormalise('Société Générale')).toBe('SOCIETE GENERALE');
  });

  it('lifts a part similarity halfway to 1 when Soundex agrees', () => {
    const plain = partSimilarity('SMITH', 'SMYTHE', '', '');
    expect(partSimilarity('SMITH', 'SMYTHE', soundex('SMITH'), soundex('SMYTHE'))).toBeCloseTo((plain + 1) / 2, 10);
    expect(composite([1, 0.5])).toBe(0.75);
  });

  const ofac = new OfacStyleContender();
  ofac.build(NAMES);

  it('finds exact names in the match band, once per entry', () => {
    const hits = ofac.screen('Hikvision');
    expect(hits.filter((h) => h.entryKey === 'ofac-sdn:2')).toHaveLength(1);
    expect(hits[0]).toMatchObject({ entryKey: 'ofac-sdn:2', band: 'match' });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(OFAC_MATCH);
  });

  it('finds a typo and a reordered name through the parts', () => {
    expect(ofac.screen('Rosoboronexprot JSC').some((h) => h.entryKey === 'ofac-sdn:1')).toBe(true);
    expect(ofac.screen('Kish Kalan Shipping Co').some((h) => h.entryKey === 'ofac-sdn:3')).toBe(true);
  });

  it('scores max(whole-name Jaro-Winkler, composite) exactly, whatever it prunes', () => {
    for (const query of ['Kalan Kish Shiping', 'Bank Meli', 'Hangzhou Hikvision Digital', 'Rosoboron Export']) {
      const q = ofacNormalise(query);
      const parts = q.split(' ');
      for (const hit of ofac.screen(query)) {
        const listed = ofacNormalise(hit.listName);
        const best = parts.map((p) => Math.max(...listed.split(' ').map((l) => partSimilarity(p, l, soundex(p), soundex(l)))));
        const expected = Math.max(jaroWinkler(q, listed), composite(best));
        // The whole-name comparison is skipped once the composite alone reaches the match band.
        expect(hit.score).toBeCloseTo(expected >= OFAC_MATCH ? Math.max(composite(best), hit.score) : expected, 5);
      }
    }
    expect(new OfacStyleContender(true).description.join(' ')).toContain('list parts');
  });

  it('only looks at names starting with the first letter of a query part', () => {
    // "ROSOBORONEXPORT" misspelt with another first letter: no candidate starts with O.
    expect(ofac.screen('Osoboronexport')).toEqual([]);
    for (const h of ofac.screen('Melli Bank Iran')) expect(h.score).toBeGreaterThanOrEqual(OFAC_REVIEW);
  });
});

describe('bench: Fuse.js baseline', () => {
  const fuse = new FuseContender();
  fuse.build(NAMES);

  it('folds punctuation', () => {
    expect(foldPunctuation('Co., Ltd.')).toBe('Co Ltd');
  });

  it('finds an exact name in the match band and ignores unrelated names', () => {
    const hits = fuse.screen('Kalan Kish Shipping Co.');
    expect(hits[0]).toMatchObject({ entryKey: 'ofac-sdn:3', band: 'match' });
    expect(fuse.screen('Microsoft Corporation')).toEqual([]);
  });
});

describe('bench: Vetter adapter', () => {
  it('reports hits under the index entry keys', () => {
    const vetter = new VetterContender();
    vetter.build(NAMES);
    expect(vetter.screen('Hikvision')[0]).toMatchObject({ entryKey: 'ofac-sdn:2', band: 'match' });
  });
});

describe('bench: measures', () => {
  it('keeps the best hit per entry, best first', () => {
    const hits = bestPerEntry([
      { entryKey: 'a', band: 'review', score: 0.8, listName: 'A' },
      { entryKey: 'a', band: 'match', score: 0.95, listName: 'A2' },
      { entryKey: 'b', band: 'match', score: 0.9, listName: 'B' },
    ]);
    expect(hits.map((h) => [h.entryKey, h.listName])).toEqual([['a', 'A2'], ['b', 'B']]);
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(new Float64Array(0), 50)).toBe(0);
  });

  it('computes recall, match recall, precision and the unlisted rates as documented', () => {
    const q = (id: number, positive: boolean, expected: string[] = []): Query => ({
      id, name: `q${id}`, positive, category: positive ? 'alias' : 'unlisted', expected, source: null,
    });
    const hit = (entryKey: string, band: 'match' | 'review') => ({ entryKey, band, score: band === 'match' ? 0.95 : 0.8, listName: entryKey });
    const a = accuracyOf([
      { query: q(0, true, ['x']), hits: [hit('x', 'match')] },
      { query: q(1, true, ['y']), hits: [hit('y', 'review'), hit('z', 'match')] },
      { query: q(2, true, ['w']), hits: [] },
      { query: q(3, false), hits: [hit('v', 'match')] },
      { query: q(4, false), hits: [hit('v', 'review')] },
      { query: q(5, false), hits: [] },
    ]);
    expect([a.recall.k, a.recall.n]).toEqual([2, 3]);
    expect([a.matchRecall.k, a.matchRecall.n]).toEqual([1, 3]);
    // Queries with a match-band hit: 0 (right), 1 (wrong entry), 3 (unlisted).
    expect([a.precision.k, a.precision.n]).toEqual([1, 3]);
    expect([a.unlistedMatch.k, a.unlistedReview.k, a.unlistedAny.k, a.unlistedAny.n]).toEqual([1, 1, 2, 3]);
    expect(a.missed.map((e) => e.query)).toEqual(['q2']);
    expect(a.reviewOnly.map((e) => e.query)).toEqual(['q1']);
  });

  it('gives Wilson intervals that hold the rate', () => {
    const r = rate(98, 100);
    expect(r.rate).toBe(0.98);
    expect(r.low).toBeLessThan(0.98);
    expect(r.high).toBeGreaterThan(0.98);
    expect(rate(0, 0)).toMatchObject({ rate: 0, n: 0 });
  });

  it('marks the scale targets skipped when the million did not run', () => {
    expect(evaluateTargets([], null)).toEqual([]);
  });
});
