// What every vendor-file reader shares: the limits, the places and messages of refusals, and the builder that turns
// rows as read into a header and data rows (empty rows, row widths, row and cell limits).
import { VetterError } from '../errors';
import { ZipError } from '../files/zip';
import { quoteValue } from '../visible-text';

/**
 * What Vetter reads from one vendor file. Each is far beyond a real vendor inventory (the table is built for
 * 10,000 vendors) and low enough that the worst file within them is read in seconds and well inside memory.
 */
export const TABLE_LIMITS = {
  /** The file itself, in bytes, whatever its format. */
  bytes: 25 * 1024 * 1024,
  /** Vendor (data) rows. */
  rows: 200_000,
  /** Columns with a value (column ALL is the last). */
  columns: 1_000,
  /** Data rows × header columns: a very wide sheet with many rows is refused even when each is within its limit. */
  cells: 10_000_000,
  /** Characters in one cell: Excel's own limit, so only a damaged or hostile file passes it. */
  cellChars: 32_767,
  /** Parts of an XLSX or ODS archive (a real workbook has tens). */
  zipEntries: 10_000,
  /** Unpacked bytes of one part, and of all the parts read, of an XLSX or ODS archive (zip bombs). */
  zipPartBytes: 200 * 1024 * 1024,
  /** (A sheet is unpacked twice: once to find its merged ranges, which Excel writes after the rows, then to read it.) */
  zipTotalBytes: 512 * 1024 * 1024,
  /** Merged ranges in a sheet. */
  merges: 100_000,
};
export type TableLimits = typeof TABLE_LIMITS;

/** Files over TABLE_LIMITS.bytes are refused before they are read. */
export const MAX_IMPORT_BYTES = TABLE_LIMITS.bytes;

export interface TableRow {
  /** Spreadsheet row number: the header is row 1 (or later, after leading blank rows). */
  row: number;
  /** One trimmed cell per header column. */
  cells: string[];
}

export type TableFormat = 'csv' | 'xlsx' | 'ods';

export interface TableFile {
  format: TableFormat;
  /** SHA-256 of exactly the bytes that were read, for the audit record of the import. */
  sha256: string;
  headers: string[];
  rows: TableRow[];
  warnings: string[];
}

export type TableSummary = Omit<TableFile, 'rows'> & { rowCount: number };

/** Where a streamed table goes, row by row. */
export interface TableSink {
  /** The header row, once, before any data row: a name per column ("Column 5" for unnamed ones). */
  header?(headers: string[], row: number): void;
  /**
   * Each data row (empty rows are skipped), as wide as the header. Unnamed columns at the right that turn out to be
   * empty everywhere are dropped from the summary's headers at the end; their cells here are always empty.
   */
  row(row: number, cells: string[]): void;
}

export interface ReadOptions {
  /** The file's name as the user knows it (a picked file's own name), used in every message; the path's by default. */
  name?: string;
  limits?: Partial<TableLimits>;
  /** Reading progress, in bytes (CSV) or parts of the sheet (XLSX, ODS). */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadContext {
  file: string;
  limits: TableLimits;
  sink: TableSink;
  onProgress?: (done: number, total: number) => void;
}

export const SAVE_AGAIN = 'Open it in Excel or LibreOffice, save it again as .xlsx, .ods or "CSV UTF-8", and import that file.';

/** A file-level refusal: `${file}[, place]: problem`. */
export function badFile(file: string, place: string | null, message: string): VetterError {
  return new VetterError('bad_file', `${file}${place ? `, ${place}` : ''}: ${message}`);
}

/** A ZipError as the user reads it, naming the file. */
export function zipProblem(file: string, err: unknown): VetterError {
  if (err instanceof ZipError) {
    return err.kind === 'limit'
      ? badFile(file, null, `the workbook is too large to read: ${err.message}. Split it into smaller files, or save it as "CSV UTF-8", and import that.`)
      : badFile(file, null, `${err.message}. ${SAVE_AGAIN}`);
  }
  throw err;
}

/** "row 3, column C (notes)"-style places use the spreadsheet's letters, which users see in Excel too. */
export function place(row: number, column?: number, sheet?: string): string {
  const parts = [];
  if (sheet !== undefined) parts.push(`sheet ${quoteValue(sheet, 40)}`);
  parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column ${columnLetter(column)}`);
  return parts.join(', ');
}

export function tooManyColumns(file: string, where: string, limits: TableLimits): VetterError {
  return badFile(
    file,
    where,
    `a value lies beyond the ${limits.columns.toLocaleString('en-US')} columns Vetter reads (the last is column ${columnLetter(limits.columns - 1)}). Delete the columns to the right of your data, or move the value, and save the file again.`,
  );
}

export function cellTooLong(file: string, where: string, value: string, limits: TableLimits): VetterError {
  return badFile(
    file,
    where,
    `the cell holds ${value.length.toLocaleString('en-US')} characters, more than the ${limits.cellChars.toLocaleString('en-US')} a spreadsheet cell can hold (it starts ${quoteValue(value.slice(0, 40), 40)}…). If it is a CSV file, a double quote that is never closed can make the rest of the file one cell. Shorten the cell, or fix the quote.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Shared by every format: header row, row widths, empty rows, row and cell limits

export class TableBuilder {
  private headerCells: string[] | null = null;
  private headerRow = 0;
  /** For each unnamed header column: whether any data row has a value there. */
  private unnamedUsed: boolean[] = [];
  private pendingEmpty = 0;
  private skipped = 0;
  private dataRows = 0;
  private lastRow = 0;

  constructor(
    private readonly context: ReadContext,
    private readonly format: TableFormat,
    /** The place of a cell (0-based column) as the user finds it: "sheet "Vendors", row 3, column C". */
    private readonly where: (row: number, column?: number) => string,
  ) {}

  get rowsRead(): number {
    return this.dataRows;
  }

  /** One row as read: any number of trimmed cells (the reader has checked columns and cell lengths). */
  add(row: number, cells: string[]): void {
    if (row <= this.lastRow) {
      throw badFile(
        this.context.file,
        this.where(row),
        `row ${row} comes after row ${this.lastRow}: the rows are out of order, which no spreadsheet program writes. ${SAVE_AGAIN}`,
      );
    }
    // Rows a spreadsheet does not write at all (no cells) are empty rows too.
    if (this.headerCells !== null) this.pendingEmpty += row - this.lastRow - 1;
    this.lastRow = row;
    const empty = cells.every((c) => c === '');
    if (this.headerCells === null) {
      if (!empty) this.setHeader(row, cells);
      return;
    }
    if (empty) {
      this.pendingEmpty += 1;
      return;
    }
    this.skipped += this.pendingEmpty;
    this.pendingEmpty = 0;
    const width = this.headerCells.length;
    const { file, limits } = this.context;
    if (cells.length > width) {
      const extra = cells.findIndex((c, i) => i >= width && c !== '');
      if (extra >= 0) {
        throw badFile(
          file,
          this.where(row),
          `the row has ${cells.length} cells but the header has only ${width} columns (the first extra value is in column ${columnLetter(extra)}). ` +
            'If a value contains the delimiter (such as a comma), wrap that value in double quotes; otherwise add a header for the extra column.',
        );
      }
    }
    this.dataRows += 1;
    if (this.dataRows > limits.rows) {
      throw badFile(file, this.where(row), `the file has more than ${limits.rows.toLocaleString('en-US')} vendor rows, the most Vetter imports from one file. Split it into smaller files and import them one at a time.`);
    }
    if (this.dataRows * width > limits.cells) {
      throw badFile(
        file,
        this.where(row),
        `${this.dataRows.toLocaleString('en-US')} rows of ${width} columns make more than the ${limits.cells.toLocaleString('en-US')} cells Vetter reads from one file. Delete the columns you do not need, or split the file.`,
      );
    }
    const fitted = cells.length === width ? cells : cells.length > width ? cells.slice(0, width) : [...cells, ...new Array<string>(width - cells.length).fill('')];
    for (let i = 0; i < width; i++) if (this.unnamedUsed[i] === false && fitted[i] !== '') this.unnamedUsed[i] = true;
    this.context.sink.row(row, fitted);
  }

  /**
   * A row a spreadsheet repeats `count` times (ODS): the row and cell limits are checked by arithmetic first, so a
   * row repeated a million times is refused before one copy is made.
   */
  addRepeated(row: number, cells: string[], count: number): void {
    this.add(row, cells);
    if (count <= 1 || cells.every((c) => c === '')) return;
    const { file, limits } = this.context;
    const width = this.headerCells?.length ?? cells.length;
    const rowsLeft = limits.rows - this.dataRows;
    const cellsLeft = Math.floor(limits.cells / Math.max(width, 1)) - this.dataRows;
    if (count - 1 > Math.min(rowsLeft, cellsLeft)) {
      throw badFile(
        file,
        this.where(row),
        `the row is repeated ${count.toLocaleString('en-US')} times, more than the ${limits.rows.toLocaleString('en-US')} vendor rows (or ${limits.cells.toLocaleString('en-US')} cells) Vetter imports from one file. Delete the repeated rows and save the file again.`,
      );
    }
    for (let i = 1; i < count; i++) this.add(row + i, cells.slice());
  }

  finish(warnings: string[], emptyMessage?: string): Omit<TableSummary, 'sha256'> {
    const { file } = this.context;
    if (this.headerCells === null) {
      throw badFile(file, null, emptyMessage ?? 'the file is empty. Choose a file with a header row and at least one vendor row.');
    }
    if (this.dataRows === 0) {
      throw badFile(file, null, `the file has a header row (row ${this.headerRow}) but no vendor rows. Add one vendor per row below the header.`);
    }
    // Unnamed columns at the right that are empty everywhere come from formatting: they are dropped.
    let width = this.headerCells.length;
    while (width > 0 && this.headerCells[width - 1] === '' && this.unnamedUsed[width - 1] !== true) width--;
    const headers = this.headerCells.slice(0, width).map((h, i) => h || `Column ${i + 1}`);
    checkDuplicateHeaders(file, headers, this.headerRow);
    // Blank rows at the end (a trailing newline, formatted but empty rows) are not worth a warning.
    if (this.skipped > 0) warnings.push(`${this.skipped.toLocaleString('en-US')} empty row(s) were skipped.`);
    return { format: this.format, headers, rowCount: this.dataRows, warnings };
  }

  private setHeader(row: number, cells: string[]): void {
    this.headerCells = cells;
    this.headerRow = row;
    this.unnamedUsed = this.headerCells.map((c) => (c === '' ? false : true));
    // Named columns clash now already (generated "Column N" names are checked at the end).
    checkDuplicateHeaders(this.context.file, this.headerCells.filter((c) => c !== ''), row, this.headerCells);
    this.context.sink.header?.(
      this.headerCells.map((h, i) => h || `Column ${i + 1}`),
      row,
    );
  }
}

function checkDuplicateHeaders(file: string, headers: string[], row: number, all = headers): void {
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  for (const name of headers) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    const columns = all.flatMap((h, i) => (h.toLowerCase() === key ? [columnLetter(i)] : []));
    seen.set(key, columns.length);
    if (columns.length > 1) duplicates.push(`${quoteValue(name, 60)} (columns ${columns.slice(0, 5).join(' and ')}${columns.length > 5 ? ', …' : ''})`);
    if (duplicates.length >= 10) break;
  }
  if (duplicates.length > 0) {
    throw badFile(file, `header row ${row}`, `the header row has duplicate column names: ${duplicates.join(', ')}. Rename or remove the extra columns so each name is used once.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Cells as text

const decimalFormat = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** Plain decimal text, never exponent notation, at Excel's 15 significant digits (so 0.1+0.2 is "0.3"). */
export function numberToText(value: number): string {
  return decimalFormat.format(value);
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "XFD" -> 16383 (0-based); -1 when it is not column letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
    if (n > 1e7) return -1;
  }
  return letters === '' ? -1 : n - 1;
}
