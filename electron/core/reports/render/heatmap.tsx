// The portfolio heat map: vendors counted by inherent-risk band (rows, highest at the top) and exposure band
// (columns). Cells are coloured by risk zone (scoring/heatmap.ts: heatZone, as the dashboard); every cell states its count.
import { heatZone, type HeatZone } from '../../scoring/heatmap';
import type { PortfolioReportModel } from '../model';

const ZONE_FILL: Record<HeatZone, string> = { low: '#d1fadf', medium: '#fef0c7', high: '#fdb022', severe: '#d92d20' };

const CELL_W = 92;
const CELL_H = 44;
const LEFT = 104;
const TOP = 8;
const BOTTOM = 44;

export function Heatmap({ heatmap }: { heatmap: PortfolioReportModel['heatmap'] }) {
  const { bands, cells } = heatmap;
  const width = LEFT + bands * CELL_W + 8;
  const height = TOP + bands * CELL_H + BOTTOM;
  const step = 100 / bands;
  // Exposure stops at 100; inherent risk can exceed it (a vendor on several lists), so its top band is open.
  const rangeLabel = (band: number, openEnded: boolean) =>
    band < bands - 1 ? `${band * step}–${(band + 1) * step}` : openEnded ? `${band * step}+` : `${band * step}–100`;
  const bandIndexes = Array.from({ length: bands }, (_, i) => i);

  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={`${Math.round((width / 660) * 100)}%`} role="img" aria-label="Vendors by inherent risk and exposure">
      {bandIndexes.map((inherent) => {
        const top = TOP + (bands - 1 - inherent) * CELL_H;
        return (
          <g key={inherent}>
            <text x={LEFT - 8} y={top + CELL_H / 2 + 3.5} fontSize={10} fill="#374151" textAnchor="end">
              {rangeLabel(inherent, true)}
            </text>
            {bandIndexes.map((exposure) => {
              const count = cells[inherent]?.[exposure] ?? 0;
              const zone = heatZone(exposure, inherent);
              return (
                <g key={exposure}>
                  <rect x={LEFT + exposure * CELL_W} y={top} width={CELL_W} height={CELL_H} fill={ZONE_FILL[zone]} stroke="#fff" strokeWidth={2} />
                  <text
                    x={LEFT + exposure * CELL_W + CELL_W / 2}
                    y={top + CELL_H / 2 + 4.5}
                    fontSize={13}
                    fontWeight={count > 0 ? 600 : 400}
                    fill={zone === 'severe' ? '#fff' : count === 0 ? '#6b7280' : '#111827'}
                    textAnchor="middle"
                  >
                    {count}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {bandIndexes.map((exposure) => (
        <text key={exposure} x={LEFT + exposure * CELL_W + CELL_W / 2} y={TOP + bands * CELL_H + 14} fontSize={10} fill="#374151" textAnchor="middle">
          {rangeLabel(exposure, false)}
        </text>
      ))}
      <text x={LEFT + (bands * CELL_W) / 2} y={height - 6} fontSize={10} fontWeight={600} fill="#111827" textAnchor="middle">
        Exposure (data shared and criticality), low to high
      </text>
      <text
        x={14}
        y={TOP + (bands * CELL_H) / 2}
        fontSize={10}
        fontWeight={600}
        fill="#111827"
        textAnchor="middle"
        transform={`rotate(-90 14 ${TOP + (bands * CELL_H) / 2})`}
      >
        Inherent risk, low to high
      </text>
    </svg>
  );
}
