import type { ListVersion } from '../../../electron/core/contract';
import { formatBytes, formatCount, formatDate } from '../lib/format';
import { versionSource } from '../screening/screening';

function countLabel(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

/**
 * A SHA-256 shown short (the style cuts it off); the element holds the full hash, so its tooltip, and selecting
 * and copying it, give all 64 digits for an auditor to compare with the file.
 */
function Hash({ sha256 }: { sha256: string }) {
  return (
    <code className="hash selectable" title={`SHA-256 ${sha256}`}>
      {sha256}
    </code>
  );
}

/** Every version of one list: which data it holds, who brought it in, and the fingerprints of its files. */
export function ListVersionHistory({ versions }: { versions: ListVersion[] }) {
  return (
    <table className="data-table version-table">
      <caption className="visually-hidden">Versions of {versions[0]?.listName}</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col" className="col-added">
            Added
          </th>
          <th scope="col" className="col-entries numeric">
            Entries
          </th>
          <th scope="col">SHA-256</th>
          <th scope="col">Files</th>
          <th scope="col" className="col-warnings">
            Warnings
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => {
          const counts = Object.entries(v.counts);
          return (
            <tr key={v.id}>
              <td className="nowrap">
                {v.asOf ? formatDate(v.asOf) : <span className="muted">Not stated</span>}
                {v.current && <span className="chip chip-current">In use</span>}
              </td>
              <td>{versionSource(v)}</td>
              <td className="numeric">
                {formatCount(v.entryCount)}
                {counts.length > 0 && (
                  <span className="cell-secondary version-counts">
                    {counts.map(([key, n]) => (
                      <span key={key} className="nowrap">
                        {countLabel(key)} {formatCount(n)}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td>
                <Hash sha256={v.sha256} />
              </td>
              <td>
                <ul className="plain-list version-files">
                  {v.files.map((f) => (
                    <li key={`${f.name}:${f.sha256}`}>
                      {f.name} <span className="muted">· {formatBytes(f.bytes)} ·</span> <Hash sha256={f.sha256} />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {v.warnings.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="version-warnings">
                    {v.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
