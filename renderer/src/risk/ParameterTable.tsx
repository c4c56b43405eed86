import type { ReactNode } from 'react';

/** "basePoints" → "Base points"; ids and codes ("K1", "CN", "official-government-document") stay as written. */
function parameterLabel(key: string): string {
  if (!/^[a-z]+(?:[A-Z][a-z0-9]*)+$|^[a-z]+$/.test(key)) return key;
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Plain = string | number | boolean | null;

function isPlain(value: unknown): value is Plain {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plainText(value: Plain): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The keys of a list of records, in order of first appearance: the columns of their table. */
function columnsOf(rows: Record<string, unknown>[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r)))];
}

/**
 * Methodology parameters as readable tables, whatever their shape: a record of numbers is a two-column table,
 * a list or record of records is a table with a row each, and anything deeper nests.
 */
export function ParameterValue({ value }: { value: unknown }): ReactNode {
  if (isPlain(value)) return plainText(value);
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return value.map(plainText).join(', ') || '—';
    if (value.every(isRecord)) return <RowsTable rows={value.map((row) => ({ key: null, row }))} />;
    return <ParameterValue value={Object.fromEntries(value.map((v, i) => [String(i + 1), v]))} />;
  }
  if (!isRecord(value)) return String(value);
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([, v]) => isRecord(v) && Object.values(v).every(isPlain))) {
    return <RowsTable rows={entries.map(([key, row]) => ({ key, row: row as Record<string, unknown> }))} />;
  }
  return (
    <table className="parameter-table">
      <tbody>
        {entries.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{parameterLabel(k)}</th>
            <td>
              <ParameterValue value={v} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowsTable({ rows }: { rows: { key: string | null; row: Record<string, unknown> }[] }) {
  const columns = columnsOf(rows.map((r) => r.row));
  const keyed = rows.some((r) => r.key !== null);
  return (
    <table className="parameter-table parameter-rows">
      <thead>
        <tr>
          {keyed && <th scope="col">Key</th>}
          {columns.map((c) => (
            <th key={c} scope="col">
              {parameterLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, row }, i) => (
          // Rows of a list have no key of their own: their position is their identity.
          <tr key={key ?? i}>
            {keyed && <th scope="row">{key}</th>}
            {columns.map((c) => (
              <td key={c}>
                <ParameterValue value={row[c] ?? null} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
