// Vendor export to CSV and XLSX in the import format, so an exported file imports back unchanged.
import Papa from 'papaparse';
import { loadExcel } from '../files/excel';
import { IMPORT_FIELDS, type ImportField, type Vendor } from './model';
import { formatIdentifiers } from '../identifiers';
import { formatAlias } from './import-rows';
import { numberToText } from './table-file';

/** Exactly the import field names, in import order. */
export const EXPORT_HEADERS: readonly ImportField[] = IMPORT_FIELDS;

const SPEND_COLUMN = EXPORT_HEADERS.indexOf('annual_spend');

/**
 * Prefixes an apostrophe to text a spreadsheet could run as a formula (OWASP CSV injection): anything starting with
 * = + - @ tab or carriage return. Text that starts with apostrophes before one of those gets one more, so that an
 * import of the file (unneutraliseCell in import-rows.ts) removes exactly one and every value comes back as it was.
 */
export function neutraliseCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const list = (values: readonly string[]): string => values.join('; ');

function fieldValues(v: Vendor): Record<ImportField, string> {
  return {
    name: v.legalName,
    aliases: list(v.otherNames.map(formatAlias)),
    country: v.countryOfIncorporation ?? '',
    country_hq: v.countryOfHeadquarters ?? '',
    identifiers: formatIdentifiers(v.identifiers),
    parent: v.parentName ?? '',
    website: v.website ?? '',
    services: list(v.services),
    data_shared: list(v.dataShared),
    criticality: v.criticality ?? '',
    owner: v.contractOwner ?? '',
    contract_start: v.contractStart ?? '',
    contract_end: v.contractEnd ?? '',
    annual_spend: v.annualSpend === null ? '' : numberToText(v.annualSpend),
    tags: list(v.tags),
    notes: v.notes ?? '',
  };
}

/** One row of text cells per vendor as the data holds them, in EXPORT_HEADERS order (no header row). */
function plainRows(vendors: Vendor[]): string[][] {
  return vendors.map((v) => {
    const values = fieldValues(v);
    return EXPORT_HEADERS.map((field) => values[field]);
  });
}

/** One row of neutralised text cells per vendor, in EXPORT_HEADERS order (no header row). */
export function vendorsToRows(vendors: Vendor[]): string[][] {
  return plainRows(vendors).map((row) => row.map(neutraliseCell));
}

export function exportCsv(vendors: Vendor[]): string {
  // spreadsheetCsv neutralises each cell (once: a second time would add a second apostrophe).
  return spreadsheetCsv(EXPORT_HEADERS, plainRows(vendors));
}

/**
 * CSV with a byte-order mark and CRLF line ends, which is what Excel expects of "CSV UTF-8". Text cells are
 * neutralised; numbers stay numbers (a negative number is not a formula).
 */
export function spreadsheetCsv(fields: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell))));
  const csv = Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' });
  return `\uFEFF${csv}\r\n`;
}

export async function exportXlsx(vendors: Vendor[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Vendors', { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = vendorsToRows(vendors);
  sheet.columns = EXPORT_HEADERS.map((header, i) => ({ header, width: columnWidth(header, rows.map((r) => r[i] ?? '')) }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADERS.length } };
  rows.forEach((cells, r) => {
    // Plain values only: strings stay text (never formulas) and spend is a real number so it sums.
    const values: (string | number | null)[] = cells.map((c) => (c === '' ? null : c));
    const spend = vendors[r]?.annualSpend;
    if (spend !== undefined && spend !== null) values[SPEND_COLUMN] = spend;
    sheet.addRow(values);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Wide enough for the header and typical content, capped so long notes do not make huge columns. */
function columnWidth(header: string, cells: string[]): number {
  // A loop, not Math.max(...cells): spreading a large export would overflow the call stack.
  let longest = header.length;
  for (const cell of cells) for (const line of cell.split('\n')) longest = Math.max(longest, line.length);
  return Math.min(60, Math.max(10, longest + 2));
}
