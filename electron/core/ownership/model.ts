// Who owns or controls whom: parties (companies, people, organisations) and the links between them, owner → owned,
// with a percentage or a share count, a kind, dates and a source; and what the ownership rules (rules.ts) find for a
// party. Plain schemas and vocabulary, no Node imports: the renderer takes them through the contract.
import { z } from 'zod';

export const PARTY_KINDS = ['company', 'person', 'organisation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * How an owner holds the owned party. Shares (a shareholding, a joint venture's stake) carry a percentage or a share
 * count; the three kinds of control hold without shares, which OFAC's 50 % rule does not count and Section 805's
 * "subject to the control" does.
 */
export const LINK_KINDS = ['shareholding', 'joint_venture', 'control_agreement', 'vie_contract', 'board_control'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Each kind in words, as the CSV takes it and the explanations print it. */
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  shareholding: 'shareholding',
  joint_venture: 'joint venture',
  control_agreement: 'control agreement',
  vie_contract: 'VIE contract',
  board_control: 'board control',
};

export const SHARE_KINDS: readonly LinkKind[] = ['shareholding', 'joint_venture'];
export const isShareKind = (kind: LinkKind): boolean => SHARE_KINDS.includes(kind);

/**
 * A date as registries give one: a year, a month or a day (FollowTheMoney dates are prefixes of ISO dates). The rules
 * read a start as the first day of its period and an end as the last, so a link stays current through the whole
 * period it was stated for.
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use a date like 2025-01-31 (or 2025-01, or 2025)')
  .refine((s) => {
    const [y, m = '01', d = '01'] = s.split('-');
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === `${y}-${m}-${d}`;
  }, 'Not a real calendar date');

export const party = z.object({
  id: z.string(),
  /** null where the source does not say (a CSV names parties only). */
  kind: z.enum(PARTY_KINDS).nullable(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().nullable(),
});
export type Party = z.infer<typeof party>;

export const link = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownedId: z.string(),
  kind: z.enum(LINK_KINDS),
  /** Percent, 0 to 100; null when the source gives none. */
  percentage: z.number().min(0).max(100).nullable(),
  /** A share count, where the source gives one (it may be fractional: registries split shares). */
  shares: z.number().min(0).nullable(),
  /** As the source gives it (partialDate): a year, a month or a day. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  source: z.string().nullable(),
});
export type Link = z.infer<typeof link>;

export const LISTING_EFFECTS = ['blocking', 'control', 'other'] as const;

/**
 * A party's designation as the rules need it: `blocking` lists (the OFAC SDN list) feed OFAC's 50 % rule, `control`
 * lists (DoD 1260H, the Entity List) the control rule, `other` lists no rule (shown beside the party's name).
 * `label` is the list's short name in explanations ("SDN").
 */
export const listing = z.object({ list: z.string(), label: z.string(), effect: z.enum(LISTING_EFFECTS) });
export type Listing = z.infer<typeof listing>;

/** One link of a path from a listed party down to the party evaluated: this party, and its link to the next one. */
export const pathStep = z.object({ partyId: z.string(), name: z.string(), percentage: z.number().nullable(), kind: z.enum(LINK_KINDS) });
export type PathStep = z.infer<typeof pathStep>;

export const FINDING_STATUSES = ['blocked', 'controlled', 'review'] as const;

export const finding = z.object({
  /** `ofac-50`: OFAC's 50 % rule; `control`: Section 805 / Entity List "subject to the control". */
  rule: z.enum(['ofac-50', 'control']),
  status: z.enum(FINDING_STATUSES),
  /** The labels of the lists behind it ("SDN", "1260H"). */
  lists: z.array(z.string()),
  /** OFAC's aggregate, in percent: what blocked persons own directly or through entities they block. */
  aggregate: z.number().nullable(),
  explanation: z.string(),
  /** Each path from a listed party down to the party evaluated. */
  paths: z.array(z.array(pathStep)),
});
export type Finding = z.infer<typeof finding>;

export const OWNERSHIP_STATUSES = ['blocked', 'controlled', 'review', 'clear'] as const;

export const evaluation = z.object({
  partyId: z.string(),
  asOf: z.string(),
  /** The most severe of the findings: blocked, then controlled, then review; clear with none. */
  status: z.enum(OWNERSHIP_STATUSES),
  findings: z.array(finding),
  /** Ended (or not yet started) links from listed parties: history only, never counted. */
  history: z.array(z.string()),
  /** What in the data itself needs checking (holdings adding up to more than 100 %, paths not all followed). */
  warnings: z.array(z.string()),
});
export type Evaluation = z.infer<typeof evaluation>;

/** An owner entered by hand on the vendor page: a link from the owner to the party bearing the vendor's legal name. */
export const ownerEntry = z.object({
  vendorId: z.string().min(1),
  owner: z.object({ name: z.string().trim().min(1, 'a name is required').max(500), kind: z.enum(['company', 'person']) }),
  kind: z.enum(LINK_KINDS),
  percentage: z.number().min(0, 'a percentage is 0 to 100').max(100, 'a percentage is 0 to 100').nullable(),
  shares: z.number().min(0, 'a number of shares is 0 or more').nullable(),
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  source: z.string().trim().max(1000).nullable(),
});
export type OwnerEntry = z.infer<typeof ownerEntry>;

export const ownershipImportResult = z.object({
  importId: z.string(),
  format: z.enum(['ftm', 'csv']),
  parties: z.object({ created: z.number(), updated: z.number() }),
  links: z.object({ created: z.number(), updated: z.number() }),
  /** What the file held that the ownership graph does not take, by kind ("Sanction": 41). */
  skipped: z.record(z.string(), z.number()),
});
export type OwnershipImportResult = z.infer<typeof ownershipImportResult>;

/** A vendor's place in the graph: each party bearing one of its names, its owners, and what the rules find. */
export const vendorOwnership = z.object({
  vendor: z.object({ id: z.string(), legalName: z.string() }),
  asOf: z.string(),
  parties: z.array(
    z.object({
      party,
      owners: z.array(z.object({ link, owner: party, listings: z.array(listing) })),
      evaluation,
    }),
  ),
  /** The graph around the vendor's parties: what owns them and what they own, at any depth (every link, of any date),
   *  each party with its listings: what the vendor page and the report draw. */
  graph: z.object({ parties: z.array(z.object({ party, listings: z.array(listing) })), links: z.array(link) }),
  /** How listings were found: each party of the graph screened by name, match band only. */
  listingBasis: z.string(),
});
export type VendorOwnership = z.infer<typeof vendorOwnership>;
