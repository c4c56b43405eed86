// Turns table rows into vendor inputs: column mapping, per-field parsing, contract validation and
// duplicate names within the file. Every problem names the spreadsheet row and the column header.
import {
  IMPORT_FIELDS,
  MAX_EDITABLE_ROWS,
  vendorInput,
  type ColumnMapping,
  type FieldProblem,
  type ImportBadRow,
  type ImportCells,
  type ImportField,
  type RowProblem,
  type VendorInput,
} from './model';
import { CRITICALITY, DATA_SHARED, NAME_KINDS, SERVICES } from './vocabulary';
import { GLOBAL_SCHEMES, identifierKey, parseIdentifiers, SCHEME_TEXT } from '../identifiers';
import { quoteValue } from '../visible-text';
import { parseCountry } from './countries';
import { nameScript, vendorNameKey } from './names';
import { columnLetter, type TableRow } from './table-common';

/** Problems kept for display; beyond this they are only counted. */
export const MAX_PROBLEMS = 1000;

/** The longest problem message kept: values in messages are quoted short already, this bounds the rest. */
const MAX_MESSAGE = 600;

/**
 * Vetter's exports put an apostrophe before any cell a spreadsheet could run as a formula (= + - @ tab or carriage
 * return first; see neutraliseCell in export.ts), and before a cell that already starts with apostrophes followed by
 * one of those, so that exactly one apostrophe is removed here and every value comes back as it was: "'- note" is
 * "- note" again, while an apostrophe a user typed before anything else ("'s-Hertogenbosch BV") stays.
 */
export function unneutraliseCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Header spellings per field, compared after headerKey(); each field's own name is included. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'legal name', 'vendor', 'vendor name', 'company', 'supplier'],
  aliases: ['aliases', 'other names', 'also known as', 'aka', 'trading name'],
  country: ['country', 'country of incorporation', 'incorporated in', 'jurisdiction'],
  country_hq: ['country_hq', 'hq', 'headquarters', 'country hq', 'country of headquarters'],
  // Not "id": that is usually the buyer's own vendor number, which is no company identifier.
  identifiers: ['identifiers', 'identifier', 'ids', 'company identifiers', 'company ids'],
  parent: ['parent', 'parent company', 'owner company', 'ultimate parent'],
  website: ['website', 'url', 'web', 'domain'],
  services: ['services', 'service', 'services supplied'],
  data_shared: ['data_shared', 'data', 'data shared', 'data categories'],
  criticality: ['criticality', 'business criticality', 'tier'],
  owner: ['owner', 'contract owner', 'business owner'],
  contract_start: ['contract_start', 'contract start', 'start date'],
  contract_end: ['contract_end', 'contract end', 'end date', 'renewal date'],
  annual_spend: ['annual_spend', 'annual spend', 'spend', 'annual value', 'contract value'],
  tags: ['tags', 'labels'],
  notes: ['notes', 'comments', 'description'],
};

/** "Vendor_Name", "vendor-name" and " Vendor  Name " all become "vendor name". */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const FIELD_BY_KEY = new Map(IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [headerKey(s), field] as const)));

function fieldForHeader(header: string): ImportField | null {
  // Retry without a parenthesised note, so "Annual spend (USD)" maps while "Country (HQ)" keeps its meaning.
  return FIELD_BY_KEY.get(headerKey(header)) ?? FIELD_BY_KEY.get(headerKey(header.replace(/\([^)]*\)/g, ' '))) ?? null;
}

/** A first guess at which column holds which field; each field goes to the first column that names it. */
export function guessMapping(headers: string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Headers of the columns the mapping ignores. */
export function unknownHeaders(headers: string[], mapping: ColumnMapping): string[] {
  return headers.filter((_, i) => (mapping[i] ?? null) === null);
}

/** Problems with the mapping itself, reported against the header row (row 1). */
export function mappingProblems(mapping: ColumnMapping, headerRow = 1): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!mapping.includes('name')) {
    problems.push({
      row: headerRow,
      column: 'name',
      message: 'No column is mapped to "name", the vendor\'s legal name, which every vendor needs. Choose the column that holds it.',
    });
  }
  for (const field of IMPORT_FIELDS) {
    const letters = mapping.flatMap((f, i) => (f === field ? [columnLetter(i)] : []));
    if (letters.length > 1) {
      problems.push({ row: headerRow, column: field, message: `"${field}" is mapped to more than one column (${letters.join(', ')}). Map it to one column only.` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Field parsers: each takes a trimmed cell and gives a value or a message for the user.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

type OtherName = VendorInput['otherNames'][number];

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const orNull = (text: string): string | null => (text === '' ? null : text);

const KIND_SUFFIX = /\s*\(([a-z-]+)\)$/i;

/**
 * "Name (trading)" sets the kind explicitly (export writes it where the script would guess wrong);
 * otherwise names with non-Latin letters are 'local-script' and the rest 'other'.
 */
function parseAlias(text: string): OtherName {
  const suffix = KIND_SUFFIX.exec(text);
  const kind = NAME_KINDS.find((k) => k === suffix?.[1]?.toLowerCase());
  if (suffix && kind) return { name: text.slice(0, suffix.index).trim(), kind };
  return { name: text, kind: nameScript(text) === 'other' ? 'local-script' : 'other' };
}

/** How export writes an alias: bare when parseAlias would read back the same kind, else with a "(kind)" suffix. */
export function formatAlias(alias: OtherName): string {
  const reread = parseAlias(alias.name);
  return reread.name === alias.name && reread.kind === alias.kind ? alias.name : `${alias.name} (${alias.kind})`;
}

export function parseCountryCell(text: string): Parsed<string | null> {
  if (text === '') return ok(null);
  const code = parseCountry(text);
  return code === null
    ? fail(`${quoteValue(text)} is not a country we recognise. Use a two-letter code such as US or DE, or the English name such as Germany.`)
    : ok(code);
}

/** Case- and whitespace-insensitive, so "iaas / paas" matches "IaaS/PaaS". */
const labelKey = (label: string): string => label.toLowerCase().replace(/\s+/g, '');

/** A parser for ";"-separated labels from a fixed list; it gives back the canonical labels. */
function labelParser<T extends string>(allowed: readonly T[], what: string): (text: string) => Parsed<T[]> {
  const byKey = new Map(allowed.map((label) => [labelKey(label), label]));
  const hint = `Allowed values (separate several with ";"): ${allowed.map((a) => `"${a}"`).join(', ')}.`;
  return (text) => {
    const values: T[] = [];
    const unknown: string[] = [];
    for (const part of splitList(text)) {
      const label = byKey.get(labelKey(part));
      if (label === undefined) unknown.push(part);
      else values.push(label);
    }
    if (unknown.length === 0) return ok([...new Set(values)]);
    // A few of them, each quoted short: a cell of thousands of unknown labels must not make a message as long.
    const shown = unknown.slice(0, 5).map((u) => quoteValue(u, 60));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    return fail(`Unknown ${what} ${shown.join(', ')}${more}. ${hint}`);
  };
}

export const parseServices = labelParser(SERVICES, 'service');
export const parseDataShared = labelParser(DATA_SHARED, 'data shared');

function parseCriticality(text: string): Parsed<VendorInput['criticality']> {
  if (text === '') return ok(null);
  const value = CRITICALITY.find((c) => c === text.toLowerCase());
  return value ? ok(value) : fail(`${quoteValue(text)} is not a criticality. Use one of: ${CRITICALITY.join(', ')}.`);
}

/** Only the shape is checked here; whether the date exists is the contract's check. */
function parseDate(text: string): Parsed<string | null> {
  if (text === '') return ok(null);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? ok(text) : fail(`${quoteValue(text)} is not a date in the form YYYY-MM-DD. Write it like 2025-01-31.`);
}

// Optional sign, optional currency symbol or code, digits with optional thousands commas, optional decimals.
const AMOUNT = /^(-?)\s*(?:[$€£]|USD|EUR|GBP)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/i;

function parseSpend(text: string): Parsed<number | null> {
  if (text === '') return ok(null);
  const match = AMOUNT.exec(text);
  if (!match) {
    return fail(`${quoteValue(text)} is not an amount. Write a number such as 1200000 or 1,200,000.50; a leading $, €, £, USD, EUR or GBP is allowed.`);
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  // A negative amount parses so the contract can say why it is not allowed.
  return ok(Number(`${sign}${whole.replaceAll(',', '')}${fraction}`));
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Which VendorInput key each contract issue path starts with, as an import field. */
const FIELD_OF_KEY: Record<keyof VendorInput, ImportField> = {
  legalName: 'name',
  otherNames: 'aliases',
  countryOfIncorporation: 'country',
  countryOfHeadquarters: 'country_hq',
  identifiers: 'identifiers',
  parentName: 'parent',
  website: 'website',
  services: 'services',
  dataShared: 'data_shared',
  criticality: 'criticality',
  contractOwner: 'owner',
  contractStart: 'contract_start',
  contractEnd: 'contract_end',
  annualSpend: 'annual_spend',
  tags: 'tags',
  notes: 'notes',
};

/** Parses and validates one row; the input is null when the row has any problem. */
function readRow(cell: (field: ImportField) => string): { input: VendorInput | null; problems: { field: ImportField; message: string }[] } {
  const problems: { field: ImportField; message: string }[] = [];
  const take = <T>(field: ImportField, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: parsed.message });
    return fallback;
  };
  const legalName = cell('name');
  if (legalName === '') problems.push({ field: 'name', message: 'Name is required: type the vendor\'s legal name.' });
  // Duplicates are found by the name without case, accents, punctuation or spacing: a name of punctuation alone has
  // nothing left to compare, and the database would refuse it on the write. Said here, with its row.
  else if (vendorNameKey(legalName) === '') {
    problems.push({ field: 'name', message: `${quoteValue(legalName, 60)} has no letters or digits. A legal name needs at least one, so that vendors can be told apart.` });
  }
  // Each problem of the cell is its own row error: a cell of three identifiers can have three things to fix.
  const ids = parseIdentifiers(cell('identifiers'));
  for (const message of ids.problems) problems.push({ field: 'identifiers', message });
  const draft: VendorInput = {
    legalName,
    otherNames: splitList(cell('aliases')).map(parseAlias),
    identifiers: ids.identifiers,
    countryOfIncorporation: take('country', parseCountryCell(cell('country')), null),
    countryOfHeadquarters: take('country_hq', parseCountryCell(cell('country_hq')), null),
    parentName: orNull(cell('parent')),
    website: orNull(cell('website')),
    services: take('services', parseServices(cell('services')), []),
    dataShared: take('data_shared', parseDataShared(cell('data_shared')), []),
    criticality: take('criticality', parseCriticality(cell('criticality')), null),
    contractOwner: orNull(cell('owner')),
    contractStart: take('contract_start', parseDate(cell('contract_start')), null),
    contractEnd: take('contract_end', parseDate(cell('contract_end')), null),
    annualSpend: take('annual_spend', parseSpend(cell('annual_spend')), null),
    tags: [...new Set(splitList(cell('tags')))],
    notes: orNull(cell('notes')),
  };
  const result = vendorInput.safeParse(draft);
  if (result.success) return { input: problems.length === 0 ? result.data : null, problems };
  const failed = new Set(problems.map((p) => p.field));
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    // Every contract issue has a field path today; anything else is shown against the name.
    const field = typeof key === 'string' && Object.hasOwn(FIELD_OF_KEY, key) ? FIELD_OF_KEY[key as keyof VendorInput] : 'name';
    // A field that failed to parse holds a fallback value; its contract issues would mislead.
    if (failed.has(field)) continue;
    const item = issueItem(draft, issue.path);
    problems.push({ field, message: item === null ? issue.message : `${quoteValue(item, 40)}: ${issue.message}` });
  }
  return { input: null, problems };
}

/** The list item an issue is about (an alias or a tag), so the user can find it in the cell. */
function issueItem(draft: VendorInput, path: PropertyKey[]): string | null {
  const [key, index] = path;
  if (typeof index !== 'number') return null;
  if (key === 'otherNames') return draft.otherNames[index]?.name ?? null;
  if (key === 'tags') return draft.tags[index] ?? null;
  if (key === 'identifiers') {
    const id = draft.identifiers[index];
    return id ? `${id.scheme}:${id.value}` : null;
  }
  return null;
}

export interface RowsResult {
  /** Rows without problems, ready to write. */
  vendors: { row: number; input: VendorInput }[];
  /** The first MAX_PROBLEMS problems. */
  problems: RowProblem[];
  /** All problems, including those beyond MAX_PROBLEMS. */
  problemCount: number;
}

/** The row's vendor input and its name's comparison key, or null and the row's problems (left to right). */
export type RowOutcome = { input: VendorInput; key: string; problems: [] } | { input: null; key: string; problems: FieldProblem[] };

/**
 * Checks rows one at a time, as a file is streamed: each row's problems are reported (the first MAX_PROBLEMS kept)
 * and a row without problems gives its vendor input. Names and global identifiers that repeat an earlier row's are
 * reported too. The same checker checks a row fixed in the preview (vendors/import-edits.ts), told first which names
 * and identifiers the file's other rows hold (`claim`), so a fix is held to exactly the file's rules.
 */
export class RowChecker {
  readonly problems: RowProblem[] = [];
  problemCount = 0;
  /** The rows with problems, with their cells, the first MAX_EDITABLE_ROWS of them: the preview lets them be fixed. */
  readonly badRows: ImportBadRow[] = [];
  badRowCount = 0;
  /** Problems of the rows with problems beyond those kept in badRows. */
  unkeptProblemCount = 0;
  private readonly columns: Map<ImportField, { index: number; header: string }>;
  private readonly firstRowOfName = new Map<string, number>();
  private readonly firstRowOfIdentifier = new Map<string, number>();

  constructor(headers: string[], mapping: ColumnMapping) {
    this.columns = mappedColumns(headers, mapping);
  }

  /** Counts a problem and keeps it while fewer than MAX_PROBLEMS are kept; its column is quoted already. */
  private report(problem: RowProblem): void {
    this.problemCount += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  /** Another row of the file holds this name key or identifier key (a row the preview did not change). */
  claim(row: number, nameKey: string, identifierKeys: readonly string[]): void {
    if (nameKey !== '' && !this.firstRowOfName.has(nameKey)) this.firstRowOfName.set(nameKey, row);
    for (const key of identifierKeys) if (!this.firstRowOfIdentifier.has(key)) this.firstRowOfIdentifier.set(key, row);
  }

  /** The row's vendor input and its name's comparison key, or null when the row has a problem (reported). */
  check(row: number, cells: string[]): { input: VendorInput; key: string } | null {
    const byField: ImportCells = {};
    for (const [field, column] of this.columns) byField[field] = unneutraliseCell((cells[column.index] ?? '').trim()).trim();
    const outcome = this.checkCells(row, byField);
    return outcome.input === null ? null : outcome;
  }

  /** check() for a row given by field (the file's cells, or the preview's fix of them). */
  checkCells(row: number, cells: ImportCells): RowOutcome {
    const cell = (field: ImportField) => (this.columns.has(field) ? (cells[field] ?? '').trim() : '');
    const found: FieldProblem[] = [];
    const problem = (field: ImportField, message: string) => {
      const column = quoteColumn(this.columns.get(field)?.header ?? field);
      found.push({ field, column, message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message });
    };
    const read = readRow(cell);
    // Left to right, as the user reads the row.
    read.problems.sort((a, b) => (this.columns.get(a.field)?.index ?? -1) - (this.columns.get(b.field)?.index ?? -1));
    for (const p of read.problems) problem(p.field, p.message);

    const key = vendorNameKey(cell('name'));
    const firstRow = this.firstRowOfName.get(key);
    if (key !== '' && firstRow !== undefined && firstRow !== row) {
      problem('name', `${quoteValue(cell('name'), 60)} has the same legal name as row ${firstRow}. Change the name, or remove or merge one of the two rows.`);
    } else if (key !== '') this.firstRowOfName.set(key, row);
    if (read.input !== null && found.length === 0) this.identifiersFree(row, read.input, problem);
    if (read.input !== null && found.length === 0) return { input: read.input, key, problems: [] };

    for (const p of found) this.report({ row, column: p.column, message: p.message });
    this.badRowCount += 1;
    const kept: ImportCells = {};
    for (const field of this.columns.keys()) kept[field] = cell(field);
    if (this.badRows.length < MAX_EDITABLE_ROWS) this.badRows.push({ row, cells: kept, problems: found });
    else this.unkeptProblemCount += found.length;
    return { input: null, key, problems: found };
  }

  /**
   * An LEI, USCC or DUNS number is issued to one company only: two rows carrying the same one are the same vendor
   * twice, like two rows with the same legal name. Registration and tax numbers repeat across countries, so they
   * are left alone.
   */
  private identifiersFree(row: number, input: VendorInput, problem: (field: ImportField, message: string) => void): void {
    for (const id of input.identifiers) {
      if (!GLOBAL_SCHEMES.has(id.scheme)) continue;
      const key = identifierKey(id.scheme, id.value);
      const firstRow = this.firstRowOfIdentifier.get(key);
      if (firstRow === undefined || firstRow === row) {
        this.firstRowOfIdentifier.set(key, row);
        continue;
      }
      problem('identifiers', `${id.scheme} ${quoteValue(id.value, 40)} is also on row ${firstRow}: both rows are the same company (each ${SCHEME_TEXT[id.scheme]} is issued to one company only). Remove or merge one of the two rows.`);
    }
  }
}

/** Each mapped field's column (the first one mapped to it), with its header. */
export function mappedColumns(headers: string[], mapping: ColumnMapping): Map<ImportField, { index: number; header: string }> {
  const columns = new Map<ImportField, { index: number; header: string }>();
  mapping.forEach((field, index) => {
    if (field !== null && !columns.has(field)) columns.set(field, { index, header: headers[index] ?? field });
  });
  return columns;
}

/** A header shown as a problem's column: long or invisible-laden headers are quoted short. */
function quoteColumn(header: string): string {
  return header.length <= 60 && quoteValue(header, 60) === `"${header}"` ? header : quoteValue(header, 60);
}

export function rowsToVendors(headers: string[], rows: TableRow[], mapping: ColumnMapping): RowsResult {
  const checker = new RowChecker(headers, mapping);
  const vendors: RowsResult['vendors'] = [];
  for (const { row, cells } of rows) {
    const checked = checker.check(row, cells);
    if (checked !== null) vendors.push({ row, input: checked.input });
  }
  return { vendors, problems: checker.problems, problemCount: checker.problemCount };
}
