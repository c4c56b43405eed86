// The portfolio heat map: vendors counted by inherent-risk band (rows, highest at the top) and exposure band
// (columns). Cells darken towards high risk and high exposure; every cell states its count.
import type { PortfolioReportModel } from '../model';

// From pale neutral (low inherent risk, low exposure) to deep red, by the sum of the two bands.
const RAMP = ['#f1f5f1', '#eef2e4', '#f5edd0', '#f6dfbd', '#f2c6a6', '#e8a487', '#d97c65', '#c65345', '#a8322b'];

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
  const colour = (sum: number) => RAMP[Math.round((sum / (2 * (bands - 1))) * (RAMP.length - 1))]!;
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
              const dark = inherent + exposure >= 2 * (bands - 1) - 2;
              return (
                <g key={exposure}>
                  <rect x={LEFT + exposure * CELL_W} y={top} width={CELL_W} height={CELL_H} fill={colour(inherent + exposure)} stroke="#fff" strokeWidth={2} />
                  <text
                    x={LEFT + exposure * CELL_W + CELL_W / 2}
                    y={top + CELL_H / 2 + 4.5}
                    fontSize={13}
                    fontWeight={count > 0 ? 600 : 400}
                    fill={count === 0 ? '#9ca3af' : dark ? '#fff' : '#111827'}
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
