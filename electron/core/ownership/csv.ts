// The plain ownership CSV: a header row, then one link per row,
//   owner,owned,percentage,kind,start,end,source
// where only owner and owned are required. Parties are named, not numbered: a name already in the graph is that
// party (repository.ts resolves it), any other is a new party.
import Papa from 'papaparse';
import { vendorNameKey } from '../vendors/names';
import { quoteValue } from '../visible-text';
import {
  endsAfterStart,
  type LinkRecord,
  nameProblem,
  type OwnershipFile,
  type OwnershipLimits,
  parseDate,
  parseKind,
  parsePercentage,
  type Problem,
  isProblem,
} from './records';
import { Problems } from './problems';

const CSV_COLUMNS = ['owner', 'owned', 'percentage', 'kind', 'start', 'end', 'source'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function readOwnershipCsv(text: string, file: string, limits: OwnershipLimits): OwnershipFile {
  const problems = new Problems(file);
  const links: LinkRecord[] = [];
  const firstLine = new Map<string, number>();
  let columns: Map<Column, number> | null = null;
  let line = 1;
  let consumed = 0;
  let records = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      // The line a record starts on: the lines before it, counted as the parser moves (a quoted cell may span lines).
      const at = line;
      for (let i = text.indexOf('\n', consumed); i !== -1 && i < result.meta.cursor; i = text.indexOf('\n', i + 1)) line += 1;
      consumed = result.meta.cursor;
      const cells = result.data.map((c) => c.trim());
      if (cells.every((c) => c === '')) return;
      if (++records > limits.lines + 1) {
        problems.add(at, null, `the file has more than ${limits.lines.toLocaleString('en-US')} rows, the most Vetter reads from one file`);
        parser.abort();
        return;
      }
      const error = result.errors[0];
      if (error) {
        problems.add(at, null, error.code === 'MissingQuotes' ? 'a double quote (") is never closed' : `not readable as CSV: ${quoteValue(error.message, 80)}`);
        return;
      }
      if (!columns) {
        columns = header(cells, at, problems);
        if (!columns) parser.abort();
        return;
      }
      const row = readRow(cells, columns, at, problems, limits);
      if (!row) return;
      const { link, key } = row;
      const seen = firstLine.get(key);
      if (seen !== undefined) problems.add(at, 'owned', `the same link (owner, owned, kind and start) as line ${seen}`);
      else {
        firstLine.set(key, at);
        links.push(link);
      }
    },
  });
  if (!columns && problems.count === 0) problems.add(1, null, `the file is empty: it needs a header row (${CSV_COLUMNS.join(',')}) and a row per link`);
  else if (links.length === 0 && problems.count === 0) problems.add(line, null, 'the file has a header but no link to import');
  problems.refuseAny();
  return { format: 'csv', parties: [], links, skipped: {} };
}

/** Comma, unless the header row is split by semicolons or tabs only (a spreadsheet saved in another locale). */
function delimiterOf(text: string): string {
  const head = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return head.includes(',') ? ',' : head.includes(';') ? ';' : head.includes('\t') ? '\t' : ',';
}

function header(cells: string[], line: number, problems: Problems): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const name = cell.toLowerCase() as Column;
    if (!CSV_COLUMNS.includes(name)) problems.add(line, quoteValue(cell, 40), `not a column of an ownership CSV (${CSV_COLUMNS.join(', ')})`);
    else if (columns.has(name)) problems.add(line, name, 'the column appears twice');
    else columns.set(name, i);
  });
  for (const required of ['owner', 'owned'] as const) if (!columns.has(required)) problems.add(line, required, `the header has no "${required}" column`);
  return problems.count === 0 ? columns : null;
}

/** The row's link, and its key: one link per pair of parties, kind and start (the same one twice is a mistake, not two holdings). */
function readRow(cells: string[], columns: Map<Column, number>, line: number, problems: Problems, limits: OwnershipLimits): { link: LinkRecord; key: string } | null {
  const before = problems.count;
  const cell = (c: Column) => (columns.has(c) ? (cells[columns.get(c)!] ?? '') : '');
  if (cells.length > columns.size && cells.slice(columns.size).some((c) => c !== '')) problems.add(line, null, `the row has more cells than the header's ${columns.size} columns`);
  const [owner, owned] = [cell('owner'), cell('owned')];
  for (const [field, name] of [['owner', owner], ['owned', owned]] as const) {
    const problem = nameProblem(name, limits);
    if (problem) problems.add(line, field, problem);
  }
  if (owner && vendorNameKey(owner) === vendorNameKey(owned)) problems.add(line, 'owned', 'the owner and the owned party are the same');
  const value = <T>(field: Column, parse: (text: string) => T | Problem): T | null => {
    const text = cell(field);
    if (text === '') return null;
    const parsed = parse(text);
    if (isProblem(parsed)) {
      problems.add(line, field, parsed.problem);
      return null;
    }
    return parsed;
  };
  const percentage = value('percentage', parsePercentage);
  const kind = value('kind', parseKind) ?? 'shareholding';
  const start = value('start', parseDate);
  const end = value('end', parseDate);
  if (start && end && !endsAfterStart(start, end)) problems.add(line, 'end', `${end} is before the start date, ${start}`);
  const source = cell('source');
  if (source.length > limits.sourceChars) problems.add(line, 'source', `longer than ${limits.sourceChars} characters`);
  if (problems.count > before) return null;
  const link: LinkRecord = { id: null, owner: { name: owner, line, field: 'owner' }, owned: { name: owned, line, field: 'owned' }, kind, percentage, shares: null, start, end, source: source || null, line };
  return { link, key: [vendorNameKey(owner), vendorNameKey(owned), kind, start ?? ''].join('\u0000') };
}
