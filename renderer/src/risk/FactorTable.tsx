import { useState } from 'react';
import { COMPONENT_LABELS } from '../../../electron/core/contract';
import { type Factor, formatPoints } from './risk';
import { VisibleText } from '../ui/VisibleText';

/**
 * The factors of a score, each naming the data behind it; their contributions add up to the score (the engine
 * refuses a score they do not add up to), shown as the total row. Factors worth 0 points (what was considered and
 * found fine) are one click away.
 */
export function FactorTable({ factors, score }: { factors: readonly Factor[]; score: number }) {
  const [showZero, setShowZero] = useState(false);
  const zero = factors.filter((f) => f.contribution === 0).length;
  const shown = showZero ? factors : factors.filter((f) => f.contribution !== 0);

  return (
    <div className="factor-table-wrap">
      <table className="data-table factor-table">
        <caption className="visually-hidden">
          Factors of the score
        </caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Part</th>
            <th scope="col" className="numeric">
              Points
            </th>
            <th scope="col">Why: the data and the arithmetic</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.factor} className={f.contribution < 0 ? 'is-deduction' : undefined}>
              <th scope="row">
                <VisibleText text={f.label} />
              </th>
              <td className="nowrap">{COMPONENT_LABELS[f.component]}</td>
              <td className="numeric factor-points">{formatPoints(f.contribution)}</td>
              <td className="factor-detail">
                <VisibleText text={f.detail} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total: the score
            </th>
            <td className="numeric factor-points" data-testid="factor-total">
              {formatPoints(score)}
            </td>
            <td className="muted">The points above add up to the score.</td>
          </tr>
        </tfoot>
      </table>
      {zero > 0 && (
        <button type="button" className="btn btn-ghost btn-small" aria-pressed={showZero} onClick={() => setShowZero((s) => !s)}>
          {showZero ? `Hide the ${zero} factors with 0 points` : `Show the ${zero} factors with 0 points too`}
        </button>
      )}
    </div>
  );
}
