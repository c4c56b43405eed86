import { useEffect, useState } from 'react';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';
import { Alert } from '../ui/Alert';

/** How long the name must rest before it is looked up: a lookup per keystroke would chase the typing. */
const SETTLE_MS = 350;

/**
 * A warning under the legal name when the inventory already holds a vendor of that name, legal forms, case and
 * punctuation aside, or nearly: likely the same company, to open instead of adding it twice.
 */
export function SimilarVendors({ name, vendorId }: { name: string; vendorId: string | null }) {
  const [settled, setSettled] = useState(name.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(name.trim()), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [name]);
  const similar = useQuery(settled.length >= 2 ? read('vendors.similar', { name: settled, excludeId: vendorId }) : null).data?.vendors ?? [];
  if (similar.length === 0) return null;
  return (
    <div className="span-2">
      <Alert tone="warning" title={similar.length === 1 ? 'A vendor with this name may already be here' : 'Vendors with this name may already be here'}>
        <ul className="similar-vendors">
          {similar.map((v) => (
            <li key={v.id}>
              <a href={routeHref({ page: 'vendor', id: v.id, editing: false })}>
                {v.legalName}
              </a>
              {v.matchedName !== v.legalName && <span className="muted"> (also named “{v.matchedName}”)</span>}
            </li>
          ))}
        </ul>
        <p>Open it instead if it is the same company; save this one if it is another.</p>
      </Alert>
    </div>
  );
}
