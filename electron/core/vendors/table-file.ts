// Reads a user's vendor file (CSV, XLSX or ODS, chosen by content) into a header row and string cells, row by row:
// no format is ever held as a whole model in memory, and every limit (file size, unpacked size, rows, columns, cells,
// cell length, merged ranges) is checked before the work it guards. A file that cannot be read faithfully is refused
// with a message that names the file, the place (sheet, row, column) and what to do.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { looksLikeZip, megabytes } from '../files/zip';
import { quoteValue } from '../visible-text';
import {
  badFile,
  cellTooLong,
  place,
  type ReadContext,
  type ReadOptions,
  TABLE_LIMITS,
  TableBuilder,
  type TableLimits,
  type TableFile,
  type TableRow,
  type TableSink,
  type TableSummary,
  tooManyColumns,
} from './table-common';
import { readWorkbook } from './table-workbook';

export {
  columnIndex,
  columnLetter,
  MAX_IMPORT_BYTES,
  numberToText,
  type ReadOptions,
  TABLE_LIMITS,
  type TableFile,
  type TableFormat,
  type TableLimits,
  type TableRow,
  type TableSink,
  type TableSummary,
} from './table-common';

const SAVE_AS_UTF8 = 'In Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" and import that file.';

/** Reads the whole table into memory: for small files and tests. Imports stream with readTable. */
export async function readTableFile(file: string, opts: ReadOptions = {}): Promise<TableFile> {
  const rows: TableRow[] = [];
  const summary = await readTable(file, { ...opts, sink: { row: (row, cells) => rows.push({ row, cells }) } });
  const width = summary.headers.length;
  const { rowCount: _rowCount, ...rest } = summary;
  return { ...rest, rows: rows.map((r) => ({ row: r.row, cells: r.cells.slice(0, width) })) };
}

/** Streams a table file into a sink; the summary comes once the whole file was read and checked. */
export async function readTable(file: string, opts: ReadOptions & { sink: TableSink }): Promise<TableSummary> {
  const name = opts.name ?? path.basename(file);
  const limits = { ...TABLE_LIMITS, ...opts.limits };
  // The size first, so an oversized file costs nothing.
  checkSize(name, (await stat(file)).size, limits);
  return parseTable(await readFile(file), { ...opts, name, limits });
}

/** The same as readTable for bytes already in memory. */
export async function parseTable(bytes: Uint8Array, opts: ReadOptions & { name: string; sink: TableSink }): Promise<TableSummary> {
  const limits = { ...TABLE_LIMITS, ...opts.limits };
  const file = opts.name;
  checkSize(file, bytes.length, limits);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const context = { file, limits, sink: opts.sink, onProgress: opts.onProgress };
  if (looksLikeZip(bytes)) {
    return { ...(await readWorkbook(bytes, context)), sha256 };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw badFile(
      file,
      null,
      'this is an old-style Excel workbook (.xls) or a password-protected workbook, which cannot be imported. Open it in Excel, remove any password, and save it as .xlsx or as "CSV UTF-8".',
    );
  }
  return { ...readCsv(bytes, context), sha256 };
}

function checkSize(file: string, size: number, limits: TableLimits): void {
  if (size > limits.bytes) {
    throw badFile(file, null, `the file is ${megabytes(size)}, larger than the ${megabytes(limits.bytes)} Vetter imports. Split it into smaller files and import them one at a time.`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// ---------------------------------------------------------------------------------------------
// Text decoding

function decodeText(bytes: Uint8Array, file: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw badFile(
      file,
      `line ${lineOf(bytes, nul)}`,
      `this does not look like a CSV or spreadsheet file: it contains binary data (a NUL byte at byte offset ${nul}). Choose a .csv, .xlsx or .ods file. If it is a text file saved as UTF-16 without a byte-order mark, save it as UTF-8: ${SAVE_AS_UTF8.replace(/^In/, 'in')}`,
    );
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw badFile(
      file,
      `line ${lineOf(bytes, offset)}`,
      `the file is not UTF-8 text: line ${lineOf(bytes, offset)} has an invalid byte (0x${byte}) at byte offset ${offset}. It was probably saved in an older encoding such as Windows-1252. ${SAVE_AS_UTF8}`,
    );
  }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw badFile(file, null, `the file says it is UTF-16 text but is not valid UTF-16. ${SAVE_AS_UTF8}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw badFile(file, `line ${line}`, 'this does not look like a CSV or spreadsheet file: it contains binary data (a NUL character). Choose a .csv, .xlsx or .ods file.');
  }
  return text;
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

function readCsv(bytes: Uint8Array, context: ReadContext): Omit<TableSummary, 'sha256'> {
  const { file, limits } = context;
  const decoded = decodeText(bytes, file);
  if (decoded.trim() === '') throw badFile(file, null, 'the file is empty. Choose a file with a header row and at least one vendor row.');
  // Papaparse takes one line-break style from the start of the file, so mixed endings would merge
  // rows; this also makes line breaks inside quoted cells "\n", as in XLSX cells.
  const text = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
  const delimiter = detectDelimiter(text);
  // Limits before work: when the file may hold more rows (or cells) than Vetter reads, a first pass that only
  // counts finds where it passes them, before any row is checked as a vendor.
  const lines = countLines(text);
  const firstLine = text.slice(0, Math.min(text.length, 64 * 1024)).split('\n', 1)[0] ?? '';
  const width = firstLine.split(delimiter).length;
  if (lines > limits.rows + 1 || lines * width > limits.cells) parseCsv(text, delimiter, { ...context, sink: { row: () => {} }, onProgress: undefined });
  return parseCsv(text, delimiter, context);
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function parseCsv(text: string, delimiter: string, context: ReadContext): Omit<TableSummary, 'sha256'> {
  const { file, limits } = context;
  const table = new TableBuilder(context, 'csv', (row, column) => place(row, column));
  let record = 0;
  let failure: unknown = null;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (failure) return;
      record += 1;
      try {
        const error = result.errors[0];
        if (error) throw badFile(file, `row ${record}`, csvErrorMessage(error));
        const fields = result.data;
        if (fields.length > limits.columns) {
          const first = fields.findIndex((f, i) => i >= limits.columns && f.trim() !== '');
          if (first >= 0) throw tooManyColumns(file, place(record, first), limits);
        }
        for (let i = 0; i < fields.length; i++) {
          const field = fields[i] ?? '';
          if (field.length > limits.cellChars) throw cellTooLong(file, place(record, i), field, limits);
        }
        table.add(record, fields.length > limits.columns ? fields.slice(0, limits.columns).map(trim) : fields.map(trim));
        if (record % 5000 === 0) context.onProgress?.(result.meta.cursor, text.length);
      } catch (err) {
        failure = err;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  context.onProgress?.(text.length, text.length);
  return table.finish([]);
}

const trim = (s: string): string => s.trim();

/**
 * Picks , ; or tab by which splits the header row into the most cells. Papaparse's own guesser
 * looks at several rows and is misled by a trailing newline in short files and by ";" inside values.
 */
function detectDelimiter(text: string): string {
  // The first line is enough (and a file of one huge line must not be parsed three times over).
  const start = text.search(/[^\n]/);
  const firstRow = text.slice(start, start + 64 * 1024);
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
  if (error.code === 'MissingQuotes') {
    return 'a double quote (") is never closed, so everything after it would be read as one cell. Close the quote, or remove it if it is not meant to wrap the cell.';
  }
  if (error.code === 'InvalidQuotes') {
    return 'a quoted cell has text after its closing quote. Wrap the whole cell in double quotes and write any quote inside it twice ("").';
  }
  return `the row could not be read as CSV: ${quoteValue(error.message, 100)}.`;
}

