// A hit that reaches a vendor through one of its suppliers (suppliers/supplier-hits.ts finds them): the name hit that
// found the supplier on a list, carried to the vendor with the supplier and its service. Types only, so the screening
// side stores and shows them without importing the suppliers domain.
import type { Explanation } from './explain';
import type { Hit } from './matcher';

/** What a supplier hit adds to its explanation (kept in `parts.supplier`): the path from the listed supplier. */
export interface SupplierHitDetail {
  name: string;
  /** The kind of service (vendors/vocabulary.ts SERVICES). */
  service: string;
  country: string | null;
}

export interface SupplierHit extends Omit<Hit, 'via' | 'explanation'> {
  via: 'supplier';
  explanation: Omit<Explanation, 'via' | 'parts'> & { via: 'supplier'; parts: Explanation['parts'] & { supplier: SupplierHitDetail } };
}

/** The supplier detail of a stored hit's explanation parts; null for any other hit. */
export function supplierDetail(parts: Record<string, unknown>): SupplierHitDetail | null {
  return (parts.supplier as SupplierHitDetail | undefined) ?? null;
}
