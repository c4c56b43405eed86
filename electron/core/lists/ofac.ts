// OFAC's legacy CSV sets: sdn.csv + add.csv + alt.csv + sdn_comments.csv (the SDN list) and
// cons_prim.csv + cons_add.csv + cons_alt.csv + cons_comments.csv (the non-SDN consolidated list,
// which carries NS-CMIC). No headers; "-0- " means empty; remarks too long for sdn.csv go on in the
// comments file; files end with a DOS end-of-file byte.
import { VetterError } from '../errors';
import type { ListEntry, ListFile, ParsedList, SourceFile } from './entry';
import { remarkIdentifiers } from './identifiers';
import { listMeta } from './registry';
import {
  badFile,
  cell,
  checkColumns,
  countriesInRemarks,
  country,
  type CsvRecord,
  decodeText,
  distinct,
  isoDate,
  joinText,
  linkedTo,
  newEntry,
  type ParseOptions,
  readCsv,
  ROW_FIX,
} from './text';

export const OFAC_ROLES = ['primary', 'addresses', 'aliases', 'comments'] as const;
export type OfacRole = (typeof OFAC_ROLES)[number];

const COLUMNS: Record<OfacRole, number> = { primary: 12, addresses: 6, aliases: 5, comments: 2 };

/** The file each role stands for, for messages. */
export const OFAC_ROLE_FILES: Record<'sdn' | 'non-sdn', Record<OfacRole, string>> = {
  sdn: { primary: 'sdn.csv', addresses: 'add.csv', aliases: 'alt.csv', comments: 'sdn_comments.csv' },
  'non-sdn': { primary: 'cons_prim.csv', addresses: 'cons_add.csv', aliases: 'cons_alt.csv', comments: 'cons_comments.csv' },
};

export type OfacSet = Partial<Record<OfacRole, ListFile>>;

const NULL = '-0-';
const isId = (value: string) => /^\d+$/.test(value.trim());
const value = (record: CsvRecord, index: number): string => {
  const text = cell(record, index);
  return text === NULL ? '' : text;
};
/** Untrimmed: OFAC splits long remarks anywhere, so a space at either side of the split is content. */
const rawValue = (record: CsvRecord, index: number): string => (cell(record, index) === NULL ? '' : (record.cells[index] ?? ''));

/** The part a file plays in an OFAC set, from the shape of its first records; null when it is not one. */
export function ofacRole(records: CsvRecord[]): OfacRole | null {
  const sample = records.slice(0, 20);
  const first = sample[0];
  if (!first || !sample.every((r) => r.cells.length === first.cells.length && isId(cell(r, 0)))) return null;
  switch (first.cells.length) {
    case 12:
      return sample.every((r) => ['-0-', 'individual', 'vessel', 'aircraft'].includes(cell(r, 2).toLowerCase())) ? 'primary' : null;
    case 6:
      return sample.every((r) => isId(cell(r, 1))) ? 'addresses' : null;
    case 5:
      return sample.every((r) => isId(cell(r, 1)) && ['aka', 'fka', 'nka'].includes(cell(r, 2).toLowerCase())) ? 'aliases' : null;
    case 2:
      return 'comments';
    default:
      return null;
  }
}

// Programmes only the non-SDN lists carry on their own: NS-PLC, NS-MBS, NS-ISA, NS-CMIC, FSE, CAPTA, SSI.
const NON_SDN_PROGRAMME = /^(NS-.+|CMIC-EO13959|FSE-.+|561-Related|UKRAINE-EO13662|CAATSA - RUSSIA)$/i;

/**
 * Which OFAC list a primary file holds. The SDN file also names some of those programmes (an SDN
 * can be on NS-PLC too), but on well under 1% of rows; cons_prim carries them on nearly every row.
 * So: at least half the rows → non-SDN; none → SDN; in between the content is ambiguous and the
 * file name decides ("cons_" → non-SDN).
 */
export function ofacList(records: CsvRecord[], fileName: string): 'sdn' | 'non-sdn' {
  const tagged = records.filter((r) => programmes(value(r, 3)).some((p) => NON_SDN_PROGRAMME.test(p))).length;
  if (records.length > 0 && tagged * 2 >= records.length) return 'non-sdn';
  if (tagged === 0) return 'sdn';
  return /cons_/i.test(fileName) ? 'non-sdn' : 'sdn';
}

/** "SDGT] [IFSR" (brackets between, not around, as the legacy CSV writes them) → ["SDGT", "IFSR"]. */
function programmes(text: string): string[] {
  return distinct(text.replace(/^\s*\[|\]\s*$/g, '').split(/\]\s*\[/));
}

const SUB_LISTS: [RegExp, string][] = [
  [/^CMIC-EO13959$/i, 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)'],
  [/^NS-PLC$/i, 'Non-SDN Palestinian Legislative Council List (NS-PLC)'],
  [/^UKRAINE-EO13662$/i, 'Sectoral Sanctions Identifications List (SSI)'],
  [/^FSE-/i, 'Foreign Sanctions Evaders List (FSE)'],
  [/^561-Related$/i, 'Correspondent Account or Payable-Through Account Sanctions List (CAPTA)'],
  [/^NS-ISA$/i, 'Non-SDN Iranian Sanctions Act List (NS-ISA)'],
];
const MENU_BASED = 'Non-SDN Menu-Based Sanctions List (NS-MBS)';

/** The non-SDN list an entry sits on, from its programmes; the rest (directives, CAATSA) are menu-based. */
function nonSdnSubList(tags: string[]): string {
  for (const [pattern, name] of SUB_LISTS) if (tags.some((t) => pattern.test(t))) return name;
  return MENU_BASED;
}

const TYPES: Record<string, ListEntry['type']> = { '': 'entity', individual: 'individual', vessel: 'vessel', aircraft: 'aircraft' };

interface Read {
  file: ListFile;
  text: string;
  records: CsvRecord[];
}

export async function parseOfac(set: OfacSet, list: 'sdn' | 'non-sdn', opts: ParseOptions = {}): Promise<ParsedList> {
  const names = OFAC_ROLE_FILES[list];
  if (!set.primary) {
    const given = OFAC_ROLES.flatMap((r) => (set[r] ? [`"${set[r].name}" (${names[r]}-shaped)`] : []));
    throw new VetterError(
      'bad_file',
      `The OFAC file set ${given.join(', ')} has no primary list file (${names.primary}: 12 columns, one row per listed name). ` +
        `Add ${names.primary} from the same download and import the files together.`,
    );
  }
  const warnings: string[] = [];
  const gaps: string[] = [];
  const totalBytes = OFAC_ROLES.reduce((sum, r) => sum + (set[r]?.bytes.length ?? 0), 0);
  let doneBytes = 0;
  const read = async (role: OfacRole): Promise<Read | null> => {
    const file = set[role];
    if (!file) {
      if (role !== 'primary') {
        const lacking = role === 'comments' ? 'continued remarks' : role;
        warnings.push(`No ${names[role]} file was given, so entries have no ${lacking} from it. Import it with ${names.primary} for complete entries.`);
        gaps.push(`No ${names[role]}: the entries have no ${lacking}${role === 'aliases' ? ', so a company is found only under its primary name' : ''}.`);
      }
      return null;
    }
    const text = decodeText(file, warnings);
    const scale = file.bytes.length / Math.max(text.length, 1);
    const result = await readCsv(text, file.name, ',', {
      limits: opts.limits,
      onProgress: opts.onProgress && ((done) => opts.onProgress?.(doneBytes + Math.round(done * scale), totalBytes)),
    });
    doneBytes += file.bytes.length;
    const gapsBefore = gaps.length;
    const records = checkColumns(result, { file: file.name, text, delimiter: ',', columns: COLUMNS[role], warnings, gaps, fix: ROW_FIX });
    // OFAC ends every file with a DOS end-of-file byte: a file without one was cut short, even if at a row's end.
    if (gaps.length === gapsBefore && file.bytes.at(-1) !== 0x1a) {
      gaps.push(`"${file.name}" lacks the end-of-file mark OFAC writes at the end of each file: it was probably cut short, so rows after its last one may be missing.`);
    }
    for (const record of records) {
      if (!isId(cell(record, 0))) throw badFile(file.name, { line: record.line, column: 1 }, `The entry number "${cell(record, 0)}" is not a number.`, ROW_FIX);
    }
    return { file, text, records };
  };

  const primary = (await read('primary')) as Read;
  const entries = new Map<string, ListEntry>();
  const lines = new Map<string, number>();
  // Title and vessel columns, appended to the remarks once the continuations have completed them.
  const details = new Map<string, string[]>();
  for (const r of primary.records) {
    const id = cell(r, 0);
    const earlier = lines.get(id);
    if (earlier !== undefined) {
      throw badFile(primary.file.name, { line: r.line, column: 1 }, `Entry number ${id} appears twice (also on line ${earlier}).`, ROW_FIX);
    }
    lines.set(id, r.line);
    const name = value(r, 1);
    if (!name) throw badFile(primary.file.name, { line: r.line, column: 2 }, 'This row has no name.', ROW_FIX);
    const entry = newEntry(id, name);
    entry.type = TYPES[value(r, 2).toLowerCase()] ?? 'unknown';
    entry.programmes = programmes(value(r, 3));
    if (list === 'non-sdn') entry.subList = nonSdnSubList(entry.programmes);
    const vesselFlag = value(r, 9);
    if (vesselFlag) entry.countries.push(country(vesselFlag));
    const owner = value(r, 10);
    if (owner) entry.parents.push(owner);
    entry.remarks = rawValue(r, 11) || null;
    const labelled: [string, string][] = [
      ['Title', value(r, 4)],
      ['Call sign', value(r, 5)],
      ['Vessel type', value(r, 6)],
      ['Tonnage', value(r, 7)],
      ['Gross registered tonnage', value(r, 8)],
      ['Vessel flag', vesselFlag],
      ['Vessel owner', owner],
    ];
    details.set(id, labelled.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`));
    entries.set(id, entry);
  }

  const orphans: string[] = [];
  const each = (data: Read | null, apply: (entry: ListEntry, record: CsvRecord) => void) => {
    if (!data) return;
    let missing = 0;
    for (const record of data.records) {
      const entry = entries.get(cell(record, 0));
      if (entry) apply(entry, record);
      else missing++;
    }
    if (missing > 0) orphans.push(`${missing} row(s) of "${data.file.name}"`);
  };

  // Remarks first: continuations complete them before aliases, parents and dates are read from them.
  const comments = await read('comments');
  each(comments, (entry, r) => {
    entry.remarks = (entry.remarks ?? '') + rawValue(r, 1);
  });
  const aliases = await read('aliases');
  each(aliases, (entry, r) => {
    const alias = value(r, 3);
    entry.aliases.push(alias);
    if (value(r, 2).toLowerCase() === 'nka' && !entry.renamedTo && alias) entry.renamedTo = alias;
  });
  const addresses = await read('addresses');
  each(addresses, (entry, r) => {
    const countryText = value(r, 4);
    const address = joinText([value(r, 2), value(r, 3), countryText], ', ');
    if (address) entry.addresses.push(address);
    if (countryText) entry.countries.push(country(countryText));
  });
  if (orphans.length > 0) {
    warnings.push(`${orphans.join(' and ')} refer to entry numbers that are not in "${primary.file.name}" and were ignored. Check that all files come from the same download.`);
  }

  let newestListing: string | null = null;
  for (const entry of entries.values()) {
    const listed = listingDates(entry.remarks);
    entry.listedDate = listed[0] ?? null;
    const latest = listed.at(-1);
    if (latest && (!newestListing || latest > newestListing)) newestListing = latest;
    entry.aliases = distinct(entry.aliases, [entry.name]);
    const weak = distinct(remarkAliases(entry.remarks), [entry.name, ...entry.aliases]);
    if (weak.length > 0) entry.weakAliases = weak;
    const identifiers = remarkIdentifiers(entry.remarks);
    if (identifiers.length > 0) entry.identifiers = identifiers;
    entry.parents = distinct([...entry.parents, ...linkedTo(entry.remarks)]);
    entry.countries = distinct([...entry.countries, ...countriesInRemarks(entry.remarks)]);
    entry.remarks = joinText([entry.remarks, ...(details.get(entry.entryId) ?? [])]);
  }

  const sourceFiles: SourceFile[] = [primary, comments, aliases, addresses]
    .filter((d): d is Read => d !== null)
    .map((d) => ({ name: d.file.name, role: OFAC_ROLES.find((r) => set[r] === d.file)!, rows: d.records.length }));
  return {
    format: list === 'sdn' ? 'ofac-sdn-csv' : 'ofac-consolidated-csv',
    ...listMeta(list === 'sdn' ? 'ofac-sdn' : 'ofac-non-sdn'),
    asOf: null,
    asOfBasis:
      'The OFAC CSV files carry no publication date: enter the date they were downloaded.' +
      (newestListing ? ` The newest listing date in the remarks is ${newestListing}, so the data is from that day or later.` : ''),
    sourceFiles,
    entries: [...entries.values()],
    warnings,
    gaps,
  };
}

/** "Listing Date (CMIC) 03 Jun 2021", "Listing Date (EO 14024 Directive 2): 24 Feb 2022", oldest first. */
function listingDates(remarks: string | null): string[] {
  if (!remarks) return [];
  const dates: string[] = [];
  for (const m of remarks.matchAll(/Listing Date \([^)]*\):?\s*(\d{1,2} [A-Za-z]{3,9} \d{4})/g)) {
    const date = isoDate(m[1]!);
    if (date) dates.push(date);
  }
  return dates.sort();
}

/** Weak aliases, which OFAC gives only in remarks: "a.k.a. 'BNC'", "f.k.a. 'X'", "n.k.a. 'Y'". */
function remarkAliases(remarks: string | null): string[] {
  if (!remarks) return [];
  return [...remarks.matchAll(/\b[afn]\.k\.a\.,?\s+'(.+?)'(?=\s*[;.,)]|\s*$)/g)].map((m) => m[1]!);
}
