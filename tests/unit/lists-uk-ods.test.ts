// UK Sanctions List (FCDO) ODS, on the real 2025-08-11 file and edited copies of it.
import fs from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile, ParsedList } from '../../electron/core/lists/entry';
import { refPath, rejection } from './lists-fixtures';

const ODS = refPath('uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods');
const bytes = () => new Uint8Array(fs.readFileSync(ODS));

/** The real spreadsheet with its content.xml edited. */
async function editedOds(edit: (xml: string) => string, name = 'edited.ods'): Promise<ListFile> {
  const zip = await JSZip.loadAsync(bytes());
  const xml = await zip.file('content.xml')!.async('string');
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file('content.xml', changed);
  return { name, bytes: await zip.generateAsync({ type: 'uint8array' }) };
}


describe('UK Sanctions List 2025-08-11 (ODS)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([{ name: 'FCDO_SL_Mon_Aug 11 2025.ods', bytes: bytes() }]);
  });

  it('reads 5,302 designation rows into 5,284 entries, one per OFSI group', () => {
    expect(list.format).toBe('uk-sanctions-ods');
    expect(list.sourceFiles).toEqual([{ name: 'FCDO_SL_Mon_Aug 11 2025.ods', role: 'list', rows: 5302 }]);
    expect(list.entries).toHaveLength(5284);
    expect(new Set(list.entries.map((e) => e.entryId)).size).toBe(5284);
    const count = (t: string) => list.entries.filter((e) => e.type === t).length;
    expect([count('individual'), count('entity'), count('vessel'), count('unknown')]).toEqual([3738, 1085, 461, 0]);
  });

  it('groups a person designated under three regimes into one entry', () => {
    expect(list.entries.find((e) => e.entryId === '10638')).toMatchObject({
      name: 'Jafari Mohammad Ali',
      aliases: [],
      type: 'individual',
      programmes: ['Iran (Nuclear)', 'Iran', 'Syria'],
      listedDate: '2020-12-31',
    });
  });

  it('keeps other spellings within a group as aliases and the earliest designation date', () => {
    const entry = list.entries.find((e) => e.entryId === '13923');
    expect(entry).toMatchObject({ name: 'Karaev Yuri Khadzimuratovich', aliases: ['Karayev Yuri Khadzimuratovich'], programmes: ['Belarus', 'Global Human Rights'], listedDate: '2020-09-29' });
    expect(entry?.remarks).toMatch(/^BEL0005: Belarus regime; designated 2020-12-31; source UK; sanctions: Asset freeze/);
  });

  it('keys ships without a Group ID by their Unique ID', () => {
    expect(list.entries.find((e) => e.entryId === 'DPR0075')).toMatchObject({ name: 'Petrel 8', type: 'vessel', programmes: ["Democratic People's Republic of Korea"], listedDate: '2017-10-03' });
  });

  it('warns about rows without a name', () => {
    expect(list.warnings).toEqual(['"FCDO_SL_Mon_Aug 11 2025.ods": 2 row(s) have no name and were skipped: row 649 (BEL0174), row 3524 (RUS1467).']);
  });

  it('dates the list by the newest Date Designated and mentions when the sheet was saved', () => {
    expect(list.asOf).toBe('2025-07-23');
    expect(list.asOfBasis).toMatch(/saved on 2025-08-11/);
  });

  it('finds the header below title rows', async () => {
    const titled = await editedOds((xml) =>
      xml.replace(
        /(<table:table-column [^>]*\/>)/,
        '$1<table:table-row><table:table-cell office:value-type="string"><text:p>UK<text:s text:c="2"/>Sanctions List</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="8"/></table:table-row>',
      ),
    );
    const moved = await parseListFiles([titled]);
    expect(moved.entries).toHaveLength(5284);
    expect(moved.warnings[0]).toMatch(/row 652 \(BEL0174\)/);
  });

  it('rejects a spreadsheet without the expected header, naming the sheet', async () => {
    const headless = await editedOds((xml) => xml.replace('<text:p>Date Designated</text:p>', '<text:p>Designated On</text:p>'));
    const error = await rejection(parseListFiles([headless]));
    expect(error.message).toMatch(/^"edited\.ods", sheet "UK_Sanction_List": No header row with the columns Name, Regime Name, Type, Date Designated/);
  });

  it('rejects a designation date that is not a date, with its row and column', async () => {
    const bad = await editedOds((xml) => xml.replace('<text:p>29-06-2012</text:p>', '<text:p>31-02-2012</text:p>'));
    const error = await rejection(parseListFiles([bad]));
    expect(error.message).toMatch(/^"edited\.ods", sheet "UK_Sanction_List", row 2, column G: The Date Designated "31-02-2012" is not a date/);
  });

  it('rejects a sheet whose XML is broken, with line and column', async () => {
    const broken = await editedOds((xml) => xml.replace('<text:p>ROSHAN MONEY EXCHANGE</text:p>', '<text:p>ROSHAN MONEY EXCHANGE</text:q>'));
    const error = await rejection(parseListFiles([broken]));
    expect(error.message).toMatch(/^"edited\.ods", line \d+, column \d+: The XML is not well-formed/);
  });

  it('rejects a spreadsheet cut short', async () => {
    const whole = bytes();
    const error = await rejection(parseListFiles([{ name: 'cut.ods', bytes: whole.subarray(0, whole.length - 5000) }]));
    expect(error.message).toMatch(/^"cut\.ods": The file is a damaged or incomplete zip archive/);
  });
});
