// Which importer reads a file, decided by its content (first bytes, header row, row shape), never
// by its name; and the one entry point that takes all files of an import and returns the list.
import { VetterError } from '../errors';
import { parseBisDpl } from './bis-dpl';
import { CSL_REQUIRED_COLUMNS, parseCslCsv, parseCslJson } from './csl';
import { type CustomListMeta, type CustomMapping, parseCustomList } from './custom-csv';
import { parseDod1260h } from './dod-1260h';
import type { ListFile, ListFormat, ParsedList } from './entry';
import { checkFileSize, listLimits } from './limits';
import { parseNsCmic } from './ns-cmic';
import { isZip, zipKind } from './ods-sheet';
import { OFAC_ROLES, type OfacRole, type OfacSet, ofacList, ofacRole, parseOfac } from './ofac';
import { badFile, DOWNLOAD_AGAIN, type ParseOptions, sniffCsv, sniffText } from './text';
import { parseUkOds } from './uk-ods';
import { parseUnXml } from './un-xml';

export interface DetectedFile {
  file: ListFile;
  format: ListFormat;
  /** 'list' for single-file formats; for an OFAC set, the part the file plays. */
  role: 'list' | OfacRole;
}

const KNOWN_FORMATS =
  'OFAC legacy CSV (sdn.csv, add.csv, alt.csv, sdn_comments.csv or the cons_ set), trade.gov Consolidated Screening List (CSV or JSON), ' +
  'BIS Denied Persons List (tab-separated .txt), UK Sanctions List (.ods), UN Security Council consolidated list (.xml), DoD 1260H CSV, NS-CMIC extract CSV';
const CUSTOM_HINT = 'To import an internal block list or another list, use "Custom list" and map its columns.';

function notAList(file: ListFile, what: string): VetterError {
  return badFile(file.name, null, `${what} It is not one of the list formats Vetter reads: ${KNOWN_FORMATS}.`, CUSTOM_HINT);
}

const lowerCells = (cells: string[] | undefined) => (cells ?? []).map((c) => c.trim().toLowerCase());
const hasAll = (cells: string[], names: string[]) => names.every((n) => cells.includes(n));

/** The format and role of one file, from its content; a bad_file error when it is no known list. */
export async function detectListFile(file: ListFile, opts: ParseOptions = {}): Promise<DetectedFile> {
  const { bytes } = file;
  if (bytes.length === 0) throw badFile(file.name, null, 'The file is empty.', 'Choose the list file itself, as downloaded from the publisher.');
  checkFileSize(file.name, bytes.length, listLimits(opts.limits));
  if (isZip(bytes)) {
    const kind = await zipKind(file, opts);
    if (kind === 'ods') return { file, format: 'uk-sanctions-ods', role: 'list' };
    if (kind === 'damaged') throw badFile(file.name, null, 'The file is a damaged or incomplete zip archive (such as an .ods spreadsheet cut short).', DOWNLOAD_AGAIN);
    throw notAList(file, 'This is a zip archive (such as an Excel workbook) but not an ODS spreadsheet.');
  }
  const text = sniffText(bytes);
  if (text.slice(0, 4096).includes('\u0000')) throw notAList(file, 'This file holds binary data.');
  const start = text.trimStart();
  if (start.startsWith('<')) {
    const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(start.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, ''))?.[1];
    if (root === 'CONSOLIDATED_LIST') return { file, format: 'un-sc-xml', role: 'list' };
    // The name as far as a reader needs it: a hostile file may give its root a name of any length.
    const shown = root && root.length > 60 ? `${root.slice(0, 60)}…` : root;
    throw notAList(file, `This is an XML file whose root element is <${shown ?? '?'}>.`);
  }
  // The CSL is the only JSON list, so all JSON goes to its reader, which says what is wrong with the rest.
  if (start.startsWith('{') || start.startsWith('[')) return { file, format: 'trade-gov-csl-json', role: 'list' };
  const tabHeader = lowerCells(sniffCsv(text, '\t', 1)[0]?.cells);
  if (hasAll(tabHeader, ['name', 'effective_date', 'fr_citation'])) return { file, format: 'bis-dpl-txt', role: 'list' };
  const records = sniffCsv(text, ',', 200);
  const header = lowerCells(records[0]?.cells);
  if (hasAll(header, CSL_REQUIRED_COLUMNS)) return { file, format: 'trade-gov-csl-csv', role: 'list' };
  if (hasAll(header, ['name', 'aliases_if_any', 'status'])) return { file, format: 'dod-1260h-csv', role: 'list' };
  if (hasAll(header, ['ent_num', 'name', 'listing_date_cmic'])) return { file, format: 'ns-cmic-csv', role: 'list' };
  const role = ofacRole(records);
  if (role) {
    // Only the primary file shows which OFAC list it is; the others follow it (see parseListFiles).
    const list = role === 'primary' ? ofacList(records, file.name) : /cons_/i.test(file.name) ? 'non-sdn' : 'sdn';
    return { file, format: list === 'sdn' ? 'ofac-sdn-csv' : 'ofac-consolidated-csv', role };
  }
  throw notAList(file, 'Its first rows match no list format.');
}

export interface ListImportOptions extends ParseOptions {
  /** Import the (single) file as a custom list with this column mapping instead of detecting its format. */
  custom?: { mapping: CustomMapping; meta: CustomListMeta };
}

/**
 * Reads the files of one import into one list. An OFAC set is several files, grouped by their
 * shape; everything else is one file per import. Nothing is stored here: a bad file throws and the
 * caller keeps what it had.
 */
export async function parseListFiles(files: ListFile[], opts: ListImportOptions = {}): Promise<ParsedList> {
  if (files.length === 0) throw new VetterError('invalid_input', 'Choose the list file(s) to import.');
  if (opts.custom) {
    const [file] = files;
    if (!file || files.length > 1) throw new VetterError('invalid_input', 'A custom list is imported from one CSV file at a time.');
    checkFileSize(file.name, file.bytes.length, listLimits(opts.limits));
    return parseCustomList(file.bytes, opts.custom.mapping, opts.custom.meta, { ...opts, fileName: file.name });
  }
  const detected = await Promise.all(files.map((file) => detectListFile(file, opts)));
  const ofac = detected.filter((d) => d.role !== 'list');
  if (ofac.length > 0 && ofac.length === detected.length) return parseOfacSet(ofac, opts);
  if (detected.length > 1) {
    const described = detected.map((d) => `"${d.file.name}" (${d.format}${d.role === 'list' ? '' : `, ${d.role}`})`).join(', ');
    throw new VetterError('bad_file', `These files hold more than one list: ${described}. Import one list at a time; only OFAC's CSV set comes as several files.`);
  }
  const { file, format } = detected[0]!;
  switch (format) {
    case 'trade-gov-csl-csv':
      return parseCslCsv(file, opts);
    case 'trade-gov-csl-json':
      return parseCslJson(file, opts);
    case 'bis-dpl-txt':
      return parseBisDpl(file, opts);
    case 'uk-sanctions-ods':
      return parseUkOds(file, opts);
    case 'un-sc-xml':
      return parseUnXml(file, opts);
    case 'dod-1260h-csv':
      return parseDod1260h(file, opts);
    case 'ns-cmic-csv':
      return parseNsCmic(file, opts);
    default:
      throw new VetterError('internal', `No importer for ${format}.`);
  }
}

async function parseOfacSet(detected: DetectedFile[], opts: ParseOptions): Promise<ParsedList> {
  const set: OfacSet = {};
  for (const role of OFAC_ROLES) {
    const same = detected.filter((d) => d.role === role);
    if (same.length > 1) {
      throw new VetterError(
        'bad_file',
        `${same.map((d) => `"${d.file.name}"`).join(' and ')} are the same kind of OFAC file (${role}). Import the files of one download together, each kind once.`,
      );
    }
    if (same[0]) set[role] = same[0].file;
  }
  // The primary decides the list; without one the secondaries' names give a best guess for messages.
  const lead = detected.find((d) => d.role === 'primary') ?? detected[0]!;
  return parseOfac(set, lead.format === 'ofac-consolidated-csv' ? 'non-sdn' : 'sdn', opts);
}
