// Hostile vendor files of every format Vetter imports (CSV in every encoding, XLSX, ODS), built byte by byte: zip
// bombs, merged ranges over the whole sheet, values in column XFD, rows repeated a million times, huge cells,
// unbalanced quotes, NULs, BOMs, truncations and flipped bytes. The fuzz tests (tests/unit/vendors-fuzz.test.ts) and
// `npm run bench:fuzz` draw their files from here.
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';

export interface HostileFile {
  /** What kind of file this is, for a failure's report. */
  kind: string;
  name: string;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Zip archives, written here so that sizes, methods and directories can lie

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** Stored rather than deflated. */
  store?: boolean;
  /** The inflated size written in the headers, when it should lie. */
  declaredSize?: number;
}

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
    const compressed = part.store ? data : deflateRawSync(data);
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? data.length;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(part.store ? 0 : 8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.store ? 0 : 8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

// ---------------------------------------------------------------------------------------------
// XLSX and ODS packages

const xmlEscape = (s: string): string => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export function columnName(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export type Cell = string | number | boolean | null | { shared: number } | { formula: string; result?: string } | { date: number };

export interface XlsxOptions {
  /** Rows by their spreadsheet number (1-based); cells by column index (0-based). */
  rows: { r: number; cells: [number, Cell][] }[];
  merges?: string[];
  sharedStrings?: string[];
  sheetName?: string;
  /** Extra sheets after the first. */
  extraSheets?: number;
  /** Raw XML put into sheetData after the rows (hostile shapes). */
  rawSheetData?: string;
  /** Lies about a part's inflated size (a zip bomb whose directory says it is small). */
  declaredSheetSize?: number;
  /** Rows written with the x: prefix, as the Open XML SDK writes them. */
  prefixed?: boolean;
}

export function xlsx(opts: XlsxOptions): Uint8Array {
  const p = opts.prefixed ? 'x:' : '';
  const ns = opts.prefixed ? 'xmlns:x' : 'xmlns';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const cellXml = (r: number, c: number, cell: Cell): string => {
    const ref = `${columnName(c)}${r}`;
    if (cell === null) return `<${p}c r="${ref}" s="1"/>`;
    if (typeof cell === 'number') return `<${p}c r="${ref}"><${p}v>${cell}</${p}v></${p}c>`;
    if (typeof cell === 'boolean') return `<${p}c r="${ref}" t="b"><${p}v>${cell ? 1 : 0}</${p}v></${p}c>`;
    if (typeof cell === 'string') return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlEscape(cell)}</${p}t></${p}is></${p}c>`;
    if ('shared' in cell) return `<${p}c r="${ref}" t="s"><${p}v>${cell.shared}</${p}v></${p}c>`;
    if ('date' in cell) return `<${p}c r="${ref}" s="2"><${p}v>${cell.date}</${p}v></${p}c>`;
    return `<${p}c r="${ref}" t="str"><${p}f>${xmlEscape(cell.formula)}</${p}f>${cell.result === undefined ? '' : `<${p}v>${xmlEscape(cell.result)}</${p}v>`}</${p}c>`;
  };
  const rows = opts.rows.map((row) => `<${p}row r="${row.r}">${row.cells.map(([c, cell]) => cellXml(row.r, c, cell)).join('')}</${p}row>`).join('');
  const merges = opts.merges?.length ? `<${p}mergeCells count="${opts.merges.length}">${opts.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>` : '';
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}worksheet ${ns}="${main}"><${p}sheetData>${rows}${opts.rawSheetData ?? ''}</${p}sheetData>${merges}</${p}worksheet>`;
  const sheets = [opts.sheetName ?? 'Vendors', ...Array.from({ length: opts.extraSheets ?? 0 }, (_, i) => `Other ${i + 1}`)];
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s)}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 10}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0"?><styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0"?><sst xmlns="${main}">${(opts.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t><rPh sb="0" eb="1"><t>ruby</t></rPh></si>`).join('')}</sst>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: opts.declaredSheetSize },
    ...sheets.slice(1).map((_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, data: `<worksheet xmlns="${main}"><sheetData/></worksheet>` })),
  ];
  return zip(parts);
}

export interface OdsRow {
  cells: { value: Cell; repeat?: number; covered?: boolean; spanColumns?: number; spanRows?: number; annotation?: string }[];
  repeat?: number;
}

export function ods(rows: OdsRow[], opts: { sheetName?: string; extraSheets?: number; declaredSize?: number; mimetype?: string } = {}): Uint8Array {
  return zip([
    { name: 'mimetype', data: opts.mimetype ?? 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: odsContent(rows, opts), declaredSize: opts.declaredSize },
    { name: 'META-INF/manifest.xml', data: '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}

/** The content.xml of an ODS with these rows. */
export function odsContent(rows: OdsRow[], opts: { sheetName?: string; extraSheets?: number } = {}): string {
  const cellXml = (c: OdsRow['cells'][number]): string => {
    const attrs: string[] = [];
    if (c.repeat && c.repeat > 1) attrs.push(`table:number-columns-repeated="${c.repeat}"`);
    if (c.spanColumns) attrs.push(`table:number-columns-spanned="${c.spanColumns}"`);
    if (c.spanRows) attrs.push(`table:number-rows-spanned="${c.spanRows}"`);
    const note = c.annotation ? `<office:annotation><text:p>${xmlEscape(c.annotation)}</text:p></office:annotation>` : '';
    const tag = c.covered ? 'table:covered-table-cell' : 'table:table-cell';
    const v = c.value;
    if (v === null) return `<${tag} ${attrs.join(' ')}/>`;
    if (typeof v === 'number') return `<${tag} ${attrs.join(' ')} office:value-type="float" office:value="${v}" calcext:value-type="float">${note}<text:p>${v}</text:p></${tag}>`;
    if (typeof v === 'boolean') return `<${tag} ${attrs.join(' ')} office:value-type="boolean" office:boolean-value="${v}"><text:p>${v ? 'TRUE' : 'FALSE'}</text:p></${tag}>`;
    if (typeof v === 'string') {
      const paragraphs = v.split('\n').map((line) => `<text:p>${xmlEscape(line).replace(/ {2}/g, ' <text:s/>')}</text:p>`);
      return `<${tag} ${attrs.join(' ')} office:value-type="string">${note}${paragraphs.join('')}</${tag}>`;
    }
    if ('date' in v) return `<${tag} ${attrs.join(' ')} office:value-type="date" office:date-value="2025-01-${String((Math.abs(Math.trunc(v.date)) % 28) + 1).padStart(2, '0')}"><text:p>x</text:p></${tag}>`;
    return `<${tag} ${attrs.join(' ')} office:value-type="string"><text:p>${xmlEscape(JSON.stringify(v))}</text:p></${tag}>`;
  };
  const rowXml = (r: OdsRow) => `<table:table-row${r.repeat && r.repeat > 1 ? ` table:number-rows-repeated="${r.repeat}"` : ''}>${r.cells.map(cellXml).join('')}</table:table-row>`;
  const table = (name: string, body: string) => `<table:table table:name="${xmlEscape(name)}"><table:table-column table:number-columns-repeated="1024"/>${body}</table:table>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><office:body><office:spreadsheet>' +
    table(opts.sheetName ?? 'Vendors', rows.map(rowXml).join('')) +
    Array.from({ length: opts.extraSheets ?? 0 }, (_, i) => table(`Other ${i + 1}`, '')).join('') +
    '</office:spreadsheet></office:body></office:document-content>'
  );
}

// ---------------------------------------------------------------------------------------------
// Named hostile files: the shapes the reliability probe found, one each

const HEADER = ['name', 'country', 'services', 'notes'];

/**
 * A zip bomb: a sheet of a few KB that inflates to `mb` MB of spaces. Its directory declares `declared` bytes: far
 * more (refused before anything is inflated) or far less (a lie, caught while inflating).
 */
export function xlsxBomb(mb: number, declared: number): Uint8Array {
  const filler = ' '.repeat(mb * 1024 * 1024);
  return xlsx({ rows: [{ r: 1, cells: [[0, 'name']] }, { r: 2, cells: [[0, 'Acme']] }], rawSheetData: filler, declaredSheetSize: declared });
}

export const NAMED_FILES: (() => HostileFile)[] = [
  () => ({ kind: 'xlsx: one merge over the whole sheet', name: 'whole-sheet-merge.xlsx', bytes: xlsx({ rows: [{ r: 1, cells: HEADER.map((h, i) => [i, h]) }, { r: 2, cells: [[0, 'Acme']] }], merges: ['A1:XFD1048576'] }) }),
  () => ({
    kind: 'xlsx: values in columns A and XFD',
    name: 'far-column.xlsx',
    bytes: xlsx({ rows: Array.from({ length: 200 }, (_, i) => ({ r: i + 1, cells: [[0, i === 0 ? 'name' : `Vendor ${i}`], [16383, 'x']] as [number, Cell][] })) }),
  }),
  () => ({ kind: 'xlsx: zip bomb, 3 GB declared', name: 'bomb.xlsx', bytes: xlsxBomb(20, 3_000_000_000) }),
  () => ({ kind: 'xlsx: zip bomb, its directory lying small', name: 'bomb-lying.xlsx', bytes: xlsxBomb(20, 2048) }),
  () => ({
    kind: 'xlsx: 20,000 parts',
    name: 'many-parts.xlsx',
    bytes: zip([...Array.from({ length: 20_000 }, (_, i) => ({ name: `junk/${i}.xml`, data: '', store: true }))]),
  }),
  () => ({
    kind: 'ods: 50,000 rows each repeated 1,000 times',
    name: 'repeated-rows.ods',
    bytes: ods([{ cells: [{ value: 'name' }] }, ...Array.from({ length: 50_000 }, (_, i) => ({ cells: [{ value: `Vendor ${i}` }], repeat: 1000 }))]),
  }),
  () => ({ kind: 'ods: one row repeated a million times', name: 'million.ods', bytes: ods([{ cells: [{ value: 'name' }] }, { cells: [{ value: 'Acme' }], repeat: 1_048_000 }]) }),
  () => ({ kind: 'ods: a cell repeated across 16,384 columns', name: 'wide.ods', bytes: ods([{ cells: [{ value: 'name' }] }, { cells: [{ value: 'Acme' }, { value: 'x', repeat: 16_383 }] }]) }),
  () => ({ kind: 'ods: a merge over the whole sheet', name: 'ods-merge.ods', bytes: ods([{ cells: [{ value: 'name', spanColumns: 16384, spanRows: 1_048_576 }] }, { cells: [{ value: 'Acme' }] }]) }),
  () => ({ kind: 'csv: one field of 10 MB', name: 'huge-field.csv', bytes: new Uint8Array(Buffer.from(`name,notes\nAcme,"${'x'.repeat(10 * 1024 * 1024)}"\n`)) }),
  () => ({ kind: 'csv: an unclosed quote before 5 MB', name: 'unclosed.csv', bytes: new Uint8Array(Buffer.from(`name,notes\nAcme,"oops\n${'Beta,x\n'.repeat(700_000)}`)) }),
  () => ({ kind: 'csv: 1,500 columns', name: 'wide.csv', bytes: new Uint8Array(Buffer.from(`${Array.from({ length: 1500 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 1500 }, () => 'x').join(',')}\n`)) }),
  () => ({ kind: 'csv: 300,000 rows', name: 'long.csv', bytes: new Uint8Array(Buffer.from(`name\n${Array.from({ length: 300_000 }, (_, i) => `V${i}`).join('\n')}\n`)) }),
  () => ({ kind: 'csv: NUL bytes', name: 'nul.csv', bytes: new Uint8Array(Buffer.from('name,notes\nAcme,a\u0000b\n')) }),
  () => ({ kind: 'csv: punctuation-only names', name: 'punctuation.csv', bytes: new Uint8Array(Buffer.from('name,country\n!!!,GB\n...,US\n')) }),
];

// ---------------------------------------------------------------------------------------------
// Arbitraries: random hostile files, with limits small enough that every limit is reached cheaply

/** Limits the fuzz runs under: small, so that row, column, cell and unpacked-size limits are all exercised. */
export const FUZZ_LIMITS = {
  bytes: 2 * 1024 * 1024,
  rows: 60,
  columns: 24,
  cells: 600,
  cellChars: 400,
  zipEntries: 40,
  zipPartBytes: 256 * 1024,
  zipTotalBytes: 768 * 1024,
  merges: 30,
};

export const HOSTILE_TEXT = [
  '',
  ' ',
  'Acme Ltd',
  'Acme Ltd',
  '华为技术有限公司',
  '"',
  '""',
  '"quoted"',
  'a,b',
  'a;b',
  'a\tb',
  'line\nbreak',
  'cr\rlf',
  '\r\n',
  '=HYPERLINK("http://evil.example")',
  "'- note",
  '+44 20 7946 0000',
  '-5',
  '@SUM(A1)',
  "'=1",
  '\u202Egnp.exe',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '!!!',
  '...',
  'GB',
  'XX',
  'SaaS; Hardware',
  'Nope',
  'high',
  '2025-01-31',
  '2025-02-30',
  '1,200,000.50',
  '-1',
  '<script>alert(1)</script>',
  '&amp;',
  '_x0041_',
  'x'.repeat(401),
  '😀',
  '\uD800',
];

const FIELDS = ['name', 'aliases', 'country', 'country_hq', 'parent', 'website', 'services', 'data_shared', 'criticality', 'owner', 'contract_start', 'contract_end', 'annual_spend', 'tags', 'notes', 'Unknown', ''];

const REALISTIC_TEXT = ['Acme Cloud Ltd', 'Beta GmbH', 'Gamma KK', '阿里云计算有限公司', 'GB', 'US', 'CN', 'Germany', 'SaaS', 'IaaS/PaaS; AI model/API', 'Customer personal data', 'None', 'low', 'critical', 'Jo Bloggs', '2024-05-01', '1200000', 'https://acme.example', 'cloud; eu', 'A note'];

/** Mostly what a vendor file holds; often something hostile; now and then anything at all. */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...REALISTIC_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...REALISTIC_TEXT), fc.integer({ min: 0, max: 99_999 })).map(([t, n]) => `${t} ${n}`) },
);
const anyText = fc.oneof({ weight: 19, arbitrary: text }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) });

const FIELD_VALUES: Record<string, string[]> = {
  name: ['Acme Cloud Ltd', 'Beta GmbH', '阿里云计算有限公司', 'Société Générale S.A.', 'ＡＢＣ Ltd'],
  aliases: ['', 'Acme; ACL', 'Acme (trading)', '爱克美', 'Old Acme (former)'],
  country: ['', 'GB', 'US', 'Germany', 'cn'],
  country_hq: ['', 'FR', 'Japan'],
  parent: ['', 'Acme Holdings plc', 'Alibaba Group Holding Limited'],
  website: ['', 'https://acme.example', 'acme.example/path'],
  services: ['', 'SaaS', 'IaaS/PaaS; AI model/API', 'hardware'],
  data_shared: ['', 'None', 'Customer personal data; Source code'],
  criticality: ['', 'low', 'HIGH', 'critical'],
  owner: ['', 'Jo Bloggs'],
  contract_start: ['', '2024-01-01'],
  contract_end: ['', '2026-12-31'],
  annual_spend: ['', '1200000', '$1,200,000.50', 'EUR 5'],
  tags: ['', 'cloud; eu', 'ai'],
  notes: ['', 'A note', 'Line one\nLine two', "'- note", '+44 20 7946 0000', '=1+1', "'s-Hertogenbosch"],
};

/** A plain file's cell for a column: what that field holds mostly, something hostile now and then. */
const plainValue = (field: string, row: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...(FIELD_VALUES[field] ?? REALISTIC_TEXT)).map((v) => (field === 'name' && v !== '' ? `${v} ${row}` : v)) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT.filter((t) => !/[\u0000\uD800]/.test(t) && t.length < 300)) },
  );

/** Header names: distinct import fields mostly (name always); a repeated, empty or unknown one now and then. */
const headerNames = fc.oneof(
  { weight: 8, arbitrary: fc.uniqueArray(fc.constantFrom(...FIELDS.filter((f) => f !== '')), { minLength: 1, maxLength: 15 }).map((h) => (h.includes('name') ? h : ['name', ...h])) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FIELDS), { maxLength: 30 }) },
);

/** Cuts, flips or splices bytes: a damaged download. */
const damage = fc.oneof(
  fc.nat().map((n) => (b: Uint8Array) => b.subarray(0, b.length === 0 ? 0 : n % b.length)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([n, v]) => (b: Uint8Array) => {
    if (b.length === 0) return b;
    const copy = new Uint8Array(b);
    copy[n % copy.length] = v;
    return copy;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 40 })).map(([n, junk]) => (b: Uint8Array) => {
    const at = b.length === 0 ? 0 : n % b.length;
    return new Uint8Array(Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]));
  }),
);
export const maybeDamage = fc.oneof({ weight: 7, arbitrary: fc.constant((b: Uint8Array) => b) }, { weight: 2, arbitrary: damage });

/**
 * How hostile a file is: a "plain" one has the shape a spreadsheet program writes (its values may still be wrong or
 * hostile); a "hostile" one breaks shapes too (widths, positions, sizes, repeats, merges, encodings).
 */
const hostility = fc.constantFrom('plain', 'plain', 'plain', 'hostile');

export const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'latin1', 'utf16le-no-bom'] as const;

export function encode(textValue: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new Uint8Array(Buffer.from(textValue, 'utf8'));
    case 'utf8-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf8'));
    case 'utf16le-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf16le'));
    case 'utf16be-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf16le').swap16());
    case 'latin1':
      return new Uint8Array(Buffer.from(textValue, 'latin1'));
    case 'utf16le-no-bom':
      return new Uint8Array(Buffer.from(textValue, 'utf16le'));
  }
}

/** Rows as wide as the header with each field's kind of value (plain), or of anything and any width (hostile). */
const rowsFor = (headers: string[], mode: string) =>
  mode === 'plain'
    ? fc.integer({ min: 1, max: 70 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, r) => fc.tuple(...headers.map((h) => plainValue(h, r))))))
    : fc.array(fc.array(anyText, { maxLength: headers.length + 3 }), { maxLength: 80 });

export const csvFile: fc.Arbitrary<HostileFile> = fc.tuple(hostility, headerNames).chain(([mode, headers]) =>
  fc
    .record({
      rows: rowsFor(headers, mode) as fc.Arbitrary<string[][]>,
      delimiter: fc.constantFrom(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      quoting: mode === 'plain' ? fc.constantFrom('minimal', 'all') : fc.constantFrom('minimal', 'all', 'none', 'broken'),
      brokenEvery: fc.integer({ min: 2, max: 9 }),
      encoding: mode === 'plain' ? fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom') : fc.constantFrom(...ENCODINGS),
      damage: mode === 'plain' ? fc.constant((b: Uint8Array) => b) : maybeDamage,
    })
    .map(({ rows, delimiter, newline, quoting, brokenEvery, encoding, damage: hurt }) => {
      let n = 0;
      const quote = (cell: string) => {
        n += 1;
        if (quoting === 'none') return cell;
        // Now and then an opening quote that is never closed.
        if (quoting === 'broken') return n % brokenEvery === 0 ? `"${cell}` : cell;
        if (quoting === 'all' || /[",;\t\r\n]/.test(cell)) return `"${cell.replaceAll('"', '""')}"`;
        return cell;
      };
      const lines = [headers, ...rows].map((cells) => cells.map(quote).join(delimiter));
      return { kind: `csv (${mode}, ${encoding}, ${JSON.stringify(delimiter)}, ${quoting})`, name: 'fuzz.csv', bytes: hurt(encode(lines.join(newline), encoding)) };
    }),
);

const cellValue = (mode: string, strings: number): fc.Arbitrary<Cell> =>
  fc.oneof(
    { weight: 12, arbitrary: mode === 'plain' ? text : anyText },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: (mode === 'plain' ? fc.integer({ min: 0, max: Math.max(0, strings - 1) }) : fc.integer({ min: -2, max: strings + 2 })).map((n) => ({ shared: n })) },
    { weight: 1, arbitrary: fc.record({ formula: fc.constant('A1&"x"'), result: fc.option(text, { nil: undefined }) }) },
    { weight: 1, arbitrary: fc.double({ min: -1000, max: 3_000_000, noNaN: true }).map((date) => ({ date })) },
  );

const farColumn = fc.integer({ min: 0, max: 16383 });
const farRow = fc.integer({ min: 1, max: 1_048_576 });
const cellRef = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 12 }), farColumn), fc.oneof(fc.integer({ min: 1, max: 90 }), farRow)).map(([c, r]) => `${columnName(c)}${r}`);

export const xlsxFile: fc.Arbitrary<HostileFile> = fc.tuple(hostility, headerNames, fc.array(text, { minLength: 1, maxLength: 8 })).chain(([mode, headers, sharedStrings]) => {
  const width = headers.length;
  const plainCell = (column: number, row: number): fc.Arbitrary<Cell> =>
    fc.oneof({ weight: 8, arbitrary: plainValue(headers[column] ?? '', row) }, { weight: 1, arbitrary: cellValue(mode, sharedStrings.length) });
  const plainRows = fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 99_999 }).chain((row) => fc.tuple(...Array.from({ length: width }, (_, c) => plainCell(c, row).map((v) => [c, v] as [number, Cell])))),
      ),
      { minLength: 1, maxLength: 60 },
    )
    .map((rows) => {
      let r = 1;
      return rows.map(([step, cells]) => {
        r += step;
        // One cell per column, in order, as Excel writes them.
        return { r, cells: cells.filter(([, v]) => v !== '') };
      });
    });
  const hostileRows = fc.array(
    fc.record({ r: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 90 }) }, { weight: 1, arbitrary: farRow }), cells: fc.array(fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: width + 2 }) }, { weight: 1, arbitrary: farColumn }), cellValue(mode, sharedStrings.length)), { maxLength: 14 }) }),
    { maxLength: 60 },
  );
  const smallMerge = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([c, r, w, h]) => `${columnName(c)}${r}:${columnName(c + w)}${r + h}`);
  return fc
    .record({
      rows: mode === 'plain' ? plainRows : hostileRows,
      merges: mode === 'plain' ? fc.array(smallMerge, { maxLength: 3 }) : fc.array(fc.oneof(smallMerge, fc.tuple(cellRef, cellRef).map(([a, b]) => `${a}:${b}`), fc.constantFrom('A1:XFD1048576', 'B1:B1048576', 'nonsense', 'A0:B')), { maxLength: 6 }),
      extraSheets: fc.integer({ min: 0, max: 2 }),
      prefixed: fc.boolean(),
      bomb: mode === 'plain' ? fc.constant(0) : fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2),
      unordered: fc.integer({ min: 0, max: 9 }),
      damage: mode === 'plain' ? fc.constant((b: Uint8Array) => b) : maybeDamage,
    })
    .map(({ rows, merges, extraSheets, prefixed, bomb, unordered, damage: hurt }) => {
      // Hostile files have their rows in order mostly, as spreadsheet programs write them; now and then not.
      const ordered = mode === 'hostile' && unordered === 0 ? rows : [...rows].sort((a, b) => a.r - b.r);
      const header = { r: 1, cells: headers.map((h, i) => [i, h] as [number, Cell]) };
      const bytes =
        bomb === 0
          ? xlsx({ rows: [header, ...ordered.filter((r) => r.r > 1)], merges, sharedStrings, extraSheets, prefixed })
          : xlsx({ rows: [header], rawSheetData: ' '.repeat(1024 * 1024), declaredSheetSize: bomb === 2 ? 1000 : 3_000_000_000 });
      return { kind: `xlsx (${mode}${bomb ? ', bomb' : ''})`, name: 'fuzz.xlsx', bytes: hurt(bytes) };
    });
});

const odsCell = (mode: string): fc.Arbitrary<OdsRow['cells'][number]> =>
  mode === 'plain'
    ? fc.record({
        value: fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant(null) }) as fc.Arbitrary<Cell>,
        repeat: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) }),
        annotation: fc.option(text, { nil: undefined, freq: 8 }),
      })
    : fc.record({
        value: cellValue(mode, 0),
        repeat: fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 5 }) }, { weight: 1, arbitrary: fc.integer({ min: 6, max: 20_000 }) }),
        covered: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        spanColumns: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) }),
        spanRows: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) }),
        annotation: fc.option(text, { nil: undefined, freq: 8 }),
      });

export const odsFile: fc.Arbitrary<HostileFile> = fc.tuple(hostility, headerNames).chain(([mode, headers]) =>
  fc
    .record({
      rows: fc.array(
        fc.record({
          cells:
            mode === 'plain'
              ? fc.integer({ min: 0, max: 99_999 }).chain((row) =>
                  fc.tuple(...headers.map((h) => fc.record({ value: plainValue(h, row) as fc.Arbitrary<Cell>, annotation: fc.option(text, { nil: undefined, freq: 8 }) }))),
                )
              : fc.array(odsCell(mode), { maxLength: 12 }),
          repeat:
            mode === 'plain'
              ? fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }) })
              : fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 31, max: 1_048_576 }) }),
        }),
        { minLength: mode === 'plain' ? 1 : 0, maxLength: 40 },
      ),
      // LibreOffice ends a sheet with its empty rows, repeated to the last one.
      trailer: fc.boolean(),
      extraSheets: fc.integer({ min: 0, max: 2 }),
      damage: mode === 'plain' ? fc.constant((b: Uint8Array) => b) : maybeDamage,
    })
    .map(({ rows, trailer, extraSheets, damage: hurt }) => {
      const all: OdsRow[] = [{ cells: headers.map((h) => ({ value: h })) }, ...rows];
      if (trailer) all.push({ cells: [{ value: null, repeat: 1024 }], repeat: 1_048_000 });
      return { kind: `ods (${mode})`, name: 'fuzz.ods', bytes: hurt(ods(all, { extraSheets })) };
    }),
);

export const anyVendorFile = fc.oneof(csvFile, xlsxFile, odsFile);
