import type { Handlers } from '../context';
import { listEvents, verifyChain } from './log';

export const auditHandlers = {
  'audit.list': async ({ entityId, vendorId, ...page }, ctx) => {
    // A vendor's history includes the allegations that ever reached it (by its name or its parent's).
    if (vendorId !== undefined) return listEvents(ctx.store.read, { ...page, entityIds: [vendorId, ...(await ctx.allegations.idsEverReaching(await ctx.vendors.get(vendorId)))] });
    return listEvents(ctx.store.read, { ...page, entityIds: entityId === undefined ? undefined : [entityId] });
  },
  'audit.verify': (_input, ctx) => verifyChain(ctx.store.read),
} satisfies Partial<Handlers>;
