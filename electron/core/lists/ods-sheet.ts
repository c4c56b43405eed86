// The first sheet of an OpenDocument spreadsheet (the form the UK Sanctions List is published in), read within the
// list limits: the archive through files/zip.ts (its parts and unpacked sizes checked before and while unpacking, so a
// zip bomb is refused), content.xml parsed as it is unpacked, and a row that the file repeats N times expanded only
// once N rows are known to fit: 50,000 rows each repeated 1,000 times once took list import down at 5.4 GB.
import { ZipArchive, ZipError } from '../files/zip';
import { columnLetter } from '../vendors/table-common';
import type { ListFile } from './entry';
import { checkColumns, checkField, checkRecords, type ListLimits, listLimits } from './limits';
import { badFile, DOWNLOAD_AGAIN, type ParseOptions, type Place } from './text';
import { childElements, streamXml, type XmlElement } from './xml';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** A mimetype part is one short line; a longer one is not an ODS file's. */
const MIMETYPE_BYTES = 200;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

async function openZip(file: ListFile, limits: ListLimits): Promise<ZipArchive> {
  return ZipArchive.open(file.bytes, { maxEntries: limits.zipEntries, maxEntryBytes: limits.zipPartBytes, maxTotalBytes: limits.zipTotalBytes });
}

/** A ZipError as the user reads it, naming the file; anything else is not the archive's fault and goes on. */
function zipRefusal(file: string, err: unknown): unknown {
  if (!(err instanceof ZipError)) return err;
  if (err.kind === 'limit') return badFile(file, null, `The spreadsheet is too large to read: ${err.message}.`, 'The UK Sanctions List unpacks to a few MB: download it again from gov.uk.');
  return badFile(file, null, `The file is a damaged or incomplete zip archive (${err.message}).`, DOWNLOAD_AGAIN);
}

/**
 * What a zip file is: an ODS spreadsheet (by its mimetype part, which not every producer stores first, so the
 * directory is read), another zip (an Excel workbook...), or a damaged one. An archive past the limits is refused here.
 */
export async function zipKind(file: ListFile, opts: ParseOptions = {}): Promise<'ods' | 'other' | 'damaged'> {
  try {
    const zip = await openZip(file, listLimits(opts.limits));
    const mimetype = zip.entries.get('mimetype');
    if (!mimetype || mimetype.size > MIMETYPE_BYTES) return 'other';
    return (await zip.text('mimetype')).trim() === ODS_MIME ? 'ods' : 'other';
  } catch (err) {
    if (err instanceof ZipError && err.kind === 'damaged') return 'damaged';
    throw zipRefusal(file.name, err);
  }
}

export interface SheetRow {
  /** Row number in the sheet, 1-based, as a spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  tables: number;
  /** When the sheet content was last saved, from the zip entry (the ODS has no other date). */
  saved: Date | null;
}

/** The first sheet's rows as text, trailing empty cells and empty rows left out. */
export async function readFirstSheet(file: ListFile, opts: ParseOptions): Promise<Sheet> {
  const limits = listLimits(opts.limits);
  try {
    const zip = await openZip(file, limits);
    const entry = zip.entries.get('content.xml');
    if (!entry) throw badFile(file.name, null, 'The spreadsheet has no content.xml, so it is not a complete ODS file.', DOWNLOAD_AGAIN);
    zip.checkDeclared(['content.xml']);
    const sheet: Sheet = { name: '', rows: [], tables: 0, saved: entry.modified };
    const where = (row: number, column?: number): Place => ({ where: `sheet "${sheet.name}", row ${row}${column === undefined ? '' : `, column ${columnLetter(column)}`}` });
    const countOf = (value: string | undefined, what: string, place: Place): number => {
      const n = Number(value ?? 1);
      if (!Number.isSafeInteger(n) || n < 1) throw badFile(file.name, place, `A ${what} is repeated "${(value ?? '').slice(0, 20)}" times, which is not a count.`, DOWNLOAD_AGAIN);
      return n;
    };
    let rowNumber = 0;
    await streamXml(
      { chunks: zip.stream('content.xml'), bytes: entry.size },
      {
        file: file.name,
        onProgress: opts.onProgress,
        limits: opts.limits,
        onOpen: (name, attrs) => {
          if (name !== 'table') return;
          sheet.tables++;
          if (sheet.tables === 1) sheet.name = attrs.name ?? '';
        },
        collect: (name) => name === 'table-row' && sheet.tables === 1,
        onElement: (row) => {
          const repeat = countOf(row.attrs['number-rows-repeated'], 'row', where(rowNumber + 1));
          const cells = rowCells(row, (column) => where(rowNumber + 1, column), { file: file.name, limits, countOf });
          if (cells.length === 0) {
            rowNumber += repeat;
            return;
          }
          // Before a single copy is made: the rows it would add must fit.
          checkRecords(file.name, where(rowNumber + 1), sheet.rows.length + repeat, limits, 'rows (counting repeated rows)');
          for (let i = 0; i < repeat; i++) sheet.rows.push({ row: ++rowNumber, cells });
        },
      },
    );
    return sheet;
  } catch (err) {
    throw zipRefusal(file.name, err);
  }
}

interface RowCheck {
  file: string;
  limits: ListLimits;
  countOf(value: string | undefined, what: string, place: Place): number;
}

function rowCells(row: XmlElement, at: (column: number) => Place, check: RowCheck): string[] {
  const cells: string[] = [];
  // Empty cells are only counted, and written out only when a value follows them.
  let pendingEmpty = 0;
  for (const c of childElements(row)) {
    if (c.name !== 'table-cell' && c.name !== 'covered-table-cell') continue;
    const column = cells.length + pendingEmpty;
    const repeat = check.countOf(c.attrs['number-columns-repeated'], 'cell', at(column));
    const value = cellValue(c, at(column), check);
    if (value === '') {
      pendingEmpty += repeat;
      continue;
    }
    checkColumns(check.file, at(Math.max(column, check.limits.columns)), column + repeat, check.limits);
    for (; pendingEmpty > 0; pendingEmpty--) cells.push('');
    for (let i = 0; i < repeat; i++) cells.push(value);
  }
  return cells;
}

/** A cell as the user sees it: the typed value for dates and numbers, else the paragraphs' text. */
function cellValue(c: XmlElement, place: Place, check: RowCheck): string {
  const type = c.attrs['value-type'];
  if (type === 'date' && c.attrs['date-value']) return c.attrs['date-value'].slice(0, 10);
  if ((type === 'float' || type === 'percentage' || type === 'currency') && c.attrs.value) return c.attrs.value;
  if (type === 'boolean' && c.attrs['boolean-value']) return c.attrs['boolean-value'];
  const text = new CellText(place, check);
  for (const p of childElements(c, 'p')) text.paragraph(p);
  return text.value.trim();
}

/**
 * ODF paragraph text: runs of white space count as one space; <text:s/>, <text:tab/>, <text:line-break/> are explicit.
 * Its length is checked as it grows: <text:s text:c="1000000000"/> is a few bytes that ask for a billion spaces.
 */
class CellText {
  value = '';
  private paragraphs = 0;

  constructor(
    private readonly place: Place,
    private readonly check: RowCheck,
  ) {}

  paragraph(p: XmlElement): void {
    if (this.paragraphs++ > 0) this.add('\n');
    const before = this.value.length;
    this.walk(p);
    // A paragraph's own leading and trailing spaces are not the cell's.
    this.value = this.value.slice(0, before) + this.value.slice(before).trim();
  }

  private walk(e: XmlElement): void {
    for (const part of e.content) {
      if (typeof part === 'string') this.add(part.replace(/\s+/g, ' '));
      else if (part.name === 's') this.add(' ', spaces(part.attrs.c));
      else if (part.name === 'tab') this.add('\t');
      else if (part.name === 'line-break') this.add('\n');
      else if (part.name !== 'annotation' && part.name !== 'note') this.walk(part);
    }
  }

  private add(text: string, times = 1): void {
    checkField(this.check.file, this.place, this.value.length + text.length * times, this.check.limits, this.value);
    this.value += times === 1 ? text : text.repeat(times);
  }
}

/** The spaces a <text:s text:c="N"/> stands for (none when N is not a count). */
function spaces(count: string | undefined): number {
  const n = Number(count ?? 1);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}
