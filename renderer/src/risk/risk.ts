// Scores in plain words: tier hints, points, and the portfolio views (heat map, drivers). Tiers, component labels and
// heat-map bands are the core's (scoring/types.ts, scoring/heatmap.ts).
import type { Input, Output } from '../../../electron/core/contract';
import { HEAT_BANDS } from '../../../electron/core/contract';
import { TIERS } from '../../../electron/core/contract';

export type ScoreResult = Output<'scores.vendor'>['result'];
export type ScoreSnapshot = Output<'scores.vendor'>['history'][number];
export type Factor = ScoreResult['factors'][number];
export type Tier = ScoreResult['tier'];
export type Portfolio = Output<'scores.portfolio'>;
export type PortfolioVendor = Portfolio['vendors'][number];
export type WhatIf = Output<'scores.whatIf'>;
/** One change the what-if sandbox makes: an answer, or a review decision on a screening hit. */
export type ScoringChange = Input<'scores.whatIf'>['changes'][number];

/** The portfolio sends tiers as plain strings. */
export function isTier(value: string): value is Tier {
  return (TIERS as readonly string[]).includes(value);
}

export const TIER_HINTS: Record<Tier, string> = {
  Low: 'Little known risk, or risk well covered by verified controls',
  Moderate: 'Some risk or control gaps: worth a closer look',
  High: 'Significant risk: escalate before buying more or renewing',
  Critical: 'Severe risk: needs a decision by an approver',
  Prohibited: 'A legal prohibition (for example a confirmed sanctions hit): do not deal',
};

const pointsFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Points and scores carry one decimal, as the engine rounds them; a deduction takes a true minus sign. */
export function formatPoints(points: number): string {
  return points < 0 ? `−${pointsFormat.format(-points)}` : pointsFormat.format(points);
}

/** "+3.0", "−24.7", "0.0": a change in points. */
export function formatDelta(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

// ---- Portfolio heat map ----------------------------------------------------------------------------------

export interface HeatCell {
  exposure: number;
  inherent: number;
  vendors: PortfolioVendor[];
}

/** Every cell of the grid, empty ones included, keyed `${exposure band}:${inherent band}`; the core places each vendor. */
export function heatCells(vendors: readonly PortfolioVendor[]): Map<string, HeatCell> {
  const cells = new Map<string, HeatCell>();
  for (let inherent = 0; inherent < HEAT_BANDS; inherent++)
    for (let exposure = 0; exposure < HEAT_BANDS; exposure++) cells.set(`${exposure}:${inherent}`, { exposure, inherent, vendors: [] });
  for (const v of vendors) cells.get(`${v.heat.exposure}:${v.heat.inherent}`)?.vendors.push(v);
  return cells;
}

// ---- Portfolio drivers ------------------------------------------------------------------------------------

interface Driver {
  label: string;
  component: Factor['component'];
  /** Vendors whose top factors include it. */
  vendors: number;
  /** Its points summed over those vendors. */
  points: number;
}

/**
 * How the dashboard reads scores: the known risk only (the default: unanswered questions do not crowd out what is
 * known), or with what the open questions could add at worst.
 */
export type RiskView = 'known' | 'with-unassessed';

/** A vendor's points in a view: its known risk, or that plus its not-yet-assessed part (the core's numbers). */
export function viewScore(v: PortfolioVendor, view: RiskView): number {
  return view === 'known' ? v.known.score : Math.round((v.known.score + v.unassessed) * 10) / 10;
}

/** The vendors ranked in a view, highest first. */
export function rankedIn(vendors: readonly PortfolioVendor[], view: RiskView): PortfolioVendor[] {
  return [...vendors].sort((a, b) => viewScore(b, view) - viewScore(a, view) || b.unassessed - a.unassessed);
}

/** Vendors with questions not yet answered, the most left open first. */
export function notYetAssessed(vendors: readonly PortfolioVendor[]): PortfolioVendor[] {
  return vendors.filter((v) => v.coverage.answered < v.coverage.applicable).sort((a, b) => b.unassessed - a.unassessed);
}

/** "3 of 16 answered, 1 verified". */
export function coverageText(c: PortfolioVendor['coverage']): string {
  return `${c.answered} of ${c.applicable} answered, ${c.verified} verified`;
}

/** The factors that most often drive scores across the portfolio, largest total first. */
export function topDrivers(vendors: readonly PortfolioVendor[], limit: number, view: RiskView = 'known'): Driver[] {
  const drivers = new Map<string, Driver>();
  for (const v of vendors)
    for (const f of view === 'known' ? v.topFactors : [...v.topFactors, ...v.openQuestions]) {
      if (f.contribution <= 0) continue;
      const d = drivers.get(f.label) ?? { label: f.label, component: f.component, vendors: 0, points: 0 };
      d.vendors += 1;
      d.points += f.contribution;
      drivers.set(f.label, d);
    }
  return [...drivers.values()].sort((a, b) => b.points - a.points || b.vendors - a.vendors).slice(0, limit);
}
