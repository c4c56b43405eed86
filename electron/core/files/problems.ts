// The problems of one imported file (ownership, suppliers), each at its line and field. A file with any is refused
// whole: nothing of it is written. No imports beyond the error class, so the CLI can name MORE_PROBLEMS without loading
// the readers.
import { VetterError } from '../errors';

/** Problems listed in a refusal; the rest are counted under this key. */
const LISTED = 100;
export const MORE_PROBLEMS = '(more)';

export class Problems {
  private readonly found: { line: number; field: string | null; message: string }[] = [];

  constructor(readonly file: string) {}

  add(line: number, field: string | null, message: string): void {
    this.found.push({ line, field, message });
  }

  get count(): number {
    return this.found.length;
  }

  /** Throws when there is any problem, all of them in one error: the first in its message, each in its details. */
  refuseAny(): void {
    if (this.found.length === 0) return;
    const sorted = [...this.found].sort((a, b) => a.line - b.line);
    const place = (p: (typeof sorted)[number]) => `line ${p.line}${p.field ? `, ${p.field}` : ''}`;
    const details: Record<string, string> = {};
    for (const p of sorted.slice(0, LISTED)) details[place(p)] ??= p.message;
    const unlisted = sorted.length - Object.keys(details).length;
    if (unlisted > 0) details[MORE_PROBLEMS] = `and ${unlisted.toLocaleString('en-US')} more problem${unlisted > 1 ? 's' : ''}`;
    const first = sorted[0]!;
    const more = sorted.length > 1 ? ` (and ${(sorted.length - 1).toLocaleString('en-US')} more problem${sorted.length > 2 ? 's' : ''})` : '';
    throw new VetterError('bad_file', `${this.file}: ${place(first)}: ${first.message}${more}. Nothing was imported.`, details);
  }
}

/** A file refused as a whole, before any line is read (too large, not text). */
export function refuseFile(file: string, message: string): VetterError {
  return new VetterError('bad_file', `${file}: ${message} Nothing was imported.`);
}
