// A user's saved views of the vendor list: a search, filters, an order and the columns shown, under a name of their
// choosing; one may open when the app starts. Plain schemas, no Node imports: the renderer takes them through the
// contract.
import { z } from 'zod';
import { text } from '../schemas';
import { VENDOR_SORT_KEYS, vendorFilters, vendorSort } from '../vendors/model';

/** The vendor table's columns are its sort keys: every column sorts. The legal name is always shown. */
export const VENDOR_COLUMNS = VENDOR_SORT_KEYS;
export type VendorColumn = (typeof VENDOR_COLUMNS)[number];

const columnList = z.array(z.enum(VENDOR_COLUMNS)).min(1).max(VENDOR_COLUMNS.length);

/** What a view keeps: what the vendor list's toolbar and the table's Columns menu set. */
export const vendorView = z.object({
  query: text(300),
  filters: vendorFilters,
  sort: vendorSort,
  columns: columnList,
});
export type VendorView = z.infer<typeof vendorView>;

/** A view as saved: each column once, the legal name first. */
const vendorViewInput = vendorView.extend({
  columns: columnList
    .refine((columns) => new Set(columns).size === columns.length, 'A column is shown once')
    .refine((columns) => columns[0] === 'legalName', 'The legal name is the first column'),
});

export const viewName = z.string().trim().min(1, 'Give the view a name').max(80, 'A view’s name is at most 80 characters');

export const savedView = z.object({
  id: z.string(),
  name: z.string(),
  definition: vendorView,
  /** Opened when the app starts (one view at most). */
  isDefault: z.boolean(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof savedView>;

/** Saving under a name the user already has replaces that view. */
export const saveViewInput = z.object({ name: viewName, definition: vendorViewInput, isDefault: z.boolean().default(false) });
export type SaveViewInput = z.infer<typeof saveViewInput>;
