// Report models from the stored data: the vendor's record, its score (computed now, under the methodology in
// force), its hits with their review decisions, allegations, assessment and evidence, and every list version
// behind the screening. Everything a report prints comes from here, so the PDF and its JSON model agree.
import type { SupplierRepository } from '../suppliers/repository';
import type { AllegationRegister } from '../allegations/register';
import type { Assessments } from '../assessment/assessments';
import type { Findings } from '../findings/findings';
import type { EvidenceFile, StoredAnswer } from '../assessment/model';
import { answerInWords, CATALOG, type Criterion, criterionApplies, PILLAR_LABELS } from '../assessment/catalog';
import type { ListVersion } from '../lists/model';
import type { Portfolio } from '../scoring/model';
import { type VerdictBasis, verdictBasis } from '../lists/basis';
import type { ListVersions } from '../lists/versions';
import { HEAT_BANDS } from '../scoring/heatmap';
import { plural } from './render/format';
import type { Methodology } from '../scoring/methodology';
import type { Scores } from '../scoring/scores';
import { type ScoreResult, TIERS, type Tier } from '../scoring/types';
import type { Screening } from '../screening/screening';
import type { VendorRepository } from '../vendors/repository';
import {
  type MethodologySummary,
  type PortfolioChanges,
  type PortfolioReportModel,
  type ProvenanceEntry,
  REPORT_MODEL_VERSION,
  type ReportCriterion,
  type ReportMeta,
  type VendorReportModel,
} from './model';

export interface ReportSources {
  vendors: VendorRepository;
  screening: Screening;
  allegations: AllegationRegister;
  assessments: Assessments;
  findings: Findings;
  scores: Scores;
  lists: ListVersions;
  suppliers: SupplierRepository;
}

/** Who made the report and when; the id is chosen before rendering because the PDF prints it. */
export type MetaInput = Omit<ReportMeta, 'kind' | 'modelVersion'>;


/** A portfolio score move that is worth a line in "changes since the previous report". */
const NOTABLE_SCORE_CHANGE = 5;

export async function buildVendorReport(src: ReportSources, vendorId: string, meta: MetaInput): Promise<VendorReportModel> {
  const vendor = await src.vendors.get(vendorId);
  const score = await src.scores.score(vendorId);
  const screening = await src.screening.storedFor(vendorId);
  const allegations = await src.allegations.forVendor(vendor);
  const assessment = await src.assessments.get(vendorId);
  const findings = await src.findings.list(vendorId);
  const suppliers = await src.suppliers.ofVendors([vendorId]);
  const methodology = await src.scores.methodology();
  const current = await src.lists.current();
  const provenance = provenanceOf(current);
  const criteria = CATALOG.criteria.map((c) => criterionFinding(c, criterionApplies(c, vendor.services), score, assessment.answers[c.id], assessment.evidence[c.id] ?? []));
  return {
    meta: { ...meta, kind: 'vendor', modelVersion: REPORT_MODEL_VERSION },
    vendor: {
      id: vendor.id,
      legalName: vendor.legalName,
      otherNames: vendor.otherNames.map((n) => ({ name: n.name, kind: n.kind })),
      identifiers: vendor.identifiers.map((id) => ({ scheme: id.scheme, value: id.value })),
      countryOfIncorporation: vendor.countryOfIncorporation,
      countryOfHeadquarters: vendor.countryOfHeadquarters,
      parentName: vendor.parentName,
      website: vendor.website,
      services: [...vendor.services],
      dataShared: [...vendor.dataShared],
      criticality: vendor.criticality,
      contractOwner: vendor.contractOwner,
      contractStart: vendor.contractStart,
      contractEnd: vendor.contractEnd,
    },
    summary: vendorSummary(vendor.legalName, score, screening.hits, allegations, assessment, vendor, provenance, verdictBasis(current)),
    score: {
      score: score.score,
      tier: score.tier,
      tierFromScore: score.tierFromScore,
      inherent: score.inherent,
      exposure: score.exposure,
      exposureMultiplier: score.exposureMultiplier,
      controls: score.controls,
      components: { ...score.components },
      coverage: { ...score.coverage },
      known: { ...score.known },
      unassessed: score.unassessed,
      factors: score.factors.map((f) => ({ factor: f.factor, component: f.component, label: f.label, contribution: f.contribution, detail: f.detail })),
      knockouts: score.knockouts.map((k) => ({ rule: k.rule, label: k.label, floor: k.floor, detail: k.detail })),
      warnings: [...score.warnings],
      asOf: score.asOf,
    },
    designations: screening.hits.map((h) => ({
      listName: h.listDisplayName,
      listAsOf: h.asOf,
      listStale: h.stale,
      entryId: h.entryId,
      entryName: h.entryName,
      entryStatus: h.entryStatus,
      programmes: [...h.entryDetails.programmes],
      matchedName: h.matchedName,
      listedName: h.listName,
      via: h.via,
      supplier: h.supplier,
      matcherVersion: h.matcherVersion,
      score: h.score,
      band: h.band,
      explanation: h.explanation.text,
      decision: h.review.decision,
      reason: h.review.reason,
      reviewer: h.review.reviewer,
      decidedAt: h.review.decidedAt,
    })),
    suppliers: suppliers.map((s) => ({ name: s.name, service: s.service, dataShared: [...s.dataShared], country: s.country, source: s.source })),
    allegations: allegations.map((a) => ({
      sourceTitle: a.sourceTitle,
      publisher: a.publisher,
      sourceType: a.sourceType,
      url: a.url,
      publishedAt: a.publishedAt,
      status: a.status,
      statusHistory: a.statusHistory.map((s) => ({ status: s.status, date: s.date })),
      claims: a.claims.map((c) => ({ category: c.category, text: c.text })),
      credibility: a.credibility,
      credibilityRationale: a.credibilityRationale,
      vendorResponse: a.vendorResponse,
      appliesVia: a.appliesVia ?? 'vendor',
      subjectName: a.subjectName,
      sources: a.sources.map((x) => ({ publisher: x.publisher, sourceType: x.sourceType, publishedAt: x.publishedAt, sourceTitle: x.sourceTitle, url: x.url, evidence: x.evidence })),
    })),
    criteria,
    findings: findings.map((f) => ({
      id: f.id,
      criterionId: f.criterionId,
      title: f.title,
      severity: f.severity,
      status: f.status,
      owner: f.owner,
      due: f.due,
      overdue: f.overdue,
      acceptance: f.acceptance && { by: f.acceptance.by, until: f.acceptance.until, expired: f.acceptance.expired },
    })),
    assessment: {
      status: assessment.status,
      approver: assessment.approver,
      approvedAt: assessment.approvedAt,
      reassessDue: assessment.reassessDue,
      catalog: { id: CATALOG.id, version: CATALOG.version, name: CATALOG.name },
    },
    methodology: methodologySummary(methodology),
    provenance,
    signOff: { preparedBy: meta.generatedBy, preparedAt: meta.generatedAt, approver: assessment.approver, approvedAt: assessment.approvedAt },
  };
}

export function buildPortfolioReport(
  current: readonly ListVersion[],
  methodology: Methodology,
  portfolio: Portfolio,
  previous: { reportId: string; generatedAt: string; model: PortfolioReportModel } | null,
  meta: MetaInput,
): PortfolioReportModel {
  const counts = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  const vendors = portfolio.vendors.map((v, i) => {
    const tier = v.tier as Tier;
    counts[tier] += 1;
    const top = v.topFactors[0];
    return {
      rank: i + 1,
      vendorId: v.vendorId,
      name: v.name,
      score: v.score,
      tier,
      inherent: v.inherent,
      exposure: v.exposure,
      openHits: v.openHits,
      coverage: { applicable: v.coverage.applicable, answered: v.coverage.answered, verified: v.coverage.verified },
      unassessed: v.unassessed,
      topFactor: top && top.contribution > 0 ? top.label : null,
      reassessDue: v.reassessDue,
      overdue: v.overdue,
    };
  });
  const cells = Array.from({ length: HEAT_BANDS }, (_, inherent) =>
    Array.from({ length: HEAT_BANDS }, (_, exposure) => portfolio.vendors.filter((v) => v.heat.inherent === inherent && v.heat.exposure === exposure).length),
  );
  const provenance = provenanceOf(current);
  const changes = portfolioChanges(vendors, previous);
  return {
    meta: { ...meta, kind: 'portfolio', modelVersion: REPORT_MODEL_VERSION },
    summary: portfolioSummary(counts, vendors, changes, provenance),
    counts,
    total: vendors.length,
    heatmap: { bands: HEAT_BANDS, cells },
    vendors,
    changes,
    staleLists: portfolio.staleLists.map((l) => ({ ...l })),
    methodology: methodologySummary(methodology),
    provenance,
  };
}

function provenanceOf(versions: readonly ListVersion[]): ProvenanceEntry[] {
  return versions.map((l) => ({
    listName: l.listName,
    publisher: l.publisher,
    format: l.format,
    asOf: l.asOf,
    ageDays: l.ageDays,
    stale: l.stale,
    sha256: l.sha256,
    entryCount: l.entryCount,
    importedAt: l.importedAt,
    importedBy: l.importedBy,
    bundled: l.bundled,
    complete: l.coverage.complete,
    missing: l.coverage.missing,
  }));
}

/** What a criterion's answer means for this vendor, in the engine's own words, with its points. */
function criterionFinding(c: Criterion, asked: boolean, score: ScoreResult, stored: StoredAnswer | undefined, evidence: readonly EvidenceFile[]): ReportCriterion {
  const factor = score.factors.find((f) => f.factor === `criterion:${c.id}`);
  return {
    id: c.id,
    pillar: PILLAR_LABELS[c.pillar],
    title: c.title,
    question: c.question,
    answer: stored?.value == null ? null : answerInWords(c, stored.value),
    finding: factor?.detail ?? 'Read from the vendor record: see "Data shared"; it sets the exposure that scales the score.',
    verified: stored?.verified ?? false,
    note: stored?.note ?? null,
    answeredBy: stored?.value == null ? null : stored.answeredBy,
    answeredAt: stored?.value == null ? null : stored.answeredAt,
    evidence: evidence.map((e) => ({ fileName: e.fileName, sha256: e.sha256, size: e.size, addedBy: e.addedBy, addedAt: e.addedAt })),
    points: asked && factor ? factor.contribution : null,
  };
}

const pts = (n: number) => (n < 0 ? `−${Math.abs(n).toFixed(1)}` : n.toFixed(1));

function vendorSummary(
  name: string,
  score: ScoreResult,
  hits: Awaited<ReturnType<Screening['storedFor']>>['hits'],
  allegations: Awaited<ReturnType<AllegationRegister['forVendor']>>,
  assessment: Awaited<ReturnType<Assessments['get']>>,
  vendor: Awaited<ReturnType<VendorRepository['get']>>,
  provenance: ProvenanceEntry[],
  basis: VerdictBasis,
): string[] {
  const lines: string[] = [];
  const ko = score.knockouts.find((k) => k.floor === score.tier && score.tier !== score.tierFromScore);
  lines.push(
    `${name} scores ${pts(score.score)} out of 100 and is rated ${score.tier}.` +
      (ko ? ` The score alone gives ${score.tierFromScore}; the tier is raised by knock-out rule ${ko.rule} (${ko.label}).` : ''),
  );

  const confirmed = hits.filter((h) => h.review.decision === 'confirmed');
  const open = hits.filter((h) => h.review.decision === 'open');
  const dismissed = hits.filter((h) => h.review.decision === 'dismissed');
  // Never a bare "clear": against which lists, of what date, and which of them are partial.
  if (hits.length === 0) lines.push(`${basis.clear}.`);
  else {
    const parts = [];
    if (confirmed.length) parts.push(`${plural(confirmed.length, 'confirmed designation')} (${[...new Set(confirmed.map((h) => h.listDisplayName))].join(', ')})`);
    if (open.length) parts.push(`${plural(open.length, 'hit')} still awaiting review, counted as risk until reviewed`);
    if (dismissed.length) parts.push(`${plural(dismissed.length, 'hit')} dismissed as false positives`);
    const through = (via: (typeof hits)[number]['via']) => hits.some((h) => h.via === via && h.review.decision !== 'dismissed');
    const viaParent = through('parent') ? ' At least one hit is through the parent company.' : '';
    const viaLink = through('list-link') ? ' At least one hit is through a link a list makes from an entry the vendor matched.' : '';
    lines.push(`Screening found ${parts.join('; ')}.${viaParent}${viaLink}`);
  }

  if (allegations.length === 0) lines.push('No allegations are recorded.');
  else {
    const strongest = Math.max(...allegations.map((a) => a.credibility));
    lines.push(
      `${plural(allegations.length, 'allegation')} recorded (${[...new Set(allegations.map((a) => a.status))].join(', ')}); the analyst rates the strongest at credibility ${strongest} of 5. Allegations are sourced claims, not established facts.`,
    );
  }

  const { coverage } = score;
  const status =
    assessment.status === 'approved' ? `approved by ${assessment.approver ?? 'unknown'} on ${assessment.approvedAt?.slice(0, 10) ?? 'unknown date'}` : `${assessment.status}, not yet approved`;
  lines.push(
    `The assessment is ${status}: ${coverage.answered} of ${coverage.applicable} applicable criteria answered, ${coverage.verified} verified. ${
      score.known.score === score.score
        ? `Unanswered criteria are counted apart: they could add up to ${score.unassessed.toFixed(1)} points at worst.`
        : 'Unanswered criteria count as risk.'
    }`,
  );

  const data = vendor.dataShared.length ? vendor.dataShared.join(', ') : 'not recorded';
  lines.push(`Data shared with the vendor: ${data}. Business criticality: ${vendor.criticality ?? 'not recorded'}.`);

  const drivers = [...score.factors].filter((f) => f.contribution > 0).sort((a, b) => b.contribution - a.contribution).slice(0, 3);
  if (drivers.length) lines.push(`Largest contributions: ${drivers.map((f) => `${f.label} (+${pts(f.contribution)})`).join('; ')}.`);

  lines.push(...dataSentences(provenance));
  return lines;
}

/** What the report's results rest on, when it is less than whole and current: partial lists and stale ones. */
function dataSentences(provenance: ProvenanceEntry[]): string[] {
  const lines: string[] = [];
  const partial = provenance.filter((p) => !p.complete);
  if (partial.length) {
    lines.push(
      `${plural(partial.length, 'list')} of ${provenance.length} used ${partial.length === 1 ? 'is' : 'are'} partial, so a company missing from ${partial.length === 1 ? 'it' : 'them'} may still be listed: ${partial.map((p) => p.listName).join('; ')} (see "Data provenance").`,
    );
  }
  const stale = provenance.filter((p) => p.stale);
  if (stale.length) lines.push(staleSentence(stale, provenance.length));
  return lines;
}

function staleSentence(stale: ProvenanceEntry[], total: number): string {
  const bundled = stale.some((p) => p.bundled);
  return `${plural(stale.length, 'list')} of ${total} used ${stale.length === 1 ? 'is' : 'are'} out of date${bundled ? ' (the snapshots bundled with Vetter are old)' : ''}: designations and removals since their dates are not in them. Import current lists before relying on this report.`;
}

function portfolioChanges(
  vendors: PortfolioReportModel['vendors'],
  previous: { reportId: string; generatedAt: string; model: PortfolioReportModel } | null,
): PortfolioChanges {
  if (!previous) return { previous: null, added: [], removed: [], tierChanged: [], scoreChanged: [] };
  const before = new Map(previous.model.vendors.map((v) => [v.vendorId, v]));
  const now = new Set(vendors.map((v) => v.vendorId));
  const changes: PortfolioChanges = { previous: { reportId: previous.reportId, generatedAt: previous.generatedAt }, added: [], removed: [], tierChanged: [], scoreChanged: [] };
  for (const v of vendors) {
    const old = before.get(v.vendorId);
    if (!old) changes.added.push({ name: v.name, tier: v.tier, score: v.score });
    else if (old.tier !== v.tier) changes.tierChanged.push({ name: v.name, from: old.tier, to: v.tier, scoreFrom: old.score, scoreTo: v.score });
    else if (Math.abs(old.score - v.score) >= NOTABLE_SCORE_CHANGE) changes.scoreChanged.push({ name: v.name, tier: v.tier, scoreFrom: old.score, scoreTo: v.score });
  }
  for (const old of previous.model.vendors) if (!now.has(old.vendorId)) changes.removed.push({ name: old.name, tier: old.tier, score: old.score });
  return changes;
}

/** How much of the portfolio is assessed: scores show known risk, and what is not yet assessed is said apart. */
function coverageSentence(vendors: PortfolioReportModel['vendors']): string {
  const total = vendors.reduce((t, v) => ({ applicable: t.applicable + v.coverage.applicable, answered: t.answered + v.coverage.answered, verified: t.verified + v.coverage.verified }), {
    applicable: 0,
    answered: 0,
    verified: 0,
  });
  const none = vendors.filter((v) => v.coverage.applicable > 0 && v.coverage.answered === 0).length;
  const share = total.applicable === 0 ? 0 : Math.round((100 * total.answered) / total.applicable);
  return `Assessment coverage: ${total.answered} of ${total.applicable} applicable criteria answered (${share} %), ${total.verified} verified${
    none ? `; ${plural(none, 'vendor')} not assessed at all` : ''
  }. Scores show the risk known; the "Assessed" column says how much of each vendor's is known.`;
}

function portfolioSummary(counts: Record<Tier, number>, vendors: PortfolioReportModel['vendors'], changes: PortfolioChanges, provenance: ProvenanceEntry[]): string[] {
  const lines = [`${plural(vendors.length, 'vendor')} scored: ${TIERS.filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${t}`).join(', ') || 'none'}.`];
  const severe = counts.Prohibited + counts.Critical;
  if (severe) lines.push(`${plural(severe, 'vendor')} rated Critical or Prohibited need a decision by an approver.`);
  const openHits = vendors.reduce((n, v) => n + v.openHits, 0);
  if (openHits) lines.push(`${plural(openHits, 'screening hit')} across ${plural(vendors.filter((v) => v.openHits > 0).length, 'vendor')} still await review and count as risk until reviewed.`);
  const overdue = vendors.filter((v) => v.overdue).length;
  if (overdue) lines.push(`${plural(overdue, 're-assessment')} overdue.`);
  lines.push(coverageSentence(vendors));
  if (changes.previous) {
    const n = changes.added.length + changes.removed.length + changes.tierChanged.length + changes.scoreChanged.length;
    lines.push(`Since the previous portfolio report (${changes.previous.reportId}): ${n === 0 ? 'no notable changes' : `${plural(changes.tierChanged.length, 'tier change')}, ${changes.added.length} added, ${changes.removed.length} removed, ${changes.scoreChanged.length} other score moves of ${NOTABLE_SCORE_CHANGE} points or more`}.`);
  } else lines.push('This is the first portfolio report: there is nothing earlier to compare with.');
  lines.push(...dataSentences(provenance));
  return lines;
}

/** The methodology's numbers in words, as the report's "Methodology" section lists them. */
export function methodologySummary(m: Methodology): MethodologySummary {
  const p = m.parameters;
  const x = (n: number) => `×${n}`;
  return {
    id: m.id,
    version: m.version,
    name: m.name,
    parameters: [
      { label: 'Approach', value: m.description },
      {
        label: 'Tier thresholds',
        value: `Low below ${p.tiers.moderate}; Moderate from ${p.tiers.moderate}; High from ${p.tiers.high}; Critical from ${p.tiers.critical}; Prohibited ${p.tiers.prohibited === null ? 'only by knock-out' : `from ${p.tiers.prohibited}`}`,
      },
      { label: 'Designation points by list', value: [...p.designations.classes.map((c) => `${c.label} ${c.points}`), `${p.designations.fallback.label} ${p.designations.fallback.points}`].join('; ') },
      {
        label: 'Hit review state',
        value: `confirmed ${x(p.designations.decision.confirmed)}; open match ${x(p.designations.decision.openMatch)}; open review ${x(p.designations.decision.openReview)}; dismissed ${x(p.designations.decision.dismissed)}`,
      },
      { label: 'Hit route', value: Object.entries(p.designations.via).map(([via, w]) => `${via} ${x(w)}`).join('; ') },
      {
        label: 'Allegations',
        value: `up to ${p.allegations.basePoints} points each, weighted by source type, status, claim severity, credibility (÷${p.allegations.credibilityScale}) and age (half-life ${p.allegations.halfLifeDays} days, floor ${x(p.allegations.ageFloor)}); via parent ${x(p.allegations.viaParent)}; at most ${p.allegations.cap} points in all${
          p.allegations.corroboration
            ? `; the strongest source counts, raised by ${x(p.allegations.corroboration.perSource)} × each independent publisher's source weight, at most by ${x(p.allegations.corroboration.max)}`
            : '; the source it was recorded with counts'
        }`,
      },
      {
        label: 'Unanswered criteria',
        value:
          p.unassessed?.inScore === false
            ? 'kept apart from the score: the score and tier are the known risk; the open questions are shown as "not yet assessed"'
            : 'count in the score at their full weight',
      },
      ...(p.findings
        ? [{ label: 'Findings', value: `open: ${Object.entries(p.findings.points).map(([k, v]) => `${k} ${v}`).join('; ')}; in remediation × ${x(p.findings.inRemediation)}; overdue × ${x(p.findings.overdue)}` }]
        : []),
      {
        label: 'Jurisdiction',
        value: `${Object.entries(p.jurisdiction.countries).map(([c, v]) => `${c} ${v.points}`).join('; ')}; not recorded ${p.jurisdiction.unknownPoints}`,
      },
      {
        label: 'Exposure',
        value: `index = ${p.exposure.dataWeight} × data sensitivity + ${p.exposure.criticalityWeight} × criticality; risk is scaled by ${p.exposure.minMultiplier} + ${+(1 - p.exposure.minMultiplier).toFixed(3)} × index / 100`,
      },
      {
        label: 'Control weights',
        value: Object.entries(p.controls.weights).map(([id, w]) => `${id} ${w}`).join('; '),
      },
      {
        label: 'Unverified answers',
        value: `keep ${p.controls.unverifiedResidual * 100} % of the risk without evidence, ${p.controls.unverifiedWithEvidenceResidual * 100} % with evidence attached, until verified`,
      },
      { label: 'Knock-outs', value: p.knockouts.map((k) => `${k.id} ${k.label}: at least ${k.floor}`).join('; ') || 'none' },
      { label: 'Criteria catalog', value: `${m.catalog.id} version ${m.catalog.version}` },
    ],
  };
}
