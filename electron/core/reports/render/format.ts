// How numbers, dates and recorded text appear in a report.
import type { ReportModel } from '../model';

/** Points with one decimal, as the score model computes them. */
export const points = (n: number): string => n.toFixed(1);

/** A contribution with its sign: "+27.0", "-30.9", "0.0". ASCII minus, so numbers copy into a spreadsheet. */
export const signedPoints = (n: number): string => (n > 0 ? `+${points(n)}` : points(n));

/** "2026-11-18" from a date or timestamp; a dash when there is none. */
export const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '—');

/** "2026-11-18 14:03 UTC"; text that is not a timestamp is shown as recorded. */
export function dateTime(iso: string | null): string {
  if (!iso) return '—';
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? iso : `${t.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// Direction overrides and isolates (a name can use U+202E to print "exe.txt" as "txt.exe") and other control
// characters are invisible in print. A report shows them as [U+202E], so what the data holds is what is read.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const revealInvisible = (text: string): string =>
  text.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);

/** The model with every recorded string passed through revealInvisible. */
export function revealModel<M extends ReportModel>(model: M): M {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return revealInvisible(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(model) as M;
}
