// Reads a user's CSV or XLSX file into a header row and string cells, rejecting files that cannot be
// read faithfully with a message that says what is wrong, where, and how to fix it.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Workbook, type CellFormulaValue, type CellSharedFormulaValue, type CellValue, type Worksheet } from 'exceljs';
import Papa from 'papaparse';
import { VetterError } from '../errors';

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export interface TableRow {
  /** Spreadsheet row number: the header is row 1 (or later, after leading blank rows). */
  row: number;
  /** One trimmed cell per header column. */
  cells: string[];
}

export interface TableFile {
  format: 'csv' | 'xlsx';
  /** SHA-256 of exactly the bytes that were read, for the audit record of the import. */
  sha256: string;
  headers: string[];
  rows: TableRow[];
  warnings: string[];
}

/** A table before its hash is attached. */
type Table = Omit<TableFile, 'sha256'>;

/** A row as read, before it is fitted to the header: any number of trimmed cells. */
type RawRow = TableRow;

const SAVE_AS_UTF8 = 'In Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" and import that file.';

function badFile(message: string): VetterError {
  return new VetterError('bad_file', message);
}

export async function readTableFile(path: string): Promise<TableFile> {
  // Check the size before reading so an oversized file costs nothing.
  checkSize((await stat(path)).size);
  return parseTableBytes(await readFile(path));
}

/** The same as readTableFile for bytes already in memory. */
export async function parseTableBytes(bytes: Uint8Array): Promise<TableFile> {
  checkSize(bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { ...(await readWorkbook(bytes)), sha256 };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw badFile('This is an old-style Excel workbook (.xls), which cannot be imported. Open it in Excel and save it as .xlsx or as "CSV UTF-8".');
  }
  return { ...readCsv(decodeText(bytes)), sha256 };
}

function checkSize(size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw badFile(
      `The file is ${formatMegabytes(size)}, larger than the ${formatMegabytes(MAX_IMPORT_BYTES)} limit. Split it into smaller files and import them one at a time.`,
    );
  }
}

/** Rounded up to 0.1 MB, so a file just over the limit never shows as equal to it. */
function formatMegabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// ---------------------------------------------------------------------------------------------
// Text decoding

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.includes(0)) {
    throw badFile(
      `This does not look like a CSV or Excel file: it contains binary data. Choose a .csv or .xlsx file. If it is a text file saved as UTF-16 without a byte-order mark, ${SAVE_AS_UTF8}`,
    );
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badFile(invalidUtf8Message(bytes));
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw badFile(`The file says it is UTF-16 text but is not valid UTF-16. ${SAVE_AS_UTF8}`);
  }
  if (text.includes('\u0000')) throw badFile('This does not look like a CSV or Excel file: it contains binary data. Choose a .csv or .xlsx file.');
  return text;
}

function invalidUtf8Message(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8Byte(bytes);
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return (
    `The file is not UTF-8 text: line ${line} has an invalid byte (0x${byte}) at byte offset ${offset}. ` +
    `It was probably saved in an older encoding such as Windows-1252. ${SAVE_AS_UTF8}`
  );
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (WHATWG rules), or bytes.length. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += needed + 1;
  }
  return bytes.length;
}

// ---------------------------------------------------------------------------------------------
// CSV

function readCsv(decoded: string): Table {
  if (decoded.trim() === '') throw badFile('The file is empty. Choose a file with a header row and at least one vendor row.');
  // Papaparse takes one line-break style from the start of the file, so mixed endings would merge
  // rows; this also makes line breaks inside quoted cells "\n", as in XLSX cells.
  const text = decoded.replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(text, { header: false, delimiter: detectDelimiter(text), skipEmptyLines: false });
  const error = result.errors[0];
  if (error) throw badFile(csvErrorMessage(error));
  const rows = result.data.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => c.trim()) }));
  return buildTable('csv', rows, []);
}

/**
 * Picks , ; or tab by which splits the header row into the most cells. Papaparse's own guesser
 * looks at several rows and is misled by a trailing newline in short files and by ";" inside values.
 */
function detectDelimiter(text: string): string {
  const firstRow = text.replace(/^\n+/, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = Papa.parse<string[]>(firstRow, { delimiter, preview: 1 }).data[0]?.length ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function csvErrorMessage(error: Papa.ParseError): string {
  const where = error.row === undefined ? 'The file' : `Row ${error.row + 1}`;
  if (error.code === 'MissingQuotes') {
    return `${where} has a double quote (") that is never closed, so everything after it would be read as one cell. Close the quote, or remove it if it is not meant to wrap the cell.`;
  }
  if (error.code === 'InvalidQuotes') {
    return `${where} has a quoted cell with text after its closing quote. Wrap the whole cell in double quotes and write any quote inside it twice ("").`;
  }
  return `${where} could not be read as CSV: ${error.message}.`;
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function readWorkbook(bytes: Uint8Array): Promise<Table> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; the copy is at most MAX_IMPORT_BYTES.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw badFile('The file is a zip archive but not a readable Excel workbook (.xlsx). Open it in Excel and save it as .xlsx or as "CSV UTF-8".');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('The workbook has no worksheets. Add the vendors to the first sheet and try again.');
  const warnings: string[] = [];
  if (workbook.worksheets.length > 1) {
    warnings.push(`The workbook has ${workbook.worksheets.length} sheets; only the first, "${sheet.name}", was imported.`);
  }
  const { rows, unsavedFormulas } = sheetRows(sheet);
  if (unsavedFormulas.length > 0) {
    warnings.push(
      `${unsavedFormulas.length} formula cell(s) have no saved result and were read as empty (first: ${unsavedFormulas[0]}). Open the file in Excel, save it, and import it again.`,
    );
  }
  if (rows.every((r) => r.cells.every((c) => c === ''))) {
    throw badFile(`The file is empty: the first sheet, "${sheet.name}", has no data. Put the header row and vendors on the first sheet.`);
  }
  return buildTable('xlsx', rows, warnings);
}

function sheetRows(sheet: Worksheet): { rows: RawRow[]; unsavedFormulas: string[] } {
  const rows: RawRow[] = [];
  const unsavedFormulas: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // Like Excel's own CSV export, a merged range's value belongs to its top-left cell only.
      if (cell.isMerged && cell.master !== cell) {
        cells.push('');
        continue;
      }
      const value = cell.value;
      if (isFormula(value) && value.result === undefined) unsavedFormulas.push(cell.address);
      cells.push(cellText(value).trim());
    }
    rows.push({ row: r, cells });
  }
  return { rows, unsavedFormulas };
}

function isFormula(value: CellValue): value is CellFormulaValue | CellSharedFormulaValue {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A cell as the text the user sees; formulas give their saved result, never the formula. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if (isFormula(value)) return cellText(value.result);
  // A hyperlink's text is itself a cell value (rich text when the link is formatted).
  return cellText(value.text as CellValue);
}

const decimalFormat = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** Plain decimal text, never exponent notation, at Excel's 15 significant digits (so 0.1+0.2 is "0.3"). */
export function numberToText(value: number): string {
  return decimalFormat.format(value);
}

// ---------------------------------------------------------------------------------------------
// Shared: header row, row widths, empty rows

function buildTable(format: TableFile['format'], raw: RawRow[], warnings: string[]): Table {
  const isEmpty = (r: RawRow) => r.cells.every((c) => c === '');
  const headerIndex = raw.findIndex((r) => !isEmpty(r));
  const lastIndex = raw.findLastIndex((r) => !isEmpty(r));
  const header = raw[headerIndex];
  if (!header) throw badFile('The file is empty. Choose a file with a header row and at least one vendor row.');
  // Blank rows at the end (a trailing newline, formatted but empty rows) are not worth a warning.
  const body = raw.slice(headerIndex + 1, lastIndex + 1);
  const dataRows = body.filter((r) => !isEmpty(r));
  if (dataRows.length === 0) {
    throw badFile(`The file has a header row (row ${header.row}) but no vendor rows. Add one vendor per row below the header.`);
  }
  const headers = headerNames(header.cells, dataRows);
  const skipped = body.length - dataRows.length;
  if (skipped > 0) warnings.push(`${skipped} empty row(s) were skipped.`);
  return { format, headers, rows: dataRows.map((r) => fitRow(r, headers.length)), warnings };
}

/**
 * Header names, with "Column 5" for unnamed columns that hold data. Unnamed columns at the right
 * that are empty everywhere are dropped: spreadsheets often carry them from formatting.
 */
function headerNames(cells: string[], rows: RawRow[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '' && rows.every((r) => (r.cells[width - 1] ?? '') === '')) width--;
  const headers = cells.slice(0, width).map((name, i) => name || `Column ${i + 1}`);
  checkDuplicateHeaders(headers);
  return headers;
}

function checkDuplicateHeaders(headers: string[]): void {
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  headers.forEach((name, i) => {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else duplicates.push(`"${name}" (columns ${columnLetter(first)} and ${columnLetter(i)})`);
  });
  if (duplicates.length > 0) {
    throw badFile(`The header row has duplicate column names: ${duplicates.join(', ')}. Rename or remove the extra columns so each name is used once.`);
  }
}

/** Pads short rows; extra cells are an error unless empty (trailing delimiters lose nothing). */
function fitRow(raw: RawRow, width: number): TableRow {
  const extra = raw.cells.slice(width);
  if (extra.some((c) => c !== '')) {
    throw badFile(
      `Row ${raw.row} has ${raw.cells.length} cells but the header has only ${width} columns. ` +
        'If a value contains the delimiter (such as a comma), wrap that value in double quotes; otherwise add a header for the extra column.',
    );
  }
  const cells = raw.cells.slice(0, width);
  while (cells.length < width) cells.push('');
  return { row: raw.row, cells };
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
