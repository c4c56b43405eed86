// BIS Denied Persons List: tab-separated, every value quoted, one row per name and address. A
// person or company with several addresses has several rows; they become one entry.
import type { ListEntry, ListFile, ParsedList } from './entry';
import { listMeta } from './registry';
import { badFile, cell, cellColumn, columnIndex, country, distinct, isoDate, joinText, nameKey, newEntry, newestDate, type ParseOptions, readHeaderCsv, ROW_FIX } from './text';

export const DPL_COLUMNS = {
  name: ['name'],
  street: ['street_address'],
  city: ['city'],
  state: ['state'],
  country: ['country'],
  postalCode: ['postal_code'],
  effective: ['effective_date'],
  expiration: ['expiration_date'],
  standardOrder: ['standard_order'],
  lastUpdate: ['last_update'],
  action: ['action'],
  frCitation: ['fr_citation'],
};

export async function parseBisDpl(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const { text, header, rows } = await readHeaderCsv(file, '\t', opts, { warnings, gaps });
  const col = columnIndex(header, DPL_COLUMNS, file.name, 'the Denied Persons List');
  const entries = new Map<string, ListEntry>();
  const updates: { date: string; where: string }[] = [];
  for (const row of rows) {
    const get = (key: keyof typeof DPL_COLUMNS) => cell(row, col[key]);
    const date = (key: 'effective' | 'expiration' | 'lastUpdate') => {
      const raw = get(key);
      if (!raw) return null;
      // Effective and expiration dates are US month-first (06/19/2003); Last_Update is ISO.
      const iso = isoDate(raw, 'mdy');
      if (!iso) throw badFile(file.name, { line: row.line, column: cellColumn(text, row, '\t', col[key]) }, `"${raw}" is not a date.`, ROW_FIX);
      return iso;
    };
    const name = get('name');
    if (!name) throw badFile(file.name, { line: row.line, column: 1 }, 'This row has no name.', ROW_FIX);
    const effective = date('effective');
    const lastUpdate = date('lastUpdate');
    if (lastUpdate) updates.push({ date: lastUpdate, where: `"${file.name}", line ${row.line}` });
    // The list has no ids: one denial order is one name with one effective date.
    const id = `${nameKey(name)}|${effective ?? ''}`;
    let entry = entries.get(id);
    if (!entry) {
      entry = newEntry(id, name);
      entry.aliases = distinct([...name.matchAll(/\((?:A\.?K\.?A\.?|F\.?K\.?A\.?)\s+([^)]+)\)/gi)].map((m) => m[1]));
      entry.listedDate = effective;
      const expiration = date('expiration');
      entry.remarks = joinText([
        expiration && `Denial order expires ${expiration}.`,
        get('standardOrder') && `Standard order: ${get('standardOrder')}.`,
        get('frCitation') && `Federal Register: ${get('frCitation')}.`,
        get('action') && `Last action: ${get('action')}.`,
      ].filter((p): p is string => typeof p === 'string'));
      entries.set(id, entry);
    }
    const countryText = get('country');
    const address = joinText([get('street'), get('city'), get('state'), get('postalCode'), countryText], ', ');
    entry.addresses = distinct([...entry.addresses, address]);
    if (countryText) entry.countries = distinct([...entry.countries, country(countryText)]);
  }
  const asOf = newestDate(updates, opts.now, 'Last_Update', warnings);
  return {
    format: 'bis-dpl-txt',
    ...listMeta('bis-dpl'),
    asOf,
    asOfBasis: asOf
      ? 'The newest Last_Update in the file; the file does not record when it was generated, so the data may be newer.'
      : 'The file carries no Last_Update dates: enter the date it was downloaded.',
    sourceFiles: [{ name: file.name, role: 'list', rows: rows.length }],
    entries: [...entries.values()],
    warnings,
    gaps,
  };
}
