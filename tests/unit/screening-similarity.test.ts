import { describe, expect, it } from 'vitest';
import { DeletionIndex } from '../../electron/core/screening/deletion-index';
import { osaDistance } from '../../electron/core/screening/edit-distance';
import { jaro, jaroWinkler } from '../../electron/core/screening/jaro-winkler';
import { phoneticKey, tokenSimilarity } from '../../electron/core/screening/token-similarity';
import { rarity, tokenWeight } from '../../electron/core/screening/token-weights';

describe('Jaro-Winkler', () => {
  it('gives the published values (Winkler 1990; Wikipedia examples)', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaro('crate', 'trace')).toBeCloseTo(0.7333, 4);
  });

  it('is 1 for equal strings, 0 for no common letter or an empty string', () => {
    expect(jaroWinkler('huawei', 'huawei')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('is symmetric and handles long strings (buffers grow)', () => {
    const a = 'novgorodnefteproduct'.repeat(5);
    const b = 'nvgorodnefteproduct'.repeat(5);
    expect(jaroWinkler(a, b)).toBeCloseTo(jaroWinkler(b, a), 10);
  });
});

describe('edit distance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(osaDistance('kitten', 'sitting', 5)).toBe(3);
    expect(osaDistance('huawei', 'huawie', 5)).toBe(1);
    expect(osaDistance('nvgorodnefteproduct', 'novgorodnefteproduct', 2)).toBe(1);
  });

  it('stops early once the limit is exceeded', () => {
    expect(osaDistance('software', 'advisory', 1)).toBe(2);
    expect(osaDistance('abc', 'abcdef', 2)).toBe(3);
  });
});

describe('token similarity', () => {
  it('is 1 for equal tokens and high for one typo in a long word', () => {
    expect(tokenSimilarity('hikvision', 'hikvision')).toBe(1);
    expect(tokenSimilarity('hikvision', 'hikvisoin')).toBeGreaterThan(0.9);
    // Jaro pairs letters greedily and undervalues an early deletion; the edit count does not.
    expect(jaroWinkler('nvgorodnefteproduct', 'novgorodnefteproduct')).toBeLessThan(0.88);
    expect(tokenSimilarity('nvgorodnefteproduct', 'novgorodnefteproduct')).toBeGreaterThan(0.9);
  });

  it('costs more for a changed letter in a short word, where it usually makes another word', () => {
    expect(tokenSimilarity('intel', 'inter')).toBeCloseTo(0.8, 2);
    expect(tokenSimilarity('dahua', 'dahau')).toBeGreaterThan(tokenSimilarity('intel', 'inter'));
  });

  it('never matches short tokens, tokens with digits, or a word inside a longer one', () => {
    expect(tokenSimilarity('zte', 'zta')).toBe(0);
    expect(tokenSimilarity('14th', '15th')).toBe(0);
    expect(tokenSimilarity('gemini', 'capgemini')).toBe(0);
    expect(tokenSimilarity('software', 'advisory')).toBe(0);
  });

  it('lifts romanisation variants that sound the same', () => {
    expect(phoneticKey('aqsa')).toBe(phoneticKey('aksa'));
    expect(phoneticKey('kuznetsov')).toBe(phoneticKey('kuznecov'));
    expect(phoneticKey('phenix')).toBe(phoneticKey('feniks'));
    expect(tokenSimilarity('kuznetsov', 'kuznecov', true)).toBeGreaterThanOrEqual(0.9);
    // A short word of quite another length is not lifted, even with the same key.
    expect(phoneticKey('tata')).toBe(phoneticKey('taatta'));
    expect(tokenSimilarity('tata', 'taatta', true)).toBe(0);
  });
});

  it('keys words by every sound rule, each rule applied only where its letters are', () => {
    // One word per rule (and the doubled letters), with the key the rules gave before they looked for their letters.
    const keys: Record<string, string> = {
      dzhabal: 'iabal', shchit: 'shit', schmidt: 'shmidt', tchaikovsky: 'khaikovski', rostekh: 'rostek', khimprom: 'himprom',
      phenix: 'feniks', mackintosh: 'makintosh', ghazal: 'gasal', tsentr: 'sentr', qasr: 'kasr', xinjiang: 'ksinjiang',
      wagner: 'vagner', fjodorov: 'fedorov', yantar: 'iantar', jaroslavl: 'iaroslavl', iljuschin: 'iliushin', bajkal: 'baikal',
      moussa: 'musa', cooper: 'kuper', seed: 'sid', cement: 'sement', zavod: 'savod', marine: 'marin', mohammed: 'mohamed',
      aaa: 'a', swjosdotschka: 'svesdokhka',
    };
    expect(Object.fromEntries(Object.keys(keys).map((w) => [w, phoneticKey(w)]))).toEqual(keys);
  });

describe('deletion index', () => {
  it('finds every vocabulary token within one edit, and nothing far', () => {
    const vocabulary = ['novgorodnefteproduct', 'huawei', 'hikvision', 'alibaba'];
    const index = DeletionIndex.build(vocabulary);
    const near = (q: string): string[] => {
      const found = new Set<number>();
      index.forEachNeighbour(q, (id) => found.add(id));
      return [...found].map((id) => vocabulary[id] ?? '');
    };
    expect(near('nvgorodnefteproduct')).toEqual(['novgorodnefteproduct']); // deletion
    expect(near('huawie')).toEqual(['huawei']); // swap
    expect(near('hikvisiion')).toEqual(['hikvision']); // insertion
    expect(near('alibeba')).toEqual(['alibaba']); // substitution
    expect(near('tencent')).toEqual([]);
  });
});

describe('token weights', () => {
  it('makes rare tokens heavy and common ones light', () => {
    expect(rarity(1, 20_000)).toBe(1);
    expect(rarity(20, 20_000)).toBeCloseTo(0.71, 2);
    expect(rarity(2_000, 20_000)).toBeLessThan(0.1);
  });

  it('caps generic words and places, and common name words when they match', () => {
    expect(tokenWeight('technology', 0, 20_000).matched).toBe(0.1);
    expect(tokenWeight('technology', 0, 20_000).unmatched).toBe(0.3);
    expect(tokenWeight('beijing', 0, 20_000)).toEqual({ matched: 0.1, unmatched: 0.1 });
    expect(tokenWeight('phoenix', 1, 20_000)).toEqual({ matched: 0.35, unmatched: 1 });
    expect(tokenWeight('hikvision', 1, 20_000)).toEqual({ matched: 1, unmatched: 1 });
  });
});
