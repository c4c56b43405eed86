// A designation list as imported: its version, where it came from, what it covers, and what a verdict rests on.
import { z } from 'zod';

export const listCoverage = z.object({
  complete: z.boolean(),
  missing: z.array(z.string()),
  parts: z.array(z.object({ file: z.string(), role: z.string(), asOf: z.string().nullable(), rows: z.number() })),
  subLists: z.record(z.string(), z.number()),
});

/** What a screening verdict rests on (lists/basis.ts): shown with every result. */
export const verdictBasis = z.object({
  lists: z.number(),
  asOf: z.object({ oldest: z.string().nullable(), newest: z.string().nullable() }),
  partial: z.array(z.object({ listKey: z.string(), listName: z.string(), missing: z.array(z.string()) })),
  stale: z.array(z.object({ listKey: z.string(), listName: z.string(), asOf: z.string().nullable(), ageDays: z.number().nullable(), reason: z.string() })),
  clear: z.string(),
});

export const listVersion = z.object({
  id: z.string(),
  listKey: z.string(),
  listName: z.string(),
  publisher: z.string(),
  format: z.string(),
  /** Date of the data (from the files), or null when the files do not say. */
  asOf: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** SHA-256 over the import's files (each file's own hash is in files). */
  sha256: z.string(),
  files: z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() })),
  entryCount: z.number(),
  counts: z.record(z.string(), z.number()),
  warnings: z.array(z.string()),
  importedAt: z.string(),
  importedBy: z.string(),
  bundled: z.boolean(),
  /** Complete or partial, what is missing, the date and rows of each part (see lists/coverage.ts). */
  coverage: listCoverage,
  current: z.boolean(),
  /** Days between asOf and today; null without asOf. */
  ageDays: z.number().nullable(),
  stale: z.boolean(),
});

export const customListMapping = z.object({
  name: z.number().int().min(0),
  aliases: z.number().int().min(0).optional(),
  country: z.number().int().min(0).optional(),
  type: z.number().int().min(0).optional(),
  id: z.number().int().min(0).optional(),
  remarks: z.number().int().min(0).optional(),
  listedDate: z.number().int().min(0).optional(),
});

/** The lists page: the lists in use, their history, and the first-use load of the bundled ones. */
export const listsOverview = z.object({
  current: z.array(listVersion),
  history: z.array(listVersion),
  staleAfterDays: z.number(),
  /** What a verdict against the lists in use rests on. */
  basis: verdictBasis,
  /** The first-use load of the bundled lists: running (with its progress), failed (why), or null. */
  bundled: z
    .discriminatedUnion('state', [
      z.object({ state: z.literal('loading'), done: z.number(), total: z.number() }),
      z.object({ state: z.literal('failed'), message: z.string() }),
    ])
    .nullable(),
});

export type ListVersion = z.infer<typeof listVersion>;
export type VerdictBasis = z.infer<typeof verdictBasis>;
export type CustomListMapping = z.infer<typeof customListMapping>;
