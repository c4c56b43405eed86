// The ownership graph as the rules read it: parties by id and, for each, the links into it (its owners), whatever
// their dates. The rules walk it upwards from the party they evaluate; how much of it is in memory is the caller's
// choice (one vendor's ancestry read from the store, or every link for a portfolio).
import type { Link, Party } from './model';

export interface OwnershipGraph {
  party(id: string): Party | undefined;
  /** Every link whose owned party is `id`, current or not. */
  into(id: string): readonly Link[];
}

export function graphOf(parties: Iterable<Party>, links: Iterable<Link>): OwnershipGraph {
  const byId = new Map<string, Party>();
  for (const p of parties) byId.set(p.id, p);
  const into = new Map<string, Link[]>();
  for (const l of links) {
    const list = into.get(l.ownedId);
    if (list) list.push(l);
    else into.set(l.ownedId, [l]);
  }
  return { party: (id) => byId.get(id), into: (id) => into.get(id) ?? [] };
}
