import type { Ctx, Handlers } from '../context';
import { rescored } from '../scoring/snapshots';
import type { Finding } from './model';

/** Said to the person on the page before they try: why they may not accept this finding's risk, in the words of roles. */
async function withRefusal(f: Finding, ctx: Ctx): Promise<Finding> {
  if (!ctx.access.roles.includes('vetter_approver'))
    return { ...f, acceptRefusal: `Only an approver can accept a risk, and your login ${ctx.user()} does not hold the approver role (vetter_approver): ask an approver, or your administrator for the role.` };
  const row = { id: f.id, vendor_id: f.vendorId, criterion_id: f.criterionId, status: f.status };
  return { ...f, acceptRefusal: await ctx.findings.acceptRefusal(ctx.store.read, row, ctx.user(), ctx.access.shared) };
}

export const findingHandlers = {
  'findings.list': async ({ vendorId }, ctx) => {
    if (vendorId) await ctx.vendors.get(vendorId);
    return { findings: await Promise.all((await ctx.findings.list(vendorId)).map((f) => withRefusal(f, ctx))) };
  },
  'findings.update': async (input, ctx) => {
    const f = await ctx.findings.update(input, ctx.user());
    return rescored(ctx, await withRefusal(f, ctx), [f.vendorId]);
  },
  'findings.accept': async (input, ctx) => {
    const f = await ctx.findings.accept(input, ctx.user(), ctx.access.shared);
    return rescored(ctx, await withRefusal(f, ctx), [f.vendorId]);
  },
} satisfies Partial<Handlers>;
