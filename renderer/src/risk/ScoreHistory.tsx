import { formatDateTime } from '../lib/format';
import { formatDelta, formatPoints, isTier, type ScoreSnapshot } from './risk';
import { TierBadge } from './TierBadge';

/** Every stored score of a vendor, newest first, with the methodology version and what changed since the one before. */
export function ScoreHistory({ history }: { history: readonly ScoreSnapshot[] }) {
  if (history.length === 0) return <p className="muted">No score stored yet.</p>;
  return (
    <table className="data-table score-history">
      <caption className="visually-hidden">Score history</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col" className="numeric">
            Score
          </th>
          <th scope="col" className="numeric">
            Change
          </th>
          <th scope="col">Tier</th>
          <th scope="col">Methodology</th>
          <th scope="col">What changed</th>
        </tr>
      </thead>
      <tbody>
        {history.map((s, i) => {
          const previous = history[i + 1];
          return (
            <tr key={s.id}>
              <td className="nowrap">{formatDateTime(s.at)}</td>
              <td className="numeric">{formatPoints(s.score)}</td>
              <td className="numeric muted">{previous ? formatDelta(Math.round((s.score - previous.score) * 10) / 10) : 'First'}</td>
              <td>{isTier(s.tier) ? <TierBadge tier={s.tier} /> : s.tier}</td>
              <td className="nowrap">Version {s.methodologyVersion}</td>
              <td>{s.reason}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
