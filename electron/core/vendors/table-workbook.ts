// Workbooks (XLSX and ODS, both zip archives) read as streams: the zip reader checks every unpacked size before and
// while inflating, and the sheet's XML goes through a SAX parser row by row, so neither a zip bomb, nor a cell in
// column XFD, nor a merged range over the whole sheet, nor a row repeated a million times is ever built in memory.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ZipArchive, type ZipLimits } from '../files/zip';
import { quoteValue } from '../visible-text';
import {
  badFile,
  cellTooLong,
  columnIndex,
  columnLetter,
  numberToText,
  place,
  type ReadContext,
  SAVE_AGAIN,
  TableBuilder,
  type TableLimits,
  type TableSummary,
  tooManyColumns,
  zipProblem,
} from './table-common';

type Summary = Omit<TableSummary, 'sha256'>;

export async function readWorkbook(bytes: Uint8Array, context: ReadContext): Promise<Summary> {
  const { file, limits } = context;
  const zipLimits: ZipLimits = { maxEntries: limits.zipEntries, maxEntryBytes: limits.zipPartBytes, maxTotalBytes: limits.zipTotalBytes };
  try {
    const zip = await ZipArchive.open(bytes, zipLimits);
    if (zip.has('content.xml') && !zip.has('xl/workbook.xml')) return await readOds(zip, context);
    return await readXlsx(zip, context);
  } catch (err) {
    throw zipProblem(file, err);
  }
}

const notAWorkbook = (file: string, what = 'a zip archive') =>
  badFile(
    file,
    null,
    `the file is ${what} but not a readable Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice and save it as .xlsx, .ods or "CSV UTF-8".`,
  );

// ---------------------------------------------------------------------------------------------
// XML parts, streamed

type Attributes = Record<string, string>;

interface XmlHandlers {
  open(name: string, attrs: Attributes): void;
  close(name: string): void;
  text?(text: string): void;
}

/** Local name: "x:row" and "table:table-row" become "row" and "table-row". */
const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/**
 * Attributes by local name; the first of two with one local name wins (ODS repeats office: values as calcext:). Most
 * XLSX elements have no prefixed attribute: theirs are handed over as they are, without a copy (a sheet has millions).
 */
function attributes(tag: SaxesTagPlain): Attributes {
  const raw = tag.attributes as Attributes;
  let prefixed = false;
  for (const key in raw) {
    if (key.includes(':')) {
      prefixed = true;
      break;
    }
  }
  if (!prefixed) return raw;
  const out: Attributes = {};
  for (const key in raw) {
    const name = local(key);
    if (!(name in out)) out[name] = raw[key]!;
  }
  return out;
}

/** The cells read so far, as a dense array up to the last one with a value. */
function denseCells(cells: string[]): string[] {
  const dense = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) dense[i] = cells[i] ?? '';
  return dense;
}

class XmlError extends Error {}

async function parsePart(zip: ZipArchive, part: string, context: ReadContext, handlers: XmlHandlers, progress?: (bytes: number) => void): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (err) => {
    throw new XmlError(err.message.replace(/^[^:]*:\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag) => handlers.open(local(tag.name), attributes(tag)));
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  try {
    for await (const chunk of zip.stream(part)) {
      parser.write(decoder.decode(chunk, { stream: true }));
      read += chunk.length;
      progress?.(read);
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof XmlError) {
      throw badFile(context.file, null, `its part "${part}" is not well-formed XML (line ${parser.line}, column ${parser.column + 1}: ${quoteValue(err.message, 100)}). ${SAVE_AGAIN}`);
    }
    throw err;
  }
}

/** Collects a cell's text up to one character past the limit (the rest would only be refused). */
class TextBuffer {
  value = '';
  length = 0;
  constructor(private readonly max: number) {}
  add(text: string): void {
    this.length += text.length;
    if (this.value.length <= this.max) this.value += text.length > this.max + 1 ? text.slice(0, this.max + 1) : text;
  }
  reset(): void {
    this.value = '';
    this.length = 0;
  }
}

const intAttr = (value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : Number.NaN;
};

// ---------------------------------------------------------------------------------------------
// XLSX

const PART_TYPES = {
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  officeDocument: '/officeDocument',
};

/** Excel's own date formats among the built-in number formats (the locale-specific ones included). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time, by the letters outside quotes and brackets (as Excel and exceljs read it). */
const isDateFormat = (code: string): boolean => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

interface Relationship {
  type: string;
  target: string;
}

/** The relationships of a part ("" for the package itself): id -> type and target part. */
async function relationships(zip: ZipArchive, part: string, context: ReadContext): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf('/') + 1;
  const base = part.slice(0, slash);
  const relsPart = `${base}_rels/${part.slice(slash)}.rels`;
  const rels = new Map<string, Relationship>();
  if (!zip.has(relsPart)) return rels;
  await parsePart(zip, relsPart, context, {
    open(name, attrs) {
      if (name === 'Relationship' && attrs.Id && attrs.Target && rels.size < 10_000) {
        rels.set(attrs.Id, { type: attrs.Type ?? '', target: resolvePart(base, attrs.Target) });
      }
    },
    close() {},
  });
  return rels;
}

/** A relationship's target as a zip entry name: absolute ("/xl/…") or relative to the part's folder, with "..". */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function readXlsx(zip: ZipArchive, context: ReadContext): Promise<Summary> {
  const { file } = context;
  const root = await relationships(zip, '', context).catch(() => new Map<string, Relationship>());
  const workbookPart = [...root.values()].find((r) => r.type.endsWith(PART_TYPES.officeDocument) && zip.has(r.target))?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) {
    if (zip.has('word/document.xml')) throw notAWorkbook(file, 'a Word document');
    if (zip.has('ppt/presentation.xml')) throw notAWorkbook(file, 'a PowerPoint presentation');
    throw notAWorkbook(file);
  }
  const rels = await relationships(zip, workbookPart, context);
  const sheets: { name: string; part: string | null }[] = [];
  let date1904 = false;
  await parsePart(zip, workbookPart, context, {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name === 'sheet' && sheets.length < 10_000) sheets.push({ name: attrs.name ?? `Sheet${sheets.length + 1}`, part: rels.get(attrs.id ?? '')?.target ?? null });
    },
    close() {},
  });
  const first = sheets[0];
  if (!first) throw badFile(file, null, 'the workbook has no worksheets. Add the vendors to the first sheet and try again.');
  if (!first.part || !zip.has(first.part)) throw badFile(file, `sheet ${quoteValue(first.name, 40)}`, `the sheet's part is missing from the workbook. ${SAVE_AGAIN}`);
  const sheetPart = first.part;
  const byType = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type) && zip.has(r.target))?.target ?? null;
  const stringsPart = byType(PART_TYPES.sharedStrings);
  const stylesPart = byType(PART_TYPES.styles);
  // Every part that will be unpacked, by its declared size, before any of them is.
  zip.checkDeclared([stringsPart, stylesPart, sheetPart, sheetPart].filter((p): p is string => p !== null));

  const dateStyles = stylesPart ? await readDateStyles(zip, stylesPart, context) : new Set<number>();
  const strings = stringsPart ? await readSharedStrings(zip, stringsPart, context) : [];
  const where = (row: number, column?: number) => place(row, column, first.name);
  const { merges, rowTags } = await scanMerges(zip, sheetPart, context, first.name);
  const warnings: string[] = [];
  if (sheets.length > 1) warnings.push(`The workbook has ${sheets.length} sheets; only the first, ${quoteValue(first.name, 60)}, was imported.`);
  const input = { strings, dateStyles, date1904, merges, where, sheetName: first.name, warnings };
  // Limits before work: a sheet that may hold more rows than Vetter reads is first read without checking any row
  // as a vendor, to find where it passes the limit.
  if (rowTags > context.limits.rows + 1) await readSheet(zip, sheetPart, { ...context, sink: { row: () => {} }, onProgress: undefined }, input);
  const unsaved = await readSheet(zip, sheetPart, context, input);
  if (unsaved.count > 0) {
    warnings.push(
      `${unsaved.count} formula cell(s) have no saved result and were read as empty (first: ${unsaved.first}). Open the file in Excel, save it, and import it again.`,
    );
  }
  return unsaved.table.finish(warnings, `the file is empty: the first sheet, ${quoteValue(first.name, 60)}, has no data. Put the header row and vendors on the first sheet.`);
}

async function readDateStyles(zip: ZipArchive, part: string, context: ReadContext): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  await parsePart(zip, part, context, {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId && attrs.formatCode !== undefined && isDateFormat(attrs.formatCode)) customDates.add(Number(attrs.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(xf);
        xf += 1;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** The shared string table: the text of each item, phonetic runs (rPh) left out, each item at most a cell long. */
async function readSharedStrings(zip: ZipArchive, part: string, context: ReadContext): Promise<string[]> {
  const strings: string[] = [];
  const buffer = new TextBuffer(context.limits.cellChars);
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, part, context, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        buffer.reset();
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && inItem) {
        inItem = false;
        // A string past the limit is kept one character too long, so the cell using it is refused with its place.
        strings.push(decodeEscapes(buffer.value));
      }
    },
    text(text) {
      if (inText) buffer.add(text);
    },
  });
  return strings;
}

/** OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
const decodeEscapes = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * The sheet's merged ranges. Excel writes them after the rows, so they are found first in a pass over the unpacked
 * bytes (which also checks the unpacked size before any row is parsed); a range so large that its cells alone pass
 * the limits (one merge over the whole sheet) is refused here.
 */
async function scanMerges(zip: ZipArchive, part: string, context: ReadContext, sheet: string): Promise<{ merges: Merge[]; rowTags: number }> {
  const { file, limits } = context;
  const refs = new Set<string>();
  let rowTags = 0;
  const pattern = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']{0,40})["']/g;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of zip.stream(part)) {
    rowTags += countRowTags(chunk);
    const combined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (combined.indexOf('mergeCell') >= 0) {
      for (const match of combined.toString('latin1').matchAll(pattern)) {
        refs.add(match[1]!);
        if (refs.size > limits.merges) {
          throw badFile(file, `sheet ${quoteValue(sheet, 40)}`, `the sheet has more than ${limits.merges.toLocaleString('en-US')} merged ranges, the most Vetter reads. Unmerge the cells and save the file again.`);
        }
      }
    }
    carry = Buffer.from(combined.subarray(Math.max(0, combined.length - 512)));
  }
  const merges: Merge[] = [];
  let area = 0;
  for (const ref of refs) {
    const merge = parseRange(ref);
    if (!merge) continue; // not a range: nothing to merge
    const rows = merge.r2 - merge.r1 + 1;
    const columns = merge.c2 - merge.c1 + 1;
    area += rows * columns;
    if (area > limits.cells) {
      throw badFile(
        file,
        `sheet ${quoteValue(sheet, 40)}, cells ${ref}`,
        `a merged range of ${rows.toLocaleString('en-US')} rows × ${columns.toLocaleString('en-US')} columns; merged ranges may cover at most ${limits.cells.toLocaleString('en-US')} cells in all. ` +
          'Unmerge the cells (in Excel: Home > Merge & Center > Unmerge Cells) and save the file again.',
      );
    }
    merges.push(merge);
  }
  return { merges: merges.sort((a, b) => a.r1 - b.r1), rowTags };
}

/** Opening row tags ("<row " or "<x:row>"), counted roughly (an upper bound, give or take a chunk's edge). */
function countRowTags(chunk: Buffer): number {
  let count = 0;
  for (let i = chunk.indexOf('row'); i !== -1; i = chunk.indexOf('row', i + 3)) {
    const before = chunk[i - 1];
    const after = chunk[i + 3];
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f)) count++;
  }
  return count;
}

function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const column = columnIndex(m[1]!);
  const row = Number(m[2]);
  return column < 0 || column > 16383 || row < 1 || row > 1_048_576 ? null : { row, column };
}

function parseRange(ref: string): Merge | null {
  const [a, b = a] = ref.split(':');
  const from = a === undefined ? null : parseCellRef(a);
  const to = b === undefined ? null : parseCellRef(b);
  if (!from || !to) return null;
  return {
    r1: Math.min(from.row, to.row),
    r2: Math.max(from.row, to.row),
    c1: Math.min(from.column, to.column),
    c2: Math.max(from.column, to.column),
  };
}

interface SheetInput {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  merges: Merge[];
  where: (row: number, column?: number) => string;
  sheetName: string;
  warnings: string[];
}

async function readSheet(zip: ZipArchive, part: string, context: ReadContext, input: SheetInput) {
  const { file, limits } = context;
  const table = new TableBuilder(context, 'xlsx', input.where);
  const unsaved = { count: 0, first: '' };
  const size = zip.entries.get(part)?.size ?? 0;
  // Merged cells other than the top-left one read as empty, as in Excel's own CSV export.
  const active: Merge[] = [];
  let nextMerge = 0;
  const covered = new Uint8Array(limits.columns);
  const coverRow = (row: number) => {
    covered.fill(0);
    while (nextMerge < input.merges.length && input.merges[nextMerge]!.r1 <= row) active.push(input.merges[nextMerge++]!);
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.r2 < row) active.splice(i, 1);
    for (const m of active) for (let c = m.c1; c <= Math.min(m.c2, limits.columns - 1); c++) if (c !== m.c1 || row !== m.r1) covered[c] = 1;
  };

  let inSheetData = false;
  let row = 0;
  let lastRow = 0;
  let cells: string[] = [];
  let nextColumn = 0;
  // The cell being read.
  let column = 0;
  let type = 'n';
  let style = 0;
  let formula = false;
  let hasValue = false;
  let target: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  const text = new TextBuffer(limits.cellChars);

  const cellText = (): string => {
    const raw = text.value;
    switch (type) {
      case 's': {
        const index = Number(raw.trim());
        const value = Number.isInteger(index) ? input.strings[index] : undefined;
        if (value === undefined) {
          throw badFile(file, input.where(row, column), `the cell refers to shared text number ${quoteValue(raw, 20)}, which the workbook does not have: the file is damaged. ${SAVE_AGAIN}`);
        }
        return value;
      }
      case 'inlineStr':
      case 'str':
        return decodeEscapes(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? 'true' : 'false';
      case 'e':
        return raw;
      case 'd':
        return raw.trim().slice(0, 10);
      default: {
        const trimmed = raw.trim();
        if (trimmed === '') return '';
        const number = Number(trimmed);
        if (!Number.isFinite(number)) return trimmed;
        if (input.dateStyles.has(style)) {
          const date = new Date(Math.round((number - 25569 + (input.date1904 ? 1462 : 0)) * 86_400_000));
          return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
        }
        return numberToText(number);
      }
    }
  };

  await parsePart(
    zip,
    part,
    context,
    {
      open(name, attrs) {
        if (name === 'sheetData') inSheetData = true;
        else if (!inSheetData) return;
        else if (name === 'row') {
          row = attrs.r === undefined ? lastRow + 1 : intAttr(attrs.r, 0);
          if (!Number.isInteger(row) || row > 1_048_576) {
            throw badFile(file, `sheet ${quoteValue(input.sheetName, 40)}, after row ${lastRow}`, `a row has the number ${quoteValue(attrs.r ?? '', 20)}, which no sheet has. ${SAVE_AGAIN}`);
          }
          cells = [];
          nextColumn = 0;
          if (input.merges.length > 0) coverRow(row);
        } else if (name === 'c') {
          const ref = attrs.r === undefined ? null : /^\$?([A-Za-z]{1,3})/.exec(attrs.r);
          column = ref ? columnIndex(ref[1]!.toUpperCase()) : nextColumn;
          if (column < 0 || column > 16383) throw badFile(file, input.where(row), `a cell has the reference ${quoteValue(attrs.r ?? '', 20)}, which no sheet has. ${SAVE_AGAIN}`);
          nextColumn = column + 1;
          type = attrs.t ?? 'n';
          style = Number(attrs.s ?? 0);
          formula = false;
          hasValue = false;
          inInline = false;
          phonetic = 0;
          text.reset();
        } else if (name === 'v') {
          target = 'v';
          hasValue = true;
        } else if (name === 'f') formula = true;
        else if (name === 'is') inInline = true;
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inInline && phonetic === 0) {
          target = 't';
          hasValue = true;
        }
      },
      close(name) {
        if (!inSheetData) return;
        if (name === 'v' || name === 't') target = null;
        else if (name === 'rPh') phonetic--;
        else if (name === 'is') inInline = false;
        else if (name === 'c') {
          if (formula && !hasValue) {
            unsaved.count += 1;
            if (unsaved.count === 1) unsaved.first = `${columnLetter(column)}${row}`;
          }
          if (!hasValue) return;
          if (text.length > limits.cellChars) throw cellTooLong(file, input.where(row, column), text.value, limits);
          const value = cellText();
          if (value.length > limits.cellChars) throw cellTooLong(file, input.where(row, column), value, limits);
          const trimmed = value.trim();
          if (trimmed === '') return;
          if (column >= limits.columns) throw tooManyColumns(file, input.where(row, column), limits);
          if (covered[column] === 1) return;
          cells[column] = trimmed;
        } else if (name === 'row') {
          lastRow = row;
          table.add(row, denseCells(cells));
        } else if (name === 'sheetData') inSheetData = false;
      },
      text(value) {
        if (target !== null) text.add(value);
      },
    },
    (bytes) => context.onProgress?.(bytes, size),
  );
  return { table, count: unsaved.count, first: unsaved.first };
}

// ---------------------------------------------------------------------------------------------
// ODS (OpenDocument spreadsheet, as LibreOffice writes it)

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

async function readOds(zip: ZipArchive, context: ReadContext): Promise<Summary> {
  if (zip.has('mimetype')) {
    const mime = (await zip.text('mimetype')).trim();
    if (mime !== ODS_MIME && !mime.startsWith(`${ODS_MIME}-`)) {
      throw notAWorkbook(context.file, `an OpenDocument file of another kind (${quoteValue(mime, 60)})`);
    }
  }
  zip.checkDeclared(['content.xml', 'content.xml']);
  // Limits before work: ODS repeats rows by a count, so how many rows a sheet holds is known only once it is read.
  // A first pass reads it without checking any row as a vendor, and finds where it passes a limit.
  await readOdsSheet(zip, { ...context, sink: { row: () => {} }, onProgress: undefined });
  return readOdsSheet(zip, context);
}

async function readOdsSheet(zip: ZipArchive, context: ReadContext): Promise<Summary> {
  const { file, limits } = context;
  const size = zip.entries.get('content.xml')?.size ?? 0;
  let tables = 0;
  let tableDepth = 0;
  let sheetName = '';
  const where = (row: number, column?: number) => place(row, column, sheetName);
  const table = new TableBuilder(context, 'ods', where);
  let mergedArea = 0;

  let row = 0; // the last row number used
  let rowRepeat = 1;
  let cells: string[] = [];
  let column = 0;
  let inRow = false;
  // The cell being read.
  let inCell = false;
  let cellAttrs: Attributes = {};
  let covered = false;
  let columnRepeat = 1;
  let paragraphs = 0;
  let annotation = 0;
  const text = new TextBuffer(limits.cellChars);

  const inFirst = () => tables === 1 && tableDepth === 1;
  const repeatOf = (value: string | undefined, what: string) => {
    const n = intAttr(value, 1);
    if (!Number.isFinite(n)) throw badFile(file, where(row + 1), `a ${what} is repeated ${quoteValue(value ?? '', 20)} times, which is not a count. ${SAVE_AGAIN}`);
    return n;
  };

  const cellValue = (): string => {
    if (covered) return '';
    const type = cellAttrs['value-type'];
    const value = cellAttrs.value;
    if ((type === 'float' || type === 'percentage' || type === 'currency') && value !== undefined && Number.isFinite(Number(value))) return numberToText(Number(value));
    if (type === 'date' && cellAttrs['date-value']) return cellAttrs['date-value'].slice(0, 10);
    if (type === 'boolean' && cellAttrs['boolean-value'] !== undefined) return cellAttrs['boolean-value'] === 'true' ? 'true' : 'false';
    if (text.length === 0 && cellAttrs['string-value'] !== undefined) return cellAttrs['string-value'];
    return text.value;
  };

  await parsePart(
    zip,
    'content.xml',
    context,
    {
      open(name, attrs) {
        if (name === 'table') {
          tableDepth++;
          if (tableDepth === 1) {
            tables++;
            if (tables === 1) sheetName = attrs.name ?? 'Sheet1';
          }
          return;
        }
        if (!inFirst()) return;
        if (name === 'table-row') {
          rowRepeat = repeatOf(attrs['number-rows-repeated'], 'row');
          cells = [];
          column = 0;
          inRow = true;
        } else if ((name === 'table-cell' || name === 'covered-table-cell') && inRow && !inCell) {
          inCell = true;
          cellAttrs = attrs;
          covered = name === 'covered-table-cell';
          columnRepeat = repeatOf(attrs['number-columns-repeated'], 'cell');
          paragraphs = 0;
          annotation = 0;
          text.reset();
          const spannedColumns = intAttr(attrs['number-columns-spanned'], 1);
          const spannedRows = intAttr(attrs['number-rows-spanned'], 1);
          if (Number.isFinite(spannedColumns) && Number.isFinite(spannedRows) && (spannedColumns > 1 || spannedRows > 1)) {
            mergedArea += spannedColumns * spannedRows;
            if (mergedArea > limits.cells) {
              throw badFile(
                file,
                where(row + 1, Math.min(column, 16383)),
                `a merged range of ${spannedRows.toLocaleString('en-US')} rows × ${spannedColumns.toLocaleString('en-US')} columns; merged ranges may cover at most ${limits.cells.toLocaleString('en-US')} cells in all. ` +
                  'Unmerge the cells (in LibreOffice: Format > Merge and Unmerge Cells > Unmerge Cells) and save the file again.',
              );
            }
          }
        } else if (!inCell) return;
        else if (name === 'annotation') annotation++;
        else if (annotation > 0) return;
        else if (name === 'p' || name === 'h') {
          if (paragraphs > 0) text.add('\n');
          paragraphs++;
        } else if (name === 's') text.add(' '.repeat(Math.min(intAttr(attrs.c, 1) || 1, limits.cellChars + 1)));
        else if (name === 'tab') text.add('\t');
        else if (name === 'line-break') text.add('\n');
      },
      close(name) {
        if (name === 'table') {
          tableDepth--;
          return;
        }
        if (!inFirst()) return;
        if (name === 'annotation' && inCell) annotation--;
        else if ((name === 'table-cell' || name === 'covered-table-cell') && inCell) {
          inCell = false;
          if (text.length > limits.cellChars) throw cellTooLong(file, where(row + 1, Math.min(column, 16383)), text.value, limits);
          const value = cellValue().trim();
          if (value !== '') {
            if (value.length > limits.cellChars) throw cellTooLong(file, where(row + 1, Math.min(column, 16383)), value, limits);
            if (column + columnRepeat > limits.columns) throw tooManyColumns(file, where(row + 1, Math.min(Math.max(column, limits.columns), 16383)), limits);
            for (let i = 0; i < columnRepeat; i++) cells[column + i] = value;
          }
          column += columnRepeat;
        } else if (name === 'table-row' && inRow) {
          inRow = false;
          const dense = denseCells(cells);
          if (dense.every((c) => c === '')) {
            // Never built: the next row's number says how many were empty.
            row += rowRepeat;
            return;
          }
          table.addRepeated(row + 1, dense, rowRepeat);
          row += rowRepeat;
          context.onProgress?.(0, size);
        }
      },
      text(value) {
        if (inCell && annotation === 0 && paragraphs > 0) text.add(value);
      },
    },
    (bytes) => context.onProgress?.(bytes, size),
  );
  if (tables === 0) throw badFile(file, null, 'the spreadsheet has no sheets. Add the vendors to the first sheet and try again.');
  const warnings: string[] = [];
  if (tables > 1) warnings.push(`The workbook has ${tables} sheets; only the first, ${quoteValue(sheetName, 60)}, was imported.`);
  return table.finish(warnings, `the file is empty: the first sheet, ${quoteValue(sheetName, 60)}, has no data. Put the header row and vendors on the first sheet.`);
}

export type { TableLimits };
