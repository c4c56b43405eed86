import { useState } from 'react';
import type { ControlProps } from './Field';
import { Icon } from './Icon';

/** Tags as chips: type and press Enter or a comma to add one, Backspace in the empty box removes the last. */
export function TagInput({
  value,
  onChange,
  ...control
}: ControlProps & { value: string[]; onChange: (tags: string[]) => void }) {
  const [text, setText] = useState('');

  const add = (raw: string) => {
    const fresh = raw
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !value.includes(t));
    if (fresh.length > 0) onChange([...value, ...new Set(fresh)]);
    setText('');
  };

  return (
    <div className="tag-input">
      {value.map((tag) => (
        <span key={tag} className="chip">
          {tag}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove tag ${tag}`}
            onClick={() => onChange(value.filter((t) => t !== tag))}
          >
            <Icon name="x" size={12} />
          </button>
        </span>
      ))}
      <input
        {...control}
        type="text"
        value={text}
        placeholder={value.length === 0 ? 'e.g. strategic, EU data' : ''}
        onChange={(event) => {
          const next = event.target.value;
          if (next.includes(',')) add(next);
          else setText(next);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        // A tag typed but not yet confirmed is kept when the box loses focus (and so when the form is saved).
        onBlur={() => add(text)}
      />
    </div>
  );
}
