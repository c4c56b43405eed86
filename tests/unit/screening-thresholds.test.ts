import { describe, expect, it } from 'vitest';
import { LIST_SOURCES } from '../../electron/core/lists/registry';
import { checkThresholds, DEFAULT_THRESHOLDS, thresholdsFor } from '../../electron/core/screening/thresholds';

describe('thresholds', () => {
  it('the defaults are valid and give every list a review band below its match band', () => {
    expect(checkThresholds(DEFAULT_THRESHOLDS)).toEqual([]);
    for (const key of ['ofac-sdn', 'dod-1260h', 'ofac-ns-cmic', 'trade-gov-csl', 'uk-sanctions', 'un-sc', 'an-unknown-list']) {
      const t = thresholdsFor(DEFAULT_THRESHOLDS, key, 'entity');
      expect(t.review).toBeLessThan(t.match);
    }
  });

  it('names only lists Vetter reads: a key no list has would be a band nothing uses', () => {
    const keys = new Set(LIST_SOURCES.map((s) => s.listKey));
    expect(Object.keys(DEFAULT_THRESHOLDS.lists).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('blocking lists start review lower', () => {
    expect(thresholdsFor(DEFAULT_THRESHOLDS, 'ofac-sdn', 'entity').review).toBeLessThan(thresholdsFor(DEFAULT_THRESHOLDS, 'dod-1260h', 'entity').review);
  });

  it('people, vessels and aircraft need a stronger match than companies on any list', () => {
    for (const type of ['individual', 'vessel', 'aircraft'] as const) {
      const person = thresholdsFor(DEFAULT_THRESHOLDS, 'ofac-sdn', type);
      const company = thresholdsFor(DEFAULT_THRESHOLDS, 'ofac-sdn', type === 'individual' ? 'entity' : 'unknown');
      expect(person.match).toBeGreaterThan(company.match);
      expect(person.review).toBeGreaterThan(company.review);
    }
  });

  it('reports invalid user thresholds in words', () => {
    const bad = { ...DEFAULT_THRESHOLDS, lists: { 'dod-1260h': { match: 0.7, review: 0.8 } } };
    expect(checkThresholds(bad)).toEqual(['dod-1260h: need 0 < review <= match <= 1 (got review 0.8, match 0.7).']);
  });
});
