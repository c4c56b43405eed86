// Internal block lists and other lists without a known format: a CSV with a header row whose
// columns the user maps to entry fields (guessed from the header names, confirmed in a preview).
import { VetterError } from '../errors';
import type { ListEntry, ParsedList } from './entry';
import {
  cell,
  country,
  decodeText,
  distinct,
  headerAndRows,
  isoDate,
  nameKey,
  newEntry,
  type ParseOptions,
  readCsv,
  ROW_FIX,
  sniffCsv,
  sniffText,
  splitList,
} from './text';

export interface CustomMapping {
  name: number;
  aliases?: number;
  country?: number;
  type?: number;
  id?: number;
  remarks?: number;
  listedDate?: number;
}

export interface CustomListMeta {
  listName: string;
  publisher: string;
  /** YYYY-MM-DD, or null when unknown. */
  asOf: string | null;
  sourceUrl?: string | null;
}

export interface CustomPreview {
  headers: string[];
  /** The first data rows, cells trimmed. */
  sample: string[][];
  delimiter: ',' | ';' | '\t';
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that splits the header line into the most cells (a ";" inside values cannot mislead it). */
function detectDelimiter(text: string): CustomPreview['delimiter'] {
  let best: CustomPreview['delimiter'] = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = sniffCsv(text, d, 1)[0]?.cells.length ?? 0;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

export function previewCustomList(bytes: Uint8Array, rows = 10): CustomPreview {
  const text = sniffText(bytes);
  const delimiter = detectDelimiter(text);
  const [header, ...data] = sniffCsv(text, delimiter, rows + 1);
  return { headers: header?.cells.map((c) => c.trim()) ?? [], sample: data.map((r) => r.cells.map((c) => c.trim())), delimiter };
}

const GUESSES: [keyof CustomMapping, RegExp][] = [
  ['id', /^(id|ref|reference|entry id|list id|uid|number|no)$/],
  ['name', /^(name|full name|entity|entity name|company|company name|legal name|party|party name|vendor|vendor name|organisation|organization)$/],
  ['aliases', /alias|aka|other names?|alternative names?|alt names?|also known/],
  ['country', /country|countries|nationality|jurisdiction/],
  ['type', /^(type|entity type|party type|kind|category)$/],
  ['remarks', /remark|note|comment|reason|^why$|details|description/],
  ['listedDate', /(listed|added|designat|effective|start).*date|^date( listed| added)?$|^(listed|added)( on)?$/],
];

/**
 * Columns whose header names suggest each field, for the user to confirm or correct. The name
 * falls back to the first column, since a mapping needs one.
 */
export function guessCustomMapping(headers: string[]): CustomMapping {
  const mapping: CustomMapping = { name: 0 };
  const taken = new Set<number>();
  for (const [field, pattern] of GUESSES) {
    const index = headers.findIndex((h, i) => !taken.has(i) && pattern.test(h.trim().toLowerCase()));
    if (index === -1) continue;
    mapping[field] = index;
    taken.add(index);
  }
  return mapping;
}

const TYPE_WORDS: [RegExp, ListEntry['type']][] = [
  [/individual|person|people|natural/i, 'individual'],
  [/entity|company|organi[sz]ation|business|firm|corporat|vendor/i, 'entity'],
  [/vessel|ship/i, 'vessel'],
  [/aircraft|plane/i, 'aircraft'],
];

export async function parseCustomList(
  bytes: Uint8Array,
  mapping: CustomMapping,
  meta: CustomListMeta,
  opts: ParseOptions & { fileName?: string } = {},
): Promise<ParsedList> {
  const fileName = opts.fileName ?? 'custom list';
  if (!meta.listName.trim()) throw new VetterError('invalid_input', 'Give the list a name.');
  if (meta.asOf !== null && isoDate(meta.asOf) !== meta.asOf) throw new VetterError('invalid_input', `The as-of date "${meta.asOf}" is not a date like 2025-01-31.`);
  const warnings: string[] = [];
  const gaps: string[] = [];
  const text = decodeText({ name: fileName, bytes }, warnings);
  const delimiter = detectDelimiter(text);
  const { header, rows } = headerAndRows(await readCsv(text, fileName, delimiter, opts), { file: fileName, text, delimiter, warnings, gaps, fix: ROW_FIX });
  for (const [field, index] of Object.entries(mapping) as [keyof CustomMapping, number | undefined][]) {
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= header.length) {
      throw new VetterError('invalid_input', `"${fileName}": the column chosen for ${field} (${index + 1}) is not in the file, which has ${header.length} columns.`);
    }
  }
  const entries: ListEntry[] = [];
  const ids = new Map<string, number>();
  const unnamed: number[] = [];
  const undated: string[] = [];
  for (const row of rows) {
    const name = cell(row, mapping.name);
    if (!name) {
      unnamed.push(row.line);
      continue;
    }
    const given = cell(row, mapping.id);
    let id = given || nameKey(name);
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      if (given) throw new VetterError('bad_file', `"${fileName}", line ${row.line}: the id "${given}" is also used on line ${earlier}. Give each row its own id, or map no id column.`);
      id = `${id}#${row.line}`;
    }
    ids.set(id, row.line);
    const entry = newEntry(id, name);
    entry.aliases = distinct(splitList(cell(row, mapping.aliases), /[;|]\s*/), [name]);
    entry.countries = distinct(splitList(cell(row, mapping.country), /[;|]\s*/).map(country));
    const type = cell(row, mapping.type);
    entry.type = TYPE_WORDS.find(([pattern]) => pattern.test(type))?.[1] ?? 'unknown';
    entry.remarks = cell(row, mapping.remarks) || null;
    const date = cell(row, mapping.listedDate);
    if (date) {
      entry.listedDate = customDate(date);
      if (!entry.listedDate) undated.push(`line ${row.line} ("${date}")`);
    }
    entry.sourceUrl = meta.sourceUrl ?? null;
    entries.push(entry);
  }
  if (unnamed.length > 0) warnings.push(`${unnamed.length} row(s) without a name were skipped (line ${unnamed.slice(0, 5).join(', ')}${unnamed.length > 5 ? ', ...' : ''}).`);
  if (undated.length > 0) {
    warnings.push(
      `${undated.length} listed date(s) could not be read and were left empty: ${undated.slice(0, 5).join(', ')}${undated.length > 5 ? ', ...' : ''}. ` +
        'Write dates as 2025-01-31 so day and month cannot be confused.',
    );
  }
  return {
    format: 'custom-csv',
    listKey: `custom-${nameKey(meta.listName).replace(/ /g, '-')}`,
    listName: meta.listName.trim(),
    publisher: meta.publisher.trim(),
    asOf: meta.asOf,
    asOfBasis: meta.asOf ? 'Entered by the user at import.' : 'No as-of date was given at import.',
    sourceUrl: meta.sourceUrl ?? null,
    sourceFiles: [{ name: fileName, role: 'list', rows: rows.length }],
    entries,
    warnings,
    gaps,
  };
}

/** ISO or month-name dates; a numeric d/m/y is read only when the day is over 12, so it cannot be a month. */
function customDate(value: string): string | null {
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec(value.trim());
  if (!numeric) return isoDate(value);
  const [a, b] = [Number(numeric[1]), Number(numeric[2])];
  if (a > 12) return isoDate(value, 'dmy');
  if (b > 12) return isoDate(value, 'mdy');
  return null;
}
