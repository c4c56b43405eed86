// What scoring answers, as schemas: a score and its factors, a snapshot of the history, a what-if comparison, the
// methodology and the ranked portfolio. The engine keeps its own interfaces (types.ts, changes.ts, methodology.ts);
// each schema here is checked against its interface (`exactly`), so a field added to one and not the other fails
// to compile.
import { z } from 'zod';
import { verdictBasis } from '../lists/model';
import { exactly, isoDate } from '../schemas';
import { HIT_DECISIONS } from '../screening/model';
import { CRITICALITY, DATA_SHARED } from '../vendors/vocabulary';
import type { ScoreComparison } from './changes';
import type { Methodology } from './methodology';
import { ALLEGATION_SOURCE_TYPES, ALLEGATION_STATUSES, CLAIM_CATEGORIES, FACTOR_COMPONENTS, type ScoreResult, TIERS, VIAS } from './types';

const tier = z.enum(TIERS);
const ref = z.object({ id: z.string(), version: z.number() });

export const factor = z.object({
  factor: z.string(),
  component: z.enum(FACTOR_COMPONENTS),
  label: z.string(),
  contribution: z.number(),
  detail: z.string(),
  state: z.string().nullable(),
  refs: z.array(z.object({ kind: z.enum(['hit', 'allegation', 'answer', 'vendor', 'knockout']), id: z.string() })),
  unassessed: z.number().optional(),
});

export const scoreResult = exactly<ScoreResult>()(
  z.object({
    score: z.number(),
    tier,
    tierFromScore: tier,
    inherent: z.number(),
    exposure: z.number(),
    exposureMultiplier: z.number(),
    controls: z.number(),
    components: z.object({ designations: z.number(), allegations: z.number(), jurisdiction: z.number(), controls: z.number() }),
    coverage: z.object({ applicable: z.number(), answered: z.number(), verified: z.number(), notApplicable: z.number() }),
    known: z.object({ score: z.number(), tier }),
    unassessed: z.number(),
    factors: z.array(factor),
    knockouts: z.array(z.object({ rule: z.string(), label: z.string(), floor: tier, detail: z.string(), hitIds: z.array(z.string()) })),
    warnings: z.array(z.string()),
    methodology: ref,
    catalog: ref,
    asOf: z.string(),
  }),
);

/** A score as the history keeps it. */
export const scoreSnapshot = z.object({
  id: z.string(),
  at: z.string(),
  methodologyVersion: z.number(),
  score: z.number(),
  tier: z.string(),
  /** What changed since the previous snapshot, and by how much (see describeChange). */
  reason: z.string(),
});
export type ScoreSnapshot = z.infer<typeof scoreSnapshot>;

export const scoreComparison = exactly<ScoreComparison>()(
  z.object({
    scoreBefore: z.number(),
    scoreAfter: z.number(),
    delta: z.number(),
    tierBefore: tier,
    tierAfter: tier,
    changed: z.array(z.object({ factor: z.string(), label: z.string(), before: z.number(), after: z.number(), delta: z.number() })),
  }),
);

/** One change the what-if sandbox tries: another answer to a criterion, or another review decision on a hit. */
export const whatIfChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('answer'),
    criterionId: z.string().min(1),
    answer: z.object({ value: z.union([z.string(), z.array(z.string())]), verified: z.boolean(), evidence: z.number().int().min(0), answeredAt: isoDate.nullable() }).nullable(),
  }),
  z.object({ kind: z.literal('hit-decision'), hitId: z.string().min(1), decision: z.enum(HIT_DECISIONS) }),
]);

const points = <K extends readonly [string, ...string[]]>(keys: K) => z.record(z.enum(keys), z.number());

export const methodology = exactly<Methodology>()(
  z.object({
    id: z.string(),
    version: z.number(),
    name: z.string(),
    description: z.string(),
    catalog: ref,
    parameters: z.object({
      designations: z.object({
        classes: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            points: z.number(),
            reason: z.string(),
            match: z.array(z.object({ listKeys: z.array(z.string()), subListIncludes: z.array(z.string()).optional(), programmes: z.array(z.string()).optional() })),
          }),
        ),
        fallback: z.object({ label: z.string(), points: z.number() }),
        decision: z.object({ confirmed: z.number(), openMatch: z.number(), openReview: z.number(), dismissed: z.number() }),
        via: z.object({ name: z.number(), alias: z.number(), parent: z.number(), supplier: z.number().optional() }), // supplier: version 2 on
        entryStatus: z.object({ listed: z.number(), renamed: z.number(), removed: z.number() }),
      }),
      allegations: z.object({
        basePoints: z.number(),
        sourceType: points(ALLEGATION_SOURCE_TYPES),
        status: points(ALLEGATION_STATUSES),
        claimSeverity: points(CLAIM_CATEGORIES),
        noClaimSeverity: z.number(),
        credibilityScale: z.number(),
        halfLifeDays: z.number(),
        ageFloor: z.number(),
        viaParent: z.number(),
        cap: z.number(),
        corroboration: z.object({ perSource: z.number(), max: z.number() }).optional(),
      }),
      jurisdiction: z.object({
        countries: z.record(z.string(), z.object({ points: z.number(), reason: z.string() })),
        unknownPoints: z.number(),
      }),
      exposure: z.object({
        data: points(DATA_SHARED),
        breadthStep: z.number(),
        unknownData: z.number(),
        criticality: points(CRITICALITY),
        unknownCriticality: z.number(),
        dataWeight: z.number(),
        criticalityWeight: z.number(),
        minMultiplier: z.number(),
      }),
      controls: z.object({
        weights: z.record(z.string(), z.number()),
        unverifiedResidual: z.number(),
        unverifiedWithEvidenceResidual: z.number(),
        ageBands: z.array(z.object({ maxDays: z.number(), risk: z.number() })),
      }),
      findings: z
        .object({ points: z.object({ low: z.number(), medium: z.number(), high: z.number(), critical: z.number() }), inRemediation: z.number(), overdue: z.number() })
        .optional(),
      unassessed: z.object({ inScore: z.boolean() }).optional(),
      tiers: z.object({ moderate: z.number(), high: z.number(), critical: z.number(), prohibited: z.number().nullable() }),
      knockouts: z.array(
        z.object({ id: z.string(), label: z.string(), classes: z.array(z.string()), vias: z.array(z.enum(VIAS)), floor: tier, reason: z.string() }),
      ),
    }),
  }),
);

export const methodologyVersion = z.object({ version: z.number(), note: z.string(), createdBy: z.string(), createdAt: z.string() });

const driver = z.object({ factor: z.string(), component: z.enum(FACTOR_COMPONENTS), label: z.string(), contribution: z.number() });

/** Every vendor scored now and ranked, with what the dashboard and the portfolio report show of each. */
export const portfolio = z.object({
  vendors: z.array(
    z.object({
      vendorId: z.string(),
      name: z.string(),
      score: z.number(),
      tier: z.string(),
      inherent: z.number(),
      exposure: z.number(),
      openHits: z.number(),
      /** The known risk and its tier, and what the open questions add at worst (ScoreResult's `known`, `unassessed`). */
      known: z.object({ score: z.number(), tier }),
      unassessed: z.number(),
      coverage: z.object({ applicable: z.number(), answered: z.number(), verified: z.number() }),
      /** Its three largest factors of known risk (unanswered criteria left out). */
      topFactors: z.array(driver),
      /** Its three weightiest unanswered criteria, each with its points at worst (before exposure). */
      openQuestions: z.array(driver),
      reassessDue: z.string().nullable(),
      overdue: z.boolean(),
      /** Its heat-map cell: the band (0 = lowest, scoring/heatmap.ts) of its exposure and of its inherent risk. */
      heat: z.object({ exposure: z.number(), inherent: z.number() }),
    }),
  ),
  staleLists: z.array(z.object({ listName: z.string(), asOf: z.string().nullable(), ageDays: z.number().nullable() })),
  /** What the scores' screening rests on: which lists, of what date, which are partial or stale. */
  basis: verdictBasis,
  methodology: ref,
});
export type Portfolio = z.infer<typeof portfolio>;
