import type { Handlers } from '../context';

// A view is the login's own: who saves it is who acts, never a name passed in.
export const viewHandlers = {
  'views.list': async (_input, ctx) => ({ views: await ctx.views.list(ctx.user()) }),
  'views.save': (input, ctx) => ctx.views.save(input, ctx.user()),
  'views.remove': ({ id }, ctx) => ctx.views.remove(id, ctx.user()),
} satisfies Partial<Handlers>;
