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

  it('counts the positives missing the match band by the rule that holds them in review, and match recall over the rest', () => {
    const q = (id: number, reviewRule?: Query['reviewRule']): Query => ({ id, name: `q${id}`, positive: true, category: 'alias', expected: ['x'], source: null, reviewRule });
    const hit = (band: 'match' | 'review') => [{ entryKey: 'x', band, score: band === 'match' ? 0.95 : 0.8, listName: 'x' }];
    const a = accuracyOf([
      { query: q(0, 'weak-alias'), hits: hit('review') },
      { query: q(1, 'acronym'), hits: hit('review') },
      { query: q(2, 'acronym'), hits: hit('match') },
      { query: q(3, 'brand-trade'), hits: [] },
      { query: q(4), hits: hit('review') },
      { query: q(5), hits: hit('match') },
      { query: q(6), hits: hit('match') },
    ]);
    expect(a.matchMisses).toEqual({ 'weak-alias': 1, acronym: 1, 'brand-trade': 1, other: 1 });
    expect([a.openMatchRecall.k, a.openMatchRecall.n]).toEqual([2, 3]);
    expect([a.matchRecall.k, a.matchRecall.n]).toEqual([3, 7]);
  });

  it('gives Wilson intervals that hold the rate', () => {
    const r = rate(98, 100);
    expect(r.rate).toBe(0.98);
    expect(r.low).toBeLessThan(0.98);
    expect(r.high).toBeGreaterThan(0.98);
    expect(rate(0, 0)).toMatchObject({ rate: 0, n: 0 });
  });

  it('counts Chinese-script positives and the hard negatives apart, and keeps the hard negatives in the unlisted rates', () => {
    const q = (id: number, name: string, positive: boolean, category: Query['category'], expected: string[] = []): Query => ({
      id, name, positive, category, expected, source: null, sector: positive ? undefined : category === 'hard-negative' ? 'namesake' : 'saas',
    });
    const hit = (entryKey: string, band: 'match' | 'review') => ({ entryKey, band, score: band === 'match' ? 0.95 : 0.8, listName: entryKey });
    const a = accuracyOf([
      { query: q(0, '华为技术有限公司', true, 'chinese', ['x']), hits: [hit('x', 'review')] },
      { query: q(1, '科大讯飞', true, 'chinese', ['y']), hits: [] },
      { query: q(2, 'HUAWEI CO LTD', true, 'upper', ['x']), hits: [hit('x', 'match')] },
      { query: q(3, 'FOX CORP', false, 'hard-negative'), hits: [hit('v', 'match')] },
      { query: q(4, 'ISS A/S', false, 'hard-negative'), hits: [] },
      { query: q(5, 'OKTA INC', false, 'unlisted'), hits: [hit('w', 'review')] },
    ]);
    expect([a.chineseRecall.k, a.chineseRecall.n, a.chineseMatchRecall.k]).toEqual([1, 2, 0]);
    expect([a.hardNegatives.match.k, a.hardNegatives.review.k, a.hardNegatives.match.n]).toEqual([1, 0, 2]);
    expect(a.hardNegatives.examples.map((e) => e.query)).toEqual(['FOX CORP']);
    expect([a.unlistedMatch.k, a.unlistedReview.k, a.unlistedMatch.n]).toEqual([1, 1, 3]);
    expect(a.bySector.map((s) => [s.sector, s.unlistedMatch.k, s.unlistedReview.k, s.unlistedMatch.n])).toEqual([
      ['namesake', 1, 0, 2],
      ['saas', 0, 1, 1],
    ]);
  });

  it('marks the scale targets skipped when the million did not run', () => {
    expect(evaluateTargets([], null)).toEqual([]);
  });

  it('evaluates the accuracy targets on the two held-out sets, never on the tuning half', () => {
    const q = (id: number, positive: boolean, expected: string[] = []): Query => ({
      id, name: `q${id}`, positive, category: positive ? 'alias' : 'unlisted', expected, source: null,
    });
    const perfect = accuracyOf([{ query: q(0, true, ['x']), hits: [{ entryKey: 'x', band: 'match', score: 1, listName: 'x' }] }, { query: q(1, false), hits: [] }]);
    const poor = accuracyOf([{ query: q(0, true, ['x']), hits: [] }, { query: q(1, false), hits: [{ entryKey: 'v', band: 'match', score: 1, listName: 'v' }] }]);
    const vetter = {
      kind: 'contender', contender: 'vetter', description: [], sample: null, variant: null, buildMs: 1,
      memory: { rssBeforeMb: 0, peakRssMb: 0, peakDeltaMb: 0, retainedHeapMb: 0 },
      latency: { queries: 2, totalMs: 1, vendorsPerSecond: 6000, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
      accuracy: { heldOut: perfect, vendorMaster: poor, tuning: poor },
    } as unknown as Parameters<typeof evaluateTargets>[0][number];
    const targets = evaluateTargets([vetter], null);
    const status = (prefix: string, set: string) => targets.find((t) => t.target.startsWith(prefix) && t.target.endsWith(`[${set}]`))?.status;
    expect(status('recall (match or review) >= 0.99', 'held-out half')).toBe('PASS');
    expect(status('recall (match or review) >= 0.99', 'vendor master')).toBe('FAIL');
    expect(status('false match', 'held-out half')).toBe('PASS');
    expect(status('false match', 'vendor master')).toBe('FAIL');
    expect(targets.some((t) => t.target.includes('tuning'))).toBe(false);
    expect(targets[0]).toMatchObject({ status: 'PASS', measured: '6,000 vendors/s' });
  });
});
