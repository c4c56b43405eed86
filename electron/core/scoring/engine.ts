// scoreVendor: one vendor's data in, a score, a tier and the factors that make it up out. Pure: no clock, no
// database, no files; `today` comes in with the input, so the same input and methodology always give the same
// result.
//
// Arithmetic is done in whole tenths of a point: every factor is rounded to a tenth first, and the score is the
// sum of those rounded factors, so the factors an auditor reads add up to the score exactly.
//
//   raw      = designations + allegations (capped) + jurisdiction + control gaps        (all ≥ 0)
//   scaled   = round(raw × exposure multiplier)        the "exposure" factor is scaled − raw (≤ 0)
//   score    = scaled, clamped to [0, 100]             the clamp, when it bites, is a factor of its own
//   tier     = the highest of the score's tier and every knock-out floor
import { answerInWords, CATALOG, type Criterion, type CriteriaCatalog, criterionApplies, PILLAR_LABELS } from '../assessment/catalog';
import { listSource } from '../lists/registry';
import { corroborate } from './corroboration';
import { DEFAULT_METHODOLOGY, type DesignationClass, type Methodology } from './methodology';
import {
  ALLEGATION_SOURCE_LABELS,
  ALLEGATION_STATUS_LABELS,
  CLAIM_CATEGORY_LABELS,
  type AllegationInput,
  type AnswerInput,
  type DesignationInput,
  type Factor,
  type FindingInput,
  type FactorComponent,
  type FactorRef,
  type KnockoutResult,
  type ScoreResult,
  type ScoringInput,
  type Tier,
  TIERS,
} from './types';

const DAY_MS = 86_400_000;

/** A vendor never screened has no hit to count: its score must not read as a clean designation record. */
export const NOT_SCREENED = 'Not screened against the designation lists yet: no designation counts in this score until the vendor is screened.';

export function scoreVendor(input: ScoringInput, methodology: Methodology = DEFAULT_METHODOLOGY, catalog: CriteriaCatalog = CATALOG): ScoreResult {
  const today = parseDay(input.today);
  if (today === null) throw new Error(`scoreVendor: "${input.today}" is not a date (YYYY-MM-DD)`);
  const p = methodology.parameters;
  const warnings: string[] = [];
  if (methodology.catalog.id !== catalog.id || methodology.catalog.version !== catalog.version)
    warnings.push(`Methodology ${methodology.id} v${methodology.version} is written for catalog ${methodology.catalog.id} v${methodology.catalog.version}, but catalog ${catalog.id} v${catalog.version} was used.`);

  // Each entry: the factor, its contribution in tenths.
  const factors: { f: Omit<Factor, 'contribution'>; tenths: number }[] = [];
  const add = (component: FactorComponent, factor: string, label: string, tenths: number, detail: string, state: string | null, refs: FactorRef[], unassessed?: number) =>
    factors.push({ f: { factor, component, label, detail, state, refs, ...(unassessed !== undefined && { unassessed: unassessed / 10 }) }, tenths });

  // ---- Designations -------------------------------------------------------------------------------------
  const designationFactors = designations(input.designations, methodology);
  for (const d of designationFactors) add('designations', `designation:${d.hit.hitId}`, d.label, d.tenths, d.detail, d.state, d.refs);
  const open = input.designations.filter((h) => h.decision === 'open');
  if (open.length > 0)
    warnings.push(
      `${open.length} screening hit${open.length === 1 ? '' : 's'} still open: ${open.map((h) => `"${h.entryName}" (${listName(h)}, ${h.band} band)`).join('; ')}. Open hits count until they are reviewed.`,
    );
  if (input.screened === false) warnings.push(NOT_SCREENED);

  // ---- Allegations --------------------------------------------------------------------------------------
  let allegationTenths = 0;
  for (const a of input.allegations) {
    const r = allegation(a, today, methodology, warnings);
    allegationTenths += r.tenths;
    add('allegations', `allegation:${a.id}`, `Allegation: ${a.title}`, r.tenths, r.detail, r.state, [{ kind: 'allegation', id: a.id }]);
  }
  const cap = toTenths(p.allegations.cap);
  if (allegationTenths > cap) {
    add(
      'allegations',
      'allegations:cap',
      'Allegations cap',
      cap - allegationTenths,
      `Allegations together count at most ${fmt(p.allegations.cap)} points; the ones above add up to ${pts(allegationTenths)}, so ${pts(allegationTenths - cap)} points are taken off.`,
      null,
      input.allegations.map((a) => ({ kind: 'allegation' as const, id: a.id })),
    );
    allegationTenths = cap;
  }

  // ---- Jurisdiction (country) ---------------------------------------------------------------------------
  const country = jurisdiction(input, methodology);
  add('jurisdiction', 'jurisdiction:country', country.label, country.tenths, country.detail, country.state, country.refs);

  // ---- Criteria -----------------------------------------------------------------------------------------
  const coverage = { applicable: 0, answered: 0, verified: 0, notApplicable: 0 };
  // Unanswered criteria at worst, before exposure: in the score (version 1) or kept apart (version 2).
  let unassessedTenths = 0;
  let controlTenths = 0;
  let jurisdictionCriteriaTenths = 0;
  for (const c of catalog.criteria) {
    if (c.source !== 'answer') {
      if (input.answers[c.id] !== undefined) warnings.push(`${c.id} (${c.title}) is read from the vendor record; the answer given for it is ignored.`);
      continue;
    }
    const r = criterion(c, input, methodology, warnings);
    unassessedTenths += r.unassessedTenths;
    if (r.applicable) {
      coverage.applicable += 1;
      if (r.answered) coverage.answered += 1;
      if (r.verified) coverage.verified += 1;
    } else coverage.notApplicable += 1;
    const component: FactorComponent = c.pillar === 'jurisdiction' ? 'jurisdiction' : 'controls';
    if (component === 'jurisdiction') jurisdictionCriteriaTenths += r.tenths;
    else controlTenths += r.tenths;
    add(component, `criterion:${c.id}`, `${c.id} ${c.title}`, r.tenths, r.detail, r.state, [{ kind: 'answer', id: c.id }], r.applicable && !r.answered ? r.unassessedTenths : undefined);
  }
  for (const f of input.findings ?? []) {
    const r = finding(f, input.today, methodology);
    controlTenths += r.tenths;
    add('controls', `finding:${f.id}`, `Finding: ${f.title}`, r.tenths, r.detail, r.state, [{ kind: 'answer', id: f.criterionId }]);
  }
  for (const id of Object.keys(input.answers))
    if (input.answers[id] !== undefined && !catalog.criteria.some((c) => c.id === id))
      warnings.push(`An answer is recorded for "${id}", which catalog ${catalog.id} v${catalog.version} does not have; it is ignored.`);

  // ---- Exposure -----------------------------------------------------------------------------------------
  const raw = factors.reduce((sum, x) => sum + x.tenths, 0);
  const exposure = exposureOf(input, methodology);
  const scaled = Math.round(raw * exposure.multiplier);
  add(
    'exposure',
    'exposure',
    'Exposure (data shared and criticality)',
    scaled - raw,
    `${exposure.detail} Vendor risk counts at ×${fmt(exposure.multiplier)}: ${pts(raw)} points × ${fmt(exposure.multiplier)} = ${pts(scaled)}, so ${pts(raw - scaled)} points come off.`,
    `index ${fmt(exposure.index)}`,
    [
      { kind: 'vendor', id: 'dataShared' },
      { kind: 'vendor', id: 'criticality' },
    ],
  );

  // ---- Bounds -------------------------------------------------------------------------------------------
  const bounded = Math.min(1000, Math.max(0, scaled));
  if (bounded !== scaled)
    add(
      'bounds',
      'bounds:clamp',
      bounded === 1000 ? 'Score capped at 100' : 'Score floored at 0',
      bounded - scaled,
      `The factors above add up to ${pts(scaled)}; the score runs from 0 to 100.`,
      null,
      [],
    );
  const total = factors.reduce((sum, x) => sum + x.tenths, 0);
  if (total !== bounded) throw new Error(`scoreVendor: factors add up to ${total / 10}, not ${bounded / 10}`); // cannot happen: a guard, not a path
  const score = total / 10;

  // ---- Tier and knock-outs ------------------------------------------------------------------------------
  const tierFromScore = tierFor(score, methodology);
  const knockouts = knockoutsFor(input.designations, methodology);
  for (const k of knockouts)
    for (const hitId of k.hitIds) factors.find((x) => x.f.factor === `designation:${hitId}`)?.f.refs.push({ kind: 'knockout', id: k.rule });
  const tier = knockouts.reduce<Tier>((t, k) => maxTier(t, k.floor), tierFromScore);

  // ---- Known risk and not yet assessed ------------------------------------------------------------------
  // The known part is the same arithmetic without the unanswered criteria; the unassessed part is what they add on top.
  const apart = methodology.parameters.unassessed?.inScore === false;
  const knownTenths = apart ? bounded : clampTenths(Math.round((raw - unassessedTenths) * exposure.multiplier));
  const withUnassessed = apart ? clampTenths(Math.round((raw + unassessedTenths) * exposure.multiplier)) : bounded;
  const knownScore = knownTenths / 10;
  const known = { score: knownScore, tier: knockouts.reduce<Tier>((t, k) => maxTier(t, k.floor), tierFor(knownScore, methodology)) };

  const designationTenths = designationFactors.reduce((s, d) => s + d.tenths, 0);
  const jurisdictionTenths = country.tenths + jurisdictionCriteriaTenths;
  return {
    score,
    tier,
    tierFromScore,
    inherent: (designationTenths + allegationTenths + jurisdictionTenths) / 10,
    exposure: exposure.index,
    exposureMultiplier: exposure.multiplier,
    controls: controlTenths / 10,
    components: {
      designations: designationTenths / 10,
      allegations: allegationTenths / 10,
      jurisdiction: jurisdictionTenths / 10,
      controls: controlTenths / 10,
    },
    coverage,
    known,
    unassessed: (withUnassessed - knownTenths) / 10,
    factors: factors.map((x) => ({ ...x.f, contribution: x.tenths / 10 })),
    knockouts,
    warnings,
    methodology: { id: methodology.id, version: methodology.version },
    catalog: { id: catalog.id, version: catalog.version },
    asOf: input.today,
  };
}

// ---- Designations ---------------------------------------------------------------------------------------

interface DesignationFactor {
  hit: DesignationInput;
  label: string;
  tenths: number;
  detail: string;
  state: string;
  refs: FactorRef[];
}

/** The class a hit belongs to: the first class with a matching matcher, else the fallback (one per list key). */
export function designationClass(hit: Pick<DesignationInput, 'listKey' | 'subList' | 'programmes'>, methodology: Methodology = DEFAULT_METHODOLOGY): { key: string; cls: Pick<DesignationClass, 'id' | 'label' | 'points'> } {
  const sub = (hit.subList ?? '').toLowerCase();
  const programmes = hit.programmes.map((x) => x.toLowerCase());
  for (const cls of methodology.parameters.designations.classes) {
    const matches = cls.match.some(
      (m) =>
        m.listKeys.includes(hit.listKey) &&
        (!m.subListIncludes || m.subListIncludes.some((s) => sub.includes(s.toLowerCase()))) &&
        (!m.programmes || m.programmes.some((x) => programmes.includes(x.toLowerCase()))),
    );
    if (matches) return { key: cls.id, cls };
  }
  const fallback = methodology.parameters.designations.fallback;
  return { key: `other:${hit.listKey}`, cls: { id: 'other', label: fallback.label, points: fallback.points } };
}

function designations(hits: readonly DesignationInput[], methodology: Methodology): DesignationFactor[] {
  const d = methodology.parameters.designations;
  const scored = hits.map((hit) => {
    const { key, cls } = designationClass(hit, methodology);
    const decision =
      hit.decision === 'confirmed'
        ? { m: d.decision.confirmed, text: 'Confirmed hit', short: 'confirmed' }
        : hit.decision === 'dismissed'
          ? { m: d.decision.dismissed, text: 'Dismissed hit', short: 'dismissed' }
          : hit.band === 'match'
            ? { m: d.decision.openMatch, text: 'Open match-band hit (counts until reviewed)', short: 'open, match band' }
            : { m: d.decision.openReview, text: 'Open review-band hit (counts until reviewed)', short: 'open, review band' };
    // A supplier's listing is not the vendor's own: weighed by its own multiplier (none before version 2), and
    // counted once per class among supplier hits, beside the vendor's own.
    const via = hit.via === 'supplier' ? (d.via.supplier ?? 0) : d.via[hit.via];
    const status = hit.entryStatus ?? 'listed';
    const statusM = d.entryStatus[status];
    const tenths = toTenths(cls.points * decision.m * via * statusM);
    return { hit, key: hit.via === 'supplier' ? `supplier:${key}` : key, cls, decision, via, status, statusM, tenths };
  });
  // Once per class: the strongest hit of each class counts, the rest show 0 and say which hit counted.
  const counted = new Map<string, (typeof scored)[number]>();
  for (const s of scored) {
    const best = counted.get(s.key);
    if (!best || s.tenths > best.tenths) counted.set(s.key, s);
  }
  return scored.map((s) => {
    const { hit, cls } = s;
    const list = `the ${listName(hit)}${hit.subList && !listSource(hit.listKey)?.hideSubList ? ` (${hit.subList})` : ''}, list version ${hit.listVersionId}${hit.asOf ? ` as of ${hit.asOf}` : ''}`;
    const who = hit.via === 'supplier'
      ? `the vendor's supplier "${hit.supplier?.name ?? hit.matchedName ?? ''}"${hit.supplier ? ` (${hit.supplier.service})` : ''}`
      : hit.viaListLink
      ? `"${hit.matchedName ?? hit.entryName}", which the list links to an entry the vendor matched,`
      : hit.viaIdentifier
        ? `the vendor's identifier ${hit.matchedName ?? ''}`.trimEnd()
        : hit.via === 'parent'
          ? `the vendor's parent${hit.matchedName ? ` "${hit.matchedName}"` : ''}`
          : hit.via === 'alias' && hit.matchedName
            ? `the vendor's other name "${hit.matchedName}"`
            : 'the vendor';
    const what = `${who} matched "${hit.entryName}" on ${list}`;
    const arithmetic =
      `${cls.label}: ${fmt(cls.points)} points × ${fmt(s.decision.m)} (${s.decision.short})` +
      ` × ${fmt(s.via)} (via ${hit.viaListLink ? 'list link, weighed as via parent' : hit.viaIdentifier ? 'identifier, weighed as by name' : hit.via === 'supplier' && d.via.supplier === undefined ? `supplier: methodology v${methodology.version} gives supplier hits no weight` : hit.via})` +
      (s.status !== 'listed' || s.statusM !== 1 ? ` × ${fmt(s.statusM)} (entry ${s.status})` : '') +
      ` = ${pts(s.tenths)}`;
    const refs: FactorRef[] = [{ kind: 'hit', id: hit.hitId }];
    const label = `${cls.label}: ${hit.entryName}`;
    const state = `${s.decision.short}${s.status === 'listed' ? '' : `, entry ${s.status}`}`;
    if (hit.decision === 'dismissed') return { hit, label, tenths: 0, state, refs, detail: `Dismissed on review: ${what}. A dismissed hit contributes nothing.` };
    const winner = counted.get(s.key);
    if (winner && winner !== s)
      return {
        hit,
        label,
        tenths: 0,
        state,
        refs,
        detail: `${s.decision.text}: ${what}. ${arithmetic}, but each designation type counts once per vendor and "${winner.hit.entryName}" (${pts(winner.tenths)} points, hit ${winner.hit.hitId}) already counts for ${cls.label}, so this hit adds nothing.`,
      };
    return { hit, label, tenths: s.tenths, state, refs, detail: `${s.decision.text}: ${what}. ${arithmetic}.` };
  });
}

function knockoutsFor(hits: readonly DesignationInput[], methodology: Methodology): KnockoutResult[] {
  const out: KnockoutResult[] = [];
  for (const rule of methodology.parameters.knockouts) {
    const triggering = hits.filter(
      (h) => h.decision === 'confirmed' && (h.entryStatus ?? 'listed') !== 'removed' && h.via !== 'supplier' && rule.vias.includes(h.via) && rule.classes.includes(designationClass(h, methodology).cls.id),
    );
    if (triggering.length === 0) continue;
    const names = triggering.map((h) => `"${h.entryName}"${h.via === 'parent' ? ' (via parent)' : ''} on the ${listName(h)}, list version ${h.listVersionId}`);
    out.push({
      rule: rule.id,
      label: rule.label,
      floor: rule.floor,
      detail: `${rule.label}: ${names.join('; ')}. The tier is at least ${rule.floor} whatever the score.`,
      hitIds: triggering.map((h) => h.hitId),
    });
  }
  return out;
}

/** A hit's own list name, else the registry's short name, else its key (a custom list's). */
function listName(hit: Pick<DesignationInput, 'listKey' | 'listName'>): string {
  return hit.listName || listSource(hit.listKey)?.shortName || hit.listKey;
}

// ---- Allegations ----------------------------------------------------------------------------------------

function allegation(a: AllegationInput, today: number, methodology: Methodology, warnings: string[]): { tenths: number; detail: string; state: string } {
  const p = methodology.parameters.allegations;
  let credibility = a.credibility;
  if (!Number.isFinite(credibility) || credibility < 1 || credibility > 5) {
    const clamped = Number.isFinite(credibility) ? Math.min(5, Math.max(1, credibility)) : 1;
    warnings.push(`Allegation "${a.title}" has credibility ${a.credibility}, outside 1 to 5; ${clamped} is used.`);
    credibility = clamped;
  }
  const claims = [...new Set(a.claimCategories)];
  const severity = claims.length > 0 ? Math.max(...claims.map((c) => p.claimSeverity[c])) : p.noClaimSeverity;
  const published = a.publishedAt === null ? null : parseDay(a.publishedAt);
  if (a.publishedAt !== null && published === null) warnings.push(`Allegation "${a.title}" has an unreadable publication date "${a.publishedAt}"; it is not aged.`);
  const ageDays = published === null ? null : Math.max(0, Math.round((today - published) / DAY_MS));
  const age = ageDays === null ? 1 : Math.max(p.ageFloor, 0.5 ** (ageDays / p.halfLifeDays));
  const ageRounded = round(age, 3);
  const recorded = { sourceType: a.sourceType, publisher: a.publisher ?? '' };
  const sources = a.sources && a.sources.length > 0 ? a.sources : [recorded];
  // Version 1 counts the source the allegation was recorded with; version 2 the strongest, raised by independent
  // publishers, unless the analyst already rates it corroborated (the status counts that confirmation once).
  const c = p.corroboration ? corroborate(sources, p.sourceType, a.status === 'corroborated' ? undefined : p.corroboration) : null;
  const source = c ? c.strongest.weight : p.sourceType[a.sourceType];
  const corroboration = c ? round(c.multiplier, 3) : 1;
  const status = p.status[a.status];
  const via = a.viaParent ? p.viaParent : 1;
  const tenths = toTenths(p.basePoints * source * corroboration * (credibility / p.credibilityScale) * status * severity * ageRounded * via);

  const claimText = claims.length > 0 ? claims.map((c) => CLAIM_CATEGORY_LABELS[c]).join(', ') : 'no category given';
  const facts =
    `Allegation, not established fact: "${a.title}"${a.publisher ? ` (${a.publisher})` : ''}, a ${ALLEGATION_SOURCE_LABELS[a.sourceType]}` +
    ` published ${a.publishedAt ?? 'on an unknown date'}; status ${ALLEGATION_STATUS_LABELS[a.status]}; analyst credibility ${fmt(credibility)}/5; claims: ${claimText}` +
    `${a.viaParent ? '; recorded against the parent' : ''}.` +
    sourcesText(sources.length, c, a.status === 'corroborated', methodology);
  const state = `${ALLEGATION_STATUS_LABELS[a.status]}, credibility ${fmt(credibility)}/5${sources.length > 1 ? `, ${sources.length} sources` : ''}`;
  if (a.status === 'retracted') return { tenths: 0, state, detail: `${facts} Retracted: it contributes nothing.` };
  const ageText = ageDays === null ? 'not aged, date unknown' : `${ageDays} days old, half-life ${fmt(p.halfLifeDays)} days${age === p.ageFloor ? ', at the floor' : ''}`;
  const arithmetic =
    `${fmt(p.basePoints)} points × ${fmt(source)} (${c ? 'strongest source' : 'source'})${corroboration !== 1 ? ` × ${fmt(corroboration)} (corroboration)` : ''} × ${fmt(credibility)}/${fmt(p.credibilityScale)} (credibility) × ${fmt(status)} (status)` +
    ` × ${fmt(severity)} (gravest claim) × ${fmt(ageRounded)} (age: ${ageText})${a.viaParent ? ` × ${fmt(via)} (via parent)` : ''} = ${pts(tenths)}.`;
  return { tenths, state, detail: `${facts} ${arithmetic}` };
}

/** What the sources of one allegation add, in words ("" for a single source under version 1). */
function sourcesText(count: number, c: ReturnType<typeof corroborate> | null, ratedCorroborated: boolean, methodology: Methodology): string {
  if (!c) return count > 1 ? ` ${count} sources recorded; methodology ${methodology.id} v${methodology.version} counts the one it was recorded with.` : '';
  const p = methodology.parameters.allegations.corroboration!;
  const strongest = ` Strongest source: ${c.strongest.publisher}, a ${ALLEGATION_SOURCE_LABELS[c.strongest.sourceType]} (${fmt(c.strongest.weight)}).`;
  const repeats = c.repeats > 0 ? ` ${c.repeats} further report${c.repeats === 1 ? '' : 's'} by a publisher already counted add${c.repeats === 1 ? 's' : ''} nothing (repetition, not corroboration).` : '';
  if (ratedCorroborated) return `${strongest}${repeats} Rated corroborated, so the status counts the confirmation and the sources raise nothing more.`;
  if (c.independent.length === 0) return count > 1 ? `${strongest}${repeats}` : '';
  const each = c.independent.map((x) => `${x.publisher} (${fmt(x.weight)})`).join(', ');
  return (
    `${strongest} Independent publishers also reporting it: ${each}; corroboration 1 + ${fmt(p.perSource)} × ${fmt(round(c.independent.reduce((s, x) => s + x.weight, 0), 3))}` +
    `${c.capped ? `, capped at 1 + ${fmt(p.max)}` : ''} = ${fmt(round(c.multiplier, 3))}.${repeats}`
  );
}

// ---- Jurisdiction ---------------------------------------------------------------------------------------

function jurisdiction(input: ScoringInput, methodology: Methodology): { label: string; tenths: number; detail: string; state: string; refs: FactorRef[] } {
  const p = methodology.parameters.jurisdiction;
  const inc = input.vendor.countryOfIncorporation?.toUpperCase() || null;
  const hq = input.vendor.countryOfHeadquarters?.toUpperCase() || null;
  const refs: FactorRef[] = [
    { kind: 'vendor', id: 'countryOfIncorporation' },
    { kind: 'vendor', id: 'countryOfHeadquarters' },
  ];
  if (!inc && !hq)
    return {
      label: 'Jurisdiction: not recorded',
      tenths: toTenths(p.unknownPoints),
      detail: `Neither the country of incorporation nor of headquarters is recorded; an unknown jurisdiction counts ${fmt(p.unknownPoints)} points.`,
      state: 'not recorded',
      refs,
    };
  const where = [inc && `incorporated in ${inc}`, hq && `headquartered in ${hq}`].filter(Boolean).join(', ');
  const candidates = [
    { code: inc, role: 'incorporation' },
    { code: hq, role: 'headquarters' },
  ].flatMap((c) => (c.code && p.countries[c.code] ? [{ ...c, code: c.code, entry: p.countries[c.code]! }] : []));
  const worst = candidates.reduce<(typeof candidates)[number] | undefined>((best, c) => (!best || c.entry.points > best.entry.points ? c : best), undefined);
  if (!worst)
    return {
      label: `Jurisdiction: ${[...new Set([inc, hq].filter(Boolean))].join(', ')}`,
      tenths: 0,
      detail: `The vendor is ${where}; the methodology gives these countries no jurisdiction points.`,
      state: where,
      refs,
    };
  return {
    label: `Jurisdiction: ${worst.code}`,
    tenths: toTenths(worst.entry.points),
    detail: `The vendor is ${where}. ${worst.code} (${worst.role}): ${worst.entry.reason}. ${fmt(worst.entry.points)} points (the higher of the two countries counts, once).`,
    state: where,
    refs,
  };
}

// ---- Criteria -------------------------------------------------------------------------------------------

interface CriterionScore {
  applicable: boolean;
  answered: boolean;
  verified: boolean;
  tenths: number;
  /** Unanswered: its points at worst, whether they count in the score or apart. */
  unassessedTenths: number;
  detail: string;
  state: string;
}

/** The risk fraction (0..1) an answer value carries before verification, or a reason it cannot be read. */
export function answerRisk(c: Criterion, answer: AnswerInput, today: string, methodology: Methodology = DEFAULT_METHODOLOGY): { risk: number; text: string } | { error: string } {
  const value = answer.value;
  if (c.answerType === 'date') {
    if (typeof value !== 'string') return { error: 'a date answer must be one date' };
    const day = parseDay(value);
    const now = parseDay(today);
    if (day === null || now === null) return { error: `"${value}" is not a date (YYYY-MM-DD)` };
    if (day > now) return { error: `${value} is after today (${today})` };
    const days = Math.round((now - day) / DAY_MS);
    const band = methodology.parameters.controls.ageBands.find((b) => days <= b.maxDays);
    const risk = band ? band.risk : 1;
    return { risk, text: `dated ${value}, ${days} days old (${band ? `up to ${band.maxDays} days` : `older than ${lastBand(methodology)} days`}: risk ${fmt(risk)})` };
  }
  if (c.answerType === 'text') {
    if (typeof value !== 'string' || !value.trim()) return { error: 'the text is empty' };
    return { risk: 0, text: 'answered in text' };
  }
  const options = c.options ?? [];
  const values = typeof value === 'string' ? [value] : [...value];
  if (!c.multiple && values.length !== 1) return { error: 'one option must be chosen' };
  const chosen = values.map((v) => options.find((o) => o.value === v));
  const unknown = values.filter((_, i) => chosen[i] === undefined);
  if (unknown.length > 0) return { error: `${unknown.map((u) => `"${u}"`).join(', ')} is not one of its options` };
  const known = chosen.filter((o) => o !== undefined && o.risk !== undefined) as { value: string; label: string; risk: number }[];
  if (known.length === 0) return { error: 'no option was chosen' };
  const best = known.reduce((a, b) => (b.risk < a.risk ? b : a));
  const text = known.length > 1 ? `answered ${known.map((o) => `"${o.label}"`).join(', ')} (the strongest, "${best.label}", counts: risk ${fmt(best.risk)})` : `answered "${best.label}" (risk ${fmt(best.risk)})`;
  return { risk: best.risk, text };
}

function criterion(c: Criterion, input: ScoringInput, methodology: Methodology, warnings: string[]): CriterionScore {
  const p = methodology.parameters.controls;
  const weight = p.weights[c.id] ?? 0;
  const name = `${c.id} ${c.title} (${PILLAR_LABELS[c.pillar]})`;
  if (!criterionApplies(c, input.vendor.services)) {
    const services = c.appliesTo?.services.join(', ') ?? '';
    return { applicable: false, answered: false, verified: false, tenths: 0, unassessedTenths: 0, detail: `${name} is not asked of this vendor: it applies to ${services} services only.`, state: 'not asked' };
  }
  const answer = input.answers[c.id];
  const unanswered = (why: string, state: string): CriterionScore => {
    const tenths = toTenths(weight * c.riskIfUnanswered);
    const worst = `${fmt(c.riskIfUnanswered * 100)} % of its weight ${fmt(weight)} = ${pts(tenths)}`;
    if (methodology.parameters.unassessed?.inScore === false)
      return {
        applicable: true,
        answered: false,
        verified: false,
        tenths: 0,
        unassessedTenths: tenths,
        detail: `${name} ${why}: not yet assessed. It adds nothing to the known risk; at worst it would add ${worst} points, shown apart as "not yet assessed".`,
        state,
      };
    return {
      applicable: true,
      answered: false,
      verified: false,
      tenths,
      unassessedTenths: tenths,
      detail: `${name} ${why}: an unanswered criterion counts as risk: ${worst}.`,
      state,
    };
  };
  if (!answer) return unanswered('is not answered', 'unanswered');
  const read = answerRisk(c, answer, input.today, methodology);
  if ('error' in read) {
    warnings.push(`The answer to ${c.id} cannot be read (${read.error}); it counts as unanswered.`);
    return unanswered(`has an answer that cannot be read (${read.error})`, 'an unreadable answer');
  }
  let risk = read.risk;
  let verification: string;
  if (answer.verified) verification = `verified${answer.evidence > 0 ? `, ${answer.evidence} evidence file${answer.evidence === 1 ? '' : 's'}` : ''}`;
  else {
    const residual = answer.evidence > 0 ? p.unverifiedWithEvidenceResidual : p.unverifiedResidual;
    const before = risk;
    risk = before + (1 - before) * residual;
    verification =
      before < 1
        ? `not verified (${answer.evidence > 0 ? `${answer.evidence} evidence file${answer.evidence === 1 ? '' : 's'} attached` : 'no evidence attached'}), so it keeps ${fmt(residual * 100)} % of the remaining risk: ${fmt(before)} + (1 − ${fmt(before)}) × ${fmt(residual)} = ${fmt(round(risk, 3))}`
        : 'not verified';
  }
  const tenths = toTenths(weight * risk);
  const words = c.answerType === 'text' ? 'answered in text' : answerInWords(c, answer.value);
  return {
    applicable: true,
    answered: true,
    verified: answer.verified,
    tenths,
    unassessedTenths: 0,
    detail: `${name} ${read.text}; ${verification}. Risk ${fmt(round(risk, 3))} × weight ${fmt(weight)} = ${pts(tenths)}.`,
    state: `${words}${answer.verified ? ', verified' : ''}${answer.evidence > 0 ? `, ${answer.evidence} evidence file${answer.evidence === 1 ? '' : 's'}` : ''}`,
  };
}

// ---- Findings -------------------------------------------------------------------------------------------

function finding(f: FindingInput, today: string, methodology: Methodology): { tenths: number; detail: string; state: string } {
  const p = methodology.parameters.findings;
  const what = `Finding ${f.id} on ${f.criterionId}, ${f.severity}`;
  if (f.status === 'risk accepted')
    return { tenths: 0, state: `risk accepted until ${f.acceptedUntil}`, detail: `${what}: risk accepted by ${f.acceptedBy} until ${f.acceptedUntil}. An accepted risk adds nothing beyond its answer's own.` };
  const overdue = f.due !== null && f.due < today;
  const state = `${f.status}${overdue ? `, overdue since ${f.due}` : ''}`;
  if (!p) return { tenths: 0, state, detail: `${what}, ${state}. Methodology ${methodology.id} v${methodology.version} gives findings no points of their own.` };
  const share = f.status === 'in remediation' ? p.inRemediation : 1;
  const late = overdue ? p.overdue : 1;
  const tenths = toTenths(p.points[f.severity] * share * late);
  const arithmetic = `${fmt(p.points[f.severity])} points (${f.severity})${share !== 1 ? ` × ${fmt(share)} (in remediation)` : ''}${overdue ? ` × ${fmt(late)} (past its due date ${f.due})` : ''} = ${pts(tenths)}`;
  return { tenths, state, detail: `${what}, ${state}: ${arithmetic}, on top of its answer's own risk.` };
}

function lastBand(methodology: Methodology): number {
  const bands = methodology.parameters.controls.ageBands;
  return bands.length > 0 ? bands[bands.length - 1]!.maxDays : 0;
}

// ---- Exposure -------------------------------------------------------------------------------------------

function exposureOf(input: ScoringInput, methodology: Methodology): { index: number; multiplier: number; detail: string } {
  const e = methodology.parameters.exposure;
  const shared = [...new Set(input.vendor.dataShared)];
  let data: number;
  let dataText: string;
  if (shared.length === 0) {
    data = e.unknownData;
    dataText = `data shared is not recorded, which counts as ${fmt(e.unknownData)}`;
  } else {
    const sensitivities = shared.map((s) => e.data[s] ?? e.unknownData);
    const top = Math.max(...sensitivities);
    const meaningful = shared.filter((s) => s !== 'None').length;
    data = Math.min(1, top + e.breadthStep * Math.max(0, meaningful - 1));
    dataText =
      meaningful === 0
        ? 'nothing is shared (0)'
        : `shares ${shared.join(', ')}: most sensitive ${fmt(top)}${meaningful > 1 ? ` + ${fmt(e.breadthStep)} × ${meaningful - 1} more categor${meaningful - 1 === 1 ? 'y' : 'ies'}` : ''} = ${fmt(round(data, 3))}`;
  }
  const crit = input.vendor.criticality;
  const critValue = crit === null ? e.unknownCriticality : e.criticality[crit];
  const critText = crit === null ? `criticality not recorded, which counts as ${fmt(e.unknownCriticality)}` : `criticality ${crit} (${fmt(critValue)})`;
  const index = round(100 * (e.dataWeight * data + e.criticalityWeight * critValue), 1);
  const multiplier = round(e.minMultiplier + (1 - e.minMultiplier) * (index / 100), 3);
  return {
    index,
    multiplier,
    detail: `Exposure index ${fmt(index)}/100: ${dataText}; ${critText}; weighted ${fmt(e.dataWeight)} and ${fmt(e.criticalityWeight)}. Multiplier ${fmt(e.minMultiplier)} + ${fmt(1 - e.minMultiplier)} × ${fmt(index)}/100 = ${fmt(multiplier)}.`,
  };
}

// ---- Tiers ----------------------------------------------------------------------------------------------

export function tierFor(score: number, methodology: Methodology = DEFAULT_METHODOLOGY): Tier {
  const t = methodology.parameters.tiers;
  if (t.prohibited !== null && score >= t.prohibited) return 'Prohibited';
  if (score >= t.critical) return 'Critical';
  if (score >= t.high) return 'High';
  if (score >= t.moderate) return 'Moderate';
  return 'Low';
}

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

export function maxTier(a: Tier, b: Tier): Tier {
  return tierRank(a) >= tierRank(b) ? a : b;
}

// ---- Helpers --------------------------------------------------------------------------------------------

/** Sum of factor contributions, done in tenths so it equals the score exactly. */
export function sumContributions(factors: readonly Pick<Factor, 'contribution'>[]): number {
  return factors.reduce((s, f) => s + Math.round(f.contribution * 10), 0) / 10;
}

function clampTenths(tenths: number): number {
  return Math.min(1000, Math.max(0, tenths));
}

function toTenths(points: number): number {
  // Round half up on a value nudged by a tiny epsilon, so 2.25 (stored as 2.2499999…) rounds the way it reads.
  return Math.round(points * 10 + 1e-9);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f + 1e-9) / f;
}

/** Numbers in details: at most three decimals, no trailing zeros. */
function fmt(x: number): string {
  return String(round(x, 3));
}

/** A contribution in tenths, as the factor table shows it. */
function pts(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

/** YYYY-MM-DD → UTC milliseconds, or null. */
function parseDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(t).toISOString().slice(0, 10);
  return back === s ? t : null;
}
