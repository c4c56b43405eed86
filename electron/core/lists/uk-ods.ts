// UK Sanctions List (FCDO) as published in OpenDocument spreadsheet form: one sheet, one row per
// designation under a regime. Rows sharing an OFSI Group ID are one person or entity (named under
// several regimes, sometimes spelt differently) and become one entry.
import type { ListEntry, ListFile, ParsedList } from './entry';
import { listMeta } from './registry';
import { readFirstSheet, type SheetRow } from './ods-sheet';
import { badFile, distinct, DOWNLOAD_AGAIN, isoDate, newEntry, newestDate, type ParseOptions } from './text';

const COLUMNS = {
  uniqueId: ['unique id'],
  groupId: ['ofsi group id', 'group id'],
  name: ['name'],
  regime: ['regime name', 'regime'],
  type: ['type', 'group type'],
  source: ['designation source'],
  designated: ['date designated'],
  sanctions: ['sanctions imposed'],
};
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['name', 'regime', 'type', 'designated'];
const HEADER_SEARCH_ROWS = 30;

const TYPES: Record<string, ListEntry['type']> = { individual: 'individual', entity: 'entity', ship: 'vessel', vessel: 'vessel', aircraft: 'aircraft' };

export async function parseUkOds(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const sheet = await readFirstSheet(file, opts);
  const where = (row?: number, column?: number) => ({
    where: `sheet "${sheet.name}"${row === undefined ? '' : `, row ${row}`}${column === undefined ? '' : `, column ${columnLetter(column)}`}`,
  });
  if (sheet.tables > 1) warnings.push(`"${file.name}" has ${sheet.tables} sheets; only the first, "${sheet.name}", was read.`);

  // Some editions put title rows above the header: look for it near the top.
  let col: Partial<Record<Column, number>> = {};
  const headerAt = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    col = columnsOf(r.cells);
    return REQUIRED.every((k) => col[k] !== undefined) && (col.groupId !== undefined || col.uniqueId !== undefined);
  });
  if (headerAt === -1) {
    throw badFile(
      file.name,
      where(),
      `No header row with the columns Name, Regime Name, Type, Date Designated and OFSI Group ID was found in the first ${HEADER_SEARCH_ROWS} rows, so this is not the UK Sanctions List.`,
      'Choose the UK Sanctions List spreadsheet (.ods) from gov.uk as downloaded.',
    );
  }

  const groups = new Map<string, { row: SheetRow; date: string | null }[]>();
  const dates: { date: string; where: string }[] = [];
  const get = (r: SheetRow, k: Column) => (col[k] === undefined ? '' : (r.cells[col[k]] ?? '').trim());
  const unnamed: string[] = [];
  const dataRows = sheet.rows.slice(headerAt + 1);
  for (const r of dataRows) {
    const raw = get(r, 'designated');
    const date = raw ? isoDate(raw, 'dmy') : null;
    if (raw && !date) throw badFile(file.name, where(r.row, col.designated), `The Date Designated "${raw}" is not a date (the list writes dd-mm-yyyy or dd/mm/yyyy).`, DOWNLOAD_AGAIN);
    if (date) dates.push({ date, where: `"${file.name}", row ${r.row}` });
    const uniqueId = get(r, 'uniqueId');
    if (!get(r, 'name')) {
      unnamed.push(`row ${r.row}${uniqueId ? ` (${uniqueId})` : ''}`);
      continue;
    }
    // Ships have no Group ID in the 2025 file: each row is its own entry, keyed by Unique ID.
    const key = get(r, 'groupId') || (uniqueId ? `uid:${uniqueId}` : `row:${r.row}`);
    groups.set(key, [...(groups.get(key) ?? []), { row: r, date }]);
  }
  if (unnamed.length > 0) warnings.push(`"${file.name}": ${unnamed.length} row(s) have no name and were skipped: ${unnamed.slice(0, 5).join(', ')}${unnamed.length > 5 ? ', ...' : ''}.`);

  const entries = [...groups.values()].map((rows) => {
    const first = rows[0]!.row;
    const entry = newEntry(get(first, 'groupId') || get(first, 'uniqueId') || `row ${first.row}`, get(first, 'name'));
    entry.aliases = distinct(rows.map(({ row }) => get(row, 'name')), [entry.name]);
    entry.type = TYPES[get(first, 'type').toLowerCase()] ?? 'unknown';
    entry.programmes = distinct(rows.map(({ row }) => get(row, 'regime')));
    entry.listedDate = rows.flatMap(({ date }) => (date ? [date] : [])).sort()[0] ?? null;
    // One line per designation: the regime, date, source and sanctions differ between them.
    entry.remarks = rows
      .map(({ row, date }) =>
        [
          `${get(row, 'uniqueId') || `Row ${row.row}`}: ${get(row, 'regime')} regime`,
          date && `designated ${date}`,
          get(row, 'source') && `source ${get(row, 'source')}`,
          get(row, 'sanctions') && `sanctions: ${get(row, 'sanctions')}`,
        ]
          .filter(Boolean)
          .join('; '),
      )
      .join('\n');
    return entry;
  });

  const asOf = newestDate(dates, opts.now, 'Date Designated', warnings);
  // The only columns this form of the list has: a name per designation, nothing else to match on.
  gaps.push('This form of the UK list gives each designation one name: it carries no aliases, addresses or countries, which the full UK Sanctions List has.');
  const saved = sheet.saved && !Number.isNaN(sheet.saved.getTime()) ? sheet.saved.toISOString().slice(0, 10) : null;
  return {
    format: 'uk-sanctions-ods',
    ...listMeta('uk-sanctions'),
    asOf,
    asOfBasis:
      (asOf ? 'The newest Date Designated in the sheet; the data may be newer.' : 'The sheet has no designation dates.') +
      (saved ? ` The spreadsheet's content was saved on ${saved}.` : ''),
    sourceFiles: [{ name: file.name, role: 'list', rows: dataRows.length }],
    entries,
    warnings,
    gaps,
  };
}

function columnsOf(cells: string[]): Partial<Record<Column, number>> {
  const lower = cells.map((c) => c.trim().toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  for (const key of Object.keys(COLUMNS) as Column[]) {
    const index = lower.findIndex((h) => COLUMNS[key].includes(h));
    if (index !== -1) found[key] = index;
  }
  return found;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
