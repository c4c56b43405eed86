// Characters that change how text is shown without being seen: direction overrides and isolates (a name can use
// U+202E to show "exe.txt" as "txt.exe"), zero-width and other invisible format characters, and control characters.
// Wherever recorded text is shown (the app, a report, an error message) they are written out as [U+202E], so what
// the data holds is what is read. Plain text only: the renderer takes this rule through the contract.

// C0/C1 controls (not tab, line feed, carriage return), the Arabic letter mark, zero width space, LRM and RLM, line
// and paragraph separators, embeddings and overrides (U+202A-E), word joiner and invisible operators, isolates and the
// deprecated format characters (U+2066-F), the zero width no-break space (BOM), interlinear annotations, and tag
// characters (which can smuggle hidden ASCII). Joiners (U+200C, U+200D) and the soft hyphen stay: scripts and emoji
// need them.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every invisible or direction-changing character written out as [U+XXXX]. */
export const revealInvisible = (text: string): string => text.replace(INVISIBLE, (c) => `[${codePoint(c)}]`);

/** The text without its invisible or direction-changing characters (to read a name as the file system does). */
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, '');

/** Whether revealInvisible would change the text. */
export const hasInvisible = (text: string): boolean => {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
};

/**
 * The text cut into runs of plain text and revealed characters, for a UI that marks the revealed ones:
 * ["Acme ", {code: "U+202E"}, "gnp.exe"].
 */
export function invisibleParts(text: string): (string | { code: string })[] {
  const parts: (string | { code: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ code: codePoint(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * A recorded value quoted in a message: invisible characters revealed, line breaks shown as ⏎, and at most `max`
 * characters (then "…" and how long it really is), so one bad cell never makes an error line megabytes long.
 */
export function quoteValue(text: string, max = 100): string {
  const shown = revealInvisible(text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, '⇥');
  if (shown.length <= max && text.length <= max * 4) return `"${shown}"`;
  return `"${[...shown].slice(0, max).join('')}…" (${text.length.toLocaleString('en-US')} characters)`;
}
