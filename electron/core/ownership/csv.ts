// The plain ownership CSV: a header row, then one link per row,
//   owner,owned,percentage,kind,start,end,source
// where only owner and owned are required. Parties are named, not numbered: a name already in the graph is that
// party (repository.ts resolves it), any other is a new party.
import { type CsvRecord, readCsvRecords } from '../files/csv-records';
import { Problems } from '../files/problems';
import { vendorNameKey } from '../vendors/names';
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

const CSV_COLUMNS = ['owner', 'owned', 'percentage', 'kind', 'start', 'end', 'source'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function readOwnershipCsv(text: string, file: string, limits: OwnershipLimits): OwnershipFile {
  const problems = new Problems(file);
  const links: LinkRecord[] = [];
  const firstLine = new Map<string, number>();
  const format = { columns: CSV_COLUMNS, required: ['owner', 'owned'] as const, row: 'link', format: 'an ownership CSV', lines: limits.lines };
  readCsvRecords(text, format, problems, (record) => {
    const row = readRow(record, problems, limits);
    if (!row) return;
    const { link, key } = row;
    const seen = firstLine.get(key);
    if (seen !== undefined) problems.add(record.line, 'owned', `the same link (owner, owned, kind and start) as line ${seen}`);
    else {
      firstLine.set(key, record.line);
      links.push(link);
    }
  });
  problems.refuseAny();
  return { format: 'csv', parties: [], links, skipped: {} };
}

/** The row's link, and its key: one link per pair of parties, kind and start (the same one twice is a mistake, not two holdings). */
function readRow({ cell, line }: CsvRecord<Column>, problems: Problems, limits: OwnershipLimits): { link: LinkRecord; key: string } | null {
  const before = problems.count;
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
