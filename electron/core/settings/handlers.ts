import type { Handlers } from '../context';

export const settingsHandlers = {
  'app.info': async (_input, ctx) => ({
    version: ctx.options.version,
    workspace: { engine: ctx.workspace.engine, address: ctx.workspace.address },
    user: await ctx.settings.displayName(),
    login: ctx.workspace.identity.login,
    roles: ctx.workspace.identity.roles,
    schemaVersion: ctx.workspace.schemaVersion,
    vendorCount: await ctx.vendors.count(),
    host: ctx.options.host,
  }),
  'settings.setUser': async ({ name }, ctx) => {
    await ctx.settings.setDisplayName(name);
    return { user: name };
  },
} satisfies Partial<Handlers>;
