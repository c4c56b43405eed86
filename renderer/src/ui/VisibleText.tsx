import { Fragment } from 'react';
import { invisibleParts } from '../../../electron/core/contract';

const RIGHT_TO_LEFT_RE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Recorded text (a vendor's or a list entry's name, an audit summary) as it really is: direction overrides and
 * invisible characters are shown as [U+202E], as the reports print them, so that a name written with U+202E cannot
 * pass for another in the interface. The text is isolated from its surroundings when it carries any of them, or is
 * written right to left.
 */
export function VisibleText({ text }: { text: string | null | undefined }) {
  if (!text) return <>{text ?? ''}</>;
  const parts = invisibleParts(text);
  // A name written right to left (Arabic, Persian, Hebrew) is isolated too, so that the English around it ("3 hits
  // for …", a closing bracket) keeps its order.
  if (parts.length === 1 && typeof parts[0] === 'string') return RIGHT_TO_LEFT_RE.test(text) ? <bdi>{text}</bdi> : <>{text}</>;
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
