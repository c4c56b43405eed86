// The scoring methodology as data: every weight and threshold the engine uses, versioned. docs/methodology.md
// explains each number; a stored score names the methodology id and version that produced it, so an edited
// methodology must get a new version (the engine itself never changes what a version means).
import { CATALOG_V1, type Criticality, type DataCategory } from '../assessment/catalog';
import { LIST_SOURCES } from '../lists/registry';
import { ALLEGATION_SOURCE_TYPES, ALLEGATION_STATUSES, CLAIM_CATEGORIES, TIERS, VIAS } from './types';
import { FINDING_SEVERITIES, type FindingSeverity } from '../findings/model';
import type { AllegationSourceType, AllegationStatus, ClaimCategory, Tier, Via } from './types';
import type { CorroborationParameters } from './corroboration';

/** One way a screening hit can belong to a designation class: all given conditions must hold. */
export interface DesignationMatcher {
  listKeys: string[];
  /** Case-insensitive substrings of the hit's subList; any one suffices. */
  subListIncludes?: string[];
  /** Programme codes (case-insensitive, exact); any one suffices. */
  programmes?: string[];
}

/** A kind of designation with one legal effect. A vendor's hits count once per class (the strongest one). */
export interface DesignationClass {
  id: string;
  label: string;
  /** Points for a confirmed, direct, current listing. */
  points: number;
  /** Why this weight (shown in the methodology, not in factors). */
  reason: string;
  /** Any matcher suffices; classes are tried in order and the first that matches wins. */
  match: DesignationMatcher[];
}

export interface KnockoutRule {
  id: string;
  label: string;
  /** Designation class ids. */
  classes: string[];
  /** Which routes count (name, alias, parent). */
  vias: Via[];
  /** Only confirmed hits on current (not removed) entries trigger a knock-out. */
  floor: Tier;
  reason: string;
}

export interface AgeBand {
  /** Up to and including this many days old. */
  maxDays: number;
  risk: number;
}

export interface MethodologyParameters {
  designations: {
    classes: DesignationClass[];
    /** Label and points for a hit no class matches (custom lists, unknown CSL sub-lists). */
    fallback: { label: string; points: number };
    /** Multipliers by review state. `confirmed` applies to any band. */
    decision: { confirmed: number; openMatch: number; openReview: number; dismissed: number };
    /** Multipliers by route. `supplier`: a hit through one of the vendor's suppliers (suppliers/supplier-hits.ts).
     *  Absent (version 1, written before suppliers): supplier hits add nothing. */
    via: { name: number; alias: number; parent: number; supplier?: number };
    entryStatus: { listed: number; renamed: number; removed: number };
  };
  allegations: {
    /** Points for an official government document, credibility 5, status alleged, the gravest claim, published today. */
    basePoints: number;
    sourceType: Record<AllegationSourceType, number>;
    status: Record<AllegationStatus, number>;
    /** The gravest category among the claims counts. */
    claimSeverity: Record<ClaimCategory, number>;
    /** Used when an allegation names no claim category. */
    noClaimSeverity: number;
    /** Credibility c (1 to 5) counts as c / credibilityScale. */
    credibilityScale: number;
    /** Age weight = max(floor, 0.5 ^ (age in days / halfLifeDays)). */
    halfLifeDays: number;
    ageFloor: number;
    viaParent: number;
    /** The allegations component never exceeds this many points (the excess is shown as a negative factor). */
    cap: number;
    /**
     * Version 2: an allegation counts by its strongest source, raised by independent publishers reporting it too
     * (scoring/corroboration.ts). Absent (version 1): it counts by the source it was recorded with.
     */
    corroboration?: CorroborationParameters;
  };
  jurisdiction: {
    /** Country code → points and the law behind them. The higher of incorporation and headquarters counts. */
    countries: Record<string, { points: number; reason: string }>;
    /** Neither country recorded. */
    unknownPoints: number;
  };
  exposure: {
    /** Sensitivity 0..1 per data category. The most sensitive counts, plus breadthStep for each further category. */
    data: Record<DataCategory, number>;
    breadthStep: number;
    /** Nothing recorded. */
    unknownData: number;
    criticality: Record<Criticality, number>;
    unknownCriticality: number;
    /** Exposure index = 100 × (dataWeight × data + criticalityWeight × criticality); the weights add up to 1. */
    dataWeight: number;
    criticalityWeight: number;
    /** Vendor risk is scaled by minMultiplier + (1 − minMultiplier) × index / 100. */
    minMultiplier: number;
  };
  controls: {
    /** Criterion id → weight in points (the most an unanswered or worst-answered criterion adds). */
    weights: Record<string, number>;
    /** Share of the remaining risk an answer keeps until it is verified: no evidence attached / evidence attached. */
    unverifiedResidual: number;
    unverifiedWithEvidenceResidual: number;
    /** Date criteria (audit recency): risk by age; older than the last band = 1. */
    ageBands: AgeBand[];
  };
  /**
   * Findings (a gap an assessment found, followed to remediation): points an open one adds on top of its answer's own
   * risk, by severity; the share of them one in remediation keeps; the multiplier once past its due date. An accepted
   * risk adds nothing and is shown as accepted. Absent (version 1, written before findings): findings add nothing.
   */
  findings?: { points: Record<FindingSeverity, number>; inRemediation: number; overdue: number };
  /**
   * Version 2: how unanswered criteria count. `inScore: false` keeps them apart: the score and tier are the known risk,
   * and what the open questions could add at worst is the score's `unassessed` part. Absent (version 1): an unanswered
   * criterion counts in the score at its full weight.
   */
  unassessed?: { inScore: boolean };
  /** Score thresholds: at or above each, that tier. prohibited null = only knock-outs give Prohibited. */
  tiers: { moderate: number; high: number; critical: number; prohibited: number | null };
  knockouts: KnockoutRule[];
}

export interface Methodology {
  id: string;
  version: number;
  name: string;
  description: string;
  /** The criteria catalog the weights are written for. */
  catalog: { id: string; version: number };
  parameters: MethodologyParameters;
}

const CSL = 'trade-gov-csl';

// The classes with their sub-list and programme rules; byList puts the lists the registry assigns to each in front.
const CLASSES: DesignationClass[] = [
  {
    id: 'sdn',
    label: 'OFAC SDN (blocking sanctions)',
    points: 80,
    reason: 'US blocking sanctions: US persons may not deal with the entity at all, and the 50 % rule extends the block to entities it owns.',
    match: [{ listKeys: [CSL], subListIncludes: ['Specially Designated Nationals'] }],
  },
  {
    id: 'un-sc',
    label: 'UN Security Council sanctions',
    points: 70,
    reason: 'Asset freeze that UN member states must implement; nearly always mirrored by national lists.',
    match: [],
  },
  {
    id: 'uk-sanctions',
    label: 'UK sanctions list',
    points: 60,
    reason: 'Asset freeze or trade restrictions binding on UK persons.',
    match: [],
  },
  {
    id: 'dod-1260h',
    label: 'DoD Section 1260H list',
    points: 45,
    reason:
      'Named a Chinese military company; Section 805 of the FY2024 NDAA bars DoD contracting with listed entities and entities subject to their control. A strong signal, not a general trade ban.',
    match: [],
  },
  {
    id: 'ns-cmic',
    label: 'Treasury NS-CMIC list (EO 13959)',
    points: 40,
    reason: 'US persons may not buy the listed securities; marks the entity as part of the Chinese military-industrial complex.',
    match: [
      { listKeys: ['ofac-non-sdn'], programmes: ['CMIC-EO13959'] },
      { listKeys: ['ofac-non-sdn'], subListIncludes: ['NS-CMIC'] },
      { listKeys: [CSL], subListIncludes: ['Chinese Military-Industrial Complex'] },
    ],
  },
  {
    id: 'entity-list',
    label: 'BIS Entity List',
    points: 40,
    reason: 'Export licence required for items subject to the EAR, usually under a presumption of denial: the vendor’s own supply chain is constrained.',
    match: [{ listKeys: [CSL], subListIncludes: ['Entity List'] }],
  },
  {
    id: 'bis-dpl',
    label: 'BIS Denied Persons List',
    points: 40,
    reason: 'Export privileges denied: no one may take part in an export transaction with the person.',
    match: [{ listKeys: [CSL], subListIncludes: ['Denied Persons'] }],
  },
  {
    id: 'meu',
    label: 'BIS Military End-User list',
    points: 35,
    reason: 'Export licence required for listed items because the entity is a military end user.',
    match: [{ listKeys: [CSL], subListIncludes: ['Military End User'] }],
  },
  {
    id: 'us-other',
    label: 'Other US restrictions (FSE, SSI, NS-MBS, CAPTA, PLC, ISN, ITAR debarment)',
    points: 30,
    reason: 'Narrower US sanctions or debarments: specific transactions are barred, not all dealings.',
    match: [
      {
        listKeys: [CSL],
        subListIncludes: ['Foreign Sanctions Evaders', 'Sectoral Sanctions', 'Menu-Based', 'Capta', 'Palestinian Legislative', 'Nonproliferation', 'ITAR Debarred'],
      },
    ],
  },
  {
    id: 'bis-uvl',
    label: 'BIS Unverified List',
    points: 15,
    reason: 'BIS could not verify the end user; exports need extra due diligence. A weak signal on its own.',
    match: [{ listKeys: [CSL], subListIncludes: ['Unverified List'] }],
  },
];

/** A class's matchers, led by one per list whose hits the list registry puts in it (lists/registry.ts: scoringClass). */
function byList(cls: DesignationClass): DesignationClass {
  return { ...cls, match: [...LIST_SOURCES.filter((s) => s.scoringClass === cls.id).map((s) => ({ listKeys: [s.listKey] })), ...cls.match] };
}

const CRITERION_WEIGHTS: Record<string, number> = {
  T1: 2,
  T2: 2,
  T3: 3,
  T4: 2,
  T5: 2,
  A1: 3,
  A2: 2,
  A3: 1,
  A4: 2,
  A5: 2,
  R1: 2,
  R2: 2,
  R3: 2,
  R4: 4,
  J1: 5,
  J2: 2,
  J3: 3,
  J4: 1,
  E3: 2,
  E4: 2,
};

/** Version 1, as shipped before version 2: kept so that it stays available and its scores can be read and recomputed. */
export const METHODOLOGY_V1: Methodology = deepFreeze({
  id: 'vetter-risk',
  version: 1,
  name: 'Vetter vendor risk methodology',
  description:
    'Inherent risk (designations weighted by list, allegations weighted by source, credibility, status and age, jurisdiction) plus control gaps (transparency, audits, rapid response), scaled by exposure (data shared and criticality), with knock-outs for confirmed designations.',
  catalog: { id: CATALOG_V1.id, version: CATALOG_V1.version },
  parameters: {
    designations: {
      classes: CLASSES.map(byList),
      fallback: { label: 'Other designation list', points: 30 },
      decision: { confirmed: 1, openMatch: 0.75, openReview: 0.3, dismissed: 0 },
      via: { name: 1, alias: 1, parent: 0.8 },
      entryStatus: { listed: 1, renamed: 1, removed: 0.2 },
    },
    allegations: {
      basePoints: 30,
      sourceType: {
        'official-government-document': 1,
        'leaked-government-document': 0.8,
        'court-filing': 0.8,
        'major-press': 0.6,
        'trade-press': 0.4,
        'blog-opinion': 0.15,
      },
      status: {
        alleged: 1,
        denied: 0.9,
        'under-investigation': 1.25,
        corroborated: 1.5,
        adjudicated: 2,
        retracted: 0,
      },
      claimSeverity: {
        'state-access-to-customer-data': 1,
        'military-or-intelligence-support': 1,
        'vulnerability-sharing-with-state': 1,
        'ip-or-model-theft': 0.9,
        'sanctions-evasion': 0.9,
        other: 0.5,
      },
      noClaimSeverity: 0.5,
      credibilityScale: 5,
      halfLifeDays: 730,
      ageFloor: 0.1,
      viaParent: 0.8,
      cap: 45,
    },
    jurisdiction: {
      countries: {
        CN: {
          points: 25,
          reason:
            'PRC National Intelligence Law (2017) Art. 7 obliges organisations to support, assist and cooperate with state intelligence work; the Data Security Law (2021) and Counter-Espionage Law (2023) add state access and data-export controls',
        },
        HK: {
          points: 15,
          reason: 'Hong Kong National Security Law (2020), whose implementation rules let police require service providers to give information and assistance, and the Safeguarding National Security Ordinance (2024)',
        },
        RU: {
          points: 25,
          reason: 'Russian SORM interception duties and Federal Law 374-FZ (2016), which requires communications and online services to store data and help the FSB decrypt it',
        },
        IR: { points: 25, reason: 'Iran: state control of communications and comprehensive US, UK and EU sanctions' },
        KP: { points: 25, reason: 'North Korea: all enterprises are state-controlled; comprehensive sanctions' },
      },
      unknownPoints: 5,
    },
    exposure: {
      data: {
        None: 0,
        'IP addresses / device data': 0.5,
        'Customer personal data': 0.6,
        'Location / Wi-Fi data': 0.7,
        'Payment data': 0.7,
        'Source code': 0.8,
        'Model weights / training data': 0.9,
        'Defence or critical-infrastructure data': 1,
      },
      breadthStep: 0.05,
      unknownData: 0.6,
      criticality: { low: 0.25, medium: 0.5, high: 0.75, critical: 1 },
      unknownCriticality: 0.75,
      dataWeight: 0.5,
      criticalityWeight: 0.5,
      minMultiplier: 0.5,
    },
    controls: {
      weights: CRITERION_WEIGHTS,
      unverifiedResidual: 0.4,
      unverifiedWithEvidenceResidual: 0.25,
      ageBands: [
        { maxDays: 365, risk: 0 },
        { maxDays: 548, risk: 0.3 },
        { maxDays: 1095, risk: 0.6 },
      ],
    },
    tiers: { moderate: 25, high: 50, critical: 75, prohibited: null },
    knockouts: [
      {
        id: 'K1',
        label: 'Confirmed OFAC SDN hit',
        classes: ['sdn'],
        vias: ['name', 'alias', 'parent'],
        floor: 'Prohibited',
        reason:
          'Blocking sanctions: dealing with the entity is unlawful for US persons, and OFAC’s 50 % rule blocks entities owned 50 % or more by blocked persons. A parent hit counts once the analyst has confirmed the ownership link.',
      },
      {
        id: 'K2',
        label: 'Confirmed 1260H, NS-CMIC or Entity List hit',
        classes: ['dod-1260h', 'ns-cmic', 'entity-list'],
        vias: ['name', 'alias', 'parent'],
        floor: 'High',
        reason:
          'US designations of Chinese military companies and export-control targets; Section 805 of the FY2024 NDAA reaches entities subject to a 1260H company’s control, so a parent listing counts too.',
      },
      {
        id: 'K3',
        label: 'Confirmed UN Security Council or UK sanctions hit',
        classes: ['un-sc', 'uk-sanctions'],
        vias: ['name', 'alias', 'parent'],
        floor: 'Critical',
        reason:
          'Asset freezes. Whether a deal is unlawful depends on the buyer’s jurisdiction, which the methodology does not know: Critical forces escalation; a UK buyer may raise the floor to Prohibited.',
      },
      {
        id: 'K4',
        label: 'Confirmed Denied Persons or Military End-User hit',
        classes: ['bis-dpl', 'meu'],
        vias: ['name', 'alias', 'parent'],
        floor: 'High',
        reason: 'US export-control restrictions of the same weight as the Entity List.',
      },
    ],
  },
});

/** The findings parameters a methodology version adopts to let findings count (docs/methodology.md, "Findings"). */
export const FINDINGS_PARAMETERS: NonNullable<MethodologyParameters['findings']> = deepFreeze({
  points: { low: 1, medium: 2, high: 4, critical: 6 },
  inRemediation: 0.5,
  overdue: 1.5,
});

// ---- Version 2 (issues #15 and #16): what version 2 adds to version 1.

/** Independent publishers raise an allegation by half their source weight each, at most by half (×1.5, as "corroborated"). */
export const CORROBORATION_PARAMETERS: CorroborationParameters = deepFreeze({ perSource: 0.5, max: 0.5 });

/** Unanswered criteria are kept apart from the score: the tier follows what is known (docs/methodology.md, section 6). */
export const UNASSESSED_PARAMETERS: NonNullable<MethodologyParameters['unassessed']> = deepFreeze({ inScore: false });

/** A designation through one of the vendor's suppliers counts at 0.3 of the vendor's own (docs/methodology.md, Route). */
export const SUPPLIER_VIA = 0.3;

export const METHODOLOGY_V2: Methodology = deepFreeze({
  ...METHODOLOGY_V1,
  version: 2,
  description:
    'Version 1 with findings counting, allegations counted by their strongest source and corroborated by independent publishers, unanswered criteria kept apart from the known risk the tier follows, and designations reaching the vendor through its suppliers.',
  parameters: {
    ...METHODOLOGY_V1.parameters,
    designations: { ...METHODOLOGY_V1.parameters.designations, via: { ...METHODOLOGY_V1.parameters.designations.via, supplier: SUPPLIER_VIA } },
    allegations: { ...METHODOLOGY_V1.parameters.allegations, corroboration: CORROBORATION_PARAMETERS },
    findings: FINDINGS_PARAMETERS,
    unassessed: UNASSESSED_PARAMETERS,
  },
});

/** The versions Vetter ships, oldest first; the newest is the default of a workspace that has saved none. */
export const SHIPPED_METHODOLOGIES: readonly Methodology[] = [METHODOLOGY_V1, METHODOLOGY_V2];
export const DEFAULT_METHODOLOGY: Methodology = METHODOLOGY_V2;

/** Problems with a methodology (an edited one, before it is saved): empty when it is usable. */
export function validateMethodology(m: Methodology, catalog = CATALOG_V1): string[] {
  const problems: string[] = [];
  const p = m.parameters;
  const nonNegative = (value: number, what: string) => {
    if (!(Number.isFinite(value) && value >= 0)) problems.push(`${what} must be a number of at least 0 (is ${value}).`);
  };
  const fraction = (value: number, what: string) => {
    if (!(Number.isFinite(value) && value >= 0 && value <= 1)) problems.push(`${what} must be between 0 and 1 (is ${value}).`);
  };
  if (!m.id) problems.push('The methodology has no id.');
  if (!Number.isInteger(m.version) || m.version < 1) problems.push('The version must be a whole number from 1.');
  if (m.catalog.id !== catalog.id || m.catalog.version !== catalog.version)
    problems.push(`The methodology is written for catalog ${m.catalog.id} v${m.catalog.version}, not ${catalog.id} v${catalog.version}.`);

  const classIds = new Set<string>();
  for (const c of p.designations.classes) {
    if (classIds.has(c.id)) problems.push(`Designation class "${c.id}" appears twice.`);
    classIds.add(c.id);
    nonNegative(c.points, `Points of designation class "${c.id}"`);
    if (c.match.length === 0) problems.push(`Designation class "${c.id}" matches nothing.`);
  }
  nonNegative(p.designations.fallback.points, 'Points of the fallback designation class');
  const d = p.designations.decision;
  for (const [k, v] of Object.entries(d)) fraction(v, `Designation multiplier for ${k}`);
  if (!(d.dismissed <= d.openReview && d.openReview <= d.openMatch && d.openMatch <= d.confirmed))
    problems.push('Designation multipliers must rise from dismissed to open review-band to open match-band to confirmed.');
  for (const v of VIAS) fraction(p.designations.via[v], `Designation multiplier via ${v}`);
  if (p.designations.via.supplier !== undefined) fraction(p.designations.via.supplier, 'Designation multiplier via supplier');
  for (const [k, v] of Object.entries(p.designations.entryStatus)) fraction(v, `Designation multiplier for ${k} entries`);

  const a = p.allegations;
  nonNegative(a.basePoints, 'Allegation base points');
  for (const s of ALLEGATION_SOURCE_TYPES) fraction(a.sourceType[s], `Allegation weight of source type ${s}`);
  for (const s of ALLEGATION_STATUSES) nonNegative(a.status[s], `Allegation multiplier for status ${s}`);
  for (const c of CLAIM_CATEGORIES) fraction(a.claimSeverity[c], `Severity of claim category ${c}`);
  fraction(a.noClaimSeverity, 'Severity without a claim category');
  if (!(a.credibilityScale >= 1)) problems.push('The credibility scale must be at least 1.');
  if (!(a.halfLifeDays > 0)) problems.push('The allegation half-life must be more than 0 days.');
  fraction(a.ageFloor, 'The allegation age floor');
  fraction(a.viaParent, 'The allegation multiplier via parent');
  nonNegative(a.cap, 'The allegation cap');
  if (a.corroboration) {
    nonNegative(a.corroboration.perSource, 'The raise per corroborating source');
    nonNegative(a.corroboration.max, 'The largest corroboration raise');
  }

  for (const [code, c] of Object.entries(p.jurisdiction.countries)) {
    if (!/^[A-Z]{2}$/.test(code)) problems.push(`"${code}" is not a two-letter country code.`);
    nonNegative(c.points, `Jurisdiction points for ${code}`);
  }
  nonNegative(p.jurisdiction.unknownPoints, 'Jurisdiction points when no country is recorded');

  const e = p.exposure;
  for (const [k, v] of Object.entries(e.data)) fraction(v, `Sensitivity of ${k}`);
  for (const [k, v] of Object.entries(e.criticality)) fraction(v, `Criticality weight of ${k}`);
  fraction(e.unknownData, 'Sensitivity when data shared is not recorded');
  fraction(e.unknownCriticality, 'Criticality weight when not recorded');
  fraction(e.breadthStep, 'The breadth step');
  fraction(e.dataWeight, 'The data weight');
  fraction(e.criticalityWeight, 'The criticality weight');
  if (Math.abs(e.dataWeight + e.criticalityWeight - 1) > 1e-9) problems.push('The data and criticality weights must add up to 1.');
  if (!(e.minMultiplier > 0 && e.minMultiplier <= 1)) problems.push('The minimum exposure multiplier must be above 0 and at most 1.');

  const c = p.controls;
  for (const criterion of catalog.criteria) {
    if (criterion.source !== 'answer') continue;
    const w = c.weights[criterion.id];
    if (w === undefined) problems.push(`Criterion ${criterion.id} has no weight.`);
    else nonNegative(w, `The weight of ${criterion.id}`);
  }
  for (const id of Object.keys(c.weights)) if (!catalog.criteria.some((k) => k.id === id && k.source === 'answer')) problems.push(`Weight given for unknown criterion ${id}.`);
  fraction(c.unverifiedResidual, 'The unverified residual');
  fraction(c.unverifiedWithEvidenceResidual, 'The unverified-with-evidence residual');
  if (c.unverifiedWithEvidenceResidual > c.unverifiedResidual) problems.push('Attaching evidence must not raise risk: unverifiedWithEvidenceResidual ≤ unverifiedResidual.');
  let lastDays = -1;
  let lastRisk = -1;
  for (const b of c.ageBands) {
    if (!(b.maxDays > lastDays)) problems.push('Age bands must be in increasing order of days.');
    if (!(b.risk >= lastRisk)) problems.push('Older age bands must not carry less risk.');
    fraction(b.risk, `Risk of the ${b.maxDays}-day age band`);
    lastDays = b.maxDays;
    lastRisk = b.risk;
  }

  if (p.findings) {
    for (const s of FINDING_SEVERITIES) nonNegative(p.findings.points[s], `Points of an open ${s} finding`);
    fraction(p.findings.inRemediation, 'The share a finding in remediation keeps');
    if (!(p.findings.overdue >= 1)) problems.push(`The overdue multiplier of findings must be at least 1 (is ${p.findings.overdue}).`);
  }

  const t = p.tiers;
  if (!(0 < t.moderate && t.moderate < t.high && t.high < t.critical && t.critical <= 100)) problems.push('Tier thresholds must rise: 0 < moderate < high < critical ≤ 100.');
  if (t.prohibited !== null && !(t.prohibited > t.critical && t.prohibited <= 100)) problems.push('The Prohibited threshold must be above Critical and at most 100, or none.');

  const ruleIds = new Set<string>();
  for (const k of p.knockouts) {
    if (ruleIds.has(k.id)) problems.push(`Knock-out rule ${k.id} appears twice.`);
    ruleIds.add(k.id);
    if (!TIERS.includes(k.floor)) problems.push(`Knock-out rule ${k.id} has an unknown floor "${k.floor}".`);
    for (const id of k.classes) if (!classIds.has(id)) problems.push(`Knock-out rule ${k.id} names unknown designation class "${id}".`);
    for (const v of k.vias) if (!VIAS.includes(v)) problems.push(`Knock-out rule ${k.id} names unknown route "${v}".`);
  }
  return problems;
}

/** The criterion weights as a Markdown table (docs/methodology.md carries this exact text; a test keeps them equal). */
export function renderWeightTable(m: Methodology, catalog = CATALOG_V1): string {
  const rows = catalog.criteria
    .filter((c) => c.source === 'answer')
    .map((c) => `| ${c.id} | ${c.title} | ${m.parameters.controls.weights[c.id] ?? 0} | ${c.appliesTo ? c.appliesTo.services.join(', ') + ' only' : 'all vendors'} |`);
  return ['| Id | Criterion | Weight (points) | Asked of |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
