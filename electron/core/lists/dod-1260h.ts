// DoD Section 1260H list ("Chinese military companies"), in the derived CSV of the reference data:
// one row per distinct company name with the editions that printed it. A name missing from the
// latest edition without a removal date was usually renamed, not cleared: its status is 'renamed',
// and the current name is found when the data links the two.
import type { EditionRecord, ListEntry, ListFile, ParsedList } from './entry';
import { listMeta } from './registry';
import { badFile, cell, cellColumn, columnIndex, distinct, joinText, nameKey, newEntry, type ParseOptions, readHeaderCsv, ROW_FIX, splitList } from './text';

export const DOD_1260H_COLUMNS = {
  name: ['name'],
  aliases: ['aliases_if_any'],
  yearListed: ['year_listed'],
  status: ['status'],
  source: ['source'],
};

const PROGRAMME = 'Section 1260H, FY2021 NDAA';
const PREDECESSOR = 'Section 1237 Communist Chinese Military Companies list (predecessor of 1260H)';
const DATE = '(\\d{4}-\\d{2}-\\d{2})';

export async function parseDod1260h(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const { text, header, rows } = await readHeaderCsv(file, ',', opts, { warnings, gaps });
  const col = columnIndex(header, DOD_1260H_COLUMNS, file.name, 'the DoD 1260H list');
  const entries: ListEntry[] = [];
  const editionDates = new Set<string>();
  const pdfs: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const name = cell(row, col.name);
    const status = cell(row, col.status);
    const fail = (column: number, problem: string) => badFile(file.name, { line: row.line, column: cellColumn(text, row, ',', column) }, problem, ROW_FIX);
    if (!name) throw fail(col.name, 'This row has no name.');
    const earlier = seen.get(name);
    if (earlier !== undefined) throw fail(col.name, `"${name}" is also on line ${earlier}; the file has one row per company name.`);
    seen.set(name, row.line);
    const entry = newEntry(name, name);
    entry.type = 'entity';
    entry.aliases = distinct(splitList(cell(row, col.aliases)), [name]);
    const source = cell(row, col.source);
    const rowPdfs = dodPdfs(source);
    pdfs.push(...rowPdfs);
    entry.sourceUrl = newestPdf(rowPdfs);
    if (!applyStatus(entry, status)) {
      throw fail(col.status, `The status "${status}" is not one this importer knows ("listed (in <date> edition)", "removed <date>", "not in <date> edition ...").`);
    }
    entry.editions.forEach((e) => editionDates.add(e.edition));
    for (const m of status.matchAll(new RegExp(`(?:in|not in) ${DATE} edition`, 'g'))) editionDates.add(m[1]!);
    entry.remarks = joinText([entry.remarks, source && `Source: ${source}`]);
    entries.push(entry);
  }
  linkRenames(entries, warnings);
  const asOf = [...editionDates].sort().at(-1) ?? null;
  const meta = listMeta('dod-1260h');
  return {
    format: 'dod-1260h-csv',
    ...meta,
    asOf,
    asOfBasis: asOf ? `The latest edition named in the file (${asOf}).` : 'The file names no edition dates.',
    sourceUrl: newestPdf(pdfs) ?? meta.sourceUrl,
    sourceFiles: [{ name: file.name, role: 'list', rows: rows.length }],
    entries,
    warnings,
    gaps,
  };
}

/**
 * Reads "listed (in D edition); editions listed: D, D; parent given: A | B; note: ..." into the
 * entry. False when the first clause is not a status this importer knows.
 */
function applyStatus(entry: ListEntry, status: string): boolean {
  if (/^NOT a 1260H entry/i.test(status)) {
    // Xiaomi and Luokung: the predecessor list, whose designations courts blocked.
    entry.subList = PREDECESSOR;
    entry.programmes = ['Section 1237, FY1999 NDAA', 'EO 13959'];
    entry.status = 'removed';
    entry.listedDate = new RegExp(`designated ${DATE}`).exec(status)?.[1] ?? null;
    entry.remarks = status;
    return true;
  }
  const [first = '', ...rest] = status.split(/;\s*/);
  let m: RegExpExecArray | null;
  if (new RegExp(`^listed \\(in ${DATE} edition\\)$`).test(first)) entry.status = 'listed';
  else if ((m = new RegExp(`^removed ${DATE}$`).exec(first))) {
    entry.status = 'removed';
    entry.removedDate = m[1]!;
  } else if (new RegExp(`^not in ${DATE} edition under this name`).test(first)) entry.status = 'renamed';
  else return false;
  entry.programmes = [PROGRAMME];
  const notes: string[] = [];
  for (const clause of rest) {
    if ((m = /^editions listed:\s*(.+)$/.exec(clause))) {
      entry.editions = splitList(m[1]!, /,\s*/).map((edition) => ({ edition, name: entry.name }));
    } else if ((m = /^parent given:\s*(.+)$/.exec(clause))) entry.parents = distinct(m[1]!.split('|'));
    else notes.push(clause.replace(/^note:\s*/, ''));
  }
  entry.editions.sort((a, b) => a.edition.localeCompare(b.edition));
  entry.listedDate = entry.editions[0]?.edition ?? null;
  if (entry.status === 'renamed') notes.unshift(first);
  entry.remarks = joinText(notes);
  return true;
}

/** URLs of the DoD PDFs in a source cell, in order. */
function dodPdfs(source: string): string[] {
  return [...source.matchAll(/https?:\/\/media\.defense\.gov\/\S+?\.PDF/gi)].map((m) => m[0]);
}

/** The PDF with the latest /YYYY/Mon/DD/ in its path: the newest edition. */
function newestPdf(urls: string[]): string | null {
  const dated = urls.map((url) => ({ url, date: new Date(/\/(\d{4}\/[A-Za-z]{3}\/\d{2})\//.exec(url)?.[1]?.replace(/\//g, ' ') ?? '').getTime() || 0 }));
  return dated.sort((a, b) => b.date - a.date)[0]?.url ?? null;
}

// ---------------------------------------------------------------------------------------------
// Renames

const LEGAL_FORMS = new Set(['co', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'company', 'llc', 'plc']);

/** The name without a trailing "(abbreviation)" and trailing legal-form words: "Hesai Technology". */
function coreKey(name: string): string {
  const words = nameKey(name.replace(/\s*\([^()]*\)\s*$/, '')).split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

const sharesEdition = (a: ListEntry, b: ListEntry) => a.editions.some((e) => b.editions.some((f) => f.edition === e.edition));

/**
 * For each 'renamed' entry, the listed entry it became, tried in order of strength, stopping at the
 * first test that picks exactly one (several is ambiguous and picks none):
 * 1. the listed entry gives the old name as an alias (Hesai Group: "Hesai Technology Co., Ltd.");
 * 2. the same name apart from legal form and a trailing abbreviation, never printed side by side;
 * 3. a shared alias ("DJI"), never printed side by side.
 * The successor gains the old name as an alias and the old editions, so its history is complete.
 */
function linkRenames(entries: ListEntry[], warnings: string[]): void {
  const listed = entries.filter((e) => e.status === 'listed');
  const unresolved: string[] = [];
  for (const old of entries.filter((e) => e.status === 'renamed')) {
    const key = nameKey(old.name);
    const oldAliases = old.aliases.map(nameKey);
    const tests: [string, (e: ListEntry) => boolean][] = [
      ['the later entry gives this name as an alias', (e) => e.aliases.some((a) => nameKey(a) === key)],
      ['same name apart from legal form', (e) => !sharesEdition(e, old) && coreKey(e.name) === coreKey(old.name)],
      [
        'shared alias',
        (e) => !sharesEdition(e, old) && oldAliases.some((a) => a === coreKey(e.name) || e.aliases.some((b) => nameKey(b) === a)),
      ],
    ];
    let successor: ListEntry | undefined;
    let basis = '';
    for (const [why, test] of tests) {
      const found = listed.filter(test);
      if (found.length === 0) continue;
      if (found.length === 1) [successor, basis] = [found[0], why];
      break;
    }
    if (!successor) {
      unresolved.push(old.name);
      continue;
    }
    old.renamedTo = successor.name;
    old.remarks = joinText([old.remarks, `Listed now as "${successor.name}" (matched by importer: ${basis}).`]);
    successor.aliases = distinct([...successor.aliases, old.name], [successor.name]);
    successor.editions = mergeEditions(old.editions, successor.editions);
    successor.listedDate = successor.editions[0]?.edition ?? successor.listedDate;
    successor.remarks = joinText([successor.remarks, `Earlier listed as "${old.name}" (matched by importer: ${basis}).`]);
  }
  if (unresolved.length > 0) {
    warnings.push(
      `${unresolved.length} name(s) are not in the latest edition and have no removal date, but their current name could not be identified: ` +
        `${unresolved.join('; ')}. They are kept as 'renamed' without a current name; check them against the DoD PDF.`,
    );
  }
}

function mergeEditions(a: EditionRecord[], b: EditionRecord[]): EditionRecord[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .filter((e) => !seen.has(`${e.edition}|${e.name}`) && seen.add(`${e.edition}|${e.name}`))
    .sort((x, y) => x.edition.localeCompare(y.edition));
}
