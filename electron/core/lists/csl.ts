// trade.gov Consolidated Screening List: the CSV download (29 columns, "; " between values of one
// cell) and the JSON form of the trade.gov API (the same fields, arrays for multi-values). Both are
// brought to one record shape and turned into entries by the same code.
import type { ListEntry, ListFile, ParsedList } from './entry';
import { cslIdentifiers } from './identifiers';
import { checkJsonRecords, listLimits } from './limits';
import { listMeta } from './registry';
import {
  badFile,
  cell,
  describePlace,
  cellColumn,
  columnIndex,
  country,
  decodeText,
  distinct,
  DOWNLOAD_AGAIN,
  isoDate,
  joinText,
  linkedTo,
  newEntry,
  newestDate,
  type Place,
  type ParseOptions,
  readHeaderCsv,
  splitList,
} from './text';

interface CslRecord {
  id: string;
  source: string;
  entityNumber: string;
  type: string;
  programs: string[];
  name: string;
  title: string;
  addresses: string[];
  /** Countries of the addresses (the CSV's trailing ", CN"; the JSON's country field). */
  addressCountries: string[];
  federalRegisterNotice: string;
  startDate: string;
  endDate: string;
  licenseRequirement: string;
  licensePolicy: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
  altNames: string[];
  citizenships: string[];
  nationalities: string[];
  sourceListUrl: string;
  sourceInformationUrl: string;
  ids: string[];
}

/** The fields an error can point at. */
type Located = 'id' | 'name' | 'startDate';
const JSON_KEYS: Record<Located, string> = { id: 'id', name: 'name', startDate: 'start_date' };

const META = listMeta('trade-gov-csl');

const TYPES: Record<string, ListEntry['type']> = { individual: 'individual', entity: 'entity', vessel: 'vessel', aircraft: 'aircraft' };

/** The lists the CSL merges, by the code its "source" column gives each in brackets ("Entity List (EL) - …"). */
const SUB_LISTS: Record<string, string> = {
  SDN: 'Specially Designated Nationals (SDN)',
  SSI: 'Sectoral Sanctions Identifications List (SSI)',
  FSE: 'Foreign Sanctions Evaders (FSE)',
  PLC: 'Palestinian Legislative Council List (PLC)',
  CAP: 'Capta List (CAP)',
  'NS-MBS': 'Non-SDN Menu-Based Sanctions List (NS-MBS)',
  CMIC: 'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC)',
  EL: 'Entity List (EL)',
  MEU: 'Military End User (MEU) List',
  UVL: 'Unverified List (UVL)',
  DPL: 'Denied Persons List (DPL)',
  ISN: 'Nonproliferation Sanctions (ISN)',
  DTC: 'ITAR Debarred (DTC)',
};

/** The sub-list code of a "source" value: "Entity List (EL) - Bureau of Industry and Security" → "EL". */
export const cslSubListCode = (source: string): string | null => /\(([A-Z][A-Z-]*?)(?: List)?\)/.exec(source)?.[1] ?? null;

function badDateWarning(file: string, bad: readonly string[]): string[] {
  if (bad.length === 0) return [];
  return [`"${file}": ${bad.length} start date(s) are not dates (${bad.slice(0, 3).join('; ')}${bad.length > 3 ? '; ...' : ''}): those entries are kept without a listing date.`];
}

/**
 * The CSL gives an entity on two sub-lists (SDN and CAP, say) the same id on both rows: the second keeps its own
 * entry, under the id with its sub-list's code added (and a count, should a sub-list repeat it), instead of
 * replacing the first.
 */
export function uniqueIds(entries: ListEntry[]): ListEntry[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    const base = entry.entryId;
    const suffixed = `${base}:${cslSubListCode(entry.subList ?? '') ?? 'other'}`;
    let id = seen.has(base) ? suffixed : base;
    for (let n = 2; seen.has(id); n++) id = `${suffixed}:${n}`;
    entry.entryId = id;
    seen.add(id);
  }
  return entries;
}

/** The id trade.gov gave a row, without what uniqueIds added. */
export const publishedId = (entryId: string): string => entryId.replace(/(:[A-Za-z]+)(:\d+)?$/, '');

/** A CSL that lacks a whole sub-list is not the whole CSL: trade.gov once published a file missing about 15,000 entries. */
function missingSubLists(entries: readonly ListEntry[]): string[] {
  const present = new Set(entries.map((e) => cslSubListCode(e.subList ?? '')));
  const missing = Object.keys(SUB_LISTS).filter((code) => !present.has(code));
  return missing.length === 0 ? [] : [`No rows from ${missing.map((code) => SUB_LISTS[code]).join(', ')}: the file does not carry every list the CSL merges.`];
}

/** CSV header names of each field (the download writes "_id"; API-derived files write "id"). */
const CSV_COLUMNS: Record<Exclude<keyof CslRecord, 'addressCountries'>, string[]> = {
  id: ['_id', 'id'],
  source: ['source'],
  entityNumber: ['entity_number'],
  type: ['type'],
  programs: ['programs'],
  name: ['name'],
  title: ['title'],
  addresses: ['addresses'],
  federalRegisterNotice: ['federal_register_notice'],
  startDate: ['start_date'],
  endDate: ['end_date'],
  licenseRequirement: ['license_requirement'],
  licensePolicy: ['license_policy'],
  vesselFlag: ['vessel_flag'],
  vesselOwner: ['vessel_owner'],
  remarks: ['remarks'],
  altNames: ['alt_names'],
  citizenships: ['citizenships'],
  nationalities: ['nationalities'],
  sourceListUrl: ['source_list_url'],
  sourceInformationUrl: ['source_information_url'],
  ids: ['ids'],
};
type Column = keyof typeof CSV_COLUMNS;

/** Columns a file must have to be read as the CSL; the rest may be missing in older or trimmed files. */
export const CSL_REQUIRED_COLUMNS = ['source', 'name', 'alt_names', 'source_list_url'];

export async function parseCslCsv(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const badDates: string[] = [];
  const { text, header, rows } = await readHeaderCsv(file, ',', opts, { warnings, gaps });
  columnIndex(header, { id: CSV_COLUMNS.id, source: ['source'], name: ['name'], altNames: ['alt_names'] }, file.name, 'the Consolidated Screening List');
  const lower = header.map((h) => h.toLowerCase());
  const at = (field: Column) => {
    const index = lower.findIndex((h) => CSV_COLUMNS[field].includes(h));
    return index === -1 ? undefined : index;
  };
  const headerKey = header.join('\u0000');
  const entries: ListEntry[] = [];
  const dates: { date: string; where: string }[] = [];
  for (const row of rows) {
    // The 2023 download repeats its header as line 2.
    if (row.cells.map((c) => c.trim()).join('\u0000') === headerKey) {
      warnings.push(`"${file.name}": line ${row.line} repeats the header row and was skipped.`);
      continue;
    }
    const get = (field: Column) => cell(row, at(field));
    const many = (field: Column) => splitList(get(field), /;\s+/);
    const addresses = many('addresses');
    const record: CslRecord = {
      id: get('id'),
      source: get('source'),
      entityNumber: get('entityNumber'),
      type: get('type'),
      programs: many('programs'),
      name: get('name'),
      title: get('title'),
      addresses,
      // The CSV ends each address with its ISO country code: "..., Beijing, 100033, CN".
      addressCountries: addresses.map((a) => a.split(',').at(-1)?.trim() ?? ''),
      federalRegisterNotice: get('federalRegisterNotice'),
      startDate: get('startDate'),
      endDate: get('endDate'),
      licenseRequirement: get('licenseRequirement'),
      licensePolicy: get('licensePolicy'),
      vesselFlag: get('vesselFlag'),
      vesselOwner: get('vesselOwner'),
      remarks: get('remarks'),
      altNames: many('altNames'),
      citizenships: many('citizenships'),
      nationalities: many('nationalities'),
      sourceListUrl: get('sourceListUrl'),
      sourceInformationUrl: get('sourceInformationUrl'),
      ids: many('ids'),
    };
    const place = (field: Located): Place => {
      const index = at(field);
      return { line: row.line, column: index === undefined ? undefined : cellColumn(text, row, ',', index) };
    };
    const entry = cslEntry(record, file.name, place, badDates);
    if (entry.listedDate) dates.push({ date: entry.listedDate, where: `"${file.name}", line ${row.line}` });
    entries.push(entry);
  }
  warnings.push(...badDateWarning(file.name, badDates));
  gaps.push(...missingSubLists(uniqueIds(entries)));
  return {
    format: 'trade-gov-csl-csv',
    ...META,
    ...asOf(newestDate(dates, opts.now, 'start_date', warnings), 'newest start_date in the file'),
    sourceFiles: [{ name: file.name, role: 'list', rows: entries.length }],
    entries,
    warnings,
    gaps,
  };
}

export async function parseCslJson(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const badDates: string[] = [];
  const text = decodeText(file, warnings);
  opts.onProgress?.(0, text.length);
  const json = parseJson(text, file.name);
  const results = cslResults(json);
  if (!results) {
    throw badFile(file.name, null, 'This JSON file is not a Consolidated Screening List: it has no "results" list of entries with "name" and "source".', 'Choose the JSON saved from the trade.gov CSL API or download.');
  }
  checkJsonRecords(file.name, results, listLimits(opts.limits));
  const entries = results.map((item, i) => {
    const where = (field: Located): Place => ({ where: `results[${i}].${JSON_KEYS[field]}` });
    if (!isObject(item)) throw badFile(file.name, where('name'), 'This result is not an object.', DOWNLOAD_AGAIN);
    return cslEntry(jsonRecord(item), file.name, where, badDates);
  });
  opts.onProgress?.(text.length, text.length);
  // The API says when it last refreshed each source list; that beats the newest start date.
  const refreshed = (isObject(json) && Array.isArray(json.sources_used) ? json.sources_used : []).flatMap((s, i) => {
    const date = isObject(s) ? isoDate(str(s.source_last_updated)) : null;
    return date ? [{ date, where: `"${file.name}", sources_used[${i}]` }] : [];
  });
  const started = entries.flatMap((e, i) => (e.listedDate ? [{ date: e.listedDate, where: `"${file.name}", results[${i}]` }] : []));
  const bySources = refreshed.length > 0;
  const newest = newestDate(bySources ? refreshed : started, opts.now, bySources ? 'source_last_updated' : 'start_date', warnings);
  warnings.push(...badDateWarning(file.name, badDates));
  gaps.push(...missingSubLists(uniqueIds(entries)));
  return {
    format: 'trade-gov-csl-json',
    ...META,
    ...asOf(newest, bySources ? 'newest source_last_updated in sources_used' : 'newest start_date in the results'),
    sourceFiles: [{ name: file.name, role: 'list', rows: entries.length }],
    entries,
    warnings,
    gaps,
  };
}

/** The results array of an API response ({ results: [...] }) or a bare array of results; null otherwise. */
export function cslResults(json: unknown): unknown[] | null {
  const results = Array.isArray(json) ? json : isObject(json) ? json.results : undefined;
  if (!Array.isArray(results)) return null;
  const first = results[0];
  if (first !== undefined && !(isObject(first) && 'name' in first && 'source' in first)) return null;
  return results;
}

function asOf(date: string | null, basis: string): Pick<ParsedList, 'asOf' | 'asOfBasis'> {
  return date
    ? { asOf: date, asOfBasis: `The ${basis}; the file does not record when it was generated, so the data may be newer.` }
    : { asOf: null, asOfBasis: 'The file carries no dates: enter the date it was downloaded.' };
}

function cslEntry(r: CslRecord, file: string, place: (field: Located) => Place, badDates: string[]): ListEntry {
  if (!r.name) throw badFile(file, place('name'), 'This entry has no name.', DOWNLOAD_AGAIN);
  const id = r.id || r.entityNumber;
  if (!id) throw badFile(file, place('id'), 'This entry has no id.', DOWNLOAD_AGAIN);
  const entry = newEntry(id, r.name);
  entry.subList = r.source || null;
  entry.aliases = distinct(r.altNames, [r.name]);
  entry.type = TYPES[r.type.toLowerCase()] ?? 'unknown';
  entry.countries = distinct([...r.addressCountries, ...r.citizenships, ...r.nationalities, r.vesselFlag].filter(Boolean).map(country));
  entry.addresses = distinct(r.addresses);
  entry.programmes = distinct(r.programs);
  if (r.startDate) {
    // trade.gov's own files carry a few typos ("0097-06-30" in the 2022 list): the entry stays, without a date.
    entry.listedDate = isoDate(r.startDate, 'mdy');
    if (!entry.listedDate) badDates.push(`${describePlace(place('startDate'))} "${r.startDate.slice(0, 40)}"`);
  } else {
    // Treasury's non-SDN rows carry their listing date among the ids: "Listing Date (CMIC), 2021-06-03".
    const listing = r.ids.map((id) => /^Listing Date \([^)]*\),\s*(.+)$/.exec(id)?.[1]).find(Boolean);
    entry.listedDate = listing ? isoDate(listing) : null;
  }
  entry.parents = distinct([...linkedTo(r.remarks), ...r.ids.flatMap((id) => linkedTo(id)), r.vesselOwner]);
  entry.remarks = joinText([
    r.remarks,
    r.title && `Title: ${r.title}`,
    r.federalRegisterNotice && `Federal Register: ${r.federalRegisterNotice}`,
    r.licenseRequirement && `Licence requirement: ${r.licenseRequirement}`,
    r.licensePolicy && `Licence policy: ${r.licensePolicy}`,
    r.endDate && `End date: ${isoDate(r.endDate, 'mdy') ?? r.endDate}`,
    r.ids.length > 0 && `Identifiers: ${r.ids.join('; ')}`,
  ].filter((p): p is string => typeof p === 'string'));
  entry.sourceUrl = r.sourceInformationUrl || r.sourceListUrl || null;
  const identifiers = cslIdentifiers(r.ids);
  if (identifiers.length > 0) entry.identifiers = identifiers;
  return entry;
}

// ---------------------------------------------------------------------------------------------
// JSON

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str).filter(Boolean);
  return splitList(str(value), /;\s+/);
}

function jsonRecord(o: JsonObject): CslRecord {
  const addresses = Array.isArray(o.addresses) ? o.addresses : [];
  const addressObjects = addresses.filter(isObject);
  return {
    id: str(o.id) || str(o._id),
    source: str(o.source),
    entityNumber: str(o.entity_number),
    type: str(o.type),
    programs: strings(o.programs),
    name: str(o.name),
    title: str(o.title),
    addresses: addresses.map((a) => (isObject(a) ? (joinText(['address', 'city', 'state', 'postal_code', 'country'].map((k) => str(a[k])), ', ') ?? '') : str(a))).filter(Boolean),
    addressCountries: addressObjects.map((a) => str(a.country)).filter(Boolean),
    federalRegisterNotice: str(o.federal_register_notice),
    startDate: str(o.start_date),
    endDate: str(o.end_date),
    licenseRequirement: str(o.license_requirement),
    licensePolicy: str(o.license_policy),
    vesselFlag: str(o.vessel_flag),
    vesselOwner: str(o.vessel_owner),
    remarks: str(o.remarks),
    altNames: strings(o.alt_names),
    citizenships: strings(o.citizenships),
    nationalities: strings(o.nationalities),
    sourceListUrl: str(o.source_list_url),
    sourceInformationUrl: str(o.source_information_url),
    // API ids are objects: { type, number, country, issue_date, expiration_date }.
    ids: (Array.isArray(o.ids) ? o.ids : []).map((id) => (isObject(id) ? (joinText([str(id.type), str(id.number), str(id.country)], ', ') ?? '') : str(id))).filter(Boolean),
  };
}

/** JSON.parse with the error's place turned into a line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /end of JSON input/i.test(message) ? text.length : Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const place = Number.isNaN(position)
      ? null
      : { line: text.slice(0, position).split('\n').length, column: position - text.lastIndexOf('\n', position - 1) };
    throw badFile(file, place, `The JSON is not valid (${message.replace(/ in JSON at position.*$/, '')}).`, DOWNLOAD_AGAIN);
  }
}
