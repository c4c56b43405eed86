import type { Ctx, Handlers } from '../context';
import { rescored } from '../scoring/snapshots';
import { vendorNameKey } from '../vendors/names';
import { demoAllegations } from './allegations';
import { demoSuppliers } from './suppliers';
import { demoVendors } from './vendors';

export const demoHandlers = {
  'demo.load': async (_input, ctx) => ({ created: await loadDemo(ctx) }),
} satisfies Partial<Handlers>;

/** Adds the demo vendors and allegations that are not there yet, in one transaction, then their score snapshots. */
async function loadDemo(ctx: Ctx): Promise<number> {
  const actor = ctx.user();
  const created = await ctx.store.transaction(async (tx) => {
    const existing = await ctx.vendors.idsByNormName(tx);
    const recorded = new Set((await ctx.allegations.list(tx)).map((a) => a.sourceTitle));
    let added = 0;
    const createdNow = new Map<string, { id: string; legalName: string }>();
    for (const v of demoVendors()) {
      if (existing.has(vendorNameKey(v.legalName))) continue;
      const vendor = await ctx.vendors.create(v, actor, tx);
      createdNow.set(vendor.legalName, vendor);
      added += 1;
    }
    // Only the vendors made now get their suppliers: one already there keeps what the user recorded.
    const now = new Date().toISOString();
    for (const [name, supplier] of demoSuppliers()) {
      const vendor = createdNow.get(name);
      if (vendor) await ctx.suppliers.addIn(tx, vendor, supplier, actor, 'demo data', now);
    }
    for (const a of demoAllegations()) if (!recorded.has(a.sourceTitle)) await ctx.allegations.create(a, actor, tx);
    return added;
  });
  // The demo's allegations may reach vendors already there too: every vendor's score is looked at, once.
  return rescored(ctx, created, (await ctx.vendors.list()).map((v) => v.id));
}
