// Properties the methodology promises, checked on random vendors, hits, allegations and answers (fast-check):
// more confirmed designations or credible allegations never lower the score; a verified good control never raises
// it; the factors always add up to the score; the score stays in [0, 100]; knock-outs always hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestAnswerValue, CATALOG_V1, type Criterion } from '../../electron/core/assessment/catalog';
import { CRITICALITY, DATA_SHARED, SERVICES } from '../../electron/core/contract';
import {
  ALLEGATION_SOURCE_TYPES,
  ALLEGATION_STATUSES,
  type AllegationInput,
  type AnswerInput,
  CLAIM_CATEGORIES,
  DEFAULT_METHODOLOGY,
  type DesignationInput,
  type Methodology,
  scoreVendor,
  type ScoreResult,
  type ScoringInput,
  sumContributions,
  TIERS,
  tierRank,
  validateMethodology,
  withAnswer,
} from '../../electron/core/scoring';

const RUNS = { numRuns: 300 };

// ---- Arbitraries ----------------------------------------------------------------------------------------

const BASE_DAY = Date.UTC(2020, 0, 1);
const day = (offset: number) => new Date(BASE_DAY + offset * 86_400_000).toISOString().slice(0, 10);
/** 2020-01-01 … 2028-12-31 */
const dayArb = fc.integer({ min: 0, max: 3287 }).map(day);

const CSL_SOURCES = [
  'Specially Designated Nationals (SDN) - Treasury Department',
  'Entity List (EL) - Bureau of Industry and Security',
  'Military End User (MEU) List - Bureau of Industry and Security',
  'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
  'Denied Persons List (DPL) - Bureau of Industry and Security',
  'Unverified List (UVL) - Bureau of Industry and Security',
  'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
  'ITAR Debarred (DTC) - State Department',
  'Something New - Some Agency',
];

const listArb: fc.Arbitrary<Pick<DesignationInput, 'listKey' | 'subList' | 'programmes'>> = fc.oneof(
  fc.constantFrom('ofac-sdn', 'bis-dpl', 'uk-sanctions', 'un-sc', 'dod-1260h', 'custom-eu-list').map((listKey) => ({ listKey, subList: null, programmes: [] as string[] })),
  fc.constantFrom(...CSL_SOURCES).map((subList) => ({ listKey: 'trade-gov-csl', subList, programmes: [] as string[] })),
  fc.constantFrom(['CMIC-EO13959'], ['UKRAINE-EO13662'], ['NS-PLC']).map((programmes) => ({ listKey: 'ofac-non-sdn', subList: null, programmes })),
  fc.constant({ listKey: 'ofac-ns-cmic', subList: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)', programmes: ['CMIC-EO13959'] }),
);

let hitSeq = 0;
const designationArb: fc.Arbitrary<DesignationInput> = fc
  .record({
    list: listArb,
    band: fc.constantFrom('match' as const, 'review' as const),
    decision: fc.constantFrom('open' as const, 'confirmed' as const, 'dismissed' as const),
    via: fc.constantFrom('name' as const, 'alias' as const, 'parent' as const),
    entryStatus: fc.constantFrom(undefined, 'listed' as const, 'renamed' as const, 'removed' as const),
    entryName: fc.constantFrom('Huawei Technologies Co., Ltd.', 'Alibaba Group Holding Limited', 'Example Co.'),
    asOf: fc.option(dayArb, { nil: null }),
  })
  .map(({ list, entryStatus, ...rest }) => ({
    ...list,
    ...rest,
    ...(entryStatus ? { entryStatus } : {}),
    hitId: `hit-${++hitSeq}`,
    listVersionId: `lv-${list.listKey}`,
  }));

let allegationSeq = 0;
const allegationArb: fc.Arbitrary<AllegationInput> = fc
  .record({
    sourceType: fc.constantFrom(...ALLEGATION_SOURCE_TYPES),
    publishedAt: fc.option(dayArb, { nil: null }),
    claimCategories: fc.subarray([...CLAIM_CATEGORIES]),
    status: fc.constantFrom(...ALLEGATION_STATUSES),
    credibility: fc.integer({ min: 1, max: 5 }),
    viaParent: fc.boolean(),
  })
  .map((a) => ({ ...a, id: `al-${++allegationSeq}`, title: 'Reported claim' }));

const ASKED = CATALOG_V1.criteria.filter((c) => c.source === 'answer');

/** Any answer a user could store for a criterion, including unreadable ones. */
function answerValueArb(c: Criterion): fc.Arbitrary<string | string[]> {
  if (c.answerType === 'date') return fc.oneof(dayArb, fc.constant('not a date'));
  const values = (c.options ?? []).map((o) => o.value);
  if (c.multiple) return fc.subarray([...values, 'unknown-option'], { minLength: 1 });
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constant('unknown-option') });
}

const answersArb: fc.Arbitrary<Record<string, AnswerInput>> = fc
  .tuple(
    ...ASKED.map((c) =>
      fc.option(
        fc.record({ value: answerValueArb(c), verified: fc.boolean(), evidence: fc.nat(3), answeredAt: fc.option(dayArb, { nil: null }) }),
        { nil: undefined },
      ),
    ),
  )
  .map((list) => {
    const out: Record<string, AnswerInput> = {};
    list.forEach((a, i) => {
      if (a) out[ASKED[i]!.id] = a;
    });
    return out;
  });

const countryArb = fc.option(fc.constantFrom('US', 'CN', 'HK', 'RU', 'SG', 'DE', 'KY', 'IR'), { nil: null });

const inputArb: fc.Arbitrary<ScoringInput> = fc.record({
  vendor: fc.record({
    services: fc.subarray([...SERVICES]),
    dataShared: fc.oneof(fc.constant(['None' as const]), fc.subarray(DATA_SHARED.filter((d) => d !== 'None'))),
    criticality: fc.option(fc.constantFrom(...CRITICALITY), { nil: null }),
    countryOfIncorporation: countryArb,
    countryOfHeadquarters: countryArb,
  }),
  designations: fc.array(designationArb, { maxLength: 5 }),
  allegations: fc.array(allegationArb, { maxLength: 4 }),
  answers: answersArb,
  today: fc.integer({ min: 1826, max: 2922 }).map(day), // 2025 … 2027
});

/** A valid methodology with random weights: the guarantees must hold for any methodology a user can save. */
const methodologyArb: fc.Arbitrary<Methodology> = fc
  .record({
    points: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 10, maxLength: 10 }),
    openMatch: fc.double({ min: 0, max: 1, noNaN: true }),
    reviewShare: fc.double({ min: 0, max: 1, noNaN: true }),
    parent: fc.double({ min: 0, max: 1, noNaN: true }),
    basePoints: fc.integer({ min: 0, max: 80 }),
    cap: fc.integer({ min: 0, max: 120 }),
    halfLife: fc.integer({ min: 1, max: 5000 }),
    cn: fc.integer({ min: 0, max: 60 }),
    minMultiplier: fc.double({ min: 0.05, max: 1, noNaN: true }),
    weights: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: ASKED.length, maxLength: ASKED.length }),
    residual: fc.double({ min: 0, max: 1, noNaN: true }),
    tiers: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })),
  })
  .map((r) => {
    const m = structuredClone(DEFAULT_METHODOLOGY) as Methodology;
    m.version = 99;
    const p = m.parameters;
    p.designations.classes.forEach((c, i) => (c.points = r.points[i] ?? c.points));
    p.designations.decision.openMatch = r.openMatch;
    p.designations.decision.openReview = r.openMatch * r.reviewShare;
    p.designations.via.parent = r.parent;
    p.allegations.basePoints = r.basePoints;
    p.allegations.cap = r.cap;
    p.allegations.halfLifeDays = r.halfLife;
    p.jurisdiction.countries.CN!.points = r.cn;
    p.exposure.minMultiplier = r.minMultiplier;
    ASKED.forEach((c, i) => (p.controls.weights[c.id] = r.weights[i]!));
    p.controls.unverifiedResidual = r.residual;
    p.controls.unverifiedWithEvidenceResidual = r.residual / 2;
    const [a, b, c] = r.tiers;
    p.tiers = { moderate: a, high: a + b, critical: a + b + c, prohibited: null };
    return m;
  });

// ---- Helpers --------------------------------------------------------------------------------------------

function expectWellFormed(r: ScoreResult) {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(Math.round(r.score * 10) / 10).toBe(r.score);
  expect(TIERS).toContain(r.tier);
  expect(TIERS).toContain(r.tierFromScore);
  expect(tierRank(r.tier)).toBeGreaterThanOrEqual(tierRank(r.tierFromScore));
  expect(sumContributions(r.factors)).toBe(r.score);
  for (const f of r.factors) {
    expect(Math.round(f.contribution * 10) / 10).toBe(f.contribution);
    expect(f.detail.length).toBeGreaterThan(0);
  }
  expect(new Set(r.factors.map((f) => f.factor)).size).toBe(r.factors.length);
}

const KNOCKOUT_FLOORS = (r: ScoreResult, input: ScoringInput) => {
  const current = input.designations.filter((h) => h.decision === 'confirmed' && h.entryStatus !== 'removed');
  const sdn = current.some((h) => h.listKey === 'ofac-sdn' || (h.listKey === 'trade-gov-csl' && /Specially Designated Nationals/.test(h.subList ?? '')));
  const high = current.some(
    (h) =>
      h.listKey === 'dod-1260h' ||
      h.listKey === 'ofac-ns-cmic' ||
      (h.listKey === 'ofac-non-sdn' && h.programmes.includes('CMIC-EO13959')) ||
      (h.listKey === 'trade-gov-csl' && /Entity List|Chinese Military-Industrial Complex/.test(h.subList ?? '')),
  );
  if (sdn) expect(r.tier).toBe('Prohibited');
  if (high) expect(tierRank(r.tier)).toBeGreaterThanOrEqual(tierRank('High'));
};

const goodVerified = (c: Criterion, today: string): AnswerInput => ({
  value: bestAnswerValue(c, today) as string | string[],
  verified: true,
  evidence: 1,
  answeredAt: today,
});

// ---- Properties -----------------------------------------------------------------------------------------

describe('scoring properties (default methodology)', () => {
  it('score within [0, 100] with one decimal, tier one of the five, contributions add up to the score exactly', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expectWellFormed(scoreVendor(input));
      }),
      RUNS,
    );
  });

  it('knock-outs hold: a confirmed SDN hit is Prohibited; a confirmed 1260H, NS-CMIC or Entity List hit is at least High', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        KNOCKOUT_FLOORS(scoreVendor(input), input);
      }),
      RUNS,
    );
  });

  it('knock-outs hold whatever else is true (forced confirmed SDN / 1260H hits, direct or via parent)', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom('name' as const, 'alias' as const, 'parent' as const),
        fc.constantFrom(
          { listKey: 'ofac-sdn', subList: null, programmes: [] as string[], floor: 'Prohibited' as const },
          { listKey: 'dod-1260h', subList: null, programmes: [] as string[], floor: 'High' as const },
          { listKey: 'ofac-non-sdn', subList: null, programmes: ['CMIC-EO13959'], floor: 'High' as const },
          { listKey: 'trade-gov-csl', subList: 'Entity List (EL) - Bureau of Industry and Security', programmes: [] as string[], floor: 'High' as const },
        ),
        (input, via, { floor, ...list }) => {
          const withHit: ScoringInput = {
            ...input,
            designations: [...input.designations, { ...list, hitId: 'forced', band: 'review', decision: 'confirmed', via, entryName: 'Listed Co.', listVersionId: 'lv', asOf: null }],
          };
          const r = scoreVendor(withHit);
          expect(tierRank(r.tier)).toBeGreaterThanOrEqual(tierRank(floor));
          expect(r.knockouts.some((k) => k.hitIds.includes('forced'))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('adding a confirmed designation never lowers the score or the tier', () => {
    fc.assert(
      fc.property(inputArb, designationArb, (input, extra) => {
        const before = scoreVendor(input);
        const after = scoreVendor({ ...input, designations: [...input.designations, { ...extra, decision: 'confirmed' }] });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(tierRank(after.tier)).toBeGreaterThanOrEqual(tierRank(before.tier));
      }),
      RUNS,
    );
  });

  it('adding any designation hit never lowers the score, whatever its review state', () => {
    fc.assert(
      fc.property(inputArb, designationArb, (input, extra) => {
        expect(scoreVendor({ ...input, designations: [...input.designations, extra] }).score).toBeGreaterThanOrEqual(scoreVendor(input).score);
      }),
      RUNS,
    );
  });

  it('adding a credible allegation never lowers the score or the tier', () => {
    fc.assert(
      fc.property(inputArb, allegationArb, (input, extra) => {
        const before = scoreVendor(input);
        const after = scoreVendor({ ...input, allegations: [...input.allegations, extra] });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(tierRank(after.tier)).toBeGreaterThanOrEqual(tierRank(before.tier));
      }),
      RUNS,
    );
  });

  it('adding a verified control (a good answer, verified) never raises the score or the tier', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...ASKED), (input, criterion) => {
        const before = scoreVendor(input);
        const after = scoreVendor(withAnswer(input, criterion.id, goodVerified(criterion, input.today)));
        expect(after.score).toBeLessThanOrEqual(before.score);
        expect(tierRank(after.tier)).toBeLessThanOrEqual(tierRank(before.tier));
      }),
      RUNS,
    );
  });

  it('verifying an answer never raises the score; attaching evidence never raises it either', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const base = scoreVendor(input);
        const withEvidence = Object.fromEntries(Object.entries(input.answers).map(([k, a]) => [k, a && { ...a, evidence: a.evidence + 1 }]));
        const verified = Object.fromEntries(Object.entries(input.answers).map(([k, a]) => [k, a && { ...a, verified: true }]));
        expect(scoreVendor({ ...input, answers: withEvidence }).score).toBeLessThanOrEqual(base.score);
        expect(scoreVendor({ ...input, answers: verified }).score).toBeLessThanOrEqual(base.score);
      }),
      RUNS,
    );
  });

  it('review state orders a hit: dismissed ≤ open review-band ≤ open match-band ≤ confirmed; via parent ≤ direct', () => {
    fc.assert(
      fc.property(inputArb, designationArb, (input, h) => {
        const s = (over: Partial<DesignationInput>) => scoreVendor({ ...input, designations: [...input.designations, { ...h, ...over }] }).score;
        const dismissed = s({ decision: 'dismissed' });
        const review = s({ decision: 'open', band: 'review' });
        const match = s({ decision: 'open', band: 'match' });
        const confirmed = s({ decision: 'confirmed' });
        expect(dismissed).toBeLessThanOrEqual(review);
        expect(review).toBeLessThanOrEqual(match);
        expect(match).toBeLessThanOrEqual(confirmed);
        expect(s({ via: 'parent' })).toBeLessThanOrEqual(s({ via: 'name' }));
        // A dismissed hit changes nothing at all.
        expect(dismissed).toBe(scoreVendor(input).score);
      }),
      RUNS,
    );
  });

  it('an allegation weighs less as it ages, and nothing once retracted', () => {
    fc.assert(
      fc.property(inputArb, allegationArb, fc.integer({ min: 0, max: 3000 }), (input, a, extraDays) => {
        const score = (al: AllegationInput) => scoreVendor({ ...input, allegations: [...input.allegations, al] }).score;
        const published = a.publishedAt ?? input.today;
        const older = new Date(Date.parse(`${published}T00:00:00Z`) - extraDays * 86_400_000).toISOString().slice(0, 10);
        expect(score({ ...a, publishedAt: older })).toBeLessThanOrEqual(score({ ...a, publishedAt: published }));
        expect(score({ ...a, status: 'retracted' })).toBe(scoreVendor(input).score);
      }),
      RUNS,
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input);
        const a = scoreVendor(input);
        expect(input).toEqual(copy);
        expect(scoreVendor(copy)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scoring properties (any valid methodology)', () => {
  it('random valid methodologies validate', () => {
    fc.assert(
      fc.property(methodologyArb, (m) => {
        expect(validateMethodology(m)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('bounds, exact sums and knock-outs hold under any valid methodology', () => {
    fc.assert(
      fc.property(inputArb, methodologyArb, (input, m) => {
        const r = scoreVendor(input, m);
        expectWellFormed(r);
        KNOCKOUT_FLOORS(r, input);
        expect(r.methodology).toEqual({ id: m.id, version: 99 });
      }),
      RUNS,
    );
  });

  it('the monotonicity promises hold under any valid methodology', () => {
    fc.assert(
      fc.property(inputArb, methodologyArb, designationArb, allegationArb, fc.constantFrom(...ASKED), (input, m, h, a, c) => {
        const base = scoreVendor(input, m).score;
        expect(scoreVendor({ ...input, designations: [...input.designations, { ...h, decision: 'confirmed' }] }, m).score).toBeGreaterThanOrEqual(base);
        expect(scoreVendor({ ...input, allegations: [...input.allegations, a] }, m).score).toBeGreaterThanOrEqual(base);
        expect(scoreVendor(withAnswer(input, c.id, goodVerified(c, input.today)), m).score).toBeLessThanOrEqual(base);
      }),
      RUNS,
    );
  });
});
