// Field schemas every domain's model uses: dates, country codes, bounded text, the files a host hands over.
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-01-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a real calendar date');

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US or CN');

export const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
export const optionalText = (max: number) => text(max).nullable();

/** A file the user picked; the host (Electron main or browser host) maps the ref to a real path. */
export const fileRef = z.object({ ref: z.string().min(1).max(100), name: z.string().max(500) });
export type FileRef = z.infer<typeof fileRef>;

/** A file for the user to save: the same shape for vendor exports and report exports. */
export const download = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type Download = z.infer<typeof download>;

/** The input of a method that takes none. */
export const empty = z.object({}).strict();

/**
 * True when A and B are the same type: the same fields, optional or not, of the same types (the identity test
 * TypeScript itself uses, so an optional field one has and the other lacks counts as a difference). A schema
 * written beside an interface the engine keeps is checked with it, so the two cannot drift:
 * `exactly<Criterion>()(z.object({…}))` fails to compile when the schema's output is not exactly a Criterion.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export function exactly<T>() {
  return <S extends z.ZodType>(schema: S & (Same<z.output<S>, T> extends true ? unknown : { 'schema does not match the type': T })): S => schema;
}
