import { Fragment } from 'react';
import { invisibleParts } from '../../../electron/core/contract';

/**
 * Recorded text (a vendor's or a list entry's name, an audit summary) as it really is: direction overrides and
 * invisible characters are shown as [U+202E], as the reports print them, so that a name written with U+202E cannot
 * pass for another in the interface. The text is isolated from its surroundings when it carries any of them.
 */
export function VisibleText({ text }: { text: string | null | undefined }) {
  if (!text) return <>{text ?? ''}</>;
  const parts = invisibleParts(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return <>{text}</>;
  return (
    <bdi className="visible-text">
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <span key={i} className="invisible-char" title={`A hidden character, ${part.code}, shown here so that it cannot disguise the text`}>
            [{part.code}]
          </span>
        ),
      )}
    </bdi>
  );
}
