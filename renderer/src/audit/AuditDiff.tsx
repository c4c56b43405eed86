import { countryName } from '../lib/countries';
import { formatAmount, formatDate } from '../lib/format';
import { CRITICALITY_LABELS, isVendorField, NAME_KIND_LABELS, type NameKind, VENDOR_FIELD_LABELS } from '../lib/labels';
import { VisibleText } from '../ui/VisibleText';

// Bookkeeping fields that change on every write and would only add noise to a diff.
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldLabel(key: string): string {
  if (isVendorField(key)) return VENDOR_FIELD_LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatItem(item: unknown): string {
  // A vendor import's corrections made in its preview, and the rows it left out (vendors/import.ts).
  if (isRecord(item) && typeof item.row === 'number' && typeof item.from === 'string' && typeof item.to === 'string') {
    return `row ${item.row} ${String(item.column)}: “${item.from}” → “${item.to}”`;
  }
  if (isRecord(item) && typeof item.row === 'number' && typeof item.name === 'string') return `row ${item.row}${item.name ? ` (${item.name})` : ''}`;
  if (isRecord(item) && typeof item.scheme === 'string' && typeof item.value === 'string') return `${item.scheme} ${item.value}`;
  if (isRecord(item) && typeof item.name === 'string') {
    const kind = typeof item.kind === 'string' && item.kind in NAME_KIND_LABELS ? NAME_KIND_LABELS[item.kind as NameKind] : null;
    return kind ? `${item.name} (${kind.toLowerCase()})` : item.name;
  }
  return typeof item === 'string' ? item : JSON.stringify(item);
}

/** A stored value as a person reads it: country names, dates, amounts, lists joined; blank as a dash. */
function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(formatItem).join(', ');
  if (typeof value === 'number') return key === 'annualSpend' ? formatAmount(value) : String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (key.startsWith('countryOf')) return `${countryName(value)} (${value})`;
  if (key === 'contractStart' || key === 'contractEnd') return formatDate(value);
  if (key === 'criticality' && value in CRITICALITY_LABELS) return CRITICALITY_LABELS[value as keyof typeof CRITICALITY_LABELS];
  return value;
}

/** Before and after of an audit event, as a table of the fields that changed. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return <p className="muted">No field values were recorded for this event.</p>;
    return <DiffTable rows={[{ key: 'value', label: 'Value', before: formatValue('', before), after: formatValue('', after) }]} />;
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN_FIELDS.has(k));
  const rows = keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ key: k, label: fieldLabel(k), before: formatValue(k, b[k]), after: formatValue(k, a[k]) }))
    .filter((row) => row.before !== row.after);
  if (rows.length === 0) return <p className="muted">No field changed.</p>;
  // A creation has only an "after" and a deletion only a "before": show that one column, in plain colours.
  return <DiffTable rows={rows} beforeLabel={isRecord(before) ? 'Before' : ''} afterLabel={isRecord(after) ? 'After' : ''} />;
}

function DiffTable({
  rows,
  beforeLabel = 'Before',
  afterLabel = 'After',
}: {
  rows: { key: string; label: string; before: string; after: string }[];
  beforeLabel?: string;
  afterLabel?: string;
}) {
  return (
    <table className={`diff-table${beforeLabel && afterLabel ? ' is-change' : ''}`}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {beforeLabel && <th scope="col">{beforeLabel}</th>}
          {afterLabel && <th scope="col">{afterLabel}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {beforeLabel && (
              <td className="diff-before">
                <VisibleText text={row.before} />
              </td>
            )}
            {afterLabel && (
              <td className="diff-after">
                <VisibleText text={row.after} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
