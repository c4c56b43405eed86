import type { Ctx, Handlers } from '../context';
import { rescored } from '../scoring/snapshots';

export const allegationHandlers = {
  'allegations.list': async ({ vendorId }, ctx) => ({
    allegations: vendorId === undefined ? await ctx.allegations.list() : await ctx.allegations.forVendor(await ctx.vendors.get(vendorId)),
  }),
  'allegations.create': async (input, ctx) => {
    const created = await ctx.allegations.create(input, ctx.user());
    return keepReached(ctx, created, [created.subjectName]);
  },
  'allegations.update': async ({ id, allegation }, ctx) => {
    const { before, after } = await ctx.allegations.update(id, allegation, ctx.user());
    return keepReached(ctx, after, [before.subjectName, after.subjectName]);
  },
  'allegations.addSource': async ({ allegationId, source }, ctx) => {
    const after = await ctx.allegations.addSource(allegationId, source, ctx.user());
    return keepReached(ctx, after, [after.subjectName]);
  },
  'allegations.removeSource': async ({ allegationId, sourceId }, ctx) => {
    const after = await ctx.allegations.removeSource(allegationId, sourceId, ctx.user());
    return keepReached(ctx, after, [after.subjectName]);
  },
  'allegations.delete': async ({ id }, ctx) => {
    const deleted = await ctx.allegations.delete(id, ctx.user());
    return keepReached(ctx, { id }, [deleted.subjectName]);
  },
} satisfies Partial<Handlers>;

/** An allegation moves the scores of every vendor it reaches (named, or named as the parent), before and after. */
async function keepReached<T>(ctx: Ctx, written: T, subjectNames: readonly string[]): Promise<T> {
  return rescored(ctx, written, ctx.allegations.vendorsReachedBy(subjectNames, await ctx.vendors.list()));
}
