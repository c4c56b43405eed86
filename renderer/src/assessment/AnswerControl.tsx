import { useId } from 'react';
import type { AnswerValue, Criterion } from './assessment';
import { todayIso } from '../lib/format';

/**
 * The control an answer type calls for: option buttons (one answer), boxes to tick (several), a date, or text.
 * `label` names the group for screen readers; the question is shown above it.
 */
export function AnswerControl({
  criterion,
  value,
  onChange,
  label,
  disabled = false,
}: {
  criterion: Criterion;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  label: string;
  disabled?: boolean;
}) {
  const name = useId();
  const { answerType, options = [] } = criterion;

  if (answerType === 'date') {
    return (
      <label className="answer-date">
        <span className="visually-hidden">{label}</span>
        <input
          type="date"
          value={typeof value === 'string' ? value : ''}
          max={todayIso()}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        />
      </label>
    );
  }

  if (answerType === 'text') {
    return (
      <label className="answer-text">
        <span className="visually-hidden">{label}</span>
        <textarea rows={3} value={typeof value === 'string' ? value : ''} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      </label>
    );
  }

  if (criterion.multiple) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="answer-options" disabled={disabled}>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <fieldset className="answer-options" disabled={disabled}>
      <legend className="visually-hidden">{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
