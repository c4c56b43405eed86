// Screening: hits (a vendor's name against a list entry), their review, a run's changes and a vendor's status.
import { z } from 'zod';
import { IDENTIFIER_SCHEMES } from '../identifiers';
import { listCoverage } from '../lists/model';
import { type Likeness, LIKENESS_WORDS } from './likeness';

export { type Likeness, LIKENESS_WORDS } from './likeness';

// The vocabulary of a hit, defined here once: the matcher, the stored screening, scoring and the interface use it.
/** "match": the same company beyond reasonable doubt; "review": an analyst must look. */
export const HIT_BANDS = ['match', 'review'] as const;
export type HitBand = (typeof HIT_BANDS)[number];
export const HIT_DECISIONS = ['open', 'confirmed', 'dismissed'] as const;
export type HitDecision = (typeof HIT_DECISIONS)[number];
/** What a bulk review may decide: reopening stays one hit at a time. */
export const BULK_DECISIONS = ['confirmed', 'dismissed'] as const;
/** The most hits one bulk review takes (a whole portfolio's hits on one entry fits well within). */
export const MAX_BULK_HITS = 5_000;
/** How a hit was reached: the vendor's legal name, another name, its recorded parent company, a name the list
 *  itself links to an entry the vendor matched (1260H parents, OFAC "Linked To"), or an identifier of the vendor's
 *  that the list prints for the entry, or an owner of the vendor's that is listed (ownership/owner-hits.ts). */
export const HIT_VIAS = ['name', 'alias', 'parent', 'list-link', 'identifier', 'owner', 'supplier'] as const;
export type HitVia = (typeof HIT_VIAS)[number];
export const SCREENING_STATUSES = ['unscreened', 'clear', 'review', 'match'] as const;

/** Every likeness, for the stored explanation's schema. */
const LIKENESSES = Object.keys(LIKENESS_WORDS) as [Likeness, ...Likeness[]];

export const hitExplanation = z.object({
  text: z.string(),
  vendorName: z.string(),
  listName: z.string(),
  vendorTokens: z.array(z.string()),
  listTokens: z.array(z.string()),
  alignment: z.array(
    z.object({
      vendorToken: z.string().nullable(),
      listToken: z.string().nullable(),
      similarity: z.number(),
      weight: z.number(),
      /** Absent for unmatched words, and in hits of matchers before 2026.12-27. */
      likeness: z.enum(LIKENESSES).optional(),
    }),
  ),
  parts: z.record(z.string(), z.unknown()),
  thresholds: z.object({ match: z.number(), review: z.number() }),
});

/** For a hit `via: "owner"`: the links from the listed owner down to the vendor, each a party and its link to the next. */
export const ownerPath = z.array(z.object({ name: z.string(), percentage: z.number().nullable(), kind: z.string() }));

/** For a hit `via: "supplier"`: the vendor's supplier that is listed, and what it supplies (a kind of SERVICES). */
export const supplierPath = z.object({ name: z.string(), service: z.string(), country: z.string().nullable() });

export const screeningHit = z.object({
  id: z.string(),
  vendorId: z.string(),
  listKey: z.string(),
  listDisplayName: z.string(),
  versionId: z.string(),
  asOf: z.string().nullable(),
  stale: z.boolean(),
  entryId: z.string(),
  /** The entry's primary name as published. */
  entryName: z.string(),
  entryStatus: z.string(),
  entryDetails: z.object({
    type: z.string(),
    aliases: z.array(z.string()),
    /** Names the list marks as weak (ListEntry.weakAliases). */
    weakAliases: z.array(z.string()),
    /** Company identifiers the list prints (ListEntry.identifiers), each in the list's own words. */
    identifiers: z.array(z.object({ scheme: z.enum(IDENTIFIER_SCHEMES), value: z.string(), country: z.string().nullable(), text: z.string() })),
    countries: z.array(z.string()),
    programmes: z.array(z.string()),
    listedDate: z.string().nullable(),
    removedDate: z.string().nullable(),
    parents: z.array(z.string()),
    remarks: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    subList: z.string().nullable(),
  }),
  /** The vendor's name that matched, and the list name or alias it matched. */
  matchedName: z.string(),
  listName: z.string(),
  via: z.enum(HIT_VIAS),
  /** Via an owner: the path from the listed owner down to the vendor; null for any other hit. */
  path: ownerPath.nullable(),
  /** Via an owner, where OFAC's 50 % rule applied: what blocked persons own of the vendor in aggregate, in percent. */
  aggregate: z.number().nullable(),
  /** Via a supplier: the supplier on the list and its service; null for any other hit. */
  supplier: supplierPath.nullable(),
  /** The matcher that found the hit (screening/version.ts); null for hits found before versions were recorded. */
  matcherVersion: z.string().nullable(),
  score: z.number(),
  band: z.enum(HIT_BANDS),
  explanation: hitExplanation,
  screenedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  review: z.object({
    decision: z.enum(HIT_DECISIONS),
    reason: z.string().nullable(),
    reviewer: z.string().nullable(),
    decidedAt: z.string().nullable(),
    /** A dismissal proposed (awaiting a second reviewer while the decision is open: the hit counts until one agrees), or the one agreed to. */
    proposal: z.object({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
    /** Dismissing it needs a second reviewer (four eyes, a match on a list whose hits are a hard stop). */
    needsSecondReviewer: z.boolean(),
  }),
});

export const hitChange = z.object({
  vendorId: z.string(),
  vendorName: z.string(),
  listKey: z.string(),
  listDisplayName: z.string(),
  entryId: z.string(),
  entryName: z.string(),
  band: z.enum(HIT_BANDS),
  score: z.number(),
  via: z.enum(HIT_VIAS),
  /** For resolved hits: why (entry removed from the list, no longer matches). */
  reason: z.string().nullable(),
});

export const screeningRun = z.object({
  id: z.string(),
  at: z.string(),
  trigger: z.string(),
  vendorCount: z.number(),
  counts: z.object({ clear: z.number(), review: z.number(), match: z.number() }),
  newHits: z.array(hitChange),
  resolvedHits: z.array(hitChange),
  changedEntries: z.array(hitChange),
});

export const vendorScreening = z.object({
  status: z.enum(SCREENING_STATUSES),
  viaParent: z.boolean(),
  openHits: z.number(),
});

/** Names outside the inventory screened against the lists (the CLI's `screen`): nothing is stored. */
export const screeningCheck = z.object({
  /** The matcher's version (screening/version.ts). */
  matcher: z.string(),
  lists: z.array(z.object({ id: z.string(), name: z.string(), asOf: z.string().nullable(), entries: z.number(), stale: z.boolean(), coverage: listCoverage })),
  results: z.array(
    z.object({
      status: z.enum(['clear', 'review', 'match']),
      hits: z.array(
        z.object({
          list: z.string(),
          listName: z.string(),
          entryId: z.string(),
          entryName: z.string(),
          matchedName: z.string(),
          score: z.number(),
          band: z.enum(HIT_BANDS),
          via: z.enum(HIT_VIAS),
          /** Via an owner: as ScreeningHit's. */
          path: ownerPath.optional(),
          aggregate: z.number().nullable().optional(),
          supplier: supplierPath.optional(),
          explanation: z.string(),
          matcher: z.string(),
        }),
      ),
    }),
  ),
});

export type ScreeningHit = z.infer<typeof screeningHit>;
export type HitChange = z.infer<typeof hitChange>;
export type ScreeningRun = z.infer<typeof screeningRun>;
export type VendorScreening = z.infer<typeof vendorScreening>;
export type ScreeningCheck = z.infer<typeof screeningCheck>;

/** A vendor's undecided hit on a list entry, as the "apply to every vendor's hits on this entry" offer counts them. */
export const entryHit = z.object({ hitId: z.string(), vendorId: z.string(), vendorName: z.string() });
export type EntryHit = z.infer<typeof entryHit>;
