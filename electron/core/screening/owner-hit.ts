// A hit that reaches a vendor through its owners (ownership/owner-hits.ts finds them): the name hit that found the
// listed owner, carried to the vendor by a finding of the ownership rules. Types only, so the screening side stores
// and shows them without importing the ownership domain.
import type { Explanation } from './explain';
import type { Hit } from './matcher';

/** One link of an owner hit's path, as the screening JSON prints it: a party and its link to the next one. */
export interface OwnerPathStep {
  name: string;
  percentage: number | null;
  kind: 'shareholding' | 'joint_venture' | 'control_agreement' | 'vie_contract' | 'board_control';
}

/** What an owner hit adds to its explanation (kept in `parts.owner`). */
export interface OwnerHitDetail {
  /** `ofac-50`: OFAC's 50 % rule; `control`: Section 805 / Entity List. */
  rule: 'ofac-50' | 'control';
  status: 'blocked' | 'controlled' | 'review';
  /** The listed party the finding goes back to, and the party bearing the vendor's name that it reaches. */
  owner: string;
  party: string;
  /** From the listed party down to the vendor's party. */
  path: OwnerPathStep[];
  /** OFAC's aggregate in percent, where the 50 % rule applied. */
  aggregate: number | null;
}

export interface OwnerHit extends Omit<Hit, 'via' | 'explanation'> {
  via: 'owner';
  explanation: Omit<Explanation, 'via' | 'parts'> & { via: 'owner'; parts: Explanation['parts'] & { owner: OwnerHitDetail } };
}

/** The owner detail of a stored hit's explanation parts; null for any other hit. */
export function ownerDetail(parts: Record<string, unknown>): OwnerHitDetail | null {
  return (parts.owner as OwnerHitDetail | undefined) ?? null;
}
