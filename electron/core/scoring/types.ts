// What the scoring engine reads and what it returns. Plain data only: the caller (storage, CLI, what-if mode)
// gathers it, the engine never touches a database or a file.
import type { Criticality, DataCategory, Service } from '../assessment/catalog';
import type { FindingSeverity, FindingStatus } from '../findings/model';
import type { HitBand, HitDecision } from '../screening/model';

// ---- Input ------------------------------------------------------------------------------------------------

/** The vendor fields the score reads. */
export interface ScoringVendor {
  /** For refs only. */
  id?: string;
  name?: string;
  services: readonly Service[];
  /** Empty = not recorded (counts as risk); ['None'] = nothing shared. */
  dataShared: readonly DataCategory[];
  /** null = not recorded (counts as risk). */
  criticality: Criticality | null;
  /** ISO 3166-1 alpha-2, or null when not recorded. */
  countryOfIncorporation: string | null;
  countryOfHeadquarters: string | null;
}

export const VIAS = ['name', 'alias', 'parent'] as const;
export type Via = (typeof VIAS)[number];

/** One screening hit (contract.ts `screeningHit`, flattened). */
export interface DesignationInput {
  hitId: string;
  /** A key of the list registry (lists/registry.ts: 'ofac-sdn', 'trade-gov-csl', …) or a custom list's 'custom-…'. */
  listKey: string;
  /** Display name of the list; the engine falls back to the registry's short name for the known keys. */
  listName?: string;
  /** The list inside a merged file (CSL "source", OFAC non-SDN programme family). */
  subList: string | null;
  programmes: readonly string[];
  band: HitBand;
  decision: HitDecision;
  /** `supplier`: through one of the vendor's suppliers, weighed by `designations.via.supplier` (absent: nothing). */
  via: Via | 'supplier';
  /** Via a supplier: the listed supplier and the kind of service it gives the vendor. */
  supplier?: { name: string; service: string };
  /** Reached through a name the list links to an entry the vendor matched; weighed as via parent (control, not
   *  identity), said as what it is. */
  viaListLink?: boolean;
  /** Reached through an identifier of the vendor's that the list prints; weighed as the vendor's own name (identity). */
  viaIdentifier?: boolean;
  /** The listed name as published. */
  entryName: string;
  entryId?: string;
  /** 'removed' entries are history, not a current designation. Default 'listed'. */
  entryStatus?: 'listed' | 'removed' | 'renamed';
  /** The vendor name, alias or parent that matched (shown for via parent). */
  matchedName?: string;
  listVersionId: string;
  /** Date of the list data, or null when the files do not say. */
  asOf: string | null;
}

export const ALLEGATION_SOURCE_TYPES = [
  'official-government-document',
  'leaked-government-document',
  'court-filing',
  'major-press',
  'trade-press',
  'blog-opinion',
] as const;
export type AllegationSourceType = (typeof ALLEGATION_SOURCE_TYPES)[number];

export const ALLEGATION_SOURCE_LABELS: Record<AllegationSourceType, string> = {
  'official-government-document': 'official government document',
  'leaked-government-document': 'leaked or reported government document',
  'court-filing': 'court filing',
  'major-press': 'major press',
  'trade-press': 'trade press',
  'blog-opinion': 'blog or opinion',
};

export const ALLEGATION_STATUSES = ['alleged', 'denied', 'under-investigation', 'corroborated', 'adjudicated', 'retracted'] as const;
export type AllegationStatus = (typeof ALLEGATION_STATUSES)[number];

export const ALLEGATION_STATUS_LABELS: Record<AllegationStatus, string> = {
  alleged: 'alleged',
  denied: 'denied by vendor',
  'under-investigation': 'under investigation',
  corroborated: 'corroborated',
  adjudicated: 'adjudicated',
  retracted: 'retracted',
};

export const CLAIM_CATEGORIES = [
  'state-access-to-customer-data',
  'military-or-intelligence-support',
  'ip-or-model-theft',
  'vulnerability-sharing-with-state',
  'sanctions-evasion',
  'other',
] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const CLAIM_CATEGORY_LABELS: Record<ClaimCategory, string> = {
  'state-access-to-customer-data': 'state access to customer data',
  'military-or-intelligence-support': 'military or intelligence support',
  'ip-or-model-theft': 'IP or model theft',
  'vulnerability-sharing-with-state': 'vulnerability sharing with state actors',
  'sanctions-evasion': 'sanctions evasion',
  other: 'other',
};

export interface AllegationInput {
  id: string;
  /** Source title, e.g. the article headline. */
  title: string;
  publisher?: string;
  sourceType: AllegationSourceType;
  /** YYYY-MM-DD; null when unknown (then it does not age). */
  publishedAt: string | null;
  /** Categories of the claims it makes (one per claim; repeats are fine). */
  claimCategories: readonly ClaimCategory[];
  status: AllegationStatus;
  /** The analyst's rating, 1 (weak) to 5 (strong). */
  credibility: number;
  /** Recorded against a parent and applied to this vendor through the parent link. */
  viaParent: boolean;
  /**
   * Every report of the event, the one it was recorded with first; absent = that one only. Version 2 counts the
   * strongest, raised by independent publishers (scoring/corroboration.ts); version 1 the first.
   */
  sources?: readonly { sourceType: AllegationSourceType; publisher: string }[];
}

/** An answer to a criterion. Missing from `answers` = unanswered. */
export interface AnswerInput {
  /** yes-no / yes-partial-no / choice: the option value; multiple choice: the option values; date: YYYY-MM-DD; text: the text. */
  value: string | readonly string[];
  /** An analyst checked the evidence. */
  verified: boolean;
  /** Evidence files attached. */
  evidence: number;
  answeredAt: string | null;
}

/** A live finding (not resolved), as it reads on the day scored (an ended acceptance reads as open). */
export interface FindingInput {
  id: string;
  criterionId: string;
  title: string;
  severity: FindingSeverity;
  status: Exclude<FindingStatus, 'resolved'>;
  due: string | null;
  acceptedBy: string | null;
  acceptedUntil: string | null;
}

export interface ScoringInput {
  vendor: ScoringVendor;
  /** Current (unresolved) hits, each hitId once. */
  designations: readonly DesignationInput[];
  allegations: readonly AllegationInput[];
  /** Criterion id → answer. */
  answers: Readonly<Record<string, AnswerInput | undefined>>;
  /** Live findings; absent = none. */
  findings?: readonly FindingInput[];
  /** False when the vendor was never screened: no hit then means nothing, and the result says so. Absent = not known. */
  screened?: boolean;
  /** YYYY-MM-DD: the day the score is for (allegation age, audit age). */
  today: string;
}

// ---- Output -----------------------------------------------------------------------------------------------

export const TIERS = ['Low', 'Moderate', 'High', 'Critical', 'Prohibited'] as const;
export type Tier = (typeof TIERS)[number];

export type RefKind = 'hit' | 'allegation' | 'answer' | 'vendor' | 'knockout';
/** hit: hitId; allegation: allegation id; answer: criterion id; vendor: the vendor field name; knockout: rule id. */
export interface FactorRef {
  kind: RefKind;
  id: string;
}

export const FACTOR_COMPONENTS = ['designations', 'allegations', 'jurisdiction', 'controls', 'exposure', 'bounds'] as const;
export type FactorComponent = (typeof FACTOR_COMPONENTS)[number];

/** What each component is called wherever factors are shown (vendor page, dashboard). */
export const COMPONENT_LABELS: Record<FactorComponent, string> = {
  designations: 'Designations',
  allegations: 'Allegations',
  jurisdiction: 'Jurisdiction',
  controls: 'Control gaps',
  exposure: 'Exposure',
  bounds: 'Limit 0–100',
};

export interface Factor {
  /**
   * Stable id: `designation:<hitId>`, `allegation:<id>`, `allegations:cap`, `jurisdiction:country`,
   * `criterion:<id>`, `exposure`, `bounds:clamp`.
   */
  factor: string;
  component: FactorComponent;
  label: string;
  /** Points, one decimal. Negative for the exposure scaling and the clamp. All contributions add up to the score. */
  contribution: number;
  /** A plain sentence naming the data behind the number and the arithmetic. */
  detail: string;
  /**
   * What the factor reads, in a few words ("No, verified", "confirmed", "corroborated, credibility 4/5"), so the
   * score history can say how it changed. Null for the allegations cap and the 0–100 clamp, which only follow the others.
   */
  state: string | null;
  refs: FactorRef[];
  /**
   * An unanswered criterion: the points it adds at worst, before exposure, whether they count in the score (version 1)
   * or apart from it (version 2). Absent on every other factor.
   */
  unassessed?: number;
}

export interface KnockoutResult {
  /** Rule id from the methodology, e.g. 'K1'. */
  rule: string;
  label: string;
  /** The tier this rule guarantees at least. */
  floor: Tier;
  detail: string;
  hitIds: string[];
}

export interface ScoreResult {
  /** 0 to 100, one decimal: exactly the sum of the factor contributions. */
  score: number;
  tier: Tier;
  /** The tier the score alone gives; `tier` is higher when a knock-out applies. */
  tierFromScore: Tier;
  /** Inherent risk points (designations + allegations + jurisdiction), before exposure scaling, one decimal. Can exceed 100. */
  inherent: number;
  /** Exposure index 0 to 100 (data shared and criticality). */
  exposure: number;
  /** The factor exposure scales vendor risk by (minMultiplier to 1), three decimals. */
  exposureMultiplier: number;
  /** Control-gap points (transparency, audits, rapid response, exposure controls), before exposure scaling. */
  controls: number;
  /** Points per component before exposure scaling, one decimal. */
  components: { designations: number; allegations: number; jurisdiction: number; controls: number };
  /** Answered, unanswered and not-applicable criteria (vendor-record criteria excluded). */
  coverage: { applicable: number; answered: number; verified: number; notApplicable: number };
  /**
   * The known risk: the score from designations, allegations, jurisdiction, answered criteria and findings alone
   * (scaled by exposure, 0 to 100), and the tier it gives with the knock-outs. Under a methodology that keeps
   * unanswered criteria apart (version 2) it is the score and tier themselves.
   */
  known: { score: number; tier: Tier };
  /**
   * Not yet assessed: the points the unanswered criteria add at worst, scaled by exposure, on top of `known.score`
   * (the two together at most 100). Under version 1 they are part of the score; under version 2 they are apart.
   */
  unassessed: number;
  factors: Factor[];
  knockouts: KnockoutResult[];
  /** Things the reader should know: hits still open, answers that could not be read. */
  warnings: string[];
  methodology: { id: string; version: number };
  catalog: { id: string; version: number };
  /** The `today` the score was computed for. */
  asOf: string;
}
