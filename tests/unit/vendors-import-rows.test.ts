import { describe, expect, it } from 'vitest';
import { CRITICALITY, DATA_SHARED, IMPORT_FIELDS, newVendorInput, SERVICES, type ColumnMapping, type VendorInput } from '../../electron/core/contract';
import {
  MAX_PROBLEMS,
  guessMapping,
  mappingProblems,
  rowsToVendors,
  unknownHeaders,
} from '../../electron/core/vendors/import-rows';
import type { TableRow } from '../../electron/core/vendors/table-file';

const EMPTY_INPUT: VendorInput = newVendorInput();

/** Runs rowsToVendors on rows given as records keyed by header, numbered from row 2. */
function convert(headers: string[], records: Record<string, string>[], mapping: ColumnMapping = guessMapping(headers)) {
  const rows: TableRow[] = records.map((record, i) => ({ row: i + 2, cells: headers.map((h) => record[h] ?? '') }));
  return rowsToVendors(headers, rows, mapping);
}

/** The one vendor a single valid row gives. */
function single(record: Record<string, string>): VendorInput {
  const result = convert(Object.keys(record), [record]);
  expect(result.problems).toEqual([]);
  expect(result.vendors).toHaveLength(1);
  return result.vendors[0]!.input;
}

/** The problems a single row gives. */
function problemsOf(record: Record<string, string>) {
  const result = convert(Object.keys(record), [record]);
  expect(result.vendors).toEqual([]);
  return result.problems;
}

describe('guessMapping', () => {
  it('maps realistic headers by synonym, ignoring case and punctuation', () => {
    const headers = [
      'Vendor Name',
      'Also Known As',
      'Country of Incorporation',
      'Country (HQ)',
      'Ultimate Parent',
      'URL',
      'Services Supplied',
      'Data Shared',
      'Business Criticality',
      'Contract Owner',
      'Start Date',
      'Renewal Date',
      'Annual Spend (USD)',
      'Labels',
      'Comments',
      'Internal ID',
    ];
    expect(guessMapping(headers)).toEqual([
      'name',
      'aliases',
      'country',
      'country_hq',
      'parent',
      'website',
      'services',
      'data_shared',
      'criticality',
      'owner',
      'contract_start',
      'contract_end',
      'annual_spend',
      'tags',
      'notes',
      null,
    ]);
    expect(unknownHeaders(headers, guessMapping(headers))).toEqual(['Internal ID']);
  });

  it('maps the import field names themselves', () => {
    expect(guessMapping([...IMPORT_FIELDS])).toEqual([...IMPORT_FIELDS]);
    expect(guessMapping(['Data_Shared', 'COUNTRY-HQ', 'annual spend'])).toEqual(['data_shared', 'country_hq', 'annual_spend']);
  });

  it('maps identifier headers, but not a bare "ID" (usually the buyer\'s own vendor number)', () => {
    expect(guessMapping(['Name', 'Company Identifiers'])).toEqual(['name', 'identifiers']);
    expect(guessMapping(['Name', 'IDs'])).toEqual(['name', 'identifiers']);
    expect(guessMapping(['Name', 'identifiers'])).toEqual(['name', 'identifiers']);
    expect(guessMapping(['Name', 'ID'])).toEqual(['name', null]);
  });

  it('gives each field to the first column only', () => {
    expect(guessMapping(['Supplier', 'Vendor Name', 'Owner', 'Business Owner'])).toEqual(['name', null, 'owner', null]);
  });

  it('tells owner from owner company and hq from country', () => {
    expect(guessMapping(['Owner Company', 'Owner', 'HQ', 'Jurisdiction'])).toEqual(['parent', 'owner', 'country_hq', 'country']);
  });
});

describe('mappingProblems', () => {
  it('requires the name field, naming it', () => {
    expect(mappingProblems(['country', null])).toEqual([
      { row: 1, column: 'name', message: expect.stringContaining('No column is mapped to "name"') },
    ]);
    expect(mappingProblems(['name', 'country'])).toEqual([]);
  });

  it('reports a field mapped to more than one column', () => {
    expect(mappingProblems(['name', 'tags', null, 'tags'])).toEqual([
      { row: 1, column: 'tags', message: '"tags" is mapped to more than one column (B, D). Map it to one column only.' },
    ]);
  });
});

describe('rowsToVendors', () => {
  it('builds a full vendor input from one row', () => {
    const input = single({
      'Legal Name': 'Acme Cloud Ltd',
      Aliases: 'Acme; ; 爱克美; Acme Old (former)',
      Country: 'United Kingdom',
      HQ: 'usa',
      'Company IDs': 'lei: 5493001KJTIIGC8Y1R12; DUNS:123456789',
      Parent: 'Acme Holdings plc',
      Website: 'https://acme.example',
      Services: 'SaaS; AI model/API',
      'Data Shared': 'Customer personal data',
      Criticality: 'High',
      Owner: 'Jo Bloggs',
      'Contract Start': '2025-01-01',
      'Contract End': '2026-12-31',
      'Annual Spend': '$1,200,000.50',
      Tags: 'cloud; eu; cloud',
      Notes: 'Renewal under review',
    });
    expect(input).toEqual({
      legalName: 'Acme Cloud Ltd',
      otherNames: [
        { name: 'Acme', kind: 'other' },
        { name: '爱克美', kind: 'local-script' },
        { name: 'Acme Old', kind: 'former' },
      ],
      countryOfIncorporation: 'GB',
      countryOfHeadquarters: 'US',
      identifiers: [
        { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
        { scheme: 'DUNS', value: '123456789' },
      ],
      parentName: 'Acme Holdings plc',
      website: 'https://acme.example',
      services: ['SaaS', 'AI model/API'],
      dataShared: ['Customer personal data'],
      criticality: 'high',
      contractOwner: 'Jo Bloggs',
      contractStart: '2025-01-01',
      contractEnd: '2026-12-31',
      annualSpend: 1200000.5,
      tags: ['cloud', 'eu'],
      notes: 'Renewal under review',
    } satisfies VendorInput);
  });

  it('leaves empty and unmapped fields empty', () => {
    expect(single({ name: 'Acme', country_hq: '', Ignored: 'x' })).toEqual({ ...EMPTY_INPUT, legalName: 'Acme' });
  });

  it('keeps the real row numbers and the header as written', () => {
    const headers = ['Vendor Name', 'Business Criticality'];
    const rows: TableRow[] = [
      { row: 4, cells: ['Acme', 'low'] },
      { row: 9, cells: ['Beta', 'urgent'] },
    ];
    const result = rowsToVendors(headers, rows, guessMapping(headers));
    expect(result.vendors.map((v) => v.row)).toEqual([4]);
    expect(result.problems).toEqual([{ row: 9, column: 'Business Criticality', message: expect.any(String) }]);
  });

  it('requires a name', () => {
    expect(problemsOf({ Vendor: '', Country: 'GB' })).toEqual([{ row: 2, column: 'Vendor', message: "Name is required: type the vendor's legal name." }]);
  });

  it('matches services, data shared and criticality ignoring case and spacing', () => {
    const input = single({
      name: 'Acme',
      services: 'saas;  iaas / paas ; AI MODEL/API; SaaS',
      data_shared: 'ip addresses/device data; SOURCE CODE',
      criticality: ' CRITICAL ',
    });
    expect(input.services).toEqual(['SaaS', 'IaaS/PaaS', 'AI model/API']);
    expect(input.dataShared).toEqual(['IP addresses / device data', 'Source code']);
    expect(input.criticality).toBe('critical');
  });

  it('rejects unknown services and data, listing the allowed values', () => {
    const problems = problemsOf({ name: 'Acme', Services: 'SaaS; Cloud; Consulting', 'Data Shared': 'Emails' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ column: 'Services', message: expect.stringMatching(/^Unknown service "Cloud", "Consulting"\./) });
    expect(problems[1]).toMatchObject({ column: 'Data Shared', message: expect.stringMatching(/^Unknown data shared "Emails"\./) });
    for (const label of SERVICES) expect(problems[0]?.message).toContain(`"${label}"`);
    for (const label of DATA_SHARED) expect(problems[1]?.message).toContain(`"${label}"`);
  });

  it('rejects an unknown criticality, listing the allowed values', () => {
    const [problem] = problemsOf({ name: 'Acme', Tier: 'urgent' });
    expect(problem).toEqual({ row: 2, column: 'Tier', message: `"urgent" is not a criticality. Use one of: ${CRITICALITY.join(', ')}.` });
  });

  it('splits ; lists, trimming and dropping empty entries', () => {
    const input = single({ name: 'Acme', aliases: ' A1 ;;A2; ', tags: 'x; ;y;' });
    expect(input.otherNames).toEqual([
      { name: 'A1', kind: 'other' },
      { name: 'A2', kind: 'other' },
    ]);
    expect(input.tags).toEqual(['x', 'y']);
  });

  it('classifies aliases by script unless a kind is given', () => {
    const input = single({ name: 'Huawei', aliases: '华为; Société Générale; HW (trading); 华 (other); Huawei Tech (Shenzhen)' });
    expect(input.otherNames).toEqual([
      { name: '华为', kind: 'local-script' },
      { name: 'Société Générale', kind: 'other' },
      { name: 'HW', kind: 'trading' },
      { name: '华', kind: 'other' },
      { name: 'Huawei Tech (Shenzhen)', kind: 'other' },
    ]);
  });

  it('reads country codes and names', () => {
    expect(single({ name: 'A', country: 'deu', country_hq: 'South Korea' })).toMatchObject({
      countryOfIncorporation: 'DE',
      countryOfHeadquarters: 'KR',
    });
    expect(single({ name: 'A', country: 'PRC' }).countryOfHeadquarters).toBeNull();
  });

  it('rejects an unknown country with an example of a valid value', () => {
    expect(problemsOf({ name: 'A', 'Incorporated in': 'Atlantis' })).toEqual([
      {
        row: 2,
        column: 'Incorporated in',
        message: '"Atlantis" is not a country we recognise. Use a two-letter code such as US or DE, or the English name such as Germany.',
      },
    ]);
  });

  it('rejects dates not written as YYYY-MM-DD', () => {
    expect(problemsOf({ name: 'A', 'Start Date': '31/01/2025' })).toEqual([
      { row: 2, column: 'Start Date', message: '"31/01/2025" is not a date in the form YYYY-MM-DD. Write it like 2025-01-31.' },
    ]);
  });

  it('applies the contract date checks', () => {
    expect(problemsOf({ name: 'A', contract_end: '2025-02-30' })).toEqual([{ row: 2, column: 'contract_end', message: 'Not a real calendar date' }]);
    expect(problemsOf({ name: 'A', contract_start: '2025-06-01', contract_end: '2025-01-01' })).toEqual([
      { row: 2, column: 'contract_end', message: 'Contract end is before contract start' },
    ]);
  });

  it.each([
    ['1200000', 1200000],
    ['1,200,000', 1200000],
    ['1,200,000.75', 1200000.75],
    ['$1,200', 1200],
    ['€ 99.5', 99.5],
    ['£0', 0],
    ['USD 2,500', 2500],
    ['eur 10', 10],
    ['gbp1000', 1000],
  ])('reads the spend %j as %d', (text, value) => {
    expect(single({ name: 'A', spend: text }).annualSpend).toBe(value);
  });

  it.each(['1.200.000,50', '12,00', '1,2000', 'about 100', '$', '1e6', '100 USD', '1 200'])('rejects the spend %j', (text) => {
    const [problem] = problemsOf({ name: 'A', spend: text });
    expect(problem).toEqual({ row: 2, column: 'spend', message: expect.stringMatching(/is not an amount\. Write a number such as 1200000/) });
  });

  it('rejects a negative spend with the contract message', () => {
    expect(problemsOf({ name: 'A', spend: '-$500' })).toEqual([{ row: 2, column: 'spend', message: 'Annual spend cannot be negative' }]);
  });

  it('turns contract issues into problems on the right column', () => {
    const problems = problemsOf({
      'Vendor Name': 'x'.repeat(301),
      Website: 'not a website',
      Tags: `ok; ${'t'.repeat(61)}`,
      'Data Shared': 'None; Source code',
    });
    expect(problems).toEqual([
      { row: 2, column: 'Vendor Name', message: 'At most 300 characters' },
      { row: 2, column: 'Website', message: 'Use a web address such as https://example.com' },
      { row: 2, column: 'Tags', message: `"${'t'.repeat(40)}…" (61 characters): At most 60 characters` },
      { row: 2, column: 'Data Shared', message: '"None" cannot be combined with other data' },
    ]);
  });

  it('reports every problem of a row, in column order', () => {
    const problems = problemsOf({ contract_start: 'soon', name: '', website: 'nope', country: 'Nowhere', criticality: 'meh' });
    expect(problems.map((p) => p.column)).toEqual(['contract_start', 'name', 'website', 'country', 'criticality']);
  });

  it('reports a repeated legal name on the later row, naming the earlier row', () => {
    const result = convert(['name'], [{ name: 'Acme, Inc.' }, { name: 'Beta' }, { name: 'ACME INC' }, { name: 'Acmé Inc' }]);
    expect(result.vendors.map((v) => v.row)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      { row: 4, column: 'name', message: '"ACME INC" has the same legal name as row 2. Change the name, or remove or merge one of the two rows.' },
      { row: 5, column: 'name', message: '"Acmé Inc" has the same legal name as row 2. Change the name, or remove or merge one of the two rows.' },
    ]);
  });

  it('reports each bad identifier of a cell as its own problem on that column, and keeps nothing of the row', () => {
    const problems = problemsOf({ name: 'Acme', Identifiers: 'LEI:5493001KJTIIGC8Y1R13; VAT:12; ABC123; DUNS:123456789' });
    expect(problems).toEqual([
      { row: 2, column: 'Identifiers', message: 'LEI "5493001KJTIIGC8Y1R13": This LEI fails its check digits (ISO 17442): check for a mistyped character' },
      { row: 2, column: 'Identifiers', message: 'TAX "12": At least 5 letters and digits' },
      { row: 2, column: 'Identifiers', message: '"ABC123": write TYPE:VALUE, where TYPE is LEI, USCC, DUNS, REG, TAX' },
    ]);
  });

  it('refuses more identifiers than the contract allows, on the identifiers column', () => {
    const many = Array.from({ length: 21 }, (_, i) => `REG:${10000 + i}`).join('; ');
    expect(problemsOf({ name: 'Acme', identifiers: many })).toEqual([{ row: 2, column: 'identifiers', message: 'At most 20 identifiers' }]);
  });

  it('reports an LEI, USCC or DUNS number repeated on a later row: the same company twice', () => {
    const result = convert(
      ['name', 'ids'],
      [
        { name: 'Acme', ids: 'USCC:91330100MA2AAAAAAA; REG:12345' },
        { name: 'Beta', ids: 'REG:12345' },
        { name: 'Acme China', ids: 'uscc: 91330100ma2aaaaaaa' },
      ],
    );
    // A registration number repeats across countries' registers: no problem by itself.
    expect(result.vendors.map((v) => v.row)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'ids',
        message: 'USCC "91330100ma2aaaaaaa" is also on row 2: both rows are the same company (each unified social credit code is issued to one company only). Remove or merge one of the two rows.',
      },
    ]);
  });

  it('keeps hostile strings as data', () => {
    const notes = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script> \'; DROP TABLE vendors; -- \u202E';
    expect(single({ name: '=cmd|"/c calc"!A1', notes })).toMatchObject({ legalName: '=cmd|"/c calc"!A1', notes });
  });

  it(`keeps the first ${MAX_PROBLEMS} problems but counts them all`, () => {
    const records = Array.from({ length: 1500 }, (_, i) => ({ name: `Vendor ${i}`, criticality: 'bad' }));
    const result = convert(['name', 'criticality'], records);
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problemCount).toBe(1500);
    expect(result.problems.at(-1)?.row).toBe(MAX_PROBLEMS + 1);
    expect(result.vendors).toEqual([]);
  });
});
