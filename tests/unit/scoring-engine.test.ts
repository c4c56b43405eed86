// The scoring engine on worked examples: demo vendors, each rule of the methodology, and the arithmetic an
// auditor would redo by hand. These are version 1's numbers (docs/methodology.md's worked examples); what version 2
// changes is in scoring-v2.test.ts.
import { describe, expect, it } from 'vitest';
import { bestAnswerValue, CATALOG_V1 } from '../../electron/core/assessment/catalog';
import type { ScreeningHit } from '../../electron/core/contract';
import {
  type AllegationInput,
  type AnswerInput,
  applyChanges,
  compareScores,
  DEFAULT_METHODOLOGY,
  describeChange,
  type DesignationInput,
  designationClass,
  designationFromHit,
  type Methodology,
  METHODOLOGY_V1,
  NOT_SCREENED,
  scoreVendor as engineScore,
  type ScoreResult,
  type ScoringInput,
  type ScoringVendor,
  scoringVendorFrom,
  sumContributions,
  tierFor,
  validateMethodology,
  withAnswer,
  withHitDecision,
} from '../../electron/core/scoring';
import { keptScore, storedScore } from '../../electron/core/scoring/kept-score';

const TODAY = '2026-07-01';

/** Version 1 unless the test names another. */
const scoreVendor = (data: ScoringInput, methodology: Methodology = METHODOLOGY_V1): ScoreResult => engineScore(data, methodology);

const HUAWEI: ScoringVendor = {
  id: 'v-huawei',
  name: 'Huawei Cloud Computing Technologies Co., Ltd.',
  services: ['IaaS/PaaS', 'Hardware'],
  dataShared: ['IP addresses / device data'],
  criticality: 'medium',
  countryOfIncorporation: 'CN',
  countryOfHeadquarters: 'CN',
};
const ALIBABA: ScoringVendor = {
  id: 'v-alibaba',
  name: 'Alibaba Cloud (Singapore) Private Limited',
  services: ['IaaS/PaaS', 'AI model/API'],
  dataShared: ['Customer personal data', 'IP addresses / device data', 'Location / Wi-Fi data', 'Payment data'],
  criticality: 'high',
  countryOfIncorporation: 'SG',
  countryOfHeadquarters: 'CN',
};
const AWS: ScoringVendor = {
  id: 'v-aws',
  name: 'Amazon Web Services, Inc.',
  services: ['IaaS/PaaS', 'AI model/API'],
  dataShared: ['Customer personal data', 'IP addresses / device data', 'Source code'],
  criticality: 'critical',
  countryOfIncorporation: 'US',
  countryOfHeadquarters: 'US',
};

const hit = (over: Partial<DesignationInput> = {}): DesignationInput => ({
  hitId: 'h1',
  listKey: 'dod-1260h',
  subList: null,
  programmes: ['Section 1260H, FY2021 NDAA'],
  band: 'match',
  decision: 'confirmed',
  via: 'name',
  entryName: 'Example Listed Co., Ltd.',
  listVersionId: 'lv-1260h-2026-06-08',
  asOf: '2026-06-08',
  ...over,
});

const FT_MEMO: AllegationInput = {
  id: 'al-ft-2025-11',
  title: 'White House memo alleges Alibaba helps China’s military target the US',
  publisher: 'Financial Times',
  sourceType: 'leaked-government-document',
  publishedAt: '2025-11-14',
  claimCategories: ['state-access-to-customer-data', 'military-or-intelligence-support', 'vulnerability-sharing-with-state'],
  status: 'denied',
  credibility: 3,
  viaParent: false,
};

const input = (vendor: ScoringVendor, over: Partial<ScoringInput> = {}): ScoringInput => ({
  vendor,
  designations: [],
  allegations: [],
  answers: {},
  today: TODAY,
  ...over,
});

const answer = (value: string | string[], verified = true, evidence = 1): AnswerInput => ({ value, verified, evidence, answeredAt: '2026-05-01' });

/** Every criterion answered with its best value, verified. */
function allGood(today = TODAY): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {};
  for (const c of CATALOG_V1.criteria) {
    const v = bestAnswerValue(c, today);
    if (v !== undefined) out[c.id] = answer(v as string | string[]);
  }
  return out;
}

const factor = (r: ScoreResult, id: string) => {
  const f = r.factors.find((x) => x.factor === id);
  if (!f) throw new Error(`no factor ${id} in ${r.factors.map((x) => x.factor).join(', ')}`);
  return f;
};

function expectConsistent(r: ScoreResult) {
  expect(sumContributions(r.factors)).toBe(r.score);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  for (const f of r.factors) expect(Math.round(f.contribution * 10) / 10).toBe(f.contribution);
}

describe('worked examples from the demo', () => {
  it('Huawei Cloud, confirmed 1260H hit via its parent, nothing answered: at least High, with the knock-out shown', () => {
    const r = scoreVendor(
      input(HUAWEI, {
        designations: [
          hit({ hitId: 'hit-hw', via: 'parent', entryName: 'Huawei Technologies Co., Ltd.', matchedName: 'Huawei Technologies Co., Ltd.' }),
        ],
      }),
    );
    expectConsistent(r);
    const d = factor(r, 'designation:hit-hw');
    expect(d.contribution).toBe(36); // 45 × 1 (confirmed) × 0.8 (via parent)
    expect(d.detail).toContain('"Huawei Technologies Co., Ltd."');
    expect(d.detail).toContain('DoD Section 1260H list');
    expect(d.detail).toContain('list version lv-1260h-2026-06-08 as of 2026-06-08');
    expect(d.detail).toContain('45 points × 1 (confirmed) × 0.8 (via parent) = 36.0');
    expect(d.refs).toEqual([
      { kind: 'hit', id: 'hit-hw' },
      { kind: 'knockout', id: 'K2' },
    ]);
    expect(factor(r, 'jurisdiction:country').contribution).toBe(25);
    // Not an AI vendor: T1, T2, A2, E4 are not asked; the other 16 are unanswered and count in full.
    expect(r.coverage).toEqual({ applicable: 16, answered: 0, verified: 0, notApplicable: 4 });
    expect(factor(r, 'criterion:T1').contribution).toBe(0);
    expect(factor(r, 'criterion:T1').detail).toMatch(/not asked of this vendor/);
    expect(factor(r, 'criterion:R4').contribution).toBe(4);
    expect(factor(r, 'criterion:R4').detail).toMatch(/not answered: an unanswered criterion counts as risk/);
    // 36 + 25 + 38 unanswered points = 99, × 0.75 (IP/device data, medium criticality) = 74.3.
    expect(r.components).toEqual({ designations: 36, allegations: 0, jurisdiction: 36, controls: 27 });
    expect(r.exposure).toBe(50);
    expect(r.exposureMultiplier).toBe(0.75);
    expect(factor(r, 'exposure').contribution).toBe(-24.7);
    expect(r.score).toBe(74.3);
    expect(r.tierFromScore).toBe('High');
    expect(r.tier).toBe('High');
    expect(r.knockouts).toEqual([expect.objectContaining({ rule: 'K2', floor: 'High', hitIds: ['hit-hw'] })]);
    expect(r.knockouts[0]!.detail).toContain('(via parent)');
  });

  it('Huawei Cloud stays at least High when its controls are all good', () => {
    const r = scoreVendor(
      input(HUAWEI, { designations: [hit({ hitId: 'hit-hw', via: 'parent', entryName: 'Huawei Technologies Co., Ltd.' })], answers: allGood() }),
    );
    expectConsistent(r);
    expect(r.score).toBe(45.8); // (36 + 25) × 0.75
    expect(r.tierFromScore).toBe('Moderate');
    expect(r.tier).toBe('High');
  });

  it('Alibaba Cloud with the November 2025 FT-reported memo (denied, credibility 3) and nothing answered', () => {
    const r = scoreVendor(input(ALIBABA, { allegations: [FT_MEMO] }));
    expectConsistent(r);
    const a = factor(r, 'allegation:al-ft-2025-11');
    // 30 × 0.8 (leaked/reported government document) × 3/5 × 0.9 (denied) × 1 (gravest claim) × 0.805 (229 days, half-life 730).
    expect(a.contribution).toBe(10.4);
    expect(a.detail).toMatch(/^Allegation, not established fact: "White House memo/);
    expect(a.detail).toContain('(Financial Times)');
    expect(a.detail).toContain('leaked or reported government document published 2025-11-14');
    expect(a.detail).toContain('status denied by vendor');
    expect(a.detail).toContain('credibility 3/5');
    expect(a.detail).toContain('0.805 (age: 229 days old, half-life 730 days)');
    expect(a.refs).toEqual([{ kind: 'allegation', id: 'al-ft-2025-11' }]);
    expect(factor(r, 'jurisdiction:country').detail).toContain('CN (headquarters)');
    expect(factor(r, 'jurisdiction:country').detail).toContain('National Intelligence Law (2017) Art. 7');
    expect(r.coverage).toEqual({ applicable: 20, answered: 0, verified: 0, notApplicable: 0 });
    expect(r.components).toEqual({ designations: 0, allegations: 10.4, jurisdiction: 36, controls: 35 });
    expect(r.exposure).toBe(80);
    expect(r.exposureMultiplier).toBe(0.9);
    expect(r.score).toBe(73.3); // (10.4 + 36 + 35) × 0.9 = 73.26
    expect(r.tier).toBe('High');
    expect(r.knockouts).toEqual([]);
  });

  it('Alibaba Cloud once the 2026 1260H listing of its parent is confirmed: Critical', () => {
    const r = scoreVendor(
      input(ALIBABA, {
        allegations: [{ ...FT_MEMO, viaParent: true }],
        designations: [hit({ hitId: 'hit-ali', via: 'parent', entryName: 'Alibaba Group Holding Limited', matchedName: 'Alibaba Group Holding Limited' })],
      }),
    );
    expectConsistent(r);
    expect(r.tier).toBe('Critical');
    expect(r.knockouts.map((k) => k.rule)).toEqual(['K2']);
  });

  it('AWS with every answer good and verified: Low', () => {
    const r = scoreVendor(input(AWS, { answers: allGood() }));
    expectConsistent(r);
    expect(r.score).toBe(0);
    expect(r.tier).toBe('Low');
    expect(r.coverage).toEqual({ applicable: 20, answered: 20, verified: 20, notApplicable: 0 });
    expect(factor(r, 'criterion:A1').detail).toContain('answered "SOC 2 Type II report" (risk 0); verified, 1 evidence file');
    expect(factor(r, 'jurisdiction:country').detail).toMatch(/incorporated in US, headquartered in US; the methodology gives these countries no jurisdiction points/);
  });

  it('AWS answered honestly on compelled access (overseen by courts) is still Low', () => {
    const r = scoreVendor(input(AWS, { answers: { ...allGood(), J1: answer('overseen') } }));
    expectConsistent(r);
    expect(factor(r, 'criterion:J1').contribution).toBe(2); // 0.4 × 5
    expect(r.score).toBe(2);
    expect(r.tier).toBe('Low');
  });

  it('AWS never assessed: unanswered criteria count as risk, so it is not Low', () => {
    const r = scoreVendor(input(AWS));
    expectConsistent(r);
    expect(r.score).toBe(44.9); // 46 points of gaps × 0.975
    expect(r.tier).toBe('Moderate');
  });

  it('control gaps alone stay below High; with nothing shared they stay near Low', () => {
    const worst = scoreVendor(input({ ...AWS, dataShared: ['Defence or critical-infrastructure data'], criticality: 'critical' }));
    expect(worst.score).toBe(46);
    expect(worst.tier).toBe('Moderate');
    const least = scoreVendor(input({ ...AWS, services: ['SaaS'], dataShared: ['None'], criticality: 'low' }));
    expect(least.score).toBe(21.4); // 38 × 0.563
  });
});

describe('designations', () => {
  const vendor = AWS;
  const one = (h: DesignationInput) => scoreVendor(input(vendor, { designations: [h], answers: allGood() }));

  it('a confirmed SDN hit is Prohibited, even via a parent and whatever the score', () => {
    for (const via of ['name', 'alias', 'parent'] as const) {
      const r = one(hit({ listKey: 'ofac-sdn', via, programmes: ['SDGT'] }));
      expect(r.tier).toBe('Prohibited');
      expect(r.knockouts[0]!.rule).toBe('K1');
    }
    // The CSL's SDN rows count the same.
    expect(one(hit({ listKey: 'trade-gov-csl', subList: 'Specially Designated Nationals (SDN) - Treasury Department' })).tier).toBe('Prohibited');
  });

  it('an open SDN hit is not a knock-out but counts heavily until reviewed', () => {
    const r = one(hit({ listKey: 'ofac-sdn', decision: 'open', band: 'match' }));
    expect(r.knockouts).toEqual([]);
    expect(factor(r, 'designation:h1').contribution).toBe(60); // 80 × 0.75
    expect(factor(r, 'designation:h1').detail).toMatch(/^Open match-band hit \(counts until reviewed\)/);
    expect(r.warnings.join(' ')).toMatch(/1 screening hit still open: "Example Listed Co., Ltd." \(OFAC SDN list, match band\)/);
  });

  it('review-band open hits count less than match-band ones; dismissed hits count nothing', () => {
    const c = (h: DesignationInput) => factor(one(h), 'designation:h1').contribution;
    expect(c(hit({ decision: 'confirmed' }))).toBe(45);
    expect(c(hit({ decision: 'open', band: 'match' }))).toBe(33.8);
    expect(c(hit({ decision: 'open', band: 'review' }))).toBe(13.5);
    expect(c(hit({ decision: 'dismissed' }))).toBe(0);
    expect(factor(one(hit({ decision: 'dismissed' })), 'designation:h1').detail).toMatch(/^Dismissed on review/);
    expect(one(hit({ decision: 'dismissed' })).knockouts).toEqual([]);
  });

  it('via parent counts slightly less than a direct hit', () => {
    expect(factor(one(hit({ via: 'parent' })), 'designation:h1').contribution).toBeLessThan(factor(one(hit({ via: 'name' })), 'designation:h1').contribution);
    expect(factor(one(hit({ via: 'alias' })), 'designation:h1').contribution).toBe(45);
  });

  it('confirmed 1260H, NS-CMIC or Entity List hits give at least High, direct or via parent', () => {
    const cases: Partial<DesignationInput>[] = [
      { listKey: 'dod-1260h' },
      { listKey: 'ofac-ns-cmic', subList: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)', programmes: ['CMIC-EO13959'] },
      { listKey: 'ofac-non-sdn', subList: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)', programmes: ['CMIC-EO13959'] },
      { listKey: 'trade-gov-csl', subList: 'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department' },
      { listKey: 'trade-gov-csl', subList: 'Entity List (EL) - Bureau of Industry and Security' },
    ];
    for (const c of cases)
      for (const via of ['name', 'parent'] as const) {
        const r = one(hit({ ...c, via }));
        expect(r.tier, JSON.stringify(c)).toBe('High');
        expect(['Low', 'Moderate']).toContain(r.tierFromScore); // the floor, not the score, makes it High
        expect(r.knockouts.map((k) => k.rule)).toEqual(['K2']);
      }
  });

  it('classifies hits by list, sub-list and programme', () => {
    const cls = (h: Partial<DesignationInput>) => designationClass({ listKey: 'x', subList: null, programmes: [], ...h }).cls.id;
    expect(cls({ listKey: 'ofac-sdn' })).toBe('sdn');
    expect(cls({ listKey: 'trade-gov-csl', subList: 'Military End User (MEU) List - Bureau of Industry and Security' })).toBe('meu');
    expect(cls({ listKey: 'trade-gov-csl', subList: 'Unverified List (UVL) - Bureau of Industry and Security' })).toBe('bis-uvl');
    expect(cls({ listKey: 'trade-gov-csl', subList: 'Denied Persons List (DPL) - Bureau of Industry and Security' })).toBe('bis-dpl');
    expect(cls({ listKey: 'bis-dpl' })).toBe('bis-dpl');
    expect(cls({ listKey: 'trade-gov-csl', subList: 'ITAR Debarred (DTC) - State Department' })).toBe('us-other');
    expect(cls({ listKey: 'ofac-non-sdn', subList: 'Sectoral Sanctions Identifications List (SSI)', programmes: ['UKRAINE-EO13662'] })).toBe('us-other');
    expect(cls({ listKey: 'ofac-non-sdn', programmes: ['cmic-eo13959'] })).toBe('ns-cmic');
    expect(cls({ listKey: 'uk-sanctions' })).toBe('uk-sanctions');
    expect(cls({ listKey: 'un-sc' })).toBe('un-sc');
    const custom = designationClass({ listKey: 'custom-eu-consolidated', subList: null, programmes: [] });
    expect(custom).toEqual({ key: 'other:custom-eu-consolidated', cls: { id: 'other', label: 'Other designation list', points: 30 } });
  });

  it('UN and UK asset freezes give at least Critical; DPL and MEU at least High', () => {
    expect(one(hit({ listKey: 'un-sc' })).tier).toBe('Critical');
    expect(one(hit({ listKey: 'uk-sanctions', via: 'parent' })).tier).toBe('Critical');
    expect(one(hit({ listKey: 'bis-dpl' })).tier).toBe('High');
    expect(one(hit({ listKey: 'trade-gov-csl', subList: 'Military End User (MEU) List - Bureau of Industry and Security' })).tier).toBe('High');
  });

  it('counts a designation type once: the strongest hit counts, the others say why they add nothing', () => {
    const r = scoreVendor(
      input(vendor, {
        designations: [
          hit({ hitId: 'a', via: 'parent', entryName: 'Parent Co.' }),
          hit({ hitId: 'b', via: 'name', entryName: 'Vendor Co.' }),
          hit({ hitId: 'c', listKey: 'ofac-sdn', decision: 'dismissed' }),
          hit({ hitId: 'd', listKey: 'trade-gov-csl', subList: 'Entity List (EL) - Bureau of Industry and Security' }),
        ],
      }),
    );
    expectConsistent(r);
    expect(factor(r, 'designation:a').contribution).toBe(0);
    expect(factor(r, 'designation:a').detail).toMatch(/each designation type counts once per vendor and "Vendor Co." \(45.0 points, hit b\) already counts/);
    expect(factor(r, 'designation:b').contribution).toBe(45);
    expect(factor(r, 'designation:c').contribution).toBe(0);
    expect(factor(r, 'designation:d').contribution).toBe(40);
    expect(r.components.designations).toBe(85);
    // Every confirmed hit of a knock-out class is named by the knock-out, counted or not.
    expect(r.knockouts).toEqual([expect.objectContaining({ rule: 'K2', hitIds: ['a', 'b', 'd'] })]);
  });

  it('an entry removed from its list counts a fifth and triggers no knock-out', () => {
    const r = one(hit({ entryStatus: 'removed' }));
    expect(factor(r, 'designation:h1').contribution).toBe(9);
    expect(factor(r, 'designation:h1').detail).toContain('× 0.2 (entry removed)');
    expect(r.knockouts).toEqual([]);
  });

  it('reads a stored screening hit', () => {
    const stored = {
      id: 'hit-9',
      vendorId: 'v1',
      listKey: 'trade-gov-csl',
      listDisplayName: 'Consolidated Screening List (trade.gov)',
      versionId: 'lv-csl-2025-06-25',
      asOf: '2025-06-25',
      stale: false,
      entryId: 'e1',
      entryName: 'HUAWEI TECHNOLOGIES CO., LTD.',
      entryStatus: 'listed',
      entryDetails: {
        type: 'entity',
        aliases: [],
        weakAliases: [],
        identifiers: [],
        countries: ['CN'],
        programmes: ['EAR'],
        listedDate: '2019-05-16',
        removedDate: null,
        parents: [],
        remarks: null,
        sourceUrl: null,
        subList: 'Entity List (EL) - Bureau of Industry and Security',
      },
      matchedName: 'Huawei Technologies Co., Ltd.',
      listName: 'HUAWEI TECHNOLOGIES CO., LTD.',
      via: 'parent',
      path: null,
      aggregate: null,
      supplier: null,
      matcherVersion: '2026.12-1',
      score: 1,
      band: 'match',
      explanation: {} as ScreeningHit['explanation'],
      screenedAt: '2026-06-30T10:00:00Z',
      resolvedAt: null,
      resolution: null,
      review: { decision: 'confirmed', reason: 'Parent per annual report', reviewer: 'mlt', decidedAt: '2026-06-30T11:00:00Z', proposal: null, needsSecondReviewer: false },
    } satisfies ScreeningHit;
    const d = designationFromHit(stored);
    expect(d).toEqual({
      hitId: 'hit-9',
      listKey: 'trade-gov-csl',
      listName: 'Consolidated Screening List (trade.gov)',
      subList: 'Entity List (EL) - Bureau of Industry and Security',
      programmes: ['EAR'],
      band: 'match',
      decision: 'confirmed',
      via: 'parent',
      entryName: 'HUAWEI TECHNOLOGIES CO., LTD.',
      entryId: 'e1',
      entryStatus: 'listed',
      matchedName: 'Huawei Technologies Co., Ltd.',
      listVersionId: 'lv-csl-2025-06-25',
      asOf: '2025-06-25',
    });
    const r = scoreVendor(input(HUAWEI, { designations: [d] }));
    expect(factor(r, 'designation:hit-9').detail).toContain('the Consolidated Screening List (trade.gov) (Entity List (EL) - Bureau of Industry and Security), list version lv-csl-2025-06-25');
    expect(r.knockouts[0]!.rule).toBe('K2');
    // A name the list links to what the vendor matched weighs as a parent does, and is said as what it is.
    const linked = designationFromHit({ ...stored, via: 'list-link' });
    expect(linked).toMatchObject({ via: 'parent', viaListLink: true });
    const detail = factor(scoreVendor(input(HUAWEI, { designations: [linked] })), `designation:${linked.hitId}`).detail;
    expect(detail).toContain('which the list links to an entry the vendor matched');
    expect(detail).toContain('(via list link, weighed as via parent)');
    expect(detail).not.toContain("vendor's parent");
    // An identifier the list prints weighs as the vendor's own name: identity.
    const byId = designationFromHit({ ...stored, via: 'identifier', matchedName: 'USCC:914403001922038216' });
    expect(byId).toMatchObject({ via: 'name', viaIdentifier: true });
    const idDetail = factor(scoreVendor(input(HUAWEI, { designations: [byId] })), `designation:${byId.hitId}`).detail;
    expect(idDetail).toContain(`the vendor's identifier USCC:914403001922038216 matched "HUAWEI TECHNOLOGIES CO., LTD."`);
    expect(idDetail).toContain('(via identifier, weighed as by name)');
  });
});

describe('allegations', () => {
  const alone = (a: Partial<AllegationInput>, today = TODAY) =>
    factor(scoreVendor(input(AWS, { allegations: [{ ...FT_MEMO, ...a }], answers: allGood(), today })), `allegation:${FT_MEMO.id}`);

  it('weighs the source type, credibility linearly, and status; retracted counts nothing', () => {
    const fresh = { publishedAt: TODAY, claimCategories: ['state-access-to-customer-data' as const] };
    expect(alone({ ...fresh, sourceType: 'official-government-document', credibility: 5, status: 'alleged' }).contribution).toBe(30);
    expect(alone({ ...fresh, sourceType: 'official-government-document', credibility: 1, status: 'alleged' }).contribution).toBe(6);
    expect(alone({ ...fresh, sourceType: 'blog-opinion', credibility: 5, status: 'alleged' }).contribution).toBe(4.5);
    expect(alone({ ...fresh, sourceType: 'major-press', credibility: 4, status: 'denied' }).contribution).toBe(13);
    expect(alone({ ...fresh, sourceType: 'major-press', credibility: 4, status: 'corroborated' }).contribution).toBe(21.6);
    const retracted = alone({ ...fresh, status: 'retracted' });
    expect(retracted.contribution).toBe(0);
    expect(retracted.detail).toMatch(/Retracted: it contributes nothing/);
  });

  it('ages with a half-life, down to a floor; unknown and future dates do not age', () => {
    const base = { sourceType: 'official-government-document' as const, credibility: 5, status: 'alleged' as const, claimCategories: ['other' as const] };
    expect(alone({ ...base, publishedAt: '2026-07-01' }).contribution).toBe(15); // 30 × 0.5 (other)
    expect(alone({ ...base, publishedAt: '2024-07-01' }).contribution).toBe(7.5); // 730 days: half
    expect(alone({ ...base, publishedAt: '2010-01-01' }).contribution).toBe(1.5); // floor 0.1
    expect(alone({ ...base, publishedAt: '2010-01-01' }).detail).toContain('at the floor');
    expect(alone({ ...base, publishedAt: null }).contribution).toBe(15);
    expect(alone({ ...base, publishedAt: '2027-01-01' }).contribution).toBe(15);
  });

  it('counts the gravest claim, and less when recorded against a parent', () => {
    const base = { sourceType: 'official-government-document' as const, credibility: 5, status: 'alleged' as const, publishedAt: TODAY };
    expect(alone({ ...base, claimCategories: ['other', 'ip-or-model-theft'] }).contribution).toBe(27);
    expect(alone({ ...base, claimCategories: [] }).contribution).toBe(15);
    expect(alone({ ...base, claimCategories: ['state-access-to-customer-data'], viaParent: true }).contribution).toBe(24);
  });

  it('caps the allegations component and shows the cap as a factor', () => {
    const many = Array.from({ length: 3 }, (_, i): AllegationInput => ({
      ...FT_MEMO,
      id: `a${i}`,
      sourceType: 'official-government-document',
      credibility: 5,
      status: 'adjudicated',
      publishedAt: TODAY,
    }));
    const r = scoreVendor(input(AWS, { allegations: many, answers: allGood() }));
    expectConsistent(r);
    expect(factor(r, 'allegations:cap').contribution).toBe(-135); // 3 × 60 − 45
    expect(r.components.allegations).toBe(45);
  });

  it('clamps credibility to 1..5 with a warning', () => {
    const r = scoreVendor(input(AWS, { allegations: [{ ...FT_MEMO, credibility: 9 }] }));
    expect(r.warnings.join(' ')).toMatch(/credibility 9, outside 1 to 5; 5 is used/);
  });
});

describe('criteria and answers', () => {
  const only = (id: string, a: AnswerInput | undefined, vendor = AWS) => {
    const answers = { ...allGood() };
    if (a) answers[id] = a;
    else delete answers[id];
    return scoreVendor(input(vendor, { answers }));
  };

  it('an unverified answer keeps part of the remaining risk until verified; evidence lowers that part', () => {
    expect(factor(only('T3', answer('partial', true)), 'criterion:T3').contribution).toBe(1.5); // 0.5 × 3
    expect(factor(only('T3', answer('partial', false, 0)), 'criterion:T3').contribution).toBe(2.1); // (0.5 + 0.5 × 0.4) × 3
    expect(factor(only('T3', answer('partial', false, 2)), 'criterion:T3').contribution).toBe(1.9); // (0.5 + 0.5 × 0.25) × 3
    expect(factor(only('T3', answer('yes', false, 0)), 'criterion:T3').contribution).toBe(1.2);
    expect(factor(only('T3', answer('no', false, 0)), 'criterion:T3').contribution).toBe(3);
    expect(factor(only('T3', undefined), 'criterion:T3').contribution).toBe(3);
    expect(factor(only('T3', answer('partial', false, 0)), 'criterion:T3').detail).toContain('not verified (no evidence attached), so it keeps 40 % of the remaining risk: 0.5 + (1 − 0.5) × 0.4 = 0.7');
  });

  it('turns audit age into risk, and refuses a date in the future', () => {
    const a4 = (d: string) => factor(only('A4', answer(d)), 'criterion:A4');
    expect(a4('2026-01-01').contribution).toBe(0);
    expect(a4('2025-01-01').contribution).toBe(0.6); // 546 days: 0.3 × 2
    expect(a4('2024-01-01').contribution).toBe(1.2); // 0.6 × 2
    expect(a4('2020-01-01').contribution).toBe(2);
    expect(a4('2025-01-01').detail).toContain('dated 2025-01-01, 546 days old (up to 548 days: risk 0.3)');
    const future = only('A4', answer('2026-12-01'));
    expect(factor(future, 'criterion:A4').contribution).toBe(2);
    expect(future.warnings.join(' ')).toMatch(/A4 cannot be read \(2026-12-01 is after today/);
  });

  it('lets the strongest of several audits count', () => {
    expect(factor(only('A1', answer(['csa-star-1', 'soc2-type1'])), 'criterion:A1').contribution).toBe(1.5);
    expect(factor(only('A1', answer(['none', 'iso27001'])), 'criterion:A1').contribution).toBe(0);
  });

  it('counts an unreadable answer as unanswered, with a warning', () => {
    const r = only('R2', answer('within-a-week'));
    expect(factor(r, 'criterion:R2').contribution).toBe(2);
    expect(r.warnings.join(' ')).toMatch(/R2 cannot be read \("within-a-week" is not one of its options\)/);
    expect(r.coverage.answered).toBe(19);
  });

  it('ignores answers to unknown or vendor-record criteria, with a warning', () => {
    const r = scoreVendor(input(AWS, { answers: { ...allGood(), Z9: answer('yes'), E1: answer('None') } }));
    expect(r.score).toBe(0);
    expect(r.warnings.join(' ')).toMatch(/"Z9", which catalog vetter-stti v1 does not have/);
    expect(r.warnings.join(' ')).toMatch(/E1 \(Data shared\) is read from the vendor record/);
  });

  it('says when the vendor was never screened, and changes no number for it', () => {
    const unscreened = scoreVendor(input(AWS, { screened: false }));
    const screened = scoreVendor(input(AWS, { screened: true }));
    expect(unscreened.warnings).toContain(NOT_SCREENED);
    expect(screened.warnings).not.toContain(NOT_SCREENED);
    expect(scoreVendor(input(AWS)).warnings).not.toContain(NOT_SCREENED);
    expect({ ...unscreened, warnings: [] }).toEqual({ ...screened, warnings: [] });
  });

  it('puts jurisdiction answers in inherent risk and the rest in controls', () => {
    const r = scoreVendor(input(AWS));
    expect(factor(r, 'criterion:J1').component).toBe('jurisdiction');
    expect(factor(r, 'criterion:T1').component).toBe('controls');
    expect(r.inherent).toBe(11); // J1..J4 unanswered: 5 + 2 + 3 + 1
    expect(r.controls).toBe(35);
  });
});

describe('jurisdiction and exposure', () => {
  it('counts the higher of the two countries once; nothing recorded counts as risk', () => {
    const j = (inc: string | null, hq: string | null) => factor(scoreVendor(input({ ...AWS, countryOfIncorporation: inc, countryOfHeadquarters: hq })), 'jurisdiction:country');
    expect(j('CN', 'CN').contribution).toBe(25);
    expect(j('KY', 'CN').contribution).toBe(25);
    expect(j('HK', 'CN').detail).toContain('CN (headquarters)');
    expect(j('HK', null).contribution).toBe(15);
    expect(j('DE', 'FR').contribution).toBe(0);
    expect(j(null, null).contribution).toBe(5);
    expect(j(null, null).detail).toMatch(/Neither the country of incorporation nor of headquarters is recorded/);
  });

  it('scales vendor risk by exposure; nothing shared at low criticality counts about half', () => {
    const r = (v: Partial<ScoringVendor>) => scoreVendor(input({ ...AWS, ...v }));
    const none = r({ dataShared: ['None'], criticality: 'low' });
    expect(none.exposure).toBe(12.5);
    expect(none.exposureMultiplier).toBe(0.563);
    const unknown = r({ dataShared: [], criticality: null });
    expect(unknown.exposure).toBe(67.5); // 0.5 × 0.6 + 0.5 × 0.75
    expect(factor(unknown, 'exposure').detail).toMatch(/data shared is not recorded, which counts as 0.6; criticality not recorded, which counts as 0.75/);
    const defence = r({ dataShared: ['Defence or critical-infrastructure data', 'Source code'], criticality: 'critical' });
    expect(defence.exposure).toBe(100);
    expect(defence.exposureMultiplier).toBe(1);
    expect(factor(defence, 'exposure').contribution).toBe(0);
    expect(none.score).toBeLessThan(unknown.score);
    expect(unknown.score).toBeLessThan(defence.score);
  });

  it('caps the score at 100 and shows the cap', () => {
    const r = scoreVendor(
      input({ ...HUAWEI, dataShared: ['Defence or critical-infrastructure data'], criticality: 'critical' }, {
        designations: [hit({ hitId: 'x', listKey: 'ofac-sdn' }), hit({ hitId: 'y' })],
        allegations: [FT_MEMO],
      }),
    );
    expectConsistent(r);
    expect(r.score).toBe(100);
    const clamp = factor(r, 'bounds:clamp');
    expect(clamp.contribution).toBeLessThan(0);
    expect(clamp.label).toBe('Score capped at 100');
  });
});

describe('tiers, methodology and versions', () => {
  it('maps scores to tiers at the documented thresholds', () => {
    expect(tierFor(0)).toBe('Low');
    expect(tierFor(24.9)).toBe('Low');
    expect(tierFor(25)).toBe('Moderate');
    expect(tierFor(49.9)).toBe('Moderate');
    expect(tierFor(50)).toBe('High');
    expect(tierFor(75)).toBe('Critical');
    expect(tierFor(100)).toBe('Critical');
  });

  it('the default methodology is valid, versioned and named in every result', () => {
    expect(validateMethodology(DEFAULT_METHODOLOGY)).toEqual([]);
    expect(validateMethodology(METHODOLOGY_V1)).toEqual([]);
    expect(engineScore(input(AWS)).methodology).toEqual({ id: 'vetter-risk', version: 2 });
    const r = scoreVendor(input(AWS));
    expect(r.methodology).toEqual({ id: 'vetter-risk', version: 1 });
    expect(r.catalog).toEqual({ id: 'vetter-stti', version: 1 });
    expect(r.asOf).toBe(TODAY);
    expect(Object.isFrozen(DEFAULT_METHODOLOGY.parameters.controls.weights)).toBe(true);
  });

  it('an edited methodology is a new version with its own numbers; the old version still gives the old ones', () => {
    const v2: Methodology = structuredClone(METHODOLOGY_V1) as Methodology;
    v2.version = 2;
    v2.parameters.jurisdiction.countries.CN!.points = 35;
    v2.parameters.tiers.prohibited = 95;
    expect(validateMethodology(v2)).toEqual([]);
    const data = input(ALIBABA, { allegations: [FT_MEMO] });
    const old = scoreVendor(data);
    const next = scoreVendor(data, v2);
    expect(next.methodology).toEqual({ id: 'vetter-risk', version: 2 });
    expect(next.score).toBeGreaterThan(old.score);
    expect(scoreVendor(data)).toEqual(old);
  });

  it('validation catches edits that would break the guarantees', () => {
    const bad: Methodology = structuredClone(DEFAULT_METHODOLOGY) as Methodology;
    bad.parameters.designations.decision.openReview = 0.9;
    bad.parameters.allegations.halfLifeDays = 0;
    bad.parameters.exposure.dataWeight = 0.7;
    delete bad.parameters.controls.weights.T1;
    bad.parameters.tiers.high = 10;
    bad.parameters.knockouts[0]!.classes = ['sdm'];
    bad.parameters.controls.ageBands = [
      { maxDays: 365, risk: 0.5 },
      { maxDays: 100, risk: 0.1 },
    ];
    const problems = validateMethodology(bad).join('\n');
    expect(problems).toMatch(/must rise from dismissed to open review-band to open match-band to confirmed/);
    expect(problems).toMatch(/half-life must be more than 0/);
    expect(problems).toMatch(/data and criticality weights must add up to 1/);
    expect(problems).toMatch(/Criterion T1 has no weight/);
    expect(problems).toMatch(/Tier thresholds must rise/);
    expect(problems).toMatch(/K1 names unknown designation class "sdm"/);
    expect(problems).toMatch(/Age bands must be in increasing order/);
  });

  it('is deterministic and never modifies its input', () => {
    const data = input(ALIBABA, { allegations: [FT_MEMO], designations: [hit({ decision: 'open' })], answers: { T1: answer('partial', false, 0) } });
    const copy = structuredClone(data);
    expect(scoreVendor(data)).toEqual(scoreVendor(data));
    expect(data).toEqual(copy);
  });

  it('refuses a today that is not a date', () => {
    expect(() => scoreVendor({ ...input(AWS), today: '2026-02-30' })).toThrow(/not a date/);
  });

  it('reads a stored vendor', () => {
    expect(
      scoringVendorFrom({
        id: 'v1',
        legalName: 'Huawei Cloud Computing Technologies Co., Ltd.',
        services: ['IaaS/PaaS'],
        dataShared: ['IP addresses / device data'],
        criticality: 'medium',
        countryOfIncorporation: 'CN',
        countryOfHeadquarters: 'CN',
      }),
    ).toEqual({
      id: 'v1',
      name: 'Huawei Cloud Computing Technologies Co., Ltd.',
      services: ['IaaS/PaaS'],
      dataShared: ['IP addresses / device data'],
      criticality: 'medium',
      countryOfIncorporation: 'CN',
      countryOfHeadquarters: 'CN',
    });
  });
});

describe('what-if', () => {
  const base = input(HUAWEI, { designations: [hit({ hitId: 'hw', via: 'parent', decision: 'open' })] });

  it('applies changes to a copy and compares factor by factor', () => {
    const changed = applyChanges(base, [
      { kind: 'hit-decision', hitId: 'hw', decision: 'dismissed' },
      { kind: 'answer', criterionId: 'R4', answer: answer('no') },
    ]);
    expect(base.designations[0]!.decision).toBe('open');
    expect(base.answers.R4).toBeUndefined();
    const before = scoreVendor(base);
    const after = scoreVendor(changed);
    const diff = compareScores(before, after);
    expect(diff.delta).toBeLessThan(0);
    expect(diff.changed.map((c) => c.factor)).toEqual(['designation:hw', 'exposure', 'criterion:R4']);
    expect(diff.changed[0]).toEqual(expect.objectContaining({ before: 27, after: 0, delta: -27 }));
    expect(Math.round(diff.changed.reduce((s, c) => s + c.delta * 10, 0))).toBe(Math.round(diff.delta * 10));
  });

  it('confirming an open hit raises the score and can add a knock-out', () => {
    const confirmed = scoreVendor(withHitDecision(base, 'hw', 'confirmed'));
    expect(confirmed.score).toBeGreaterThan(scoreVendor(base).score);
    expect(confirmed.knockouts.map((k) => k.rule)).toEqual(['K2']);
  });

  it('clears an answer with null, and refuses an unknown hit', () => {
    const withT3 = withAnswer(base, 'T3', answer('yes'));
    expect(withAnswer(withT3, 'T3', null).answers.T3).toBeUndefined();
    expect(() => withHitDecision(base, 'nope', 'confirmed')).toThrow(/no screening hit nope/);
  });
});

describe('score history: what changed', () => {
  const base = input(HUAWEI, { designations: [hit({ hitId: 'hw', via: 'parent', decision: 'open' })] });
  const withT3 = (value: string) => withAnswer(base, 'T3', answer(value, false, 0));

  it('names a changed answer, from what to what and by how many points, without the exposure scaling that follows it', () => {
    const reason = describeChange(scoreVendor(withT3('no')), scoreVendor(withT3('yes')));
    expect(reason).toMatch(/^T3 Ownership and beneficial owners changed from No to Yes: −\d+\.\d$/);
  });

  it('names a review decision, and a change of state that moves no points', () => {
    expect(describeChange(scoreVendor(base), scoreVendor(withHitDecision(base, 'hw', 'confirmed')))).toMatch(
      /^DoD Section 1260H list: Example Listed Co., Ltd. changed from open, match band to confirmed: \+\d+\.\d$/,
    );
    expect(describeChange(scoreVendor(base), scoreVendor(withT3('no')))).toBe('T3 Ownership and beneficial owners changed from unanswered to No');
  });

  it('names new and removed data, the methodology version, and counts what it does not name', () => {
    const alleged = input(HUAWEI, { allegations: [FT_MEMO] });
    expect(describeChange(scoreVendor(input(HUAWEI)), scoreVendor(alleged))).toMatch(
      /^New: Allegation: White House memo alleges Alibaba helps China’s military target the US \(denied by vendor, credibility 3\/5\): \+\d+\.\d$/,
    );
    expect(describeChange(scoreVendor(alleged), scoreVendor(input(HUAWEI)))).toMatch(/^Removed: Allegation: White House memo .*: −\d+\.\d$/);

    const v2: Methodology = structuredClone(METHODOLOGY_V1) as Methodology;
    v2.version = 2;
    v2.parameters.jurisdiction.countries.CN!.points = 35;
    expect(describeChange(scoreVendor(base), scoreVendor(base, v2))).toBe('Methodology v2; Jurisdiction: CN: +10.0');

    const everything = applyChanges(
      base,
      ['T3', 'T4', 'T5', 'A1'].map((criterionId) => ({ kind: 'answer' as const, criterionId, answer: answer(bestAnswerValue(CATALOG_V1.criteria.find((c) => c.id === criterionId)!, TODAY)!) })),
    );
    expect(describeChange(scoreVendor(base), scoreVendor(everything))).toMatch(/; and 1 more$/);
    expect(describeChange(null, scoreVendor(base))).toBe('First score');
  });

  it('says the same against a snapshot kept in either form: the kept form, or the whole result snapshots held before it', () => {
    const alleged = input(HUAWEI, { allegations: [FT_MEMO] });
    const confirmed = withHitDecision(base, 'hw', 'confirmed');
    const pairs: [ScoringInput, ScoringInput][] = [
      [withT3('no'), withT3('yes')],
      [base, confirmed],
      [confirmed, base],
      [input(HUAWEI), alleged],
      [alleged, input(HUAWEI)],
      [base, input(HUAWEI)],
    ];
    for (const [before, after] of pairs) {
      const previous = scoreVendor(before);
      const reason = describeChange(previous, scoreVendor(after));
      expect(reason).not.toBe('No factor changed');
      expect(describeChange(storedScore(keptScore(previous)), scoreVendor(after))).toBe(reason);
      expect(describeChange(storedScore(JSON.stringify(previous)), scoreVendor(after))).toBe(reason);
    }
  });

  it('keeps what an auditor needs of a score, and not the sentences its methodology writes again', () => {
    const result = scoreVendor(input(HUAWEI, { designations: [hit({ hitId: 'hw' })], allegations: [FT_MEMO], answers: { T3: answer('no') } }));
    const kept = JSON.parse(keptScore(result)) as Record<string, unknown>;
    expect(kept).toEqual({
      kept: 1,
      score: result.score,
      tier: result.tier,
      known: result.known,
      unassessed: result.unassessed,
      factors: result.factors.map((f) => [f.factor, f.contribution, f.state, f.label]),
      knockouts: result.knockouts.map((k) => ({ rule: k.rule, floor: k.floor, hitIds: k.hitIds })),
      warnings: result.warnings,
      methodology: result.methodology,
      catalog: result.catalog,
      asOf: TODAY,
    });
    expect(result.knockouts.length).toBeGreaterThan(0);
    expect(sumContributions(storedScore(keptScore(result)).factors)).toBe(result.score);
    expect(keptScore(result).length).toBeLessThan(JSON.stringify(result).length / 4);
  });
});
