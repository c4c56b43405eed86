import type { Handlers } from '../context';
import type { Methodology } from './methodology';
import { keepScoreSnapshots } from './snapshots';

export const scoringHandlers = {
  'scores.vendor': async ({ vendorId }, ctx) => ({ result: await ctx.scores.score(vendorId), history: await ctx.scores.history(vendorId) }),
  'scores.whatIf': ({ vendorId, changes }, ctx) => ctx.scores.whatIf(vendorId, changes),
  'scores.portfolio': (_input, ctx) => ctx.scoringWorker.call('portfolio', {}),
  'methodology.get': async (_input, ctx) => ({ methodology: await ctx.scores.methodology(), versions: await ctx.scores.methodologyVersions() }),
  'methodology.update': async ({ parameters, note }, ctx) => {
    const saved = await ctx.scores.updateMethodology(parameters as unknown as Methodology['parameters'], note, ctx.user());
    // Every vendor's score may move: the history says so, from the scoring worker, in short writes.
    await keepScoreSnapshots(ctx);
    return saved;
  },
} satisfies Partial<Handlers>;
