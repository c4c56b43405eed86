import { Fragment, useState } from 'react';
import type { AuditEvent } from '../../../electron/core/contract';
import { formatDateTime } from '../lib/format';
import { AuditDiff } from './AuditDiff';
import { Icon } from '../ui/Icon';
import { VisibleText } from '../ui/VisibleText';

const PAST_TENSE: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  restore: 'restored',
  import: 'imported',
};

/** The core's action names, readable: "vendor.update" -> "Vendor updated". */
function actionLabel(action: string): { text: string; verb: string } {
  const [entity = '', verb = ''] = action.split('.');
  const text = `${entity} ${PAST_TENSE[verb] ?? verb}`.replace(/[_-]+/g, ' ').trim();
  return { text: text.charAt(0).toUpperCase() + text.slice(1), verb };
}

/**
 * Audit events, newest first; a click or Enter on a row shows what changed. `compact` drops the
 * sequence number and action, for a vendor's own history where the summary says enough.
 * `brokenSeq` marks the event where verification found the chain broken.
 */
export function AuditTable({
  events,
  compact = false,
  brokenSeq,
}: {
  events: AuditEvent[];
  compact?: boolean;
  brokenSeq?: number;
}) {
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const toggle = (seq: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  const columnCount = compact ? 3 : 5;

  return (
    <table className={`data-table audit-table${compact ? ' is-compact' : ''}`}>
      <thead>
        <tr>
          {!compact && <th scope="col" className="col-seq">#</th>}
          <th scope="col" className="col-when">When</th>
          <th scope="col" className="col-who">Who</th>
          {!compact && <th scope="col" className="col-action">Action</th>}
          <th scope="col">Summary</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const open = expanded.has(event.seq);
          const detailId = `audit-detail-${event.seq}`;
          const toggleButton = (label: string) => (
            <button type="button" className="disclosure" aria-expanded={open} aria-controls={open ? detailId : undefined}>
              <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
              {label}
            </button>
          );
          return (
            <Fragment key={event.seq}>
              {/* The whole row toggles: clicks on the button bubble here, and Enter on the button is a click. */}
              <tr
                className={`audit-row${open ? ' is-open' : ''}${event.seq === brokenSeq ? ' is-broken' : ''}`}
                title={event.seq === brokenSeq ? 'The audit chain is broken at this event' : undefined}
                onClick={() => toggle(event.seq)}
              >
                {!compact && <td className="col-seq numeric">{toggleButton(`#${event.seq}`)}</td>}
                <td className="col-when">{compact ? toggleButton(formatDateTime(event.at)) : formatDateTime(event.at)}</td>
                <td className="col-who">{event.actor}</td>
                {!compact && (
                  <td className="col-action">
                    <ActionTag action={event.action} />
                  </td>
                )}
                <td>
                  <VisibleText text={event.summary} />
                </td>
              </tr>
              {open && (
                <tr className="audit-detail" id={detailId}>
                  <td colSpan={columnCount}>
                    <AuditDiff before={event.before} after={event.after} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function ActionTag({ action }: { action: string }) {
  const { text, verb } = actionLabel(action);
  return <span className={`action-tag action-${verb in PAST_TENSE ? verb : 'other'}`}>{text}</span>;
}
