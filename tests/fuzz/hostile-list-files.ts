// Hostile list files of every format Vetter imports (OFAC CSV sets, trade.gov CSL CSV and JSON, BIS DPL, UK ODS, UN
// XML, DoD 1260H, NS-CMIC, custom CSV): the real files' first records re-encoded, with NULs, BOMs, huge values,
// unbalanced quotes, stray delimiters and damaged bytes; ODS zip bombs and repeated rows; and every real list file cut
// short at many byte offsets. The fuzz tests (tests/unit/lists-fuzz.test.ts) and `npm run bench:fuzz` draw from here.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ListLimits } from '../../electron/core/lists/limits';
import { refPath } from '../reference-data';
import { encode, ENCODINGS, HOSTILE_TEXT, type HostileFile, maybeDamage, ods, odsContent, type OdsRow, zip } from './hostile-vendor-files';

/** One import: a file, or the files of an OFAC set. */
export interface HostileImport {
  kind: string;
  files: HostileFile[];
}

/** Limits the random files are read under: small, so that every list limit is reached cheaply. */
export const LIST_FUZZ_LIMITS: Partial<ListLimits> = {
  bytes: 2 * 1024 * 1024,
  records: 60,
  columns: 40,
  fieldChars: 400,
  recordValues: 200,
  zipEntries: 40,
  zipPartBytes: 256 * 1024,
  zipTotalBytes: 768 * 1024,
};

const readRef = (rel: string) => fs.readFileSync(refPath(rel));

// ---------------------------------------------------------------------------------------------
// The real list files, whole: each is cut short at many offsets

/** Every real list file in the repository, as the imports that read it (an OFAC secondary file goes with its set). */
export const REAL_LISTS: { kind: string; files: string[] }[] = [
  { kind: 'OFAC SDN 2024', files: ['ofac-sdn/2024-05-03/sdn.csv'] },
  { kind: 'OFAC SDN set 2021', files: ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((f) => `ofac-sdn/2021-07-07/${f}`) },
  { kind: 'OFAC SDN partial 2025', files: ['ofac-sdn/2021-07-07/sdn.csv', ...['add.csv', 'alt.csv', 'sdn_comments.csv'].map((f) => `ofac-sdn/2025-12-24-partial/${f}`)] },
  { kind: 'OFAC non-SDN set', files: ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((f) => `ofac-consolidated-non-sdn/2025-12-19/${f}`) },
  { kind: 'CSL CSV 2023', files: ['trade-gov-csl/2023-11-30-truncated/csl.csv'] },
  { kind: 'CSL CSV sample 2025', files: ['trade-gov-csl/2025-06-25-sample/consolidated.csv'] },
  { kind: 'BIS DPL', files: ['bis-denied-persons/2023-11-30/dpl.txt'] },
  { kind: 'UK ODS', files: ['uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods'] },
  { kind: 'UN XML', files: ['un-security-council/2026-02-27/UN_consolidated.xml'] },
  { kind: 'DoD 1260H', files: ['dod-1260h/1260h.csv'] },
  { kind: 'NS-CMIC', files: ['treasury-ns-cmic/ns-cmic-extract.csv'] },
];

export const realImport = (list: (typeof REAL_LISTS)[number]): HostileImport => ({
  kind: list.kind,
  files: list.files.map((rel) => ({ kind: list.kind, name: path.basename(rel), bytes: new Uint8Array(readRef(rel)) })),
});

const delimiters = (line: string) => (line.match(/[,\t]/g) ?? []).length;

/**
 * The import with one of its files cut at `fraction` of its length (a part of a set, in turn). `undetectable` when no
 * reader can tell the cut: a CSV without an end-of-file mark (OFAC writes one) cut at a line end, or inside the last,
 * unquoted value of a row, leaves rows that all look whole: a shorter list, which only a drop beyond 10 % reveals.
 */
export function truncated(list: HostileImport, which: number, fraction: number): HostileImport & { undetectable: boolean } {
  const index = which % list.files.length;
  const file = list.files[index]!;
  const at = Math.max(1, Math.floor(file.bytes.length * fraction));
  const cut = file.bytes.subarray(0, at);
  const text = Buffer.from(cut).toString('latin1');
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  const header = Buffer.from(file.bytes.subarray(0, 8192)).toString('latin1').split('\n')[0]!;
  const lastValue = lastLine.slice(Math.max(lastLine.lastIndexOf(','), lastLine.lastIndexOf('\t')) + 1);
  const undetectable =
    /\.(csv|txt)$/i.test(file.name) &&
    file.bytes[file.bytes.length - 1] !== 0x1a &&
    (lastLine.replace('\r', '') === '' || (delimiters(lastLine) >= delimiters(header) && !lastValue.includes('"')));
  return {
    kind: `${list.kind}: ${file.name} cut at byte ${at} of ${file.bytes.length}`,
    files: list.files.map((f, i) => (i === index ? { ...f, bytes: cut } : f)),
    undetectable,
  };
}

// ---------------------------------------------------------------------------------------------
// Seeds: the first records of each text format, which the random files mutate

function firstLines(rel: string, lines: number): string {
  return readRef(rel).toString('latin1').split('\n').slice(0, lines).join('\n');
}

/** The UN list's first records, with the root closed again. */
function unSeed(): string {
  const xml = readRef('un-security-council/2026-02-27/UN_consolidated.xml').toString('utf8');
  const end = xml.indexOf('</INDIVIDUAL>', xml.indexOf('</INDIVIDUAL>') + 1) + '</INDIVIDUAL>'.length;
  return `${xml.slice(0, end)}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;
}

const CSL_JSON = JSON.stringify({
  sources_used: [{ source: 'Entity List (EL) - Bureau of Industry and Security', source_last_updated: '2025-06-20' }],
  results: [
    { id: 'a1', name: 'ACME TRADING CO', source: 'Entity List (EL) - Bureau of Industry and Security', alt_names: ['ACME', 'ACME CO LTD'], addresses: [{ address: '1 Road', city: 'Beijing', country: 'CN' }], start_date: '2020-05-22', ids: [{ type: 'Tax ID', number: '12345', country: 'CN' }] },
    { id: 'b2', name: 'BETA SHIPPING', source: 'Specially Designated Nationals (SDN) - Treasury Department', type: 'Vessel', alt_names: [], programs: ['IRAN'], remarks: 'Linked To: ACME TRADING CO.' },
    { id: 'c3', name: 'Ivan PETROV', source: 'Specially Designated Nationals (SDN) - Treasury Department', type: 'Individual', nationalities: ['RU'], start_date: '03/15/2022' },
  ],
});

const CUSTOM_CSV = 'id,name,aliases,country,remarks\n1,Acme Trading Co,ACME; Acme Co,CN,note\n2,Beta Shipping,,IR,\n3,Gamma Ltd,Gamma,RU,"a, quoted note"\n';

interface Seed {
  kind: string;
  name: string;
  text: string;
  /** Imported as a custom list, with this mapping. */
  custom?: boolean;
}

let seeds: Seed[] | null = null;
export function textSeeds(): Seed[] {
  seeds ??= [
    { kind: 'OFAC sdn.csv', name: 'sdn.csv', text: firstLines('ofac-sdn/2021-07-07/sdn.csv', 30) },
    { kind: 'OFAC cons_prim.csv', name: 'cons_prim.csv', text: firstLines('ofac-consolidated-non-sdn/2025-12-19/cons_prim.csv', 30) },
    { kind: 'CSL CSV', name: 'consolidated.csv', text: firstLines('trade-gov-csl/2025-06-25-sample/consolidated.csv', 20) },
    { kind: 'CSL JSON', name: 'consolidated.json', text: CSL_JSON },
    { kind: 'BIS DPL', name: 'dpl.txt', text: firstLines('bis-denied-persons/2023-11-30/dpl.txt', 30) },
    { kind: 'UN XML', name: 'consolidated.xml', text: unSeed() },
    { kind: 'DoD 1260H', name: '1260h.csv', text: firstLines('dod-1260h/1260h.csv', 20) },
    { kind: 'NS-CMIC', name: 'ns-cmic.csv', text: firstLines('treasury-ns-cmic/ns-cmic-extract.csv', 20) },
    { kind: 'custom CSV', name: 'blocklist.csv', text: CUSTOM_CSV, custom: true },
  ];
  return seeds;
}

/** Something inserted into a file: a hostile value, a huge one, a stray quote, delimiter, NUL or line end. */
const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom('"', '""', ',', '\t', '\n', '\r', '\u0000', '<', '>', '&', ']]>', '{', '}', '[', ']', '\\u0000', ';') },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => 'N'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 2_000 }).map((n) => ','.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 300 }).map((n) => '<ALIAS_NAME>x</ALIAS_NAME>'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
);

export const textListImport: fc.Arbitrary<HostileImport & { custom?: boolean }> = fc
  .record({
    seed: fc.nat(),
    inserts: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), insertion), { maxLength: 4 }),
    encoding: fc.oneof({ weight: 4, arbitrary: fc.constant('utf8' as const) }, { weight: 3, arbitrary: fc.constantFrom(...ENCODINGS) }),
    damage: maybeDamage,
  })
  .map(({ seed: n, inserts, encoding, damage }) => {
    const seed = textSeeds()[n % textSeeds().length]!;
    let text = seed.text;
    for (const [at, value] of inserts) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + value + text.slice(i);
    }
    const file: HostileFile = { kind: seed.kind, name: seed.name, bytes: damage(encode(text, encoding)) };
    return { kind: `${seed.kind} (${encoding}, ${inserts.length} insertions)`, files: [file], custom: seed.custom };
  });

// ---------------------------------------------------------------------------------------------
// UK ODS sheets: the list's header and rows, repeated rows and cells, far columns, bombs

const UK_HEADER = ['Name', 'Regime Name', 'Type', 'Date Designated', 'OFSI Group ID', 'Unique ID'];
const ukRow = (i: number, name: string): OdsRow => ({ cells: [name, 'Russia', 'Entity', '01-02-2022', String(1000 + i), `RUS${i}`].map((value) => ({ value })) });

export const odsListImport: fc.Arbitrary<HostileImport> = fc
  .record({
    rows: fc.array(
      fc.record({
        name: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('ACME LLC', 'BETA JSC', 'ГАММА ООО') }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) }),
        repeat: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 80 }) }, { weight: 1, arbitrary: fc.integer({ min: 81, max: 2_000_000 }) }),
        farCell: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) }),
        spaces: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(500, 1e9, -3) }),
      }),
      { maxLength: 30 },
    ),
    titleRows: fc.integer({ min: 0, max: 3 }),
    bomb: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3),
    trailer: fc.boolean(),
    damage: maybeDamage,
  })
  .map(({ rows, titleRows, bomb, trailer, damage }) => {
    const sheet: OdsRow[] = [
      ...Array.from({ length: titleRows }, () => ({ cells: [{ value: 'UK Sanctions List' }] })),
      { cells: UK_HEADER.map((value) => ({ value })) },
      ...rows.map((r, i) => {
        const row = ukRow(i, r.name);
        if (r.farCell) row.cells.push({ value: null, repeat: r.farCell }, { value: 'far' });
        return { ...row, repeat: r.repeat };
      }),
    ];
    if (trailer) sheet.push({ cells: [{ value: null, repeat: 1024 }], repeat: 1_048_000 });
    let bytes = ods(sheet, { sheetName: 'UK_Sanction_List' });
    const spaced = rows.find((r) => r.spaces !== 0);
    if (spaced) bytes = spacesBomb(spaced.spaces);
    if (bomb === 1) bytes = odsBomb(4, 3_000_000_000);
    if (bomb === 2) bytes = odsBomb(4, 2048);
    if (bomb === 3) bytes = zip(Array.from({ length: 200 }, (_, i) => ({ name: `junk/${i}.xml`, data: '', store: true })));
    return { kind: `ods (${rows.length} rows${bomb ? `, bomb ${bomb}` : ''})`, files: [{ kind: 'ods', name: 'uk.ods', bytes: damage(bytes) }] };
  });

/** An ODS whose content.xml inflates to `mb` MB of spaces, its directory declaring `declared` bytes (more, or a lie). */
export function odsBomb(mb: number, declared: number): Uint8Array {
  const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">${' '.repeat(mb * 1024 * 1024)}</office:document-content>`;
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: content, declaredSize: declared },
  ]);
}

/** A sheet whose one cell asks for `count` spaces with <text:s text:c="count"/>: a few bytes for a billion characters. */
function spacesBomb(count: number): Uint8Array {
  const content = odsContent([{ cells: UK_HEADER.map((value) => ({ value })) }, ukRow(0, 'ACME LLC')], { sheetName: 'UK_Sanction_List' });
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: content.replace('<text:p>ACME LLC</text:p>', `<text:p>ACME<text:s text:c="${count}"/>LLC</text:p>`) },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Named hostile files: the shapes the reliability probe found, and their kin, at Vetter's real limits

const one = (kind: string, name: string, data: Uint8Array | string): HostileImport => ({
  kind,
  files: [{ kind, name, bytes: typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data }],
});
const MB = 1024 * 1024;
const CSL_HEADER = '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const cslRow = (id: string, name: string) => `${id},Entity List (EL) - Bureau of Industry and Security,,Entity,,${name},,,,,,,,,,,,,,,,https://example.gov,,,,,,,`;
const UN_OPEN = '<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>';
const UN_CLOSE = '</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>';
const unIndividual = (inner: string) => `<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>IVAN</FIRST_NAME>${inner}</INDIVIDUAL>`;

export const NAMED_LIST_IMPORTS: (() => HostileImport)[] = [
  () => one('CSL JSON: one name of 10 MB', 'name.json', JSON.stringify({ results: [{ id: '1', name: 'x'.repeat(10 * MB), source: 'Entity List (EL)' }] })),
  () => one('CSL JSON: a million alt names in one result', 'aliases.json', JSON.stringify({ results: [{ id: '1', name: 'ACME', source: 'Entity List (EL)', alt_names: Array.from({ length: 1_000_000 }, () => 'A') }] })),
  () => one('CSL JSON: no results', 'empty.json', '{"results": []}'),
  () => one('CSL JSON: nested a million deep', 'deep.json', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`),
  () => one('CSL CSV: one field of 10 MB', 'huge-field.csv', `${CSL_HEADER}\n${cslRow('1', `"${'x'.repeat(10 * MB)}"`)}\n`),
  () => one('CSL CSV: an unclosed quote before 5 MB', 'unclosed.csv', `${CSL_HEADER}\n${cslRow('1', '"oops')}\n${`${cslRow('2', 'Beta')}\n`.repeat(30_000)}`),
  () => one('CSL CSV: 300,000 rows', 'long.csv', `${CSL_HEADER}\n${Array.from({ length: 300_000 }, (_, i) => cslRow(String(i), `C${i}`)).join('\n')}\n`),
  () => one('CSL CSV: 5,000 columns', 'wide.csv', `${CSL_HEADER}${',x'.repeat(5_000)}\n${cslRow('1', 'Acme')}\n`),
  () => one('a file of 101 MB', 'big.csv', new Uint8Array(101 * MB).fill(0x41)),
  () => one('NUL bytes', 'nul.csv', `${CSL_HEADER}\n${cslRow('1', 'Ac\u0000me')}\n`),
  () => one('UK ODS: 50,000 rows each repeated 1,000 times', 'repeated-rows.ods', ods([{ cells: UK_HEADER.map((value) => ({ value })) }, ...Array.from({ length: 50_000 }, (_, i) => ({ ...ukRow(i, `ACME ${i}`), repeat: 1000 }))], { sheetName: 'UK_Sanction_List' })),
  () => one('UK ODS: one row repeated a million times', 'million.ods', ods([{ cells: UK_HEADER.map((value) => ({ value })) }, { ...ukRow(0, 'ACME'), repeat: 1_048_000 }], { sheetName: 'UK_Sanction_List' })),
  () => one('UK ODS: a value repeated across 16,384 columns', 'wide.ods', ods([{ cells: UK_HEADER.map((value) => ({ value })) }, { cells: [...ukRow(0, 'ACME').cells, { value: 'x', repeat: 16_378 }] }], { sheetName: 'UK_Sanction_List' })),
  () => one('UK ODS: a billion spaces in one cell', 'spaces.ods', spacesBomb(1e9)),
  () => one('UK ODS: zip bomb, 3 GB declared', 'bomb.ods', odsBomb(20, 3_000_000_000)),
  () => one('UK ODS: zip bomb, its directory lying small', 'bomb-lying.ods', odsBomb(20, 2048)),
  () => one('UK ODS: 20,000 parts', 'many-parts.ods', zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, ...Array.from({ length: 20_000 }, (_, i) => ({ name: `junk/${i}.xml`, data: '', store: true }))])),
  () => one('UN XML: a name of 10 MB', 'name.xml', `${UN_OPEN}${unIndividual(`<SECOND_NAME>${'x'.repeat(10 * MB)}</SECOND_NAME>`)}${UN_CLOSE}`),
  () => one('UN XML: 50,000 aliases in one record', 'aliases.xml', `${UN_OPEN}${unIndividual('<INDIVIDUAL_ALIAS><ALIAS_NAME>A</ALIAS_NAME></INDIVIDUAL_ALIAS>'.repeat(50_000))}${UN_CLOSE}`),
  () => one('UN XML: an attribute of 10 MB', 'attribute.xml', `${UN_OPEN}${unIndividual(`<NOTE a="${'x'.repeat(10 * MB)}"/>`)}${UN_CLOSE}`),
];
