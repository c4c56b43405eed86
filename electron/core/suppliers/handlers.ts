import type { Ctx, Handlers } from '../context';
import { rescreenScreened } from '../screening/handlers';
import { concentration } from './concentration';
import { readSuppliersFile } from './csv';

export const supplierHandlers = {
  'suppliers.import': async ({ file }, ctx) => {
    // Read and checked whole before the transaction opens: a refused file writes nothing, and waits for no one.
    const read = readSuppliersFile(ctx.host.resolveFile(file), file.name);
    const { vendorIds, ...imported } = await ctx.suppliers.import(read, ctx.user());
    await rescreen(ctx, vendorIds);
    return imported;
  },
  'suppliers.list': async ({ vendorId }, ctx) => {
    if (vendorId !== undefined) await ctx.vendors.get(vendorId);
    return { suppliers: vendorId === undefined ? await ctx.suppliers.all() : await ctx.suppliers.ofVendors([vendorId]) };
  },
  'suppliers.add': async ({ vendorId, ...fields }, ctx) => {
    const vendor = await ctx.vendors.get(vendorId);
    const added = await ctx.suppliers.add(vendor, fields, ctx.user());
    await rescreen(ctx, [vendor.id]);
    return added;
  },
  'suppliers.update': async ({ id, ...fields }, ctx) => {
    const updated = await ctx.suppliers.update(id, fields, ctx.user());
    await rescreen(ctx, [updated.vendorId]);
    return updated;
  },
  'suppliers.remove': async ({ id }, ctx) => {
    const removed = await ctx.suppliers.remove(id, ctx.user());
    await rescreen(ctx, [removed.vendorId]);
    return removed;
  },
  'suppliers.concentration': async (_, ctx) => concentration(await ctx.suppliers.all()),
} satisfies Partial<Handlers>;

/** Supplier hits follow the suppliers: the vendors already screened are screened again against the lists in use. */
async function rescreen(ctx: Ctx, vendorIds: string[]): Promise<void> {
  if (vendorIds.length > 0) await rescreenScreened(ctx, vendorIds, 'Screened again after a supplier change');
}
