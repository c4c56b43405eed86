// Ownership imports, through the core as every host calls them: FollowTheMoney JSON lines and the plain CSV, real
// small files (tests/fixtures/ownership), all or nothing; malformed, huge and hostile files refused naming the line and
// the field, with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOwnershipFile } from '../../electron/core/ownership/files';
import { OWNERSHIP_LIMITS } from '../../electron/core/ownership/records';
import { failAuditOf, ROOT, type FolderTestCore, tempDir, testCore } from '../helpers';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'ownership');
const FTM = path.join(FIXTURES, 'northwind.ftm.jsonl');
const CSV = path.join(FIXTURES, 'northwind.csv');

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

/** Every ownership row and the audit chain's length: what an import may change. */
function stored(t: FolderTestCore) {
  const count = (table: string) => (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    imports: count('ownership_imports'),
    parties: count('ownership_parties'),
    names: count('ownership_names'),
    links: count('ownership_links'),
    events: count('audit_events'),
  };
}

/** Imports a file expecting a refusal; returns its message and details, and checks that nothing was written. */
async function refused(t: FolderTestCore, file: string) {
  const before = stored(t);
  const r = await t.invoke('ownership.import', { file: t.pick(file) });
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('imported');
  expect(r.error.code).toBe('bad_file');
  expect(stored(t)).toEqual(before);
  return { message: r.error.message, details: r.error.details ?? {} };
}

const ftmLine = (entity: object) => JSON.stringify(entity);
const company = (id: string, name: string) => ftmLine({ id, schema: 'Company', properties: { name: [name] } });

describe('FollowTheMoney import', () => {
  it('takes companies, people, organisations and ownerships, says what it left out, and updates on a second import', async () => {
    const t = testCore();
    const first = await t.call('ownership.import', { file: t.pick(FTM) });
    expect(first).toMatchObject({
      format: 'ftm',
      parties: { created: 5, updated: 0 },
      links: { created: 4, updated: 0 },
      skipped: { Sanction: 1, Address: 1, Vessel: 1, 'Ownership of or by another kind of entity': 1 },
    });
    const parties = t.db.prepare('SELECT id, kind, name, aliases, country FROM ownership_parties ORDER BY id').all();
    expect(parties).toEqual([
      { id: 'ftm:nw-holding', kind: 'company', name: 'Harbour Holdings Ltd', aliases: '[]', country: 'CY' },
      { id: 'ftm:nw-nominee', kind: null, name: 'Unknown Nominee SA', aliases: '[]', country: null },
      { id: 'ftm:nw-person', kind: 'person', name: 'Jane Example', aliases: '["EXAMPLE, Jane"]', country: null },
      // "suhh" (the Soviet Union) is not an ISO code: no country rather than a wrong one.
      { id: 'ftm:nw-trust', kind: 'organisation', name: 'Example Family Trust', aliases: '[]', country: null },
      { id: 'ftm:nw-vendor', kind: 'company', name: 'Northwind Cloud Ltd', aliases: '["Northwind Cloud Limited"]', country: 'GB' },
    ]);
    const links = t.db.prepare('SELECT id, owner_id, owned_id, kind, percentage, shares, start_date, end_date, source FROM ownership_links ORDER BY id').all();
    expect(links).toEqual([
      { id: 'ftm:own-1', owner_id: 'ftm:nw-holding', owned_id: 'ftm:nw-vendor', kind: 'shareholding', percentage: 25, shares: 2500, start_date: '2018-06', end_date: null, source: 'example_registry' },
      { id: 'ftm:own-2', owner_id: 'ftm:nw-person', owned_id: 'ftm:nw-holding', kind: 'shareholding', percentage: 50, shares: null, start_date: '2018', end_date: null, source: 'example_registry' },
      { id: 'ftm:own-3', owner_id: 'ftm:nw-trust', owned_id: 'ftm:nw-vendor', kind: 'shareholding', percentage: null, shares: 7500, start_date: '2015-11-25', end_date: '2023-03-02', source: null },
      // "VIE agreement": a VIE contract, named in the ownershipType.
      { id: 'ftm:own-4', owner_id: 'ftm:nw-nominee', owned_id: 'ftm:nw-vendor', kind: 'vie_contract', percentage: null, shares: null, start_date: null, end_date: null, source: 'https://registry.example/nw' },
    ]);
    const { events } = await t.call('audit.list', { limit: 1 });
    expect(events[0]).toMatchObject({ action: 'ownership.import', actor: 'tester', summary: 'Imported ownership from northwind.ftm.jsonl: 5 parties, 4 links' });

    const again = await t.call('ownership.import', { file: t.pick(FTM) });
    expect(again).toMatchObject({ parties: { created: 0, updated: 5 }, links: { created: 0, updated: 4 } });
    expect(stored(t)).toMatchObject({ parties: 5, links: 4, imports: 2 });
  });

  it('refuses a malformed file whole, naming each line and field', async () => {
    const t = testCore();
    const lines = [
      company('a', 'Alpha Ltd'),
      '{"id": "b", "schema": "Company", "properties": {"name": ["Beta Ltd"]}', // cut short
      ftmLine({ id: 'c', schema: 'Company', properties: { name: 'Gamma Ltd' } }),
      ftmLine({ id: 'o1', schema: 'Ownership', properties: { asset: ['a'] } }),
      ftmLine({ id: 'o2', schema: 'Ownership', properties: { owner: ['x'], asset: ['a'], percentage: ['120'] } }),
      ftmLine({ id: 'o3', schema: 'Ownership', properties: { owner: ['x'], asset: ['a'], startDate: ['2020-05-01'], endDate: ['2019-02-30'] } }),
      company('a', 'Alpha again'),
      ftmLine({ id: 'o4', schema: 'Ownership', properties: { owner: ['a', 'b'], asset: ['a'] } }),
      '[1, 2]',
      ftmLine({ schema: 'Company', properties: { name: ['No id'] } }),
    ];
    const { message, details } = await refused(t, write('bad.ftm.json', lines.join('\n')));
    expect(message).toMatch(/^bad\.ftm\.json: line 2: not a JSON object .* \(and 8 more problems\)\. Nothing was imported\.$/);
    expect(details).toEqual({
      'line 2': expect.stringMatching(/^not a JSON object/),
      'line 3, properties.name': 'a FollowTheMoney value is a list of strings',
      'line 4, properties.owner': 'an Ownership needs its owner',
      'line 5, properties.percentage': '120 is more than 100 %',
      'line 6, properties.endDate': '"2019-02-30": Not a real calendar date',
      'line 7, id': '"a" is also the id of the entity on line 1',
      'line 8, properties.owner': 'an Ownership has one owner, not 2',
      'line 9': 'not a JSON object: FollowTheMoney files hold one entity per line, {"id", "schema", "properties"}',
      'line 10, id': 'every entity needs an id: a text of at most 200 characters',
    });
  });

  it('refuses a link to a party that is neither in the file nor recorded, and a date range that ends before it starts', async () => {
    const t = testCore();
    const file = write('links.jsonl', [company('a', 'Alpha Ltd'), ftmLine({ id: 'o1', schema: 'Ownership', properties: { owner: ['nobody'], asset: ['a'], percentage: ['30'] } })].join('\n'));
    const { details } = await refused(t, file);
    expect(details).toEqual({ 'line 2, properties.owner': 'no company, person or organisation has the id "nobody", in this file or an earlier import' });
    // Recorded by an earlier import, the same link is taken.
    await t.call('ownership.import', { file: t.pick(write('nobody.jsonl', company('nobody', 'Nobody Holdings'))) });
    expect((await t.call('ownership.import', { file: t.pick(file) })).links.created).toBe(1);
    const backwards = ftmLine({ id: 'o2', schema: 'Ownership', properties: { owner: ['nobody'], asset: ['a'], startDate: ['2021'], endDate: ['2020-12-31'] } });
    expect((await refused(t, write('dates.jsonl', `${company('a', 'Alpha Ltd')}\n${backwards}\n`))).details).toEqual({
      'line 2, properties.endDate': '2020-12-31 is before the start date, 2021',
    });
  });

  it('refuses files that are not ownership data: empty, binary, not UTF-8, a JSON array, nothing to import, a hostile schema', async () => {
    const t = testCore();
    expect((await refused(t, write('empty.jsonl', '\n  \n'))).message).toBe('empty.jsonl: the file is empty. Nothing was imported.');
    expect((await refused(t, write('bin.ftm', Buffer.from([0x7b, 0x00, 0x01, 0x02])))).message).toMatch(/holds binary data/);
    expect((await refused(t, write('latin1.csv', Buffer.from('owner,owned\nM\xfcller GmbH,Beta\n', 'latin1')))).message).toMatch(/not UTF-8 text/);
    expect((await refused(t, write('array.json', `[${company('a', 'Alpha')}]`))).message).toMatch(/JSON array; Vetter reads FollowTheMoney as JSON lines/);
    expect((await refused(t, write('other.jsonl', ftmLine({ id: 's', schema: 'Sanction', properties: {} })))).details).toEqual({
      'line 1': 'the file has no Company, Person, Organization, LegalEntity or Ownership entity to import',
    });
    // Schema names that are an object's own keys in JavaScript are counted like any other, and nothing else.
    const proto = [ftmLine({ id: 'p', schema: 'constructor', properties: {} }), ftmLine({ id: 'q', schema: 'toString', properties: {} }), company('a', 'Alpha Ltd')];
    expect((await t.call('ownership.import', { file: t.pick(write('proto.jsonl', proto.join('\n'))) })).skipped).toEqual({ constructor: 1, toString: 1 });
    expect((await refused(t, write('proto2.jsonl', ftmLine({ id: 'r', schema: '__proto__', properties: {} })))).details).toEqual({
      'line 1, schema': 'every entity needs a schema, such as "Company" or "Ownership"',
    });
  });

  it('refuses huge and hostile files within its limits, before reading what they guard', () => {
    const limits = { ...OWNERSHIP_LIMITS, bytes: 1000, lines: 3, lineChars: 200, names: 5, nameChars: 20 };
    const read = (name: string, text: string) => {
      try {
        readOwnershipFile(write(name, text), name, limits);
      } catch (err) {
        return err as Error & { details?: Record<string, string> };
      }
      throw new Error('read');
    };
    expect(read('big.jsonl', 'x'.repeat(1001)).message).toBe('big.jsonl: the file is 0.00 MB, more than the 0.00 MB Vetter reads from one ownership file. Nothing was imported.');
    expect(read('long.jsonl', `${company('a', 'A')}\n{"id": "${'x'.repeat(300)}"}`).details).toEqual({ 'line 2': 'the line is 310 characters long, more than the 200 of any entity' });
    expect(read('many.jsonl', [1, 2, 3, 4].map((i) => company(`c${i}`, `C${i}`)).join('\n')).details).toEqual({ 'line 4': 'the file has more than 3 lines, the most Vetter reads from one file' });
    expect(read('names.jsonl', ftmLine({ id: 'a', schema: 'Company', properties: { name: ['1', '2', '3', '4', '5', '6'] } })).details).toEqual({
      'line 1, properties.name': '6 values, more than the 5 Vetter reads for one property',
    });
    expect(read('name.csv', `owner,owned\n${'N'.repeat(21)},Beta\n`).details).toEqual({ 'line 2, owner': `"${'N'.repeat(21)}" is longer than the 20 characters of a name` });
    // Nesting deeper than any parser's stack is a line refused, not a crash.
    const deep = `{"id":"a","schema":"Company","properties":{"name":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
    expect(() => readOwnershipFile(write('deep.jsonl', deep), 'deep.jsonl')).toThrow(/deep\.jsonl: line 1(, properties\.name)?: (not a JSON object|a FollowTheMoney value is a list of strings)/);
  });

  it('writes nothing when its audit event cannot be written', async () => {
    const t = testCore();
    const audit = failAuditOf(t, 'ownership.import');
    try {
      const before = stored(t);
      expect((await t.invoke('ownership.import', { file: t.pick(FTM) })).ok).toBe(false);
      expect(stored(t)).toEqual(before);
    } finally {
      audit.restore();
    }
  });
});

describe('CSV import', () => {
  it('names parties: a name a recorded party bears is that party, any other a new one', async () => {
    const t = testCore();
    await t.call('ownership.import', { file: t.pick(FTM) });
    const r = await t.call('ownership.import', { file: t.pick(CSV) });
    expect(r).toMatchObject({ format: 'csv', parties: { created: 2, updated: 0 }, links: { created: 4, updated: 0 }, skipped: {} });
    const links = t.db.prepare('SELECT owner_id, owned_id, kind, percentage, start_date, source FROM ownership_links WHERE id LIKE ? ORDER BY owner_id, owned_id').all('csv:%');
    expect(links).toEqual([
      { owner_id: 'csv:lantern capital lp', owned_id: 'ftm:nw-holding', kind: 'shareholding', percentage: 50, start_date: '2019', source: 'Register of members 2025' },
      { owner_id: 'csv:lantern capital lp', owned_id: 'ftm:nw-vendor', kind: 'board_control', percentage: null, start_date: '2022-07', source: "Shareholders' agreement" },
      { owner_id: 'ftm:nw-person', owned_id: 'ftm:nw-vendor', kind: 'shareholding', percentage: 10, start_date: '2021-04-01', source: 'Annual report 2024' },
      { owner_id: 'ftm:nw-vendor', owned_id: 'csv:northwind cloud shanghai co ltd', kind: 'shareholding', percentage: 100, start_date: '2020-01-01', source: 'Annual report 2024' },
    ]);
    expect(t.db.prepare("SELECT name, kind FROM ownership_parties WHERE id LIKE 'csv:%' ORDER BY id").all()).toEqual([
      { name: 'Lantern Capital LP', kind: null },
      { name: 'Northwind Cloud (Shanghai) Co., Ltd.', kind: null },
    ]);
    // The same rows again are the same links.
    expect(await t.call('ownership.import', { file: t.pick(CSV) })).toMatchObject({ parties: { created: 0 }, links: { created: 0, updated: 4 } });
  });

  it('refuses a malformed CSV whole, naming each line and field', async () => {
    const t = testCore();
    const text = [
      'owner,owned,percentage,kind,start,end,source',
      'Alpha Ltd,Beta Ltd,abc,,,,',
      'Alpha Ltd,Gamma Ltd,30,partnership,,,',
      ',Gamma Ltd,30,,,,',
      'Alpha Ltd,ALPHA LTD.,30,,,,',
      'Alpha Ltd,Delta Ltd,30,,2021-13-01,,',
      'Alpha Ltd,Delta Ltd,30,,2021-06-01,2020,',
      'Alpha Ltd,Epsilon Ltd,30,,,,',
      'Alpha Ltd,epsilon ltd,40,,,,',
      'Alpha Ltd,Zeta Ltd,30,,,,,extra',
      'Alpha Ltd,"Eta Ltd,30',
    ].join('\n');
    const { message, details } = await refused(t, write('bad.csv', text));
    expect(message).toMatch(/^bad\.csv: line 2, percentage: "abc" is not a percentage/);
    expect(details).toEqual({
      'line 2, percentage': '"abc" is not a percentage (write a number from 0 to 100, such as 25 or 12.5)',
      'line 3, kind': '"partnership" is not a kind of link (use shareholding, joint venture, control agreement, VIE contract, board control)',
      'line 4, owner': 'a name is required',
      'line 5, owned': 'the owner and the owned party are the same',
      'line 6, start': '"2021-13-01": Not a real calendar date',
      'line 7, end': '2020 is before the start date, 2021-06-01',
      'line 9, owned': 'the same link (owner, owned, kind and start) as line 8',
      'line 10': "the row has more cells than the header's 7 columns",
      'line 11': 'a double quote (") is never closed',
    });
  });

  it('refuses a header it does not know, and a name two recorded parties bear', async () => {
    const t = testCore();
    expect((await refused(t, write('h.csv', 'owner,owned,share,kind\nA,B,30,\n'))).details).toEqual({ 'line 1, "share"': 'not a column of an ownership CSV (owner, owned, percentage, kind, start, end, source)' });
    expect((await refused(t, write('h2.csv', 'owned,percentage\nB,30\n'))).details).toEqual({ 'line 1, owner': 'the header has no "owner" column' });
    expect((await refused(t, write('h3.csv', 'owner,owned\n'))).details).toEqual({ 'line 2': 'the file has a header but no link to import' });
    await t.call('ownership.import', { file: t.pick(write('two.jsonl', `${company('x1', 'Twin Holdings')}\n${company('x2', 'TWIN HOLDINGS')}\n`)) });
    expect((await refused(t, write('twin.csv', 'owner,owned\nAlpha Ltd,Beta Ltd\nTwin Holdings,Beta Ltd\n'))).details).toEqual({
      'line 3, owner': '"Twin Holdings" names 2 parties already recorded; import their links as FollowTheMoney, by id',
    });
  });

  it('reads semicolon-separated CSV with decimal commas, and counts lines, not rows, past a quoted cell with a line break', async () => {
    const t = testCore();
    const semi = await t.call('ownership.import', { file: t.pick(write('semi.csv', 'owner;owned;percentage\nAlpha Ltd;Beta Ltd;12,5\n')) });
    expect(semi.links.created).toBe(1);
    expect(t.db.prepare('SELECT percentage FROM ownership_links').pluck().get()).toBe(12.5);
    const { details } = await refused(t, write('lines.csv', 'owner,owned,source\nAlpha Ltd,Beta Ltd,"Registry extract,\npage 2"\nAlpha Ltd,,\n'));
    expect(details).toEqual({ 'line 4, owned': 'a name is required' });
  });
});
