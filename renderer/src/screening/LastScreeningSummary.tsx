import { useState } from 'react';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { countsSummary } from './screening';
import { WhatChangedDialog } from './WhatChanged';

/** "Last screening: <date>, 2 match, 3 need review, 25 clear — What changed", or that none has run yet. */
export function LastScreeningSummary() {
  const lastRun = useQuery(read('screening.lastRun', {})).data?.run;
  const [open, setOpen] = useState(false);
  if (lastRun === undefined) return null;
  if (lastRun === null) return <p className="last-screening muted">No screening has run yet: choose Screen all vendors.</p>;
  return (
    <div className="last-screening">
      <span className="muted">Last screening:</span> {formatDateTime(lastRun.at)}, {countsSummary(lastRun.counts)} —{' '}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        What changed
      </button>
      {open && <WhatChangedDialog run={lastRun} onClose={() => setOpen(false)} />}
    </div>
  );
}
