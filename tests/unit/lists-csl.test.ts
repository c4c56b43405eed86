// trade.gov Consolidated Screening List: the real CSV downloads and the JSON form of the API.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCslJson, publishedId } from '../../electron/core/lists/csl';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile, ParsedList } from '../../electron/core/lists/entry';
import { refFile as load, rejection } from './lists-fixtures';

const text = (value: string, name: string): ListFile => ({ name, bytes: new TextEncoder().encode(value) });


const EL = 'Entity List (EL) - Bureau of Industry and Security';
const MEU = 'Military End User (MEU) List - Bureau of Industry and Security';

describe('CSL CSV 2023-11-30 (byte-truncated)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([load('trade-gov-csl/2023-11-30-truncated/csl.csv')]);
  });

  it('reads the 4,226 complete rows and warns about the repeated header and the cut-off last row', () => {
    expect(list.format).toBe('trade-gov-csl-csv');
    expect(list.entries).toHaveLength(4226);
    expect(list.warnings).toEqual([
      '"csl.csv": the last row (line 4233) was cut off and was skipped. The file is incomplete; import a complete copy when you can.',
      '"csl.csv": line 2 repeats the header row and was skipped.',
    ]);
    expect(list.entries.some((e) => e.name === 'name' || e.name.startsWith('BERMUDEZ SUAZA'))).toBe(false);
  });

  it('keeps each row\'s source list, with the Entity List and Military End-User rows', () => {
    const count = (sub: string) => list.entries.filter((e) => e.subList === sub).length;
    expect([count(EL), count(MEU)]).toEqual([919, 71]);
  });

  it('reads an Entity List row: several addresses, their countries, programmes, licence terms', () => {
    const entry = list.entries.find((e) => e.subList === EL && e.name === 'Abdul Satar Ghoura');
    expect(entry).toMatchObject({
      entryId: 'b6e959b59898e975daaae8fae3a8da1ec522f9f888cafc0e6401a16d',
      type: 'unknown',
      countries: ['AF', 'PK'],
      listedDate: '2011-11-21',
      sourceUrl: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list',
    });
    expect(entry?.addresses).toHaveLength(4);
    expect(entry?.remarks).toMatch(/Federal Register: 76 FR 71867[\s\S]*Licence policy: Presumption of denial\./);
  });

  it('reads a Military End-User row', () => {
    expect(list.entries.find((e) => e.entryId === 'dcc742038bcb47f1bf9e805ef279484d')).toMatchObject({
      subList: MEU,
      name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
      countries: ['CN'],
      listedDate: '2020-12-23',
    });
  });

  it('splits "; " multi-values into aliases and takes NS-CMIC listing dates from the ids', () => {
    const telecom = list.entries.find((e) => e.entryId === '30882');
    expect(telecom).toMatchObject({ aliases: ['CHINA TELECOM', 'CHINA TELECOM CO., LTD', 'CHINA TELECOM CORP LTD'], programmes: ['CMIC-EO13959'], listedDate: '2021-06-03' });
  });

  it('reads "Linked To" parents from the remarks', () => {
    expect(list.entries.filter((e) => e.parents.includes('HIZBALLAH')).length).toBeGreaterThan(0);
  });

  it('dates the list by its newest start_date', () => {
    expect(list.asOf).toBe('2023-11-16');
    expect(list.asOfBasis).toMatch(/newest start_date/);
  });
});

describe('CSL CSV 2025-06-25 sample', () => {
  it('reads its 13 rows, one or more per sub-list', async () => {
    const list = await parseListFiles([load('trade-gov-csl/2025-06-25-sample/consolidated.csv')]);
    expect(list.entries).toHaveLength(13);
    expect(list.warnings).toEqual([]);
    expect(new Set(list.entries.map((e) => e.subList)).size).toBe(10);
    expect(list.entries.find((e) => e.name === 'Evren KAYAKIRAN')).toMatchObject({ type: 'individual', countries: ['TR'] });
  });
});

// The trade.gov CSL API's response (api.trade.gov consolidated_screening_list search): the same fields
// as the CSV, arrays for multi-values, addresses and ids as objects, and the sources it used.
const API_RESPONSE = {
  total: 3,
  search_performed_at: '2025-06-25T14:02:11+00:00',
  sources_used: [
    { source: EL, source_last_updated: '2025-06-24T10:55:29-04:00', last_imported: '2025-06-25T06:00:07-04:00' },
    { source: MEU, source_last_updated: '2025-06-20T08:01:12-04:00', last_imported: '2025-06-25T06:00:07-04:00' },
    { source: 'Specially Designated Nationals (SDN) - Treasury Department', source_last_updated: '2025-06-23T16:30:00-04:00', last_imported: '2025-06-25T06:00:07-04:00' },
  ],
  results: [
    {
      addresses: [
        { address: '113 Hezuo Road', city: 'Shijiazhuang', country: 'CN', postal_code: null, state: 'Hebei' },
        { address: '21 Changsheng Street', city: 'Shijiazhuang', country: 'CN', postal_code: null, state: 'Hebei' },
      ],
      alt_names: ['Hebei Semiconductor Research Institute', 'HSRI'],
      call_sign: null,
      citizenships: [],
      dates_of_birth: [],
      end_date: null,
      entity_number: null,
      federal_register_notice: '83 FR 37422',
      gross_registered_tonnage: null,
      gross_tonnage: null,
      id: '99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be',
      ids: [],
      license_policy: 'Presumption of denial.',
      license_requirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
      name: 'China Electronics Technology Group Corporation 13th Research Institute (CETC 13)',
      nationalities: [],
      places_of_birth: [],
      programs: [],
      remarks: null,
      source: EL,
      source_information_url: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list',
      source_list_url: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list',
      standard_order: null,
      start_date: '2018-08-01',
      title: null,
      type: null,
      vessel_flag: null,
      vessel_owner: null,
      vessel_type: null,
    },
    {
      addresses: [{ address: 'Tian Wang te Zi #1, Baqiao District', city: 'Xian', country: 'CN', postal_code: null, state: null }],
      alt_names: [],
      federal_register_notice: '85 FR 83799',
      id: '66f6ab3f26234b75a9093fce79ef0ce0',
      ids: [],
      name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
      programs: [],
      source: MEU,
      source_list_url: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern',
      start_date: '2020-12-23',
      type: null,
    },
    {
      addresses: [
        { address: null, city: 'Shenyang', country: 'CN', postal_code: null, state: null },
        { address: null, city: 'Pyongyang', country: 'KP', postal_code: null, state: null },
      ],
      alt_names: [],
      citizenships: [],
      dates_of_birth: ['1978-02-05'],
      entity_number: 52291,
      id: '52291',
      ids: [{ country: 'KP', expiration_date: null, issue_date: null, number: '836238033', type: 'Passport' }],
      name: 'RIM, Ryong Nam',
      nationalities: ['KP'],
      programs: ['DPRK3'],
      remarks: null,
      source: 'Specially Designated Nationals (SDN) - Treasury Department',
      source_information_url: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
      start_date: null,
      type: 'Individual',
    },
  ],
};

describe('CSL JSON (API response)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([text(JSON.stringify(API_RESPONSE, null, 2), 'search.json')]);
  });

  it('is detected by content and reads every result', () => {
    expect(list.format).toBe('trade-gov-csl-json');
    expect(list.entries.map((e) => e.name)).toEqual(API_RESPONSE.results.map((r) => r.name));
  });

  it('reads arrays and address objects into the same entry shape as the CSV', () => {
    expect(list.entries[0]).toMatchObject({
      entryId: '99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be',
      subList: EL,
      aliases: ['Hebei Semiconductor Research Institute', 'HSRI'],
      addresses: ['113 Hezuo Road, Shijiazhuang, Hebei, CN', '21 Changsheng Street, Shijiazhuang, Hebei, CN'],
      countries: ['CN'],
      listedDate: '2018-08-01',
    });
    expect(list.entries[2]).toMatchObject({ type: 'individual', countries: ['CN', 'KP'], programmes: ['DPRK3'], addresses: ['Shenyang, CN', 'Pyongyang, KP'] });
    expect(list.entries[2]!.remarks).toContain('Identifiers: Passport, 836238033, KP');
  });

  it('dates the list by when the API last refreshed its sources', () => {
    expect(list.asOf).toBe('2025-06-24');
    expect(list.asOfBasis).toMatch(/source_last_updated/);
  });

  it('keeps every row of an id the CSL repeats: on another sub-list, and again on the same one', async () => {
    const [first] = API_RESPONSE.results;
    const row = (source: string, name: string) => ({ ...first, id: '18741', source, name });
    const sdn = 'Specially Designated Nationals (SDN) - Treasury Department';
    const repeated = await parseCslJson(text(JSON.stringify([row(sdn, 'A'), row(EL, 'B'), row(EL, 'C'), row(EL, 'D')]), 'repeated.json'));
    expect(repeated.entries.map((e) => [e.entryId, e.name])).toEqual([
      ['18741', 'A'],
      ['18741:EL', 'B'],
      ['18741:EL:2', 'C'],
      ['18741:EL:3', 'D'],
    ]);
    expect(repeated.entries.map((e) => publishedId(e.entryId))).toEqual(['18741', '18741', '18741', '18741']);
  });

  it('also takes a bare array of results, dated by start_date', async () => {
    const bare = await parseCslJson(text(JSON.stringify(API_RESPONSE.results), 'results.json'));
    expect(bare.entries).toHaveLength(3);
    expect(bare.asOf).toBe('2020-12-23');
  });

  it('rejects malformed JSON with line and column', async () => {
    const broken = JSON.stringify(API_RESPONSE, null, 2).replace('"name": "RIM, Ryong Nam",', '"name": "RIM, Ryong Nam"');
    const error = await rejection(parseListFiles([text(broken, 'search.json')]));
    expect(error.message).toMatch(/^"search\.json", line \d+, column \d+: The JSON is not valid/);
    const line = Number(/line (\d+)/.exec(error.message)![1]);
    expect(broken.split('\n')[line - 1]).toMatch(/"nationalities"/);
  });

  it('rejects a truncated JSON file at its end', async () => {
    const full = JSON.stringify(API_RESPONSE, null, 2);
    const cut = full.slice(0, 500);
    const error = await rejection(parseListFiles([text(cut, 'search.json')]));
    expect(error.message).toMatch(new RegExp(`^"search\\.json", line ${cut.split('\n').length}, column \\d+: The JSON is not valid`));
  });

  it('rejects JSON results that are not CSL entries, and a result without a name', async () => {
    expect((await rejection(parseCslJson(text('{"results":[{"title":"x"}]}', 'other.json')))).message).toMatch(/not a Consolidated Screening List/);
    const nameless = { results: [{ name: 'A', source: EL, id: '1' }, { name: '', source: EL, id: '2' }] };
    expect((await rejection(parseCslJson(text(JSON.stringify(nameless), 'x.json')))).message).toMatch(/^"x\.json", results\[1\]\.name: This entry has no name/);
  });
});
