// The portfolio: every vendor scored now and ranked, with what the dashboard and the portfolio report show of each.
import type { Domains } from '../domains';
import { reassessOverdue } from '../assessment/assessments';
import { verdictBasis } from '../lists/basis';
import { heatBand } from './heatmap';
import type { Portfolio } from './model';
import type { Factor } from './types';

/** The three factors of most points, as the portfolio shows them. */
function largest(factors: readonly (Factor & { points: number })[]): Portfolio['vendors'][number]['topFactors'] {
  return [...factors]
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((f) => ({ factor: f.factor, component: f.component, label: f.label, contribution: f.points }));
}

export async function rankPortfolio(d: Pick<Domains, 'scores' | 'assessments' | 'screening' | 'lists'>): Promise<Portfolio> {
  const day = new Date().toISOString().slice(0, 10);
  const reassessDates = await d.assessments.reassessDates();
  const statuses = await d.screening.statuses();
  const scored = await d.scores.computeAll();
  const vendors = scored.map(({ vendor: v, result }) => {
    const reassessDue = reassessDates.get(v.id) ?? null;
    return {
      vendorId: v.id,
      name: v.legalName,
      score: result.score,
      tier: result.tier,
      inherent: result.inherent,
      exposure: result.exposure,
      openHits: statuses[v.id]?.openHits ?? 0,
      known: result.known,
      unassessed: result.unassessed,
      coverage: { applicable: result.coverage.applicable, answered: result.coverage.answered, verified: result.coverage.verified },
      // Known drivers and open questions apart, so that unanswered criteria do not crowd out what is known (#15).
      topFactors: largest(result.factors.filter((f) => f.unassessed === undefined).map((f) => ({ ...f, points: f.contribution }))),
      openQuestions: largest(result.factors.flatMap((f) => (f.unassessed ? [{ ...f, points: f.unassessed }] : []))),
      reassessDue,
      overdue: reassessOverdue(reassessDue, day),
      heat: { exposure: heatBand(result.exposure), inherent: heatBand(result.inherent) },
    };
  });
  const methodology = await d.scores.methodology();
  const current = await d.lists.current();
  return {
    vendors: vendors.sort((a, b) => b.score - a.score || b.unassessed - a.unassessed),
    staleLists: current.filter((l) => l.stale).map((l) => ({ listName: l.listName, asOf: l.asOf, ageDays: l.ageDays })),
    basis: verdictBasis(current),
    methodology: { id: methodology.id, version: methodology.version },
  };
}
