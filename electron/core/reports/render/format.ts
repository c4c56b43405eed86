// How numbers, dates and recorded text appear in a report.
import { revealInvisible } from '../../visible-text';
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

// Direction overrides, invisible format characters and control characters are invisible in print: a report shows
// them as [U+202E] (the rule is shared with the app and error messages), so what the data holds is what is read.
export { revealInvisible };

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
