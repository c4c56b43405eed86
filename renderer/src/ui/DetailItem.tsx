import type { ReactNode } from 'react';

/** One row of a read-only detail list (a <dl>): the label, and the value or a muted word for "nothing here". */
export function DetailItem({ label, children, emptyText = 'Not set' }: { label: string; children: ReactNode; emptyText?: string }) {
  const empty = children === null || children === false || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{emptyText}</span> : children}</dd>
    </div>
  );
}
