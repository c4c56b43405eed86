// From the app's stored shapes (contract.ts) to the engine's plain input. Pure mapping, no look-ups.
import type { Allegation } from '../allegations/model';
import type { ScreeningHit } from '../screening/model';
import type { Vendor } from '../vendors/model';
import { ALLEGATION_SOURCE_LABELS, ALLEGATION_STATUS_LABELS, type AllegationInput, CLAIM_CATEGORY_LABELS, type DesignationInput, type ScoringVendor } from './types';

export function scoringVendorFrom(v: Pick<Vendor, 'id' | 'legalName' | 'services' | 'dataShared' | 'criticality' | 'countryOfIncorporation' | 'countryOfHeadquarters'>): ScoringVendor {
  return {
    id: v.id,
    name: v.legalName,
    services: v.services,
    dataShared: v.dataShared,
    criticality: v.criticality,
    countryOfIncorporation: v.countryOfIncorporation,
    countryOfHeadquarters: v.countryOfHeadquarters,
  };
}

/** A current (unresolved) screening hit as the engine reads it. Resolved hits should not be passed at all. */
export function designationFromHit(hit: ScreeningHit): DesignationInput {
  const status = hit.entryStatus === 'removed' || hit.entryStatus === 'renamed' ? hit.entryStatus : 'listed';
  return {
    hitId: hit.id,
    listKey: hit.listKey,
    listName: hit.listDisplayName,
    subList: hit.entryDetails.subList,
    programmes: hit.entryDetails.programmes,
    band: hit.band,
    decision: hit.review.decision,
    // The methodology weighs a name the list links to what the vendor matched as it weighs a parent (control, not
    // identity), so too a listed owner (ownership or control, not identity), and an identifier the list prints as it
    // weighs the vendor's own name (identity).
    via: hit.via === 'list-link' || hit.via === 'owner' ? 'parent' : hit.via === 'identifier' ? 'name' : hit.via,
    ...(hit.via === 'list-link' && { viaListLink: true }),
    ...(hit.via === 'identifier' && { viaIdentifier: true }),
    ...(hit.supplier && { supplier: { name: hit.supplier.name, service: hit.supplier.service } }),
    entryName: hit.entryName,
    entryId: hit.entryId,
    entryStatus: status,
    matchedName: hit.matchedName,
    listVersionId: hit.versionId,
    asOf: hit.asOf,
  };
}

/** The register's wording and the engine's ids name the same things: map one to the other by label. */
function idOf<K extends string>(labels: Record<K, string>, label: string): K {
  const id = (Object.keys(labels) as K[]).find((k) => labels[k] === label);
  if (id === undefined) throw new Error(`No scoring id for "${label}"`);
  return id;
}

/** An allegation that reaches the vendor (itself, or through its parent) as the engine reads it. */
export function allegationFrom(a: Allegation): AllegationInput {
  return {
    id: a.id,
    title: a.sourceTitle,
    publisher: a.publisher,
    sourceType: idOf(ALLEGATION_SOURCE_LABELS, a.sourceType),
    publishedAt: a.publishedAt,
    claimCategories: a.claims.map((c) => idOf(CLAIM_CATEGORY_LABELS, c.category)),
    status: idOf(ALLEGATION_STATUS_LABELS, a.status),
    credibility: a.credibility,
    viaParent: a.appliesVia === 'parent',
    sources: a.sources.map((s) => ({ sourceType: idOf(ALLEGATION_SOURCE_LABELS, s.sourceType), publisher: s.publisher })),
  };
}
