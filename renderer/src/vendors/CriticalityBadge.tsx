import { CRITICALITY_LABELS, type Criticality } from '../lib/labels';

export function CriticalityBadge({ value }: { value: Criticality | null }) {
  if (!value) return <span className="muted">Not set</span>;
  return <span className={`badge badge-${value}`}>{CRITICALITY_LABELS[value]}</span>;
}
