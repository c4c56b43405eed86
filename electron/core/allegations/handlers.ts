import type { Ctx, Handlers } from '../context';

export const allegationHandlers = {
  'allegations.list': ({ vendorId }, ctx) => ({
    allegations: vendorId === undefined ? ctx.allegations.list() : ctx.allegations.forVendor(ctx.vendors.get(vendorId)),
  }),
  'allegations.create': async (input, ctx) => {
    const created = ctx.allegations.create(input, ctx.user());
    await keepReached(ctx, [created.subjectName]);
    return created;
  },
  'allegations.update': async ({ id, allegation }, ctx) => {
    const before = ctx.allegations.get(id).subjectName;
    const updated = ctx.allegations.update(id, allegation, ctx.user());
    await keepReached(ctx, [before, updated.subjectName]);
    return updated;
  },
  'allegations.delete': async ({ id }, ctx) => {
    const before = ctx.allegations.get(id).subjectName;
    ctx.allegations.delete(id, ctx.user());
    await keepReached(ctx, [before]);
    return { id };
  },
} satisfies Partial<Handlers>;

/** An allegation moves the scores of every vendor it reaches (named, or named as the parent), before and after. */
function keepReached(ctx: Ctx, subjectNames: readonly string[]): Promise<void> {
  return ctx.scores.keep(ctx.allegations.vendorsReachedBy(subjectNames, ctx.vendors.list()));
}
