// Shared by the list importers: decoding, a CSV reader that knows lines and columns, dates,
// countries, and the small pieces every entry is built from.
import { parseCountry } from '../vendors/countries';
import { vendorNameKey } from '../vendors/names';
import type { ListEntry, ListFile } from './entry';
import { yieldToEventLoop } from '../jobs/jobs';
import { checkColumns as checkRowWidth, checkField, checkRecords, type ListLimits, listLimits } from './limits';
import { badFile, DOWNLOAD_AGAIN } from './problems';

export interface ParseOptions {
  /** Called now and then with work done and total work (characters or bytes), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** "Today": dates after it are typos and are not used as the list's as-of date. Tests pin it. */
  now?: Date;
  /** Smaller limits than Vetter's own (lists/limits.ts), for tests. */
  limits?: Partial<ListLimits>;
}

// ---------------------------------------------------------------------------------------------
// Errors (in problems.ts, which limits.ts uses too)

export { badFile, describePlace, DOWNLOAD_AGAIN, type Place } from './problems';

// ---------------------------------------------------------------------------------------------
// Decoding

const SUB = 0x1a; // DOS end-of-file mark: OFAC's legacy CSV files end with one.

/**
 * The file as text with "\n" line ends, without a byte-order mark or a trailing DOS end-of-file
 * mark. Files that are not UTF-8 are read as Windows-1252 (old OFAC and BIS exports), with a warning.
 */
export function decodeText(file: ListFile, warnings: string[]): string {
  let end = file.bytes.length;
  while (end > 0 && file.bytes[end - 1] === SUB) end--;
  const bytes = file.bytes.subarray(0, end);
  if (isBlank(bytes)) throw badFile(file.name, null, 'The file is empty.', 'Choose the list file itself, as downloaded from the publisher.');
  if (!isUtf16(bytes) && bytes.subarray(0, 65536).includes(0)) {
    throw badFile(file.name, null, 'This is not a text file: it holds binary data.', 'Choose the list file as downloaded from the publisher (CSV, TXT, XML, JSON or ODS).');
  }
  let text: string;
  try {
    text = decode(bytes, true);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(`"${file.name}" is not UTF-8 text; it was read as Windows-1252. Check accented names in the result.`);
  }
  // One line-end style makes line numbers right for files with mixed endings.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The start of a file as text, for telling formats apart; never fails. */
export function sniffText(bytes: Uint8Array, maxBytes = 65536): string {
  return decode(bytes.subarray(0, maxBytes), false)
    .replace(/\r\n?/g, '\n')
    .replace(/\u001a+$/, '');
}

const isUtf16 = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** UTF-16 by its byte-order mark, else UTF-8; TextDecoder drops the byte-order mark itself. */
function decode(bytes: Uint8Array, fatal: boolean): string {
  if (isUtf16(bytes)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal }).decode(bytes);
  return new TextDecoder('utf-8', { fatal }).decode(bytes);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// CSV

export interface CsvRecord {
  /** Line where the record starts (1-based). */
  line: number;
  /** Offset of the record in the text, to find a cell's column when reporting an error. */
  offset: number;
  cells: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** The file ended inside a quoted value on its last line: a cut-off last row, left out of records. */
  cutOff: { line: number; column: number } | null;
}

class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/**
 * RFC 4180 records with line numbers. Blank lines are skipped. A quote that opens on the last line
 * and never closes is a cut-off last row (reported, not thrown); one that never closes across lines
 * is malformed quoting and throws, pointing at the opening quote.
 */
class CsvReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Where the last quoted value opened, when that was on an earlier line (for error messages). */
  private openedAt: { line: number; column: number } | null = null;
  cutOff: CsvResult['cutOff'] = null;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    /** Checked as each value is read; a sniff passes none (it reads only the start of a file). */
    private readonly limits?: { file: string; limits: ListLimits },
  ) {}

  get position(): number {
    return this.pos;
  }

  next(): CsvRecord | null {
    const { text, delimiter } = this;
    while (this.pos < text.length) {
      const record: CsvRecord = { line: this.line, offset: this.pos, cells: [] };
      for (;;) {
        if (text[this.pos] === '"') {
          const [openAt, openLine] = [this.pos, this.line];
          const value = this.quoted(record.line);
          if (value === null) return null;
          this.checkCell(record, openAt, openLine, value.length, value);
          record.cells.push(value);
          const after = text[this.pos];
          if (after === delimiter) {
            this.pos++;
            continue;
          }
          if (after === '\n' || after === undefined) break;
          const opened = this.openedAt ? ` (the quoted value opened on line ${this.openedAt.line}, column ${this.openedAt.column})` : '';
          throw new CsvSyntaxError(this.line, this.pos - this.lineStart + 1, `has text right after a closing double quote${opened}.`);
        }
        let end = this.pos;
        while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
        // Checked before the value is cut out of the text.
        this.checkCell(record, this.pos, this.line, end - this.pos, text.slice(this.pos, Math.min(end, this.pos + 40)));
        record.cells.push(text.slice(this.pos, end));
        this.pos = end;
        if (text[end] === delimiter) {
          this.pos++;
          continue;
        }
        break;
      }
      if (text[this.pos] === '\n') this.newLine(this.pos);
      this.pos++;
      if (record.cells.length === 1 && record.cells[0]!.trim() === '') continue;
      return record;
    }
    return null;
  }

  /** A quoted value from the opening quote at pos; null when the file ends inside it on its last line. */
  private quoted(recordLine: number): string | null {
    const { text } = this;
    const openLine = this.line;
    const openColumn = this.pos - this.lineStart + 1;
    let value = '';
    let start = this.pos + 1;
    for (;;) {
      const quote = text.indexOf('"', start);
      if (quote === -1) {
        if (text.slice(start).trimEnd().includes('\n')) {
          throw new CsvSyntaxError(openLine, openColumn, 'has a double quote (") that opens a value but never closes it.');
        }
        this.cutOff = { line: recordLine, column: openColumn };
        this.pos = text.length;
        return null;
      }
      for (let nl = text.indexOf('\n', start); nl !== -1 && nl < quote; nl = text.indexOf('\n', nl + 1)) this.newLine(nl);
      if (text[quote + 1] === '"') {
        value += text.slice(start, quote + 1);
        start = quote + 2;
        continue;
      }
      value += text.slice(start, quote);
      this.pos = quote + 1;
      this.openedAt = this.line === openLine ? null : { line: openLine, column: openColumn };
      return value;
    }
  }

  /** The record's next value, of `length` characters from `at` on `line`, within the limits (before it is kept). */
  private checkCell(record: CsvRecord, at: number, line: number, length: number, value: string): void {
    if (!this.limits) return;
    const { file, limits } = this.limits;
    if (length <= limits.fieldChars && record.cells.length < limits.columns) return;
    const place = { line, column: at - (this.text.lastIndexOf('\n', at - 1) + 1) + 1 };
    checkField(file, place, length, limits, value, ' A double quote that is never closed can make the rest of a file one value.');
    checkRowWidth(file, place, record.cells.length + 1, limits);
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }
}

const PROGRESS_STEP = 1 << 18;

/** All records of a delimited text file, yielding to the event loop and reporting progress as it goes. */
export async function readCsv(text: string, file: string, delimiter: string, opts: ParseOptions = {}): Promise<CsvResult> {
  const limits = listLimits(opts.limits);
  const reader = new CsvReader(text, delimiter, { file, limits });
  const records: CsvRecord[] = [];
  let nextReport = PROGRESS_STEP;
  opts.onProgress?.(0, text.length);
  try {
    for (let record = reader.next(); record; record = reader.next()) {
      checkRecords(file, { line: record.line }, records.length + 1, limits);
      records.push(record);
      if (reader.position >= nextReport) {
        nextReport = reader.position + PROGRESS_STEP;
        opts.onProgress?.(reader.position, text.length);
        await yieldToEventLoop();
      }
    }
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      throw badFile(file, { line: err.line, column: err.column }, `This row ${err.problem}`, `${DOWNLOAD_AGAIN} If you edited the file, check the quotes on that line.`);
    }
    throw err;
  }
  opts.onProgress?.(text.length, text.length);
  return { records, cutOff: reader.cutOff };
}

/** The first records of a text, for format detection; never throws. */
export function sniffCsv(text: string, delimiter: string, max = 200): CsvRecord[] {
  const reader = new CsvReader(text, delimiter);
  const records: CsvRecord[] = [];
  try {
    for (let record = reader.next(); record && records.length < max; record = reader.next()) records.push(record);
  } catch {
    // A sniff sees only the start of a file; the real parse reports the problem.
  }
  return records;
}

/** 1-based column where cell `index` of a record starts (or where the record's line ends). */
export function cellColumn(text: string, record: CsvRecord, delimiter: string, index: number): number {
  let pos = record.offset;
  for (let i = 0; i < index; i++) {
    if (text[pos] === '"') {
      for (pos++; pos < text.length; pos++) {
        if (text[pos] !== '"') continue;
        if (text[pos + 1] !== '"') break;
        pos++;
      }
      pos++;
    }
    while (pos < text.length && text[pos] !== delimiter && text[pos] !== '\n') pos++;
    if (text[pos] !== delimiter) break;
    pos++;
  }
  return pos - (text.lastIndexOf('\n', pos - 1) + 1) + 1;
}

export interface ShapeCheck {
  file: string;
  text: string;
  delimiter: string;
  /** Cells each record must have. */
  columns: number;
  warnings: string[];
  /** What the file lacks, for the list's coverage record (a cut-off file lacks the entries after the cut). */
  gaps: string[];
  fix: string;
}

/**
 * Keeps the records with the expected number of cells. A cut-off last row (the file ends inside it,
 * or it has too few cells) is dropped with a warning; a wrong count anywhere else rejects the file.
 */
export function checkColumns(result: CsvResult, check: ShapeCheck): CsvRecord[] {
  const { records } = result;
  const last = records.at(-1);
  let keep = records;
  const cutAt = result.cutOff?.line ?? (last && last.cells.length < check.columns ? last.line : null);
  if (cutAt !== null) {
    check.warnings.push(cutOffWarning(check.file, cutAt));
    check.gaps.push(`"${check.file}" ends in the middle of line ${cutAt}: it was cut short, so the entries after that line are missing.`);
    if (!result.cutOff) keep = records.slice(0, -1);
  }
  for (const record of keep) {
    if (record.cells.length === check.columns) continue;
    const column = cellColumn(check.text, record, check.delimiter, Math.min(record.cells.length, check.columns));
    throw badFile(
      check.file,
      { line: record.line, column },
      `This row has ${record.cells.length} columns where ${check.columns} are expected.`,
      check.fix,
    );
  }
  return keep;
}

function cutOffWarning(file: string, line: number): string {
  return `"${file}": the last row (line ${line}) was cut off and was skipped. The file is incomplete; import a complete copy when you can.`;
}

/** Splits a header-bearing file's records into header and data, checking every row's width. */
export function headerAndRows(result: CsvResult, check: Omit<ShapeCheck, 'columns'>): { header: string[]; rows: CsvRecord[] } {
  const [first, ...rest] = result.records;
  if (!first) throw badFile(check.file, null, 'The file has no rows.', 'Choose the list file itself, as downloaded from the publisher.');
  const header = first.cells.map((c) => c.trim());
  const rows = checkColumns({ records: rest, cutOff: result.cutOff }, { ...check, columns: header.length });
  return { header, rows };
}

export const ROW_FIX = `${DOWNLOAD_AGAIN} If you edited the file, check that row for a missing or extra delimiter, or a value with a delimiter that is not in double quotes.`;

/** A header-bearing delimited file: decoded, read, and checked so every data row fits the header. */
export async function readHeaderCsv(
  file: ListFile,
  delimiter: string,
  opts: ParseOptions,
  notes: { warnings: string[]; gaps: string[] },
): Promise<{ text: string; header: string[]; rows: CsvRecord[] }> {
  const text = decodeText(file, notes.warnings);
  const result = await readCsv(text, file.name, delimiter, opts);
  return { text, ...headerAndRows(result, { file: file.name, text, delimiter, ...notes, fix: ROW_FIX }) };
}

/** A record's cell, trimmed ('' past the end). */
export function cell(record: CsvRecord, index: number | undefined): string {
  return index === undefined ? '' : (record.cells[index] ?? '').trim();
}

/** Index of each wanted column by its header name (case-insensitive), or an error naming those missing. */
export function columnIndex<K extends string>(header: string[], names: Record<K, string[]>, file: string, what: string): Record<K, number> {
  const lower = header.map((h) => h.trim().toLowerCase());
  const found = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(names) as K[]) {
    const options = names[key];
    const index = lower.findIndex((h) => options.includes(h));
    if (index === -1) missing.push(options[0] ?? key);
    else found[key] = index;
  }
  if (missing.length > 0) {
    throw badFile(file, { line: 1 }, `The header row lacks the column(s) ${missing.join(', ')}, so this is not ${what}.`, 'Choose the file as downloaded from the publisher.');
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * YYYY-MM-DD for a date written year-first ("2023-11-28"), with a month name ("03 Jun 2021"), or in
 * the numeric order given (UK day-first "23-07-2025", US month-first "06/19/2003"); null when the
 * text is not a real calendar date.
 */
export function isoDate(value: string, numericOrder: 'dmy' | 'mdy' = 'dmy'): string | null {
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -,]+(\d{4})$/.exec(text);
  if (m) return calendarDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return numericOrder === 'dmy' ? calendarDate(Number(m[3]), b, a) : calendarDate(Number(m[3]), a, b);
  }
  return null;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The newest of some dates for a list's as-of date, leaving out dates after "today": a date in the
 * future is a typo in the list (the 2023 DPL has a Last_Update of 3033-09-30) and is reported.
 */
export function newestDate(dates: Iterable<{ date: string; where: string }>, now: Date | undefined, label: string, warnings: string[]): string | null {
  const today = (now ?? new Date()).toISOString().slice(0, 10);
  let newest: string | null = null;
  for (const { date, where } of dates) {
    if (date > today) {
      warnings.push(`${where}: ${label} ${date} is in the future, so it was not used as the list's date.`);
      continue;
    }
    if (newest === null || date > newest) newest = date;
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
// Entries

export function newEntry(entryId: string, name: string): ListEntry {
  return {
    entryId,
    subList: null,
    name,
    aliases: [],
    type: 'unknown',
    countries: [],
    addresses: [],
    programmes: [],
    listedDate: null,
    status: 'listed',
    removedDate: null,
    renamedTo: null,
    parents: [],
    remarks: null,
    sourceUrl: null,
    editions: [],
  };
}

/** Trimmed, non-empty values, each once (compared case- and punctuation-insensitively), in order. */
export function distinct(values: Iterable<string | null | undefined>, except: string[] = []): string[] {
  const seen = new Set(except.map(nameKey));
  const out: string[] = [];
  for (const raw of values) {
    const value = raw?.trim();
    if (!value) continue;
    const key = nameKey(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** Comparison key for names: vendorNameKey, or the trimmed lower-case text when that leaves nothing. */
export function nameKey(value: string): string {
  return vendorNameKey(value) || value.trim().toLowerCase();
}

/** ISO alpha-2 code for a country name or code, else the text as published. */
export function country(value: string): string {
  return parseCountry(value) ?? value.trim();
}

/** Splits "a; b; c" (the CSL's multi-value separator, also used by derived files). */
export function splitList(value: string, separator: RegExp = /;\s*/): string[] {
  return value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Non-empty parts joined, or null when there are none. */
export function joinText(parts: Iterable<string | null | undefined>, separator = '\n'): string | null {
  const kept = [...parts].map((p) => p?.trim() ?? '').filter((p) => p !== '');
  return kept.length > 0 ? kept.join(separator) : null;
}

/**
 * Names after "Linked To:" in OFAC-style remarks ("...; Linked To: HIZBALLAH." or the CSL's
 * "(Linked To: X; Linked To: Y)"). "; " separates items, so a period before it belongs to the name
 * ("S.A.S."); only the remark's own closing period or bracket is dropped.
 */
export function linkedTo(remarks: string | null): string[] {
  if (!remarks) return [];
  const names: string[] = [];
  for (const m of remarks.matchAll(/Linked To:\s*([^;]+)/gi)) {
    let name = m[1]!.trim();
    const atEnd = m.index + m[0].length >= remarks.trimEnd().length;
    if (name.endsWith(')') && count(name, '(') < count(name, ')')) name = name.slice(0, -1).trim();
    // At the end, "CORPORATION." loses the period but "S.A." (an abbreviation) keeps it.
    else if (atEnd && name.endsWith('.') && !/(^|[\s.])[A-Z]{1,2}\.$/.test(name)) name = name.slice(0, -1).trim();
    if (name !== '') names.push(name);
  }
  return distinct(names);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Countries named in remarks: "nationality X", "citizen X" and "(Country)" after an identifier. */
export function countriesInRemarks(remarks: string | null): string[] {
  if (!remarks) return [];
  const found: string[] = [];
  for (const m of remarks.matchAll(/\b(?:nationality|citizen)\s+([A-Z][A-Za-z .'-]+?)(?=[;.,]|$)/g)) {
    const code = parseCountry(m[1]!);
    if (code) found.push(code);
  }
  // Only names (4+ letters): two- and three-letter bracketed tokens are mostly abbreviations, not countries.
  for (const m of remarks.matchAll(/\(([A-Z][A-Za-z .'-]{3,})\)/g)) {
    const code = parseCountry(m[1]!);
    if (code) found.push(code);
  }
  return distinct(found);
}
