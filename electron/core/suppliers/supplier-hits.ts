// Screening hits that reach a vendor through its suppliers: each supplier is screened by its name and country as a
// vendor would be, and each of its own hits in the match band becomes a hit of the vendor on the same list entry,
// `via: "supplier"`, in the review band: a supplier's listing is a risk of the vendor's supply chain to review, not the
// vendor's own designation (the methodology weighs it by `designations.via.supplier`, and no knock-out reads it).
import { listSource } from '../lists/registry';
import type { FoundHit } from '../screening/engine';
import type { Hit } from '../screening/matcher';
import type { SupplierHit, SupplierHitDetail } from '../screening/supplier-hit';
import { vendorNameKey } from '../vendors/names';
import { SERVICE_WORDS, type Supplier } from './model';

/** A supplier as screening reads it. */
export type ScreenedSupplier = Pick<Supplier, 'vendorId' | 'name' | 'service' | 'country'>;

export class SupplierHits {
  private readonly byVendor = new Map<string, ScreenedSupplier[]>();
  /** Each name and country screened once, however many vendors rely on it. */
  private readonly listed = new Map<string, FoundHit[]>();

  constructor(
    suppliers: readonly ScreenedSupplier[],
    private readonly screen: (supplier: ScreenedSupplier) => FoundHit[],
  ) {
    for (const s of suppliers) this.byVendor.set(s.vendorId, [...(this.byVendor.get(s.vendorId) ?? []), s]);
  }

  private listings(s: ScreenedSupplier): FoundHit[] {
    const key = `${vendorNameKey(s.name)}\u0000${s.country ?? ''}`;
    let hits = this.listed.get(key);
    if (!hits) {
      // Its own names on a list, in the match band: not the entries a list links to one it matched.
      hits = this.screen(s).filter((f) => f.hit.band === 'match' && f.hit.via !== 'list-link');
      this.listed.set(key, hits);
    }
    return hits;
  }

  /** The vendor's hits through its suppliers, one per list entry (the first supplier found on it). */
  find(vendorId: string): FoundHit[] {
    const out = new Map<string, FoundHit>();
    for (const s of this.byVendor.get(vendorId) ?? []) {
      for (const f of this.listings(s)) {
        const key = `${f.versionId}\u0000${f.entryId}`;
        if (!out.has(key)) out.set(key, supplierHit(f, s));
      }
    }
    return [...out.values()];
  }
}

function supplierHit(listed: FoundHit, s: ScreenedSupplier): FoundHit {
  // A supplier is screened by its name only, so what found it is a name hit.
  const nameHit = listed.hit as Hit;
  const detail: SupplierHitDetail = { name: s.name, service: s.service, country: s.country };
  const compared = nameHit.explanation.text.replace(/^The vendor's (legal|other) name/, 'Its name');
  const source = listSource(listed.listKey);
  const list = source ? `the ${source.shortName}` : `list ${listed.listKey}`;
  const text = `Supplier ${s.name} (${SERVICE_WORDS[s.service]}) is on ${list} as "${listed.entryName}" (score ${nameHit.score.toFixed(2)}): ${compared}`;
  const hit: SupplierHit = {
    ...nameHit,
    via: 'supplier',
    matchedName: s.name,
    band: 'review',
    explanation: { ...nameHit.explanation, via: 'supplier', text, band: 'review', parts: { ...nameHit.explanation.parts, supplier: detail } },
  };
  return { ...listed, hit };
}

