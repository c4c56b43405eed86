// The NS-CMIC extract of the reference data: the CMIC-EO13959 rows of OFAC's cons_prim.csv with
// their dates and "Linked To" parent taken out of the remarks, and aliases from cons_alt.csv.
import type { ListEntry, ListFile, ParsedList } from './entry';
import { listMeta } from './registry';
import { badFile, cell, cellColumn, columnIndex, distinct, isoDate, joinText, newEntry, newestDate, type ParseOptions, readHeaderCsv, ROW_FIX, splitList } from './text';

export const NS_CMIC_COLUMNS = {
  id: ['ent_num'],
  name: ['name'],
  aliases: ['aliases'],
  program: ['program'],
  listing: ['listing_date_cmic'],
  effective: ['effective_date_cmic'],
  divestment: ['divestment_date_cmic'],
  linkedTo: ['linked_to'],
  source: ['source'],
};

export async function parseNsCmic(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const { text, header, rows } = await readHeaderCsv(file, ',', opts, { warnings, gaps });
  const col = columnIndex(header, NS_CMIC_COLUMNS, file.name, 'the NS-CMIC extract');
  const listings: { date: string; where: string }[] = [];
  const entries: ListEntry[] = rows.map((row) => {
    const get = (key: keyof typeof NS_CMIC_COLUMNS) => cell(row, col[key]);
    const fail = (key: keyof typeof NS_CMIC_COLUMNS, problem: string) =>
      badFile(file.name, { line: row.line, column: cellColumn(text, row, ',', col[key]) }, problem, ROW_FIX);
    const date = (key: 'listing' | 'effective' | 'divestment') => {
      const raw = get(key);
      const iso = raw ? isoDate(raw) : null;
      if (raw && !iso) throw fail(key, `"${raw}" is not a date.`);
      return iso;
    };
    if (!get('id') || !get('name')) throw fail(get('id') ? 'name' : 'id', `This row has no ${get('id') ? 'name' : 'ent_num'}.`);
    const entry = newEntry(get('id'), get('name'));
    entry.subList = 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)';
    entry.type = 'entity';
    entry.aliases = distinct(splitList(get('aliases')), [entry.name]);
    // Every row of the extract is an EO 13959 listing, whatever its program cell says.
    entry.programmes = distinct([get('program') || 'CMIC-EO13959', 'CMIC-EO13959']);
    entry.listedDate = date('listing');
    if (entry.listedDate) listings.push({ date: entry.listedDate, where: `"${file.name}", line ${row.line}` });
    entry.parents = distinct([get('linkedTo')]);
    const effective = date('effective');
    const divestment = date('divestment');
    entry.remarks = joinText([
      effective && `Effective date (CMIC): ${effective}.`,
      divestment && `Purchase/sales for divestment date (CMIC): ${divestment}.`,
      get('source') && `Source: ${get('source')}`,
    ]);
    return entry;
  });
  const asOf = newestDate(listings, opts.now, 'listing date', warnings);
  return {
    format: 'ns-cmic-csv',
    ...listMeta('ofac-ns-cmic'),
    asOf,
    asOfBasis: asOf
      ? 'The newest listing date in the file; the extract does not record when its source was downloaded, so the data may be newer.'
      : 'The file carries no listing dates: enter the date its source was downloaded.',
    sourceFiles: [{ name: file.name, role: 'list', rows: rows.length }],
    entries,
    warnings,
    gaps,
  };
}
