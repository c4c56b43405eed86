// OFAC legacy CSV sets (SDN and non-SDN consolidated), on the real reference files: whole files from the default
// pack, and an excerpt of the 2021-07-07 set (tests/fixtures/reference-data/SOURCES.md says how it was cut).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile, ParsedList } from '../../electron/core/lists/entry';
import { refFile as load, refPath, rejection } from './lists-fixtures';

const set = (dir: string, names: string[]) => names.map((n) => load(`${dir}/${n}`));


const byId = (list: ParsedList, id: string) => {
  const entry = list.entries.find((e) => e.entryId === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('OFAC SDN 2024-05-03 (sdn.csv alone)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles([load('ofac-sdn/2024-05-03/sdn.csv')]);
  });

  it('reads all 14,965 records as the SDN list', () => {
    expect(list.format).toBe('ofac-sdn-csv');
    expect(list.listKey).toBe('ofac-sdn');
    expect(list.entries).toHaveLength(14_965);
    expect(Math.max(...list.entries.map((e) => Number(e.entryId)))).toBe(48_907);
    expect(list.sourceUrl).toMatch(/^https:\/\/sanctionslist\.ofac\.treas\.gov\//);
  });

  it('maps SDN_Type, with "-0- " meaning entity', () => {
    const count = (t: string) => list.entries.filter((e) => e.type === t).length;
    expect([count('entity'), count('individual'), count('vessel'), count('aircraft')]).toEqual([6884, 6854, 851, 376]);
  });

  it('never lets a "-0-" null, a carriage return or the 0x1A end byte into a value', () => {
    const values = list.entries.flatMap((e) => [e.name, e.remarks ?? '', ...e.programmes, ...e.parents, ...e.countries]);
    expect(values.filter((v) => v.trim() === '-0-' || v.startsWith('-0- '))).toEqual([]);
    expect(byId(list, '36')).toMatchObject({ name: 'AEROCARIBBEAN AIRLINES', remarks: null, parents: [], countries: [] });
    expect(values.filter((v) => /[\r\u001a]/.test(v))).toEqual([]);
    // The last row sits right before CRLF + 0x1A and is read whole.
    const last = list.entries.at(-1)!;
    expect([last.entryId, last.name]).toEqual(['48907', 'UZAY GROUP DIS TICARET LIMITED SIRKETI']);
    expect(last.remarks).toMatch(/Registration Number 9855920 \(Turkey\)\.$/);
  });

  it('splits programmes, reads "Linked To" parents and countries from remarks', () => {
    const multi = list.entries.find((e) => e.programmes.join('|') === 'NPWMD|IFSR');
    expect(multi).toBeDefined();
    const linked = list.entries.find((e) => e.parents.includes('HIZBALLAH'));
    expect(linked?.remarks).toMatch(/Linked To: HIZBALLAH/);
    expect(byId(list, '48907').countries).toContain('TR');
  });

  it('has no as-of date of its own, and says what it knows', () => {
    expect(list.asOf).toBeNull();
    expect(list.asOfBasis).toMatch(/no publication date.*newest listing date in the remarks is 2022-02-24/);
  });

  it('warns that the add, alt and comments files are missing', () => {
    expect(list.warnings).toHaveLength(3);
    expect(list.warnings.join('\n')).toMatch(/sdn_comments\.csv[\s\S]*alt\.csv[\s\S]*add\.csv/);
  });
});

describe('OFAC SDN 2021-07-07 (set of four files, excerpt)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles(set('ofac-sdn/2021-07-07', ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv']));
  });

  it('reads the excerpt\'s 607 entries with every file in its role and no warnings', () => {
    expect(list.entries).toHaveLength(607);
    expect(list.sourceFiles).toEqual([
      { name: 'sdn.csv', role: 'primary', rows: 607 },
      { name: 'sdn_comments.csv', role: 'comments', rows: 5 },
      { name: 'alt.csv', role: 'aliases', rows: 1102 },
      { name: 'add.csv', role: 'addresses', rows: 1297 },
    ]);
    expect(list.warnings).toEqual([]);
  });

  it('joins aliases from alt.csv and addresses from add.csv to their entry', () => {
    const entry = byId(list, '36');
    expect(entry).toMatchObject({ name: 'AEROCARIBBEAN AIRLINES', type: 'entity', aliases: ['AERO-CARIBBEAN'], addresses: ['Havana, Cuba'], countries: ['CU'], programmes: ['CUBA'] });
  });

  it('continues remarks cut off in sdn.csv with sdn_comments.csv, mid-word, before reading parents from them', () => {
    const entry = byId(list, '12300');
    expect(entry.remarks).toContain('Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL INMOBILIARIA');
    expect(entry.parents).toContain('PROMO RAIZ S.A.S.');
    // These parents exist only in the continuation.
    expect(entry.parents).toContain('R D I S.A.');
    expect(entry.parents).toContain('FUNDACION OKCOFFEE COLOMBIA');
  });

  it('keeps "fka" names as aliases and takes an "nka" name as the current one', () => {
    const entry = byId(list, '8244');
    expect(entry.status).toBe('listed');
    expect(entry.renamedTo).toBe('NUEVO CONTINENTE S.A.');
    expect(entry.aliases).toEqual(expect.arrayContaining(['NUEVO CONTINENTE S.A.', 'WWW.NUEVOCONTINENTE.COM.PE']));
  });

  it('keeps the weak aliases given only in the remarks apart from the aliases', () => {
    const entry = byId(list, '306');
    expect(entry.weakAliases).toEqual(['BNC']);
    expect(entry.aliases).not.toContain('BNC');
    // An entry without them has no such field, so its stored form (and hash) is as before.
    expect(byId(list, '36')).not.toHaveProperty('weakAliases');
  });
});

describe('OFAC non-SDN consolidated 2025-12-19 (cons_ set)', () => {
  let list: ParsedList;
  beforeAll(async () => {
    list = await parseListFiles(set('ofac-consolidated-non-sdn/2025-12-19', ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv']));
  });

  it('is recognised as the non-SDN list and has 442 entries, 68 of them NS-CMIC', () => {
    expect(list.format).toBe('ofac-consolidated-csv');
    expect(list.listKey).toBe('ofac-non-sdn');
    expect(list.entries).toHaveLength(442);
    const cmic = list.entries.filter((e) => e.programmes.includes('CMIC-EO13959'));
    expect(cmic).toHaveLength(68);
    expect(cmic.every((e) => e.subList === 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)')).toBe(true);
    expect(list.entries.filter((e) => e.subList === 'Sectoral Sanctions Identifications List (SSI)')).toHaveLength(286);
    expect(list.warnings).toEqual([]);
  });

  it('gives China Telecom its listing date, parent, aliases, address and country', () => {
    expect(byId(list, '30882')).toMatchObject({
      name: 'CHINA TELECOM CORPORATION LIMITED',
      type: 'entity',
      listedDate: '2021-06-03',
      parents: ['CHINA TELECOMMUNICATIONS CORPORATION'],
      aliases: ['CHINA TELECOM', 'CHINA TELECOM CO., LTD', 'CHINA TELECOM CORP LTD'],
      addresses: ['31 Jinrong Street, Xicheng District, Beijing 100033, China'],
      countries: ['CN'],
    });
  });

  it('keeps the space at either side of a remark split between cons_prim and cons_comments', () => {
    expect(list.entries.find((e) => e.remarks?.includes('Government Gazette Number 00044463'))).toBeDefined();
    expect(byId(list, '30930').remarks).toMatch(/91110000710934369E \(China\); a\.k\.a\. 'CCCC'\.$/);
    expect(byId(list, '30930').weakAliases).toContain('CCCC');
  });

  it('dates the data no later than its newest listing', () => {
    expect(list.asOf).toBeNull();
    expect(list.asOfBasis).toMatch(/newest listing date in the remarks is \d{4}-\d{2}-\d{2}/);
  });
});

describe('OFAC file sets that are incomplete or damaged', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-ofac-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A copy of a reference file with one line changed, read back as a ListFile. */
  function corrupt(rel: string, change: (lines: string[]) => void, name = path.basename(rel)): ListFile {
    const lines = fs.readFileSync(refPath(rel), 'latin1').split('\r\n');
    change(lines);
    const target = path.join(dir, name);
    fs.writeFileSync(target, lines.join('\r\n'), 'latin1');
    return { name, bytes: new Uint8Array(fs.readFileSync(target)) };
  }

  it('rejects a set without its primary file, naming what is missing', async () => {
    const error = await rejection(parseListFiles(set('ofac-sdn/2025-12-24-partial', ['add.csv', 'alt.csv', 'sdn_comments.csv'])));
    expect(error.message).toMatch(/"add\.csv" \(add\.csv-shaped\), "alt\.csv" \(alt\.csv-shaped\), "sdn_comments\.csv" \(sdn_comments\.csv-shaped\) has no primary list file \(sdn\.csv/);
  });

  it('warns when alias or address rows belong to entries of another download', async () => {
    const list = await parseListFiles([load('ofac-sdn/2021-07-07/sdn.csv'), load('ofac-sdn/2025-12-24-partial/alt.csv')]);
    expect(list.warnings.find((w) => w.includes('refer to entry numbers'))).toMatch(/^\d+ row\(s\) of "alt\.csv" refer to entry numbers that are not in "sdn\.csv"/);
  });

  it('rejects a row with a missing column in the middle, with line and column', async () => {
    let line = 0;
    const file = corrupt('ofac-sdn/2024-05-03/sdn.csv', (lines) => {
      const index = lines.findIndex((l, i) => i >= 99 && l.endsWith(',-0- '));
      lines[index] = lines[index]!.slice(0, -',-0- '.length);
      line = index + 1;
    });
    const error = await rejection(parseListFiles([file]));
    expect(line).toBeGreaterThanOrEqual(100);
    expect(error.message).toMatch(new RegExp(`^"sdn\\.csv", line ${line}, column \\d+: This row has 11 columns where 12 are expected\\.`));
  });

  it('rejects a stray quote in the middle, with line and column', async () => {
    const file = corrupt('ofac-sdn/2021-07-07/sdn.csv', (lines) => {
      lines[4] = lines[4]!.replace('"CASA DE CUBA"', '"CASA "DE" CUBA"');
    });
    const error = await rejection(parseListFiles([file]));
    expect(error.message).toMatch(/^"sdn\.csv", line 5, column 12: This row has text right after a closing double quote/);
  });

  it('rejects an entry number that is not a number', async () => {
    const file = corrupt('ofac-sdn/2021-07-07/sdn.csv', (lines) => {
      lines[2] = lines[2]!.replace(/^306,/, '3O6,');
    });
    // The first rows decide the format, so break a row after them.
    const late = corrupt('ofac-sdn/2021-07-07/sdn.csv', (lines) => {
      lines[500] = lines[500]!.replace(/^\d+,/, 'X1,');
    });
    expect((await rejection(parseListFiles([late]))).message).toMatch(/^"sdn\.csv", line 501, column 1: The entry number "X1" is not a number/);
    // A broken id among the first rows makes the file unrecognisable instead.
    expect((await rejection(parseListFiles([file]))).message).toMatch(/not one of the list formats/);
  });

  it('skips a cut-off last row with a warning and keeps the rest', async () => {
    const full = fs.readFileSync(refPath('ofac-sdn/2021-07-07/sdn.csv'));
    const cut = full.subarray(0, full.length - 40);
    const list = await parseListFiles([{ name: 'sdn.csv', bytes: new Uint8Array(cut) }]);
    expect(list.entries).toHaveLength(606);
    expect(list.warnings[0]).toMatch(/^"sdn\.csv": the last row \(line 607\) was cut off and was skipped/);
  });

  it('rejects two primary files in one import', async () => {
    const error = await rejection(parseListFiles([load('ofac-sdn/2021-07-07/sdn.csv'), load('ofac-sdn/2024-05-03/sdn.csv', 'sdn2.csv')]));
    expect(error.message).toMatch(/"sdn\.csv" and "sdn2\.csv" are the same kind of OFAC file \(primary\)/);
  });
});
