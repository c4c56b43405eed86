import type { Ctx, Handlers } from '../context';
import type { Output } from '../contract';
import type { Job } from '../jobs/jobs';
import { keepScoreSnapshots, rescored } from '../scoring/snapshots';
import { runScreening } from './run';

export const screeningHandlers = {
  'screening.run': ({ jobId, vendorIds }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ctx.pack.ensureFor(job, ctx.user(), ctx.access);
      return screen(ctx, { vendorIds, trigger: vendorIds ? 'Screened selected vendors' : 'Screened all vendors', actor: ctx.user(), job });
    }),
  // Names outside the inventory are screened against the lists in use or, in a folder without any, against the
  // bundled pack as it is: nothing is written either way.
  'screening.check': async ({ vendors }, ctx) => {
    const owned = (await ctx.ownership.partiesNamed(vendors.flatMap((v) => [v.name, ...v.aliases]))).length > 0;
    return ctx.screening.check(vendors, await checkVersions(ctx), owned);
  },
  'screening.lastRun': async (_input, ctx) => ({ run: await ctx.screening.lastRun() }),
  'screening.statuses': async (_input, ctx) => ({ statuses: await ctx.screening.statuses() }),
  'screening.vendor': ({ vendorId }, ctx) => ctx.screening.forVendor(vendorId),
  'screening.review': async ({ hitId, decision, reason }, ctx) => {
    const hit = await ctx.screening.review(hitId, decision, reason, ctx.user(), ctx.access.shared);
    return rescored(ctx, hit, [hit.vendorId]);
  },
  'screening.reviewMany': async ({ hitIds, entry, decision, reason }, ctx) => {
    const hits = entry
      ? await ctx.screening.reviewEntry(entry.listKey, entry.entryId, decision, reason, ctx.user(), ctx.access.shared)
      : await ctx.screening.reviewMany(hitIds ?? [], decision, reason, ctx.user(), ctx.access.shared);
    // Their scores read each table once for all these vendors (Scores.computeAll), a batch of vendors per statement.
    await ctx.scores.keep([...new Set(hits.map((h) => h.vendorId))]);
    return { hits };
  },
  'screening.entryHits': async ({ listKey, entryId }, ctx) => ({ hits: await ctx.screening.entryHits(listKey, entryId) }),
} satisfies Partial<Handlers>;

/** A screening run, then the score snapshots of the vendors whose hits it changed (a run that changed nothing, as
 *  most re-screens, costs no scoring pass). */
async function screen(ctx: Ctx, opts: Parameters<typeof runScreening>[1]): Promise<Output<'screening.run'>> {
  const { run, rescored: changed } = await runScreening(ctx, opts);
  if (changed.length > 0) await keepScoreSnapshots(ctx, changed);
  return run;
}

/** What names outside the inventory are screened against: the lists in use or, in a folder without any, the pack as it is. */
export async function checkVersions(ctx: Ctx): Promise<ReturnType<Ctx['pack']['checkVersions']>> {
  return ctx.pack.checkVersions((await ctx.lists.hasLists()) ? await ctx.lists.current() : null, await ctx.lists.staleAfterDays());
}

/** A report on a vendor never screened would read as "no hits": screen it first (the lists loaded if need be). */
export async function screenUnscreened(ctx: Ctx, job: Job, vendorIds?: string[]): Promise<void> {
  await ctx.pack.ensureFor(job, ctx.user(), ctx.access);
  const statuses = await ctx.screening.statuses();
  const ids = (vendorIds ?? (await ctx.vendors.list()).map((v) => v.id)).filter((id) => (statuses[id]?.status ?? 'unscreened') === 'unscreened');
  if (ids.length > 0) await screen(ctx, { vendorIds: ids, trigger: 'Screened before a report', actor: ctx.user(), job });
}

/** Screens again, against the lists in use, those of the vendors (all when omitted) screened before: an unscreened one
 *  stays unscreened, as no list was made sure of here. */
export async function rescreenScreened(ctx: Ctx, vendorIds: string[] | undefined, trigger: string): Promise<void> {
  const statuses = await ctx.screening.statuses();
  const ids = (vendorIds ?? Object.keys(statuses)).filter((id) => (statuses[id]?.status ?? 'unscreened') !== 'unscreened');
  if (ids.length > 0) await screen(ctx, { vendorIds: ids, trigger, actor: ctx.user() });
}
