// The score as a waterfall: each component's points (its factors added up) step from 0 to the score, exposure
// scaling and the cap at 100 step down, and the last bar is the score itself. Hand-written SVG, no scripts.
import type { ReportScore } from '../model';
import { points, signedPoints } from './format';
import { TIER_COLOURS } from './styles';

const STEPS: { component: string; label: string; always: boolean }[] = [
  { component: 'designations', label: 'Designations', always: true },
  { component: 'allegations', label: 'Allegations', always: true },
  { component: 'jurisdiction', label: 'Jurisdiction', always: true },
  { component: 'controls', label: 'Control gaps', always: true },
  { component: 'exposure', label: 'Exposure scaling', always: false },
  { component: 'bounds', label: 'Limit to 0–100', always: false },
];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The chart's steps: each component's contributions added up, in the formula's order. */
export function scoreSteps(score: ReportScore): { label: string; value: number }[] {
  const known = new Set(STEPS.map((s) => s.component));
  const steps = STEPS.map((s) => ({
    ...s,
    value: round1(score.factors.filter((f) => f.component === s.component).reduce((sum, f) => sum + f.contribution, 0)),
  }));
  // A component this chart does not know still counts, so the bars always reach the score.
  const other = round1(score.factors.filter((f) => !known.has(f.component)).reduce((sum, f) => sum + f.contribution, 0));
  return [...steps.filter((s) => s.always || s.value !== 0), ...(other !== 0 ? [{ label: 'Other', value: other }] : [])];
}

const WIDTH = 660;
const LABEL_W = 120;
const VALUE_W = 54;
const ROW = 24;
const BAR = 13;
const TOP = 6;
const AXIS = 22;

export function ScoreChart({ score }: { score: ReportScore }) {
  const steps = scoreSteps(score);
  let running = 0;
  const bars = steps.map((s) => {
    const start = running;
    running = round1(running + s.value);
    return { ...s, start, end: running };
  });
  const peak = Math.max(score.score, ...bars.map((b) => Math.max(b.start, b.end)), 10);
  const tick = peak > 100 ? 25 : peak > 40 ? 20 : 10;
  const max = Math.ceil(peak / tick) * tick;
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + (Math.max(0, v) / max) * plotW;
  const rows = bars.length + 1;
  const height = TOP + rows * ROW + AXIS;
  const ticks = Array.from({ length: max / tick + 1 }, (_, i) => i * tick);
  const y = (row: number) => TOP + row * ROW + (ROW - BAR) / 2;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`Score ${points(score.score)}: ${steps.map((s) => `${s.label} ${signedPoints(s.value)}`).join(', ')}`}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + rows * ROW} stroke="#e5e7eb" strokeWidth={1} />
          <text x={x(t)} y={height - 6} fontSize={9} fill="#6b7280" textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const left = x(Math.min(b.start, b.end));
        const right = x(Math.max(b.start, b.end));
        return (
          <g key={b.label}>
            <text x={LABEL_W - 8} y={y(i) + BAR - 2.5} fontSize={10} fill="#374151" textAnchor="end">
              {b.label}
            </text>
            <rect x={left} y={y(i)} width={Math.max(right - left, 0.75)} height={BAR} fill={b.value < 0 ? '#4d7c5f' : '#64748b'} />
            <line x1={x(b.end)} x2={x(b.end)} y1={y(i) + BAR} y2={y(i + 1)} stroke="#9ca3af" strokeWidth={0.75} strokeDasharray="2 2" />
            <text x={right + 6} y={y(i) + BAR - 2.5} fontSize={10} fill="#1f2937">
              {signedPoints(b.value)}
            </text>
          </g>
        );
      })}
      <text x={LABEL_W - 8} y={y(bars.length) + BAR - 2.5} fontSize={10} fontWeight={600} fill="#111827" textAnchor="end">
        Score
      </text>
      <rect x={x(0)} y={y(bars.length)} width={Math.max(x(score.score) - x(0), 0.75)} height={BAR} fill={TIER_COLOURS[score.tier]} />
      <text x={x(score.score) + 6} y={y(bars.length) + BAR - 2.5} fontSize={10} fontWeight={600} fill="#111827">
        {points(score.score)}
      </text>
      <line x1={x(0)} x2={x(0)} y1={TOP} y2={TOP + rows * ROW} stroke="#6b7280" strokeWidth={1} />
    </svg>
  );
}
