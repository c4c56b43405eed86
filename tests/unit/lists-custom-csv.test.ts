// Custom lists (internal block lists): preview, guessed column mapping, import.
import { describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import { guessCustomMapping, parseCustomList, previewCustomList } from '../../electron/core/lists/custom-csv';
import { parseListFiles } from '../../electron/core/lists/detect';

const bytes = (text: string) => new TextEncoder().encode(text);
const META = { listName: 'Internal block list', publisher: 'Procurement security team', asOf: '2025-11-03' };

const BLOCK_LIST = [
  'Ref;Company name;Also known as;Country;Kind;Why;Date added',
  'B-1;DragonCloud Ltd;Dragon Cloud | DC Cloud;China;Company;Unverifiable ownership;2025-11-01',
  'B-2;Example Shell Co;;HK;entity;"Shell company; model theft claims";15/10/2025',
  'B-3;Jane Roe;;United Kingdom;Individual;Former contractor;05/06/2025',
  ';;;;;;',
].join('\n');

async function rejection(promise: Promise<unknown>, code = 'bad_file'): Promise<VetterError> {
  const outcome = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(outcome).toBeInstanceOf(VetterError);
  expect((outcome as VetterError).code).toBe(code);
  return outcome as VetterError;
}

describe('custom list CSV', () => {
  it('previews the header and first rows, finding the delimiter', () => {
    const preview = previewCustomList(bytes(BLOCK_LIST), 2);
    expect(preview.delimiter).toBe(';');
    expect(preview.headers).toEqual(['Ref', 'Company name', 'Also known as', 'Country', 'Kind', 'Why', 'Date added']);
    expect(preview.sample).toEqual([
      ['B-1', 'DragonCloud Ltd', 'Dragon Cloud | DC Cloud', 'China', 'Company', 'Unverifiable ownership', '2025-11-01'],
      ['B-2', 'Example Shell Co', '', 'HK', 'entity', 'Shell company; model theft claims', '15/10/2025'],
    ]);
  });

  it('guesses the mapping from header names', () => {
    expect(guessCustomMapping(previewCustomList(bytes(BLOCK_LIST)).headers)).toEqual({ id: 0, name: 1, aliases: 2, country: 3, type: 4, remarks: 5, listedDate: 6 });
    expect(guessCustomMapping(['Foo', 'Bar'])).toEqual({ name: 0 });
    expect(guessCustomMapping(['Notes', 'Entity name'])).toEqual({ name: 1, remarks: 0 });
  });

  it('imports rows with the mapping, reading aliases, countries, types and unambiguous dates', async () => {
    const mapping = { id: 0, name: 1, aliases: 2, country: 3, type: 4, remarks: 5, listedDate: 6 };
    const list = await parseCustomList(bytes(BLOCK_LIST), mapping, META, { fileName: 'blocked.csv' });
    expect(list).toMatchObject({ format: 'custom-csv', listKey: 'custom-internal-block-list', listName: 'Internal block list', asOf: '2025-11-03', sourceUrl: null });
    expect(list.entries.map((e) => [e.entryId, e.name, e.aliases, e.countries, e.type, e.listedDate])).toEqual([
      ['B-1', 'DragonCloud Ltd', ['Dragon Cloud', 'DC Cloud'], ['CN'], 'entity', '2025-11-01'],
      ['B-2', 'Example Shell Co', [], ['HK'], 'entity', '2025-10-15'],
      ['B-3', 'Jane Roe', [], ['GB'], 'individual', null],
    ]);
    expect(list.entries[1]!.remarks).toBe('Shell company; model theft claims');
    expect(list.warnings).toEqual([
      '1 row(s) without a name were skipped (line 5).',
      '1 listed date(s) could not be read and were left empty: line 4 ("05/06/2025"). Write dates as 2025-01-31 so day and month cannot be confused.',
    ]);
  });

  it('goes through parseListFiles when a mapping is given', async () => {
    const list = await parseListFiles([{ name: 'blocked.csv', bytes: bytes(BLOCK_LIST) }], { custom: { mapping: { name: 1 }, meta: META } });
    expect(list.entries.map((e) => e.entryId)).toEqual(['dragoncloud ltd', 'example shell co', 'jane roe']);
  });

  it('rejects a mapping to a column the file does not have, and a bad as-of date', async () => {
    await rejection(parseCustomList(bytes(BLOCK_LIST), { name: 9 }, META), 'invalid_input');
    await rejection(parseCustomList(bytes(BLOCK_LIST), { name: 1 }, { ...META, asOf: '03/11/2025' }), 'invalid_input');
  });

  it('rejects a row with the wrong number of columns and duplicate ids, with their lines', async () => {
    const short = BLOCK_LIST.replace('B-3;Jane Roe;;United Kingdom;', 'B-3;Jane Roe;United Kingdom;');
    expect((await rejection(parseCustomList(bytes(short), { name: 1 }, META, { fileName: 'blocked.csv' }))).message).toMatch(
      /^"blocked\.csv", line 4, column \d+: This row has 6 columns where 7 are expected/,
    );
    const duplicate = BLOCK_LIST.replace('B-3;', 'B-1;');
    expect((await rejection(parseCustomList(bytes(duplicate), { id: 0, name: 1 }, META, { fileName: 'blocked.csv' }))).message).toMatch(
      /^"blocked\.csv", line 4: the id "B-1" is also used on line 2/,
    );
  });
});
