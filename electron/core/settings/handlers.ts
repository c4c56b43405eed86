import type { Ctx, Handlers } from '../context';
import type { WorkspaceSettings } from './model';

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
  'settings.get': (_input, ctx) => workspaceSettings(ctx),
  'settings.setFourEyes': async ({ enabled }, ctx) => {
    await ctx.settings.setFourEyes(enabled, ctx.user());
    return workspaceSettings(ctx);
  },
} satisfies Partial<Handlers>;

async function workspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  return { fourEyes: await ctx.settings.fourEyes(), shared: ctx.access.shared, roles: [...ctx.access.roles] };
}
