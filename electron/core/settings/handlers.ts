import type { Handlers } from '../context';

export const settingsHandlers = {
  'app.info': async (_input, ctx) => ({
    version: ctx.options.version,
    dataDir: ctx.options.dataDir,
    user: ctx.user(),
    schemaVersion: ctx.schemaVersion,
    vendorCount: await ctx.vendors.count(),
    host: ctx.options.host,
  }),
  'settings.setUser': async ({ name }, ctx) => {
    await ctx.settings.setUser(name, ctx.user());
    return { user: name };
  },
} satisfies Partial<Handlers>;
