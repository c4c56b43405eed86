import type { Ctx, Handlers } from '../context';
import { vendorNameKey } from '../vendors/names';
import { demoAllegations } from './allegations';
import { demoVendors } from './vendors';

export const demoHandlers = {
  'demo.load': async (_input, ctx) => ({ created: await loadDemo(ctx) }),
} satisfies Partial<Handlers>;

/** Adds the demo vendors and allegations that are not there yet, in one transaction, then their score snapshots. */
async function loadDemo(ctx: Ctx): Promise<number> {
  const existing = ctx.vendors.idsByNormName();
  const recorded = new Set(ctx.allegations.list().map((a) => a.sourceTitle));
  const actor = ctx.user();
  const created = ctx.db.transaction(() => {
    let added = 0;
    for (const v of demoVendors()) {
      if (existing.has(vendorNameKey(v.legalName))) continue;
      ctx.vendors.create(v, actor);
      added += 1;
    }
    for (const a of demoAllegations()) if (!recorded.has(a.sourceTitle)) ctx.allegations.create(a, actor);
    return added;
  })();
  // Scores are computed from committed data. The demo's allegations may reach vendors already there too: every
  // vendor's score is looked at, once.
  await ctx.scores.keep(ctx.vendors.list().map((v) => v.id));
  return created;
}
