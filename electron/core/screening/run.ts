// A screening run as a job: the worker screens from committed data while every other request goes on; the outcome is
// stored in one transaction. Vendors edited while they were screened are screened again, so no result is stale.
import type { ScreeningRun } from './model';
import type { Job } from '../jobs/jobs';
import type { Screening, ScreeningPlan } from './screening';

export interface ScreeningSides {
  screening: Screening;
}

/** Rounds of screening again the vendors edited meanwhile, before giving up on a vendor edited without pause. */
const ROUNDS = 3;

/** A run, and the vendors whose hits changed as a score sees them (their score history may need a snapshot). */
export interface ScreeningOutcome {
  run: ScreeningRun;
  rescored: string[];
}

export async function runScreening(
  sides: ScreeningSides,
  opts: { vendorIds?: readonly string[]; trigger: string; actor: string; job?: Job },
): Promise<ScreeningOutcome> {
  const plan = await sides.screening.plan(opts);
  opts.job?.throwIfCancelled();
  return screenStale(sides, await sides.screening.commit(plan, opts), opts);
}

/** Screens again, against the lists in use, the vendors a commit left out, and folds what changed into its run. */
async function screenStale(
  sides: ScreeningSides,
  committed: { run: ScreeningRun; stale: readonly string[]; rescored: readonly string[] },
  opts: { actor: string; job?: Job },
): Promise<ScreeningOutcome> {
  const { run } = committed;
  const rescored = [...committed.rescored];
  let left = committed.stale;
  for (let round = 0; left.length > 0 && round < ROUNDS; round++) {
    const plan: ScreeningPlan = await sides.screening.plan({ vendorIds: left, job: opts.job });
    const next = await sides.screening.commit(plan, { trigger: `${run.trigger} (vendors edited meanwhile)`, actor: opts.actor });
    run.vendorCount += next.run.vendorCount;
    for (const band of ['clear', 'review', 'match'] as const) run.counts[band] += next.run.counts[band];
    run.newHits.push(...next.run.newHits);
    run.resolvedHits.push(...next.run.resolvedHits);
    run.changedEntries.push(...next.run.changedEntries);
    rescored.push(...next.rescored);
    left = next.stale;
  }
  return { run, rescored };
}
