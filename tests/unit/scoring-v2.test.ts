// Methodology version 2 (#15): several reports of one event corroborate an allegation, unanswered criteria are kept
// apart from the known risk, findings count; version 1 still gives its own numbers. And the heat map's risk zones.
import { describe, expect, it } from 'vitest';
import { heatZone } from '../../electron/core/scoring/heatmap';
import {
  type AllegationInput,
  CORROBORATION_PARAMETERS,
  DEFAULT_METHODOLOGY,
  METHODOLOGY_V1,
  METHODOLOGY_V2,
  scoreVendor,
  type ScoringInput,
  type ScoringVendor,
  sumContributions,
  validateMethodology,
} from '../../electron/core/scoring';
import { corroborate, publisherKey } from '../../electron/core/scoring/corroboration';

const TODAY = '2026-07-01';
const US: ScoringVendor = { services: ['SaaS'], dataShared: ['Customer personal data'], criticality: 'high', countryOfIncorporation: 'US', countryOfHeadquarters: 'US' };
const input = (over: Partial<ScoringInput> = {}): ScoringInput => ({ vendor: US, designations: [], allegations: [], answers: {}, today: TODAY, ...over });
const memo: AllegationInput = {
  id: 'a1',
  title: 'Memo alleges state access',
  publisher: 'Financial Times',
  sourceType: 'major-press',
  publishedAt: TODAY,
  claimCategories: ['state-access-to-customer-data'],
  status: 'alleged',
  credibility: 5,
  viaParent: false,
};
const points = (a: AllegationInput, m = METHODOLOGY_V2) => scoreVendor(input({ allegations: [a] }), m).factors.find((f) => f.factor === `allegation:${a.id}`)!;
const source = (publisher: string, sourceType: AllegationInput['sourceType'] = 'major-press') => ({ publisher, sourceType });

describe('version 2 is the default, version 1 stays', () => {
  it('both are valid; the default is version 2 with findings, corroboration and unassessed parameters', () => {
    expect(DEFAULT_METHODOLOGY).toBe(METHODOLOGY_V2);
    expect(validateMethodology(METHODOLOGY_V1)).toEqual([]);
    expect(validateMethodology(METHODOLOGY_V2)).toEqual([]);
    expect(METHODOLOGY_V1.parameters.findings).toBeUndefined();
    expect(METHODOLOGY_V2.parameters).toMatchObject({ findings: expect.any(Object), unassessed: { inScore: false }, allegations: { corroboration: CORROBORATION_PARAMETERS } });
  });
});

describe('corroboration: several sources of one allegation', () => {
  it('counts the strongest source; an independent publisher raises it, the same publisher again does not', () => {
    const one = points(memo).contribution;
    expect(one).toBe(18); // 30 × 0.6 × 5/5 × 1 × 1 × 1
    const samePublisher = points({ ...memo, sources: [source('Financial Times'), source('financial  times'), source('The Financial Times')] });
    expect(samePublisher.contribution).toBe(one);
    expect(samePublisher.detail).toMatch(/2 further reports by a publisher already counted add nothing/);
    const two = points({ ...memo, sources: [source('Financial Times'), source('Reuters')] });
    expect(two.contribution).toBe(23.4); // × (1 + 0.5 × 0.6) = 1.3
    expect(two.detail).toMatch(/Independent publishers also reporting it: Reuters \(0.6\); corroboration 1 \+ 0.5 × 0.6 = 1.3/);
    expect(two.state).toBe('alleged, credibility 5/5, 2 sources');
  });

  it('the strongest source counts whichever was recorded first', () => {
    const blogFirst = { ...memo, sourceType: 'blog-opinion' as const, publisher: 'A blog', sources: [source('A blog', 'blog-opinion'), source('Ministry', 'official-government-document')] };
    // 30 × 1 (official) × (1 + 0.5 × 0.15) = 32.25
    expect(points(blogFirst).contribution).toBe(32.3);
    // Version 1 counts the source the allegation was recorded with, and says the others are not counted.
    expect(points(blogFirst, METHODOLOGY_V1)).toMatchObject({ contribution: 4.5, detail: expect.stringMatching(/2 sources recorded; methodology vetter-risk v1 counts the one it was recorded with/) });
  });

  it('is capped: many independent publishers raise it at most × 1.5', () => {
    const many = { ...memo, sources: ['FT', 'Reuters', 'AP', 'Le Monde', 'NYT'].map((p) => source(p)) };
    expect(points(many).contribution).toBe(27);
    expect(points(many).detail).toMatch(/capped at 1 \+ 0.5/);
    const c = corroborate(many.sources, METHODOLOGY_V2.parameters.allegations.sourceType, CORROBORATION_PARAMETERS);
    expect(c).toMatchObject({ multiplier: 1.5, capped: true, repeats: 0 });
    expect(publisherKey(' The  Guardian ')).toBe('guardian');
  });

  it('an allegation rated corroborated is not raised again by its sources', () => {
    const rated = { ...memo, status: 'corroborated' as const, sources: [source('FT'), source('Reuters')] };
    expect(points(rated).contribution).toBe(27); // 18 × 1.5 (status), no source raise
    expect(points(rated).detail).toMatch(/Rated corroborated/);
  });
});

describe('known risk and not yet assessed', () => {
  const nothingAnswered = input();

  it('version 2 keeps unanswered criteria apart: the score and tier are the known risk', () => {
    const r = scoreVendor(nothingAnswered);
    expect(r.score).toBe(0);
    expect(r.tier).toBe('Low');
    expect(r.known).toEqual({ score: 0, tier: 'Low' });
    // 16 criteria asked of a SaaS vendor (not the four AI ones), 38 points at worst, scaled by exposure.
    expect(r.coverage).toMatchObject({ applicable: 16, answered: 0, verified: 0, notApplicable: 4 });
    expect(r.unassessed).toBe(Math.round(38 * r.exposureMultiplier * 10) / 10);
    const j1 = r.factors.find((f) => f.factor === 'criterion:J1')!;
    expect(j1).toMatchObject({ contribution: 0, unassessed: 5, state: 'unanswered' });
    expect(j1.detail).toMatch(/not yet assessed\. It adds nothing to the known risk; at worst it would add 100 % of its weight 5 = 5\.0/);
    expect(sumContributions(r.factors)).toBe(r.score);
  });

  it('version 1 counts them in the score; its known part leaves them out', () => {
    const r = scoreVendor(nothingAnswered, METHODOLOGY_V1);
    expect(r.score).toBe(r.unassessed);
    expect(r.score).toBeGreaterThan(25);
    expect(r.tier).toBe('Moderate');
    expect(r.known).toEqual({ score: 0, tier: 'Low' });
    expect(r.factors.find((f) => f.factor === 'criterion:J1')).toMatchObject({ contribution: 5, unassessed: 5 });
  });

  it('answering moves points from not yet assessed to known, and coverage counts answered and verified', () => {
    const answered = scoreVendor(input({ answers: { J1: { value: 'unchecked', verified: true, evidence: 1, answeredAt: '2026-05-01' }, R3: { value: 'yes', verified: false, evidence: 0, answeredAt: '2026-05-01' } } }));
    expect(answered.coverage).toMatchObject({ applicable: 16, answered: 2, verified: 1 });
    expect(answered.known.score).toBeGreaterThan(0);
    expect(answered.unassessed).toBeLessThan(scoreVendor(nothingAnswered).unassessed);
    expect(answered.factors.find((f) => f.factor === 'criterion:J1')!.unassessed).toBeUndefined();
  });

  it('findings count under version 2, not under version 1', () => {
    const f = { id: 'F-1', criterionId: 'T3', title: 'Ownership: No', severity: 'high' as const, status: 'open' as const, due: '2026-09-01', acceptedBy: null, acceptedUntil: null };
    const v2 = scoreVendor(input({ findings: [f] })).factors.find((x) => x.factor === 'finding:F-1')!;
    const v1 = scoreVendor(input({ findings: [f] }), METHODOLOGY_V1).factors.find((x) => x.factor === 'finding:F-1')!;
    expect(v2.contribution).toBe(4);
    expect(v1.contribution).toBe(0);
  });
});

describe('heat-map zones', () => {
  it('colours a cell by likelihood × impact, not by how many vendors it holds', () => {
    expect(heatZone(0, 0)).toBe('low');
    expect(heatZone(1, 1)).toBe('low');
    expect(heatZone(4, 0)).toBe('medium');
    expect(heatZone(2, 2)).toBe('medium');
    expect(heatZone(1, 4)).toBe('high');
    expect(heatZone(3, 3)).toBe('high');
    expect(heatZone(4, 3)).toBe('severe');
    expect(heatZone(4, 4)).toBe('severe');
    // Symmetric: high exposure with low risk is the same zone as the reverse.
    for (let e = 0; e < 5; e++) for (let i = 0; i < 5; i++) expect(heatZone(e, i)).toBe(heatZone(i, e));
  });
});
