import type { Ctx, Handlers } from '../context';
import type { WorkspaceSettings } from './model';

export const settingsHandlers = {
  'app.info': async (_input, ctx) => ({
    version: ctx.options.version,
    workspace: { engine: ctx.workspace.engine, address: ctx.workspace.address },
    user: await ctx.settings.displayName(),
    login: ctx.workspace.identity.login,
    schemaVersion: ctx.workspace.schemaVersion,
    vendorCount: await ctx.vendors.count(),
    host: ctx.options.host,
  }),
  'settings.setUser': async ({ name }, ctx) => {
    await ctx.settings.setDisplayName(name);
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
