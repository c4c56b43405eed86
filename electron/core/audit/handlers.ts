import type { Handlers } from '../context';
import { VetterError } from '../errors';
import { checkpointIfDue, listCheckpoints, shown, verifyAudit } from './checkpoints';
import { listEvents } from './log';

export const auditHandlers = {
  'audit.list': async ({ entityId, vendorId, ...page }, ctx) => {
    // A vendor's history includes the allegations that ever reached it (by its name or its parent's).
    if (vendorId !== undefined) return listEvents(ctx.store.read, { ...page, entityIds: [vendorId, ...(await ctx.allegations.idsEverReaching(await ctx.vendors.get(vendorId)))] });
    return listEvents(ctx.store.read, { ...page, entityIds: entityId === undefined ? undefined : [entityId] });
  },
  'audit.verify': (_input, ctx) => verifyAudit(ctx.store.read),
  // What a daily scheduled task runs: a new checkpoint unless today's still holds the head.
  'audit.checkpoint': async (_input, ctx) => {
    if (!ctx.signing) throw new VetterError('forbidden', 'This copy of Vetter was started without signing keys, so it cannot sign a checkpoint.');
    const identity = await ctx.signing.unlock(ctx.user(), await ctx.settings.displayName());
    const made = await ctx.store.transaction((tx) => checkpointIfDue(tx, identity));
    const newest = made ?? (await listCheckpoints(ctx.store.read)).at(-1);
    return { made: made !== null, checkpoint: newest ? shown(newest) : null };
  },
} satisfies Partial<Handlers>;
