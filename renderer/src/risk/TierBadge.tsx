import { TIER_HINTS, type Tier } from './risk';

/** A risk tier, each in its own colour: Low green, Moderate amber, High orange, Critical red, Prohibited black. */
export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span className={`badge badge-tier badge-tier-${tier.toLowerCase()}`} title={TIER_HINTS[tier]}>
      {tier}
    </span>
  );
}
