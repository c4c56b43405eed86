// UN Security Council consolidated list (XML), on the real 2026-02-27 file.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListFile, ParsedList } from '../../electron/core/lists/entry';
import { parseUnXml } from '../../electron/core/lists/un-xml';
import { refPath, rejection } from './lists-fixtures';

const XML = refPath('un-security-council/2026-02-27/UN_consolidated.xml');
const text = () => fs.readFileSync(XML, 'utf8');
const file = (content: string, name = 'UN_consolidated.xml'): ListFile => ({ name, bytes: new TextEncoder().encode(content) });


describe('UN Security Council consolidated list 2026-02-27', () => {
  let list: ParsedList;
  const progress: [number, number][] = [];
  beforeAll(async () => {
    list = await parseListFiles([file(text())], { onProgress: (done, total) => progress.push([done, total]) });
  });

  it('reads 730 individuals and 273 entities, dated by dateGenerated', () => {
    expect(list.format).toBe('un-sc-xml');
    expect(list.entries.filter((e) => e.type === 'individual')).toHaveLength(730);
    expect(list.entries.filter((e) => e.type === 'entity')).toHaveLength(273);
    expect(list.asOf).toBe('2026-02-27');
    expect(list.warnings).toEqual([]);
  });

  it('joins an individual\'s name parts and reads nationality, listing and programme', () => {
    expect(list.entries.find((e) => e.entryId === '6907993')).toMatchObject({
      name: 'ERIC BADEGE',
      type: 'individual',
      countries: ['CD', 'RW'],
      programmes: ['DRC'],
      listedDate: '2012-12-31',
      addresses: ['Rwanda, as of early 2016'],
    });
  });

  it('reads an entity with its a.k.a. and f.k.a. aliases', () => {
    const adf = list.entries.find((e) => e.entryId === '6908402');
    expect(adf).toMatchObject({
      name: 'ADF',
      aliases: ['Allied Democratic Forces', 'Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda', 'ADF/NALU', 'NALU'],
      countries: ['CD'],
      listedDate: '2014-06-30',
    });
    expect(adf?.remarks).toMatch(/^UN reference CDe\.001\.\nADF founder and leader/);
  });

  it('takes names in the original script as aliases', () => {
    expect(list.entries.some((e) => e.aliases.includes('صدام حسين التكريتي'))).toBe(true);
  });

  it('reports progress through the file', () => {
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
  });

  it('rejects a truncated file with line and column', async () => {
    const whole = text();
    const error = await rejection(parseListFiles([file(whole.slice(0, Math.floor(whole.length / 2)))]));
    expect(error.message).toMatch(/^"UN_consolidated\.xml", line \d+, column \d+: The XML is not well-formed/);
  });

  it('rejects broken markup in the middle, at its line', async () => {
    const lines = text().split('\n');
    const at = lines.findIndex((l, i) => i > 1000 && l.includes('<FIRST_NAME>'));
    lines[at] = lines[at]!.replace('</FIRST_NAME>', '</FIRSTNAME>');
    const error = await rejection(parseListFiles([file(lines.join('\n'))]));
    expect(error.message).toMatch(new RegExp(`^"UN_consolidated\\.xml", line ${at + 1}, column \\d+: The XML is not well-formed`));
  });

  it('rejects XML that is not the UN list', async () => {
    expect((await rejection(parseUnXml(file('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')))).message).toMatch(/^"books\.xml", line 1: .*<catalog> document/);
    expect((await rejection(parseListFiles([file('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')]))).message).toMatch(/root element is <catalog>/);
  });
});
