// What Vetter reads from one list file, and the refusals when a file passes it. Each limit is checked before the work
// it guards (a file's size before it is read, a repeated row before it is expanded, a value's length before it is
// split into names), so a hostile file is refused with the file, the limit and the place, instead of filling the
// memory or running for hours: a trade.gov JSON with one 10 MB name once ran for more than ten minutes.
import { TABLE_LIMITS } from '../vendors/table-common';
import { quoteValue } from '../visible-text';
import { megabytes } from '../files/zip';
import { badFile, DOWNLOAD_AGAIN, type Place } from './problems';

/**
 * Far beyond every real list (the largest files Vetter reads are the trade.gov CSL, 6 MB of CSV with 14,160 rows, and
 * OFAC's add.csv, 25,000 rows; the longest value in any of them is 8,300 characters of CSL remarks; the UK ODS unpacks
 * to 7.4 MB), and low enough that the worst file within them is read in well under a minute inside the lists
 * worker's memory cap (lists/read-files.ts).
 */
export const LIST_LIMITS = {
  /** One file, in bytes, whatever its format. */
  bytes: 100 * 1024 * 1024,
  /** Rows, records or results of one file (an ODS sheet's rows counted after their repeats). */
  records: 250_000,
  /** Cells of one row with a value (CSV, ODS). */
  columns: 1_000,
  /** Characters of one value: a spreadsheet cell's own limit, the same as for vendor files. */
  fieldChars: TABLE_LIMITS.cellChars,
  /** Values of one record (elements and texts of an XML record, strings of a JSON result): names, addresses… */
  recordValues: 10_000,
  /** Parts of an ODS archive, and what they unpack to (zip bombs): the same as for vendor workbooks. */
  zipEntries: TABLE_LIMITS.zipEntries,
  zipPartBytes: TABLE_LIMITS.zipPartBytes,
  zipTotalBytes: TABLE_LIMITS.zipTotalBytes,
};
export type ListLimits = typeof LIST_LIMITS;

/** The limits in force: Vetter's own, or smaller ones a test asks for. */
export const listLimits = (limits?: Partial<ListLimits>): ListLimits => (limits ? { ...LIST_LIMITS, ...limits } : LIST_LIMITS);

const count = (n: number) => n.toLocaleString('en-US');
const SPLIT = 'If it really is one list, ask the publisher for the list in its usual form.';

export function checkFileSize(file: string, bytes: number, limits: ListLimits): void {
  if (bytes <= limits.bytes) return;
  throw badFile(file, null, `The file is ${megabytes(bytes)}, more than the ${megabytes(limits.bytes)} Vetter reads from one list file (the largest real lists are a few MB).`, `${SPLIT} ${DOWNLOAD_AGAIN}`);
}

/** `records` so far (counted as each is read): refused at the first one past the limit. */
export function checkRecords(file: string, place: Place, records: number, limits: ListLimits, what = 'rows'): void {
  if (records <= limits.records) return;
  throw badFile(file, place, `The file has more than ${count(limits.records)} ${what}, the most Vetter reads from one list file (the largest real lists have about 25,000).`, SPLIT);
}

export function checkColumns(file: string, place: Place, columns: number, limits: ListLimits): void {
  if (columns <= limits.columns) return;
  throw badFile(file, place, `This row has a value beyond the ${count(limits.columns)} columns Vetter reads.`, `${DOWNLOAD_AGAIN} If you edited the file, delete the columns to the right of the list.`);
}

/** A value's length, given before the value itself is built where it can be (`value` only for the message). */
export function checkField(file: string, place: Place, length: number, limits: ListLimits, value: string, hint = ''): void {
  if (length <= limits.fieldChars) return;
  throw badFile(
    file,
    place,
    `This value holds ${count(length)} characters, more than the ${count(limits.fieldChars)} Vetter reads in one value (it starts ${quoteValue(value.slice(0, 40), 40)}).${hint}`,
    DOWNLOAD_AGAIN,
  );
}

/** `values` so far in one record (an XML element and its content, a JSON result). */
export function checkRecordValues(file: string, place: Place, values: number, limits: ListLimits): void {
  if (values <= limits.recordValues) return;
  throw badFile(file, place, `This record holds more than ${count(limits.recordValues)} values (names, addresses and other fields together), far more than any real entry.`, DOWNLOAD_AGAIN);
}

/**
 * The results of a JSON list, each within the limits, before any is turned into an entry (where its names are split,
 * normalised and compared): `where` names each value by its path, e.g. results[3].alt_names[2].
 */
export function checkJsonRecords(file: string, records: readonly unknown[], limits: ListLimits): void {
  checkRecords(file, { where: `results[${limits.records}]` }, records.length, limits, 'results');
  records.forEach((record, i) => {
    let values = 1;
    const stack: [unknown, string][] = [[record, `results[${i}]`]];
    for (let next = stack.pop(); next; next = stack.pop()) {
      const [value, path] = next;
      if (typeof value === 'string') checkField(file, { where: path }, value.length, limits, value);
      if (typeof value !== 'object' || value === null) continue;
      // Counted before a single child is looked at: an array of ten million names is refused as it is.
      const keys = Array.isArray(value) ? null : Object.keys(value);
      values += keys ? keys.length : (value as unknown[]).length;
      checkRecordValues(file, { where: `results[${i}]` }, values, limits);
      if (keys) for (const k of keys) stack.push([(value as Record<string, unknown>)[k], `${path}.${k}`]);
      else (value as unknown[]).forEach((v, j) => stack.push([v, `${path}[${j}]`]));
    }
  });
}
