// A small CSV file read record by record (papaparse), each record with the line it starts on: the header checked
// against the columns a format takes, blank rows skipped, the row limit and unreadable rows made problems at their
// line. Shared by the ownership and supplier importers, which check each row's fields themselves.
import Papa from 'papaparse';
import { quoteValue } from '../visible-text';
import type { Problems } from './problems';

export interface CsvFormat<C extends string> {
  /** The columns the format takes, as the header names them (lower case). */
  columns: readonly C[];
  required: readonly C[];
  /** What a row is, for the messages ("link", "supplier"), and what the format is ("an ownership CSV"). */
  row: string;
  format: string;
  /** Rows read at most. */
  lines: number;
}

/** One record: its cell by column ('' when absent), and the line it starts on. */
export interface CsvRecord<C extends string> {
  cell: (column: C) => string;
  line: number;
}

/**
 * Reads `text` as `format`, handing each data record to `onRow`; problems go to `problems` (the caller refuses the
 * file when there are any). Gives the number of data records read.
 */
export function readCsvRecords<C extends string>(text: string, format: CsvFormat<C>, problems: Problems, onRow: (record: CsvRecord<C>) => void): number {
  let columns: Map<C, number> | null = null;
  let line = 1;
  let consumed = 0;
  let records = 0;
  let rows = 0;
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
      if (++records > format.lines + 1) {
        problems.add(at, null, `the file has more than ${format.lines.toLocaleString('en-US')} rows, the most Vetter reads from one file`);
        parser.abort();
        return;
      }
      const error = result.errors[0];
      if (error) {
        problems.add(at, null, error.code === 'MissingQuotes' ? 'a double quote (") is never closed' : `not readable as CSV: ${quoteValue(error.message, 80)}`);
        return;
      }
      if (!columns) {
        columns = header(cells, at, format, problems);
        if (!columns) parser.abort();
        return;
      }
      const known = columns;
      if (cells.length > known.size && cells.slice(known.size).some((c) => c !== '')) problems.add(at, null, `the row has more cells than the header's ${known.size} columns`);
      rows += 1;
      onRow({ cell: (c) => (known.has(c) ? (cells[known.get(c)!] ?? '') : ''), line: at });
    },
  });
  if (!columns && problems.count === 0) problems.add(1, null, `the file is empty: it needs a header row (${format.columns.join(',')}) and a row per ${format.row}`);
  else if (rows === 0 && problems.count === 0) problems.add(line, null, `the file has a header but no ${format.row} to import`);
  return rows;
}

/** Comma, unless the header row is split by semicolons or tabs only (a spreadsheet saved in another locale). */
function delimiterOf(text: string): string {
  const head = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return head.includes(',') ? ',' : head.includes(';') ? ';' : head.includes('\t') ? '\t' : ',';
}

function header<C extends string>(cells: string[], line: number, format: CsvFormat<C>, problems: Problems): Map<C, number> | null {
  const columns = new Map<C, number>();
  const before = problems.count;
  cells.forEach((cell, i) => {
    const name = cell.toLowerCase().replace(/\s+/g, '_') as C;
    if (!format.columns.includes(name)) problems.add(line, quoteValue(cell, 40), `not a column of ${format.format} (${format.columns.join(', ')})`);
    else if (columns.has(name)) problems.add(line, name, 'the column appears twice');
    else columns.set(name, i);
  });
  for (const required of format.required) if (!columns.has(required)) problems.add(line, required, `the header has no "${required}" column`);
  return problems.count === before ? columns : null;
}
