// Screening hits that reach a vendor through its owners: each party of the vendor's ownership graph is screened by its
// names, its match-band hits are its listings, and each finding of the ownership rules (rules.ts) becomes a hit on the
// list entry of the listed party it goes back to, `via: "owner"`. A blocked or controlled finding is a hit in the
// match band, a review finding one in the review band; the hit's explanation is the finding's sentence, its `path`
// the links from the listed party down to the vendor, its `aggregate` the OFAC aggregate where the 50 % rule applied.
import type { FoundHit } from '../screening/engine';
import type { Hit } from '../screening/matcher';
import type { OwnerHit, OwnerHitDetail } from '../screening/owner-hit';
import { vendorNameKey } from '../vendors/names';
import { graphOf, type OwnershipGraph } from './graph';
import { listingFor } from './listings';
import type { Finding, Link, Listing, Party, PathStep } from './model';
import { evaluateOwnership } from './rules';

/** A vendor's names, as screening reads them. */
export interface NamedVendor {
  legalName: string;
  otherNames: readonly { name: string }[];
}

/**
 * Owner hits over one graph: `screen` screens a party by its names (the screening engine's find), each party once
 * however many vendors share it.
 */
export class OwnerHits {
  private readonly graph: OwnershipGraph;
  private readonly byName = new Map<string, Party[]>();
  private readonly listed = new Map<string, FoundHit[]>();

  constructor(
    parties: readonly Party[],
    links: readonly Link[],
    private readonly screen: (party: Party) => FoundHit[],
    private readonly asOf: string,
  ) {
    this.graph = graphOf(parties, links);
    for (const p of parties) {
      for (const key of new Set([p.name, ...p.aliases].map(vendorNameKey))) {
        const list = this.byName.get(key);
        if (list) list.push(p);
        else this.byName.set(key, [p]);
      }
    }
  }

  /** The hits that list a party. */
  private listingsHits(partyId: string): FoundHit[] {
    let hits = this.listed.get(partyId);
    if (!hits) {
      const party = this.graph.party(partyId);
      // Its own names on a list, in the match band: not the entries a list links to one it matched (a listed
      // company's listed parent is a party of the graph in its own right, if the graph holds it).
      hits = party ? this.screen(party).filter((f) => f.hit.band === 'match' && f.hit.via !== 'list-link') : [];
      this.listed.set(partyId, hits);
    }
    return hits;
  }

  private listings = (partyId: string): Listing[] => this.listingsHits(partyId).map((f) => listingFor(f.listKey, f.hit.listName));

  /** The parties bearing the vendor's names, and their owners' hits; the most severe per list entry. */
  find(vendor: NamedVendor): FoundHit[] {
    const targets = new Set([vendor.legalName, ...vendor.otherNames.map((n) => n.name)].flatMap((n) => this.byName.get(vendorNameKey(n)) ?? []));
    const out = new Map<string, FoundHit>();
    for (const target of targets) {
      // Only parties with an owner can be reached through one: most vendors have none, and cost no evaluation.
      if (this.graph.into(target.id).length === 0) continue;
      const evaluation = evaluateOwnership(this.graph, target.id, this.listings, this.asOf);
      for (const finding of evaluation.findings) {
        for (const path of finding.paths) {
          const root = path[0]?.partyId;
          if (root === undefined) continue;
          for (const f of this.listingsHits(root)) {
            if (!finding.lists.includes(listingFor(f.listKey, f.hit.listName).label)) continue;
            const hit = ownerHit(f, finding, path, target);
            const key = `${f.versionId}\u0000${f.entryId}`;
            const prior = out.get(key);
            if (!prior || (prior.hit.band === 'review' && hit.hit.band === 'match')) out.set(key, hit);
          }
        }
      }
    }
    return [...out.values()];
  }
}

function ownerHit(listed: FoundHit, finding: Finding, path: PathStep[], target: Party): FoundHit {
  // A party is screened by its names only (listings.ts: screenedAs), so what found it is a name hit.
  const nameHit = listed.hit as Hit;
  const owner = path[0]!.name;
  const detail: OwnerHitDetail = {
    rule: finding.rule,
    status: finding.status,
    owner,
    party: target.name,
    path: path.map(({ name, percentage, kind }) => ({ name, percentage, kind })),
    aggregate: finding.rule === 'ofac-50' ? finding.aggregate : null,
  };
  const band = finding.status === 'review' ? 'review' : 'match';
  // The owner was screened as a vendor is: its name, not the vendor's, was compared.
  const compared = nameHit.explanation.text.replace(/^The vendor's (legal|other) name/, (_, which: string) => (which === 'legal' ? 'Its name' : 'Its other name'));
  const text = `${finding.explanation}. ${owner} is taken as "${listed.entryName}" (score ${nameHit.score.toFixed(2)}): ${compared}`;
  const hit: OwnerHit = {
    ...nameHit,
    via: 'owner',
    matchedName: owner,
    band,
    explanation: { ...nameHit.explanation, via: 'owner', text, band, parts: { ...nameHit.explanation.parts, owner: detail } },
  };
  return { ...listed, hit };
}
