import { useId } from 'react';
import type { HitChange, ScreeningRun } from '../../../electron/core/contract';
import { formatDateTime, plural } from '../lib/format';
import { routeHref } from '../lib/router';
import { countsSummary, formatScore } from './screening';
import { Dialog } from '../ui/Dialog';
import { BandBadge } from './ScreeningBadges';
import { VisibleText } from '../ui/VisibleText';

type ChangeKind = 'newHits' | 'resolvedHits' | 'changedEntries';

const SECTIONS: { kind: ChangeKind; title: string; hint: string; none: string }[] = [
  {
    kind: 'newHits',
    title: 'New hits',
    hint: 'A list entry now matches or resembles these vendors; the previous screening did not find it. Review each one on the vendor’s page.',
    none: 'No new hits.',
  },
  {
    kind: 'resolvedHits',
    title: 'No longer found',
    hint: 'Hits of the previous screening that are gone, and why.',
    none: 'No hit went away.',
  },
  {
    kind: 'changedEntries',
    title: 'Changed list entries',
    hint: 'These hits remain, but their list entry changed (status, names or details): check that your review still holds.',
    none: 'No list entry behind a hit changed.',
  },
];

/**
 * What one screening run found that the run before it did not, and what went away. `nested` when it sits under
 * a heading of its own (its sections then use h4).
 */
export function WhatChanged({ run, nested = false }: { run: ScreeningRun; nested?: boolean }) {
  return (
    <div className="what-changed">
      <p>
        Screened {plural(run.vendorCount, 'vendor')} on {formatDateTime(run.at)}: {countsSummary(run.counts)}.
      </p>
      {SECTIONS.map((section) => (
        <ChangeSection key={section.kind} {...section} changes={run[section.kind]} nested={nested} />
      ))}
    </div>
  );
}

function ChangeSection({
  kind,
  title,
  hint,
  none,
  changes,
  nested,
}: (typeof SECTIONS)[number] & { changes: HitChange[]; nested: boolean }) {
  const headingId = useId();
  const Heading = nested ? 'h4' : 'h3';
  return (
    <section className="change-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="change-title">
        {title} <span className="muted">({changes.length})</span>
      </Heading>
      {changes.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <>
          <p className="section-hint">{hint}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col">List</th>
                  <th scope="col">List entry</th>
                  <th scope="col">Result</th>
                  <th scope="col" className="numeric">
                    Score
                  </th>
                  {kind === 'resolvedHits' && <th scope="col">Why</th>}
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={`${change.vendorId}:${change.listKey}:${change.entryId}`}>
                    <td>
                      <a href={routeHref({ page: 'vendor', id: change.vendorId, editing: false })}>
                        <VisibleText text={change.vendorName} />
                      </a>
                    </td>
                    <td>{change.listDisplayName}</td>
                    <td>
                      <VisibleText text={change.entryName} />
                    </td>
                    <td>
                      <BandBadge band={change.band} />
                    </td>
                    <td className="numeric">{formatScore(change.score)}</td>
                    {kind === 'resolvedHits' && <td>{change.reason ?? <span className="muted">Not recorded</span>}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The changes of a run in a dialog; a vendor link leaves the page, which closes it. */
export function WhatChangedDialog({ run, onClose }: { run: ScreeningRun; onClose: () => void }) {
  return (
    <Dialog
      title="What changed"
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <WhatChanged run={run} />
    </Dialog>
  );
}
