import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { revealInvisible, type Vendor, type VerdictBasis } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { formatAmount, formatDate } from '../lib/format';
import { coverageText, formatPoints, isTier } from '../risk/risk';
import type { Sort, SortKey, VendorRisks } from './vendorList';
import type { VendorRow } from './useVendorRows';
import { CriticalityBadge } from './CriticalityBadge';
import { Icon } from '../ui/Icon';
import { ScreeningStatusBadge } from '../screening/ScreeningBadges';
import { TierBadge } from '../risk/TierBadge';
import { VisibleText } from '../ui/VisibleText';

// Fixed heights keep the virtualiser exact; they match --table-header-height and --table-row-height in app.css.
const HEADER_HEIGHT = 36;
const ROW_HEIGHT = 48;

interface Column {
  key: SortKey;
  label: string;
  /** Its track in the grid, and the least it takes (the row scrolls sideways below the sum of those). */
  width: string;
  minWidth: number;
  /** The first click sorts this way: most critical or largest first is what people look for. */
  firstDirection: Sort['direction'];
  numeric?: boolean;
  cell: (v: Vendor, known: Known) => ReactNode;
}

/** What the table knows besides the vendor; null while it loads (cells stay blank rather than wrong). */
interface Known {
  screening: VendorRow['screening'];
  risks: VendorRisks | null;
  /** What screening results rest on: a clear result against partial lists says so. */
  basis: VerdictBasis | null;
}

function joined(values: readonly string[]): ReactNode {
  if (values.length === 0) return <span className="muted">—</span>;
  const text = values.join(', ');
  return (
    <span title={revealInvisible(text)}>
      <VisibleText text={text} />
    </span>
  );
}

const ALL_COLUMNS: Column[] = [
  {
    key: 'legalName',
    label: 'Legal name',
    width: 'minmax(200px, 2fr)',
    minWidth: 200,
    firstDirection: 'asc',
    cell: (v) => {
      const others = v.otherNames.map((n) => n.name).join(' · ');
      return (
        <div className="cell-stack">
          <span className="cell-name" title={revealInvisible(v.legalName)}>
            <VisibleText text={v.legalName} />
          </span>
          {others && (
            <span className="cell-secondary" title={revealInvisible(others)}>
              <VisibleText text={others} />
            </span>
          )}
        </div>
      );
    },
  },
  {
    key: 'screening',
    label: 'Screening',
    width: '120px',
    minWidth: 120,
    firstDirection: 'desc',
    cell: (_v, { screening, basis }) => <ScreeningStatusBadge screening={screening} basis={basis ?? undefined} />,
  },
  {
    key: 'risk',
    label: 'Risk',
    width: '156px',
    minWidth: 156,
    firstDirection: 'desc',
    cell: (v, { risks }) => {
      const risk = risks?.[v.id];
      if (!risk) return null;
      return (
        <span
          className="risk-cell"
          title={`Assessment: ${coverageText(risk.coverage)}${risk.unassessed > 0 ? `; not yet assessed: up to ${formatPoints(risk.unassessed)} more points` : ''}`}
        >
          {isTier(risk.tier) ? <TierBadge tier={risk.tier} /> : risk.tier}
          <span className="risk-score">{formatPoints(risk.score)}</span>
          <span className="risk-coverage muted">{risk.coverage.applicable === 0 ? '' : `${Math.round((100 * risk.coverage.answered) / risk.coverage.applicable)} % assessed`}</span>
        </span>
      );
    },
  },
  {
    key: 'country',
    label: 'Country',
    width: 'minmax(100px, 0.9fr)',
    minWidth: 100,
    firstDirection: 'asc',
    cell: (v) => {
      const country = countryName(v.countryOfIncorporation);
      const hq = v.countryOfHeadquarters !== v.countryOfIncorporation ? countryName(v.countryOfHeadquarters) : '';
      if (!country && !hq) return <span className="muted">—</span>;
      return (
        <div className="cell-stack">
          <span title={country ? 'Country of incorporation' : undefined}>
            {country || <span className="muted">—</span>}
          </span>
          {hq && <span className="cell-secondary">HQ: {hq}</span>}
        </div>
      );
    },
  },
  { key: 'parentName', label: 'Parent', width: 'minmax(100px, 1fr)', minWidth: 100, firstDirection: 'asc', cell: (v) => joined(v.parentName ? [v.parentName] : []) },
  { key: 'services', label: 'Services', width: 'minmax(100px, 1fr)', minWidth: 100, firstDirection: 'asc', cell: (v) => joined(v.services) },
  { key: 'dataShared', label: 'Data shared', width: 'minmax(100px, 1.1fr)', minWidth: 100, firstDirection: 'asc', cell: (v) => joined(v.dataShared) },
  { key: 'criticality', label: 'Criticality', width: '96px', minWidth: 96, firstDirection: 'desc', cell: (v) => <CriticalityBadge value={v.criticality} /> },
  {
    key: 'contractOwner',
    label: 'Contract owner',
    width: 'minmax(100px, 0.9fr)',
    minWidth: 100,
    firstDirection: 'asc',
    cell: (v) => joined(v.contractOwner ? [v.contractOwner] : []),
  },
  {
    key: 'contractEnd',
    label: 'Contract end',
    width: '112px',
    minWidth: 112,
    firstDirection: 'asc',
    numeric: true,
    cell: (v) => {
      if (!v.contractEnd) return <span className="muted">—</span>;
      // ISO dates compare as text; an ended contract is worth noticing when a vendor is still listed.
      const ended = v.contractEnd < new Date().toISOString().slice(0, 10);
      return (
        <span className={ended ? 'contract-ended' : undefined} title={ended ? 'This contract has ended' : undefined}>
          {formatDate(v.contractEnd)}
        </span>
      );
    },
  },
  {
    key: 'annualSpend',
    label: 'Annual spend',
    width: '108px',
    minWidth: 108,
    firstDirection: 'desc',
    numeric: true,
    cell: (v) => formatAmount(v.annualSpend) || <span className="muted">—</span>,
  },
];

/** Each column's name, for the Columns menu, in the table's own order. */
export const COLUMN_CHOICES: readonly { key: SortKey; label: string }[] = ALL_COLUMNS.map(({ key, label }) => ({ key, label }));

/** The pick cell's track, before the columns shown. */
const PICK_WIDTH = 36;

function ariaSort(sort: Sort, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (sort.key !== key) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

export interface VendorTableProps {
  /** How many rows the list has (as searched and filtered). */
  count: number;
  /** The row at a position; undefined while its window loads (a blank row holds its place). */
  rowAt: (index: number) => VendorRow | undefined;
  /** null until the portfolio is scored: the Risk column stays blank. */
  risks: VendorRisks | null;
  basis: VerdictBasis | null;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selectedIndex: number | null;
  onSelect: (index: number) => void;
  onOpen: (id: string) => void;
  /** Told which rows are in view, so the page fetches their window. */
  onRangeChange: (first: number, last: number) => void;
  /** Bumped by the page to move keyboard focus into the table (e.g. ArrowDown in the search box). */
  focusToken?: number;
  /** Changes with the search, filters and sort: a new list starts at its top. */
  listKey: string;
  /** The vendors ticked for a bulk action (ids), apart from the row the keyboard is on (selectedIndex). */
  picked: ReadonlySet<string>;
  /** Ticks or unticks the row at a position (its checkbox, Space, Ctrl/Cmd+click). */
  onToggle: (index: number) => void;
  /** Ticks the rows from the last one ticked to this position (Shift+click, Shift+arrow). */
  onRange: (index: number) => void;
  /** Ticks every vendor the search and filters keep, loaded or not (Ctrl/Cmd+A). */
  onPickAll: () => void;
  onClearPicked: () => void;
  /** The columns shown, in order (the Columns menu; a saved view keeps them). */
  columns: readonly SortKey[];
}

/**
 * The vendor grid. Only the rows in view are in the DOM (react-virtual) and only their windows are fetched, so
 * 10,000 vendors scroll smoothly. The grid itself takes focus and points at the selected row with
 * aria-activedescendant, so arrow keys work without every row being a tab stop.
 */
export function VendorTable({ count, rowAt, risks, basis, sort, onSort, selectedIndex, onSelect, onOpen, onRangeChange, focusToken, listKey, picked, onToggle, onRange, onPickAll, onClearPicked, columns: shown }: VendorTableProps) {
  const columns = shown.flatMap((key) => ALL_COLUMNS.filter((c) => c.key === key));
  const grid = {
    '--columns': `${PICK_WIDTH}px ${columns.map((c) => c.width).join(' ')}`,
    '--columns-min-width': `${PICK_WIDTH + columns.reduce((sum, c) => sum + c.minWidth, 0)}px`,
  } as CSSProperties;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstInView = items[0]?.index ?? 0;
  const lastInView = items.at(-1)?.index ?? 0;

  useEffect(() => onRangeChange(firstInView, lastInView), [firstInView, lastInView, onRangeChange]);

  useEffect(() => {
    if (focusToken) scrollRef.current?.focus();
  }, [focusToken]);

  // Another search, filter or order: back to the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [listKey]);

  // Coming back from a vendor page, or moving with the keyboard, keep the selected row in view.
  useEffect(() => {
    if (selectedIndex !== null && selectedIndex < count) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only when the selection moves: the virtualiser object itself changes every render.
  }, [selectedIndex]);

  const moveTo = (index: number) => {
    if (count > 0) onSelect(Math.max(0, Math.min(count - 1, index)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || count === 0) return;
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const from = selectedIndex ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: Math.max(0, from - 1),
      PageDown: from + pageRows,
      PageUp: Math.max(0, from - pageRows),
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    const selected = selectedIndex === null ? undefined : rowAt(selectedIndex);
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onPickAll();
    } else if (event.key === ' ' && selectedIndex !== null) {
      event.preventDefault();
      onToggle(selectedIndex);
    } else if (event.key === 'Escape' && picked.size > 0) {
      event.preventDefault();
      onClearPicked();
    } else if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      // Shift with an arrow ticks the rows passed over, from the last one ticked.
      if (event.shiftKey && count > 0) onRange(Math.max(0, Math.min(count - 1, target)));
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onOpen(selected.vendor.id);
    }
  };

  const rowId = (index: number) => `vendor-row-${index}`;

  return (
    <div
      ref={scrollRef}
      className="vendor-table"
      style={grid}
      role="grid"
      aria-label="Vendors"
      aria-rowcount={count + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={focused && selectedIndex !== null ? rowId(selectedIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target !== event.currentTarget) return;
        setFocused(true);
        if (selectedIndex === null) moveTo(0);
      }}
      onBlur={() => setFocused(false)}
    >
      <div className="vendor-row vendor-row-header" role="row" aria-rowindex={1}>
        <div role="columnheader" className="pick-cell">
          <input
            type="checkbox"
            aria-label="Select every vendor that matches the search and filters"
            title="Select every vendor that matches (Ctrl+A in the table)"
            checked={picked.size > 0 && picked.size >= count}
            ref={(box) => {
              if (box) box.indeterminate = picked.size > 0 && picked.size < count;
            }}
            onChange={() => (picked.size > 0 ? onClearPicked() : onPickAll())}
          />
        </div>
        {columns.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            aria-sort={ariaSort(sort, column.key)}
            className={column.numeric ? 'numeric' : undefined}
          >
            <button
              type="button"
              className="sort-button"
              title={`Sort by ${column.label.toLowerCase()}`}
              onClick={() =>
                onSort({
                  key: column.key,
                  direction:
                    sort.key === column.key
                      ? sort.direction === 'asc'
                        ? 'desc'
                        : 'asc'
                      : column.firstDirection,
                })
              }
            >
              {column.label}
              {sort.key === column.key && <Icon name={sort.direction === 'asc' ? 'arrowUp' : 'arrowDown'} size={13} />}
            </button>
          </div>
        ))}
      </div>
      <div className="vendor-rows" style={{ height: virtualizer.getTotalSize() }} role="presentation">
        {items.map((item) => {
          const row = rowAt(item.index);
          const selected = item.index === selectedIndex;
          const place = { transform: `translateY(${item.start - HEADER_HEIGHT}px)` };
          if (!row) {
            return (
              <div key={`loading-${item.index}`} id={rowId(item.index)} role="row" aria-rowindex={item.index + 2} aria-busy="true" aria-selected={selected} className="vendor-row is-loading" style={place}>
                <div role="gridcell" className="pick-cell" />
                <div role="gridcell" className="muted">
                  Loading…
                </div>
              </div>
            );
          }
          const { vendor, screening } = row;
          const ticked = picked.has(vendor.id);
          return (
            <div
              key={vendor.id}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={`vendor-row${selected ? ' is-selected' : ''}${selected && focused ? ' is-active' : ''}${ticked ? ' is-picked' : ''}`}
              style={place}
              onClick={(event) => {
                onSelect(item.index);
                // Shift and Ctrl/Cmd pick rows, as in a file list; a plain click opens the vendor.
                if (event.shiftKey) onRange(item.index);
                else if (event.ctrlKey || event.metaKey) onToggle(item.index);
                else onOpen(vendor.id);
              }}
            >
              <div role="gridcell" className="pick-cell" onClick={(event) => event.stopPropagation()}>
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={`Select ${vendor.legalName}`}
                  checked={ticked}
                  onChange={() => undefined}
                  onClick={(event) => {
                    onSelect(item.index);
                    if (event.shiftKey) onRange(item.index);
                    else onToggle(item.index);
                  }}
                />
              </div>
              {columns.map((column) => (
                <div key={column.key} role="gridcell" className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(vendor, { screening, risks, basis })}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
