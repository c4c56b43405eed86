import { Fragment, useState } from 'react';
import type { ListVersion } from '../../../electron/core/contract';
import { formatCount, formatDate, plural } from '../lib/format';
import { formatAge, versionSource } from '../screening/screening';
import { Icon } from '../ui/Icon';
import { ListVersionHistory } from './ListVersionHistory';
import { StaleBadge } from '../screening/ScreeningBadges';

const COLUMNS = 7;

/** Every version of one list, newest import first (the history may or may not repeat the current one). */
function versionsOf(listKey: string, all: ListVersion[]): ListVersion[] {
  const byId = new Map(all.filter((v) => v.listKey === listKey).map((v) => [v.id, v]));
  return [...byId.values()].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** The version of each list in use: its date, age, size and where it came from; a row opens its version history. */
export function ListsTable({ current, history }: { current: ListVersion[]; history: ListVersion[] }) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (listKey: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(listKey)) next.add(listKey);
      return next;
    });

  return (
    <table className="data-table lists-table">
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Publisher</th>
          <th scope="col">As of</th>
          <th scope="col">Age</th>
          <th scope="col" className="numeric">
            Entries
          </th>
          <th scope="col">Coverage</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {current.map((list) => {
          const open = expanded.has(list.listKey);
          const versions = versionsOf(list.listKey, [...history, ...current]);
          const detailId = `list-versions-${list.listKey}`;
          return (
            <Fragment key={list.listKey}>
              <tr className={`list-row${open ? ' is-open' : ''}`}>
                <th scope="row">
                  <button
                    type="button"
                    className="disclosure list-name"
                    aria-expanded={open}
                    aria-controls={open ? detailId : undefined}
                    onClick={() => toggle(list.listKey)}
                    title={open ? 'Hide the versions of this list' : 'Show every version of this list imported so far'}
                  >
                    <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
                    {list.listName}
                  </button>
                  <span className="cell-secondary list-version-count">{plural(versions.length, 'version')}</span>
                </th>
                <td>{list.publisher}</td>
                <td className="nowrap">{list.asOf ? formatDate(list.asOf) : <span className="muted">Not stated</span>}</td>
                <td>
                  <span className="list-age">
                    {formatAge(list.ageDays)}
                    {list.stale && <StaleBadge />}
                  </span>
                </td>
                <td className="numeric">{formatCount(list.entryCount)}</td>
                <td className="list-coverage">
                  {list.coverage.complete ? (
                    <span className="muted">Complete</span>
                  ) : (
                    <>
                      <span className="badge badge-stale" title="Not the whole list: a company missing from it may still be listed">
                        Partial
                      </span>
                      {list.coverage.missing.map((m) => (
                        <span key={m} className="cell-secondary">
                          {m}
                        </span>
                      ))}
                    </>
                  )}
                </td>
                <td>{list.bundled ? <span className="chip">Bundled</span> : versionSource(list)}</td>
              </tr>
              {open && (
                <tr id={detailId} className="list-versions-row">
                  <td colSpan={COLUMNS}>
                    <ListVersionHistory versions={versions} />
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
