import { TIERS } from '../../../electron/core/contract';
import { formatCount } from '../lib/format';
import { isTier, type PortfolioVendor, type Tier, TIER_HINTS } from './risk';

/** How many vendors sit in each tier; each count is a toggle that narrows the ranked table to its tier. */
export function TierCounts({ vendors, selected, onSelect }: { vendors: readonly PortfolioVendor[]; selected: Tier | null; onSelect: (tier: Tier | null) => void }) {
  const counts = new Map<Tier, number>(TIERS.map((t) => [t, 0]));
  for (const v of vendors) if (isTier(v.tier)) counts.set(v.tier, (counts.get(v.tier) ?? 0) + 1);

  return (
    <ul className="plain-list tier-counts" aria-label="Vendors by tier">
      {[...TIERS].reverse().map((tier) => (
        <li key={tier}>
          <button
            type="button"
            className={`tier-count tier-count-${tier.toLowerCase()}`}
            aria-pressed={selected === tier}
            title={`${TIER_HINTS[tier]}. Select to list only these vendors below.`}
            onClick={() => onSelect(selected === tier ? null : tier)}
          >
            <span className="tier-count-number">{formatCount(counts.get(tier) ?? 0)}</span>
            <span className="tier-count-label">{tier}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
