// A vendor as the inventory keeps it: what a form, an import or a script may send (vendorInput) and what comes back.
import { z } from 'zod';
import { IDENTIFIER_SCHEMES, identifierKey, identifierProblem, SCHEME_TEXT } from '../identifiers';
import { countryCode, isoDate, optionalText, text } from '../schemas';
import { SCREENING_STATUSES, vendorScreening } from '../screening/model';
import { TIERS } from '../scoring/types';
import { CRITICALITY, DATA_SHARED, NAME_KINDS, SERVICES } from './vocabulary';

/** Longest name a vendor may have (legal, other or parent's): the longest listed name has under 400 characters and
 *  most under 200. */
export const NAME_MAX_CHARS = 300;

export const otherName = z.object({
  name: text(NAME_MAX_CHARS).min(1, 'A name cannot be empty'),
  kind: z.enum(NAME_KINDS),
});

export const MAX_IDENTIFIERS = 20;

export const identifier = z.object({
  scheme: z.enum(IDENTIFIER_SCHEMES),
  value: text(100).min(1, 'An identifier cannot be empty'),
});

/**
 * A vendor's identifiers. Checked on the list rather than on each item so that every problem lands on the path of
 * its row ("identifiers.2"), which is where the form and the import report show it, and so that a value repeated
 * under another spelling ("5493 001K…" and "5493001K…") is caught: identifierKey compares letters and digits only.
 */
export const identifierList = z
  .array(identifier)
  .max(MAX_IDENTIFIERS, `At most ${MAX_IDENTIFIERS} identifiers`)
  .superRefine((ids, ctx) => {
    const firstRow = new Map<string, number>();
    ids.forEach((id, i) => {
      // Zod runs this even when an item failed its own schema (an empty value, an unknown scheme): that item has
      // its message already, and its fields may not even be strings.
      if (!identifier.safeParse(id).success) return;
      const problem = identifierProblem(id.scheme, id.value);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [i], message: problem });
        return;
      }
      const key = identifierKey(id.scheme, id.value);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: `The same ${SCHEME_TEXT[id.scheme]} as row ${first + 1}` });
    });
  });

export const vendorInput = z
  .object({
    legalName: text(NAME_MAX_CHARS).min(1, 'Legal name is required'),
    otherNames: z.array(otherName).max(50, 'At most 50 other names'),
    // Optional on the way in: a caller written before identifiers existed (a script, an older client) sends none.
    identifiers: identifierList.default([]),
    countryOfIncorporation: countryCode.nullable(),
    countryOfHeadquarters: countryCode.nullable(),
    parentName: optionalText(NAME_MAX_CHARS),
    website: optionalText(500).refine(
      (s) => s === null || s === '' || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(s),
      'Use a web address such as https://example.com',
    ),
    services: z.array(z.enum(SERVICES)),
    dataShared: z.array(z.enum(DATA_SHARED)),
    criticality: z.enum(CRITICALITY).nullable(),
    contractOwner: optionalText(200),
    contractStart: isoDate.nullable(),
    contractEnd: isoDate.nullable(),
    annualSpend: z.number().finite().nonnegative('Annual spend cannot be negative').nullable(),
    tags: z.array(text(60).min(1)).max(30, 'At most 30 tags'),
    notes: optionalText(20000),
  })
  .superRefine((v, ctx) => {
    if (v.contractStart && v.contractEnd && v.contractEnd < v.contractStart) {
      ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'Contract end is before contract start' });
    }
    if (v.dataShared.includes('None') && v.dataShared.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['dataShared'], message: '"None" cannot be combined with other data' });
    }
  });

export const vendor = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Moves by one with every write of the vendor: an edit or a delete names the version it started from. */
  version: z.number().int(),
  /** The login of the last change (null for a vendor kept before row versions with no audit event). */
  updatedBy: z.string().nullable(),
  legalName: z.string(),
  otherNames: z.array(otherName),
  identifiers: z.array(identifier),
  countryOfIncorporation: z.string().nullable(),
  countryOfHeadquarters: z.string().nullable(),
  parentName: z.string().nullable(),
  website: z.string().nullable(),
  services: z.array(z.enum(SERVICES)),
  dataShared: z.array(z.enum(DATA_SHARED)),
  criticality: z.enum(CRITICALITY).nullable(),
  contractOwner: z.string().nullable(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  annualSpend: z.number().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
});

/** A vendor's version as its editor read it: an edit or a delete based on an older one is refused (`conflict`). */
export const vendorVersion = z.number().int().min(1, 'The version of the vendor you started from is missing');

/**
 * The key of a `conflict` error's details that carries the vendor as stored now, as JSON (details are text), when a
 * write was based on an older version: the form shows both versions side by side.
 */
export const STORED_VENDOR = 'storedVendor';

/** The vendor as stored now, from a refused write's details; null when they carry none (any other error). */
export function storedVendorOf(details: Readonly<Record<string, string>> | undefined): Vendor | null {
  const text = details?.[STORED_VENDOR];
  if (text === undefined) return null;
  try {
    const parsed = vendor.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The vendor table's columns it can be sorted by. */
export const VENDOR_SORT_KEYS = [
  'legalName',
  'screening',
  'risk',
  'country',
  'parentName',
  'services',
  'dataShared',
  'criticality',
  'contractOwner',
  'contractEnd',
  'annualSpend',
] as const;

/** '' means any; criticality 'unset' means not set; country matches incorporation or headquarters. */
export const vendorFilters = z.object({
  criticality: z.union([z.enum(CRITICALITY), z.literal('unset'), z.literal('')]).default(''),
  service: z.union([z.enum(SERVICES), z.literal('')]).default(''),
  dataShared: z.union([z.enum(DATA_SHARED), z.literal('')]).default(''),
  country: z.union([countryCode, z.literal('')]).default(''),
  screening: z.union([z.enum(SCREENING_STATUSES), z.literal('')]).default(''),
  /** The risk tier of the vendor's current score (the portfolio's); '' for any. */
  tier: z.union([z.enum(TIERS), z.literal('')]).default(''),
});

export const vendorSort = z.object({ key: z.enum(VENDOR_SORT_KEYS), direction: z.enum(['asc', 'desc']) });

/** Up to this many rows an answer: the table asks for the window it shows, never for every vendor at once. */
export const MAX_PAGE_ROWS = 500;

/** Which vendors a search and filters keep, all of them (the table's "select all matching"). */
export const vendorMatchQuery = z.object({
  query: text(300).default(''),
  filters: vendorFilters.default({ criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '' }),
});

/** One window of the vendor list, searched (every word in a name), filtered and sorted by the core. */
export const vendorListQuery = z.object({
  query: text(300).default(''),
  filters: vendorFilters.default({ criticality: '', service: '', dataShared: '', country: '', screening: '', tier: '' }),
  sort: vendorSort.default({ key: 'legalName', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
});

export const vendorListPage = z.object({
  /** Every vendor in the inventory. */
  total: z.number(),
  /** Those the search and filters keep. */
  matched: z.number(),
  offset: z.number(),
  rows: z.array(z.object({ vendor, screening: vendorScreening })),
  /** Countries of incorporation or headquarters in the inventory, for the country filter. */
  countries: z.array(z.string()),
});

/** A vendor with nothing but its legal name: forms, imports and the demo start from it. */
export function newVendorInput(legalName = ''): VendorInput {
  return {
    legalName,
    otherNames: [],
    identifiers: [],
    countryOfIncorporation: null,
    countryOfHeadquarters: null,
    parentName: null,
    website: null,
    services: [],
    dataShared: [],
    criticality: null,
    contractOwner: null,
    contractStart: null,
    contractEnd: null,
    annualSpend: null,
    tags: [],
    notes: null,
  };
}

/** Target fields of a vendor import; the CLI headers are the same names. */
export const IMPORT_FIELDS = [
  'name',
  'aliases',
  'country',
  'country_hq',
  'identifiers',
  'parent',
  'website',
  'services',
  'data_shared',
  'criticality',
  'owner',
  'contract_start',
  'contract_end',
  'annual_spend',
  'tags',
  'notes',
] as const;
export const importField = z.enum(IMPORT_FIELDS);
/** Column index -> field (or null to ignore the column). */
export const columnMapping = z.array(importField.nullable());

export const rowProblem = z.object({
  row: z.number().int(), // spreadsheet row number: the header is row 1, the first vendor row 2
  column: z.string(),
  message: z.string(),
});

/**
 * Rows with problems kept with their cells, to be fixed or left out in the preview; beyond this many the file itself
 * must be fixed (the preview says so). The same number bounds the fixes an import takes.
 */
export const MAX_EDITABLE_ROWS = 1000;
/** The longest cell a fix may carry: the longest field (notes) with room for its surrounding spaces. */
const MAX_CELL = 20_000;

/** The cells of one row, by the field each column is mapped to (only the mapped ones), as the file gives them. */
export const importCells = z.partialRecord(importField, z.string().max(MAX_CELL, `At most ${MAX_CELL} characters`));

/** What the user changed in the preview: cells typed again in rows with problems, and rows left out. */
export const importEdits = z.object({
  corrections: z
    .array(z.object({ row: z.number().int().min(2), cells: importCells }))
    .max(MAX_EDITABLE_ROWS)
    .default([]),
  skipped: z.array(z.number().int().min(2)).max(MAX_EDITABLE_ROWS).default([]),
});

export const fieldProblem = z.object({ field: importField, column: z.string(), message: z.string() });

/** A row the file gave with problems, with its cells as read: what the preview lets the user fix. */
export const importBadRow = z.object({
  row: z.number().int(),
  cells: importCells,
  problems: z.array(fieldProblem),
});

/** Where a row with problems stands once the edits are applied, as the core checked it. */
export const importRowState = z.object({
  row: z.number().int(),
  /** 'problem': still something to fix; 'fixed': it would import now; 'skipped': left out of the import. */
  status: z.enum(['problem', 'fixed', 'skipped']),
  problems: z.array(fieldProblem),
  /** The vendor already in Vetter a fixed row is (skipped or updated as the user chose), else null. */
  existing: z.object({ name: z.string(), reason: z.string() }).nullable(),
});

/** The file as it would import with the edits: each row with problems, and the totals. */
export const importReview = z.object({
  rows: z.array(importRowState),
  counts: z.object({
    /** Rows that would be added as new vendors. */
    new: z.number(),
    /** Rows that are vendors already in Vetter (skipped or updated, as the user chose). */
    existing: z.number(),
    /** Rows that still have a problem, those beyond what the preview can fix included. */
    problemRows: z.number(),
    /** Rows left out. */
    skipped: z.number(),
  }),
  /** Problems still standing (the column mapping's included): the import is refused while any remain. */
  problemCount: z.number(),
});

/** A vendor file read and checked, nothing written: what the import wizard shows before the import. */
export const importPreview = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  mapping: columnMapping,
  rowCount: z.number(),
  problems: z.array(rowProblem),
  problemCount: z.number(),
  duplicates: z.array(
    z.object({
      row: z.number(),
      name: z.string(),
      existingId: z.string(),
      existingName: z.string(),
      /** Why the row is taken for that vendor: "same name", or "same LEI 5493…" (LEI, USCC and DUNS only). */
      reason: z.string(),
    }),
  ),
  warnings: z.array(z.string()),
  /** The rows with problems (the first MAX_EDITABLE_ROWS), with their cells, to fix in the preview. */
  badRows: z.array(importBadRow),
  /** The file as it would import with no edits. */
  review: importReview,
});

export type Vendor = z.infer<typeof vendor>;
export type VendorInput = z.infer<typeof vendorInput>;
export type VendorFilters = z.infer<typeof vendorFilters>;
export type VendorSort = z.infer<typeof vendorSort>;
export type VendorSortKey = (typeof VENDOR_SORT_KEYS)[number];
export type VendorListQuery = z.infer<typeof vendorListQuery>;
export type VendorMatchQuery = z.infer<typeof vendorMatchQuery>;
export type VendorListPage = z.infer<typeof vendorListPage>;
export type ImportField = z.infer<typeof importField>;
export type ColumnMapping = z.infer<typeof columnMapping>;
export type RowProblem = z.infer<typeof rowProblem>;
export type ImportCells = z.infer<typeof importCells>;
export type ImportEdits = z.infer<typeof importEdits>;
export type FieldProblem = z.infer<typeof fieldProblem>;
export type ImportBadRow = z.infer<typeof importBadRow>;
export type ImportRowState = z.infer<typeof importRowState>;
export type ImportReview = z.infer<typeof importReview>;
