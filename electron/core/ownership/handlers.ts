import type { Ctx, Handlers } from '../context';
import { checkVersions, rescreenScreened } from '../screening/handlers';
import { readOwnershipFile } from './files';
import { addOwner } from './hand-entry';
import { graphOf, type OwnershipGraph } from './graph';
import { LISTING_BASIS, listingsOf, screenedAs } from './listings';
import type { Link, VendorOwnership } from './model';
import { evaluateOwnership, isCurrent } from './rules';

export const ownershipHandlers = {
  'ownership.import': async ({ file }, ctx) => {
    // Read and checked whole before the transaction opens: a refused file writes nothing, and waits for no one.
    const read = readOwnershipFile(ctx.host.resolveFile(file), file.name);
    const imported = await ctx.ownership.import({ ...read, name: file.name }, ctx.user());
    await rescreen(ctx);
    return imported;
  },
  'ownership.add': async (entry, ctx) => {
    const vendor = await ctx.vendors.get(entry.vendorId);
    const added = await addOwner(ctx.ownership, vendor, entry, ctx.user());
    await rescreen(ctx, [vendor.id]);
    return added;
  },
  'ownership.vendor': ({ vendorId, asOf }, ctx) => vendorOwnership(ctx, vendorId, asOf ?? new Date().toISOString().slice(0, 10)),
} satisfies Partial<Handlers>;

/** Owner hits follow the graph: the vendors already screened (all, or these) are screened again against the lists in use. */
async function rescreen(ctx: Ctx, vendorIds?: string[]): Promise<void> {
  await rescreenScreened(ctx, vendorIds, 'Screened again after an ownership change');
}

/** The parties bearing the vendor's names, their owners, and what the rules find, each party of the graph screened by name. */
export async function vendorOwnership(ctx: Ctx, vendorId: string, asOf: string): Promise<VendorOwnership> {
  const vendor = await ctx.vendors.get(vendorId);
  const targets = await ctx.ownership.partiesNamed([vendor.legalName, ...vendor.otherNames.map((n) => n.name)]);
  const ids = targets.map((p) => p.id);
  const [{ parties, links }, below] = await Promise.all([ctx.ownership.ancestry(ids), ctx.ownership.descendants(ids)]);
  // What the vendor owns is drawn below it, its parties screened too; the rules read the ancestry only.
  const drawn = [...new Map([...parties, ...below.parties].map((p) => [p.id, p])).values()];
  const drawnLinks = [...new Map([...links, ...below.links].map((l) => [l.id, l])).values()];
  // Each party by its own names: its listings, not its owners' (the rules walk those).
  const checked = drawn.length === 0 ? [] : (await ctx.screening.check(drawn.map(screenedAs), await checkVersions(ctx), false)).results;
  const listed = listingsOf(drawn, checked);
  const listings = (id: string) => listed.get(id) ?? [];
  const graph = graphOf(parties, links);
  return {
    vendor: { id: vendor.id, legalName: vendor.legalName },
    asOf,
    parties: targets.map((party) => ({
      party,
      owners: [...graph.into(party.id)].sort(byStanding(asOf, graph)).map((link) => ({ link, owner: graph.party(link.ownerId)!, listings: listings(link.ownerId) })),
      evaluation: evaluateOwnership(graph, party.id, listings, asOf),
    })),
    graph: { parties: drawn.map((party) => ({ party, listings: listings(party.id) })), links: drawnLinks },
    listingBasis: LISTING_BASIS,
  };
}

/** Owners as a reader looks for them: current links first, the largest stakes first, then by name. */
function byStanding(asOf: string, graph: OwnershipGraph): (a: Link, b: Link) => number {
  const name = (l: Link) => graph.party(l.ownerId)?.name ?? '';
  return (a, b) => Number(isCurrent(b, asOf)) - Number(isCurrent(a, asOf)) || (b.percentage ?? -1) - (a.percentage ?? -1) || name(a).localeCompare(name(b));
}
