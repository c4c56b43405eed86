// Which parties of an ownership graph are listed, for the rules: each party screened by its names as a vendor would
// be (nothing stored), its hits in the match band taken as listings. The list decides what a listing does: the SDN
// list blocks (OFAC's 50 % rule), the 1260H list reaches what its companies control (Section 805), as the list
// registry says (ListSource.ownership); a hit on any other list is shown with the party and read by no rule.
import { listSource } from '../lists/registry';
import type { ScreeningCheck } from '../screening/model';
import type { Listing, Party } from './model';

/** What a screening check needs of a party: its names and country. */
export function screenedAs(p: Party) {
  return { name: p.name, aliases: p.aliases, countries: p.country ? [p.country] : [], parent: null, identifiers: [] };
}

/** `results`: the check's results, one per party in order. */
export function listingsOf(parties: readonly Party[], results: ScreeningCheck['results']): Map<string, Listing[]> {
  const out = new Map<string, Listing[]>();
  parties.forEach((p, i) => {
    const found = new Map<string, Listing>();
    for (const hit of results[i]?.hits ?? []) {
      // A party's own names on the list; a hit through its owners is what the rules work out, not a listing.
      if (hit.band !== 'match' || hit.via === 'owner' || found.has(hit.list)) continue;
      found.set(hit.list, listingFor(hit.list, hit.listName));
    }
    if (found.size > 0) out.set(p.id, [...found.values()]);
  });
  return out;
}

/** What a listing on this list does to what the listed party owns or controls (the list registry says). */
export function listingFor(list: string, listName: string): Listing {
  const source = listSource(list);
  return { list, ...(source?.ownership ?? { label: source?.shortName ?? listName, effect: 'other' }) };
}

export const LISTING_BASIS =
  'Each party was screened by its names against the lists in use; a hit in the match band is taken as its listing (the SDN list for OFAC’s 50 % rule, the 1260H list for control). Nothing was stored, and no review decision was applied.';
