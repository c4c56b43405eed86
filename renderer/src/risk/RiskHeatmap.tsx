import { type KeyboardEvent, useState } from 'react';
import { bandRange, HEAT_BANDS, heatZone, type HeatZone } from '../../../electron/core/contract';
import { plural } from '../lib/format';
import { formatPoints, type HeatCell, heatCells, isTier, type PortfolioVendor } from './risk';
import { routeHref } from '../lib/router';
import { TierBadge } from './TierBadge';

const CELL = 62;
const LEFT = 56;
const TOP = 8;
const GRID = CELL * HEAT_BANDS;
const WIDTH = LEFT + GRID + 8;
const HEIGHT = TOP + GRID + 52;

const ZONE_WORDS: Record<HeatZone, string> = { low: 'low-risk zone', medium: 'medium-risk zone', high: 'high-risk zone', severe: 'severe-risk zone' };

function cellLabel(cell: HeatCell): string {
  return `Exposure ${bandRange(cell.exposure)}, inherent risk ${bandRange(cell.inherent)} (${ZONE_WORDS[heatZone(cell.exposure, cell.inherent)]}): ${plural(cell.vendors.length, 'vendor')}`;
}

/**
 * Vendors placed by exposure (what we hand them, how critical they are; across) against inherent risk
 * (designations, allegations, jurisdiction; up), in a 5 × 5 grid coloured by risk zone (likelihood × impact, the core's
 * heatZone), the number in each cell counting its vendors. A cell is a button: it lists its vendors below the grid.
 */
export function RiskHeatmap({ vendors }: { vendors: readonly PortfolioVendor[] }) {
  const cells = heatCells(vendors);
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = selected === null ? undefined : cells.get(selected);

  const toggle = (key: string) => setSelected((s) => (s === key ? null : key));
  const onKey = (event: KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(key);
    }
  };

  return (
    <div className="heatmap">
      <svg
        className="heatmap-grid"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="group"
        aria-label="Heat map of exposure against inherent risk"
      >
        {[...cells.entries()].map(([key, cell]) => {
          const x = LEFT + cell.exposure * CELL;
          const y = TOP + (HEAT_BANDS - 1 - cell.inherent) * CELL;
          const count = cell.vendors.length;
          return (
            <g
              key={key}
              role="button"
              tabIndex={0}
              aria-label={cellLabel(cell)}
              aria-pressed={selected === key}
              className={`heat-cell heat-zone-${heatZone(cell.exposure, cell.inherent)}${count === 0 ? ' is-empty' : ''}${selected === key ? ' is-selected' : ''}`}
              onClick={() => toggle(key)}
              onKeyDown={(e) => onKey(e, key)}
            >
              <rect x={x + 1} y={y + 1} width={CELL - 2} height={CELL - 2} rx={4} />
              {count > 0 && (
                <text x={x + CELL / 2} y={y + CELL / 2} dominantBaseline="central" textAnchor="middle">
                  {count}
                </text>
              )}
            </g>
          );
        })}
        {Array.from({ length: HEAT_BANDS + 1 }, (_, i) => (
          <g key={i} className="heat-axis" aria-hidden="true">
            <text x={LEFT + i * CELL} y={TOP + GRID + 16} textAnchor="middle">
              {i * (100 / HEAT_BANDS)}
            </text>
            <text x={LEFT - 8} y={TOP + GRID - i * CELL} textAnchor="end" dominantBaseline="central">
              {i * (100 / HEAT_BANDS)}
            </text>
          </g>
        ))}
        <text className="heat-axis-title" x={LEFT + GRID / 2} y={TOP + GRID + 40} textAnchor="middle" aria-hidden="true">
          Exposure → (data shared, criticality)
        </text>
        <text
          className="heat-axis-title"
          x={14}
          y={TOP + GRID / 2}
          textAnchor="middle"
          transform={`rotate(-90 14 ${TOP + GRID / 2})`}
          aria-hidden="true"
        >
          Inherent risk →
        </text>
      </svg>
      <div className="heatmap-selection" aria-live="polite">
        {chosen ? (
          <>
            <h3>{cellLabel(chosen)}</h3>
            {chosen.vendors.length === 0 ? (
              <p className="muted">No vendor falls in this cell.</p>
            ) : (
              <ul className="plain-list heat-vendors">
                {chosen.vendors.map((v) => (
                  <li key={v.vendorId}>
                    <a href={routeHref({ page: 'vendor', id: v.vendorId, editing: false })}>{v.name}</a>
                    <span className="heat-vendor-score">
                      {formatPoints(v.score)} {isTier(v.tier) && <TierBadge tier={v.tier} />}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="muted">
            Colours mark the risk zone (inherent risk × exposure, from low to severe); the number counts the vendors in the cell. Inherent
            risk counts designations, allegations and jurisdiction (above 100 counts in the top row); exposure counts the data shared and the
            criticality. Select a cell to list its vendors.
          </p>
        )}
      </div>
    </div>
  );
}
