import { formatCount } from '../lib/format';

/**
 * A determinate bar once there is something to count, an indeterminate one before (no report yet, or a
 * single-step phase such as "Checking the file" at 0 of 1, where "0%" would look stuck).
 */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const known = total > 1 || (total > 0 && done >= total);
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-text">
        <span>{label}</span>
        {total > 1 && (
          <span className="muted">
            {formatCount(done)} of {formatCount(total)} · {percent}%
          </span>
        )}
      </div>
      <div
        className={`progress-track${known ? '' : ' progress-indeterminate'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
      >
        <div className="progress-fill" style={{ width: known ? `${percent}%` : undefined }} />
      </div>
    </div>
  );
}
