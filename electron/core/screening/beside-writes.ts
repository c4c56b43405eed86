// A re-screen of every vendor (a list import's) stored while others go on writing (#13): one transaction, all or
// nothing, that writes the screening rows without the write lock and takes it only at its end, for the vendors edited
// meanwhile and for what the audit chain and the rows' numbers need (Store.screeningTransaction). An edit committed
// meanwhile is not lost: its vendor is screened again, as the edit left it, before the transaction commits; a vendor
// created or restored meanwhile is screened too, so that the new list has screened every vendor when it is published.
import type { Sql, Store } from '../db/store';
import type { Job } from '../jobs/jobs';
import type { VendorRepository } from '../vendors/repository';
import type { ScreeningRun } from './model';
import { newOutcome, type Screening, type ScreeningPlan } from './screening';

/** Rounds of catching up with edits while others write; the write lock is then taken for the last one in any case. */
const ROUNDS = 3;

export interface BesideWritesSides {
  store: Store;
  screening: Screening;
  vendors: VendorRepository;
}

/**
 * Stores `plan` in one transaction and runs `finish` (the list's publication) in it. The vendors stamped since they
 * were screened (edited, created or restored) are screened, fresh, in rounds while others write, and last under the
 * write lock, which lets no edit commit before this transaction does: every vendor's hits are from its data as it
 * commits.
 */
export function commitBesideWrites<T>(
  sides: BesideWritesSides,
  plan: ScreeningPlan,
  opts: { trigger: string; actor: string; job?: Job },
  finish: (tx: Sql) => Promise<T>,
): Promise<{ finished: T; run: ScreeningRun; rescored: string[] }> {
  const { screening, vendors } = sides;
  return sides.store.screeningTransaction(async (tx, serialise) => {
    const outcome = newOutcome(opts.trigger);
    // Read before the vendors are: an edit this transaction does not see is stamped after it.
    let mark = await vendors.changeCount(tx);
    let stale = await screening.storeOutcome(tx, plan, outcome);
    /** Screens again the stale vendors and the live ones stamped since `mark`; how many. */
    const catchUp = async (): Promise<number> => {
      const next = await vendors.changeCount(tx);
      const edited = (await vendors.changedSince(mark, tx)).filter((c) => c.vendor !== null).map((c) => c.id);
      mark = next;
      const ids = [...new Set([...stale, ...edited])];
      stale = ids.length === 0 ? [] : await screening.storeOutcome(tx, await screening.plan({ vendorIds: ids, versions: plan.versions, job: opts.job, liveOnly: true }), outcome);
      return ids.length;
    };
    for (let round = 0; round < ROUNDS && (await catchUp()) > 0; round++);
    await serialise();
    // Nothing else commits now: the worker reads every edit made, so this round leaves no vendor stale.
    await catchUp();
    const finished = await finish(tx);
    await screening.record(tx, outcome, plan.versions, opts.actor);
    return { finished, run: outcome.run, rescored: [...outcome.rescored] };
  });
}
