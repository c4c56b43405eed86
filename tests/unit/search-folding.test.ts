// The vendor search and the core fold names alike: a spelling the search finds is one the core's name key
// (duplicates, allegations, the CLI's --name) also takes for the name, and the other way round. The search is the
// core's own (vendors.page), so this checks it against vendorNameKey on the spellings people type.
import { afterAll, describe, expect, it } from 'vitest';
import { vendorNameKey } from '../../electron/core/vendors/names';
import { testCore, vendorInput } from '../helpers';

/** [a vendor's name, what is typed, whether it is found]. */
const TABLE: [string, string, boolean][] = [
  ['ソニー', 'ｿﾆｰ', true], // half-width katakana
  ['ガス', 'ｶﾞｽ', true], // half-width with its voicing mark
  ['ガス', 'カス', false], // the voicing mark makes another word: kept, as the core keeps it
  ['ぱなそにっく', 'はなそにつく', false], // hiragana: marks and small kana kept
  ['ありがとう', 'アリガトウ', false], // hiragana and katakana are different spellings to both
  ['アリガトウ', 'アリガトウ', true],
  ['阿里云计算有限公司', '阿里云', true], // Chinese, found by its start
  ['阿里云', '阿里巴巴', false],
  ['Société Générale', 'societe generale', true], // accents on Latin letters
  ['ＡＢＣ Cloud', 'abc', true], // full-width Latin
  ['Straße Logistik GmbH', 'STRASSE', true], // full case folding
  ['AT&T Inc.', 'at&t', true], // punctuation
  ['Tech\u200Bnologies Ltd', 'technologies', true], // an invisible character
];

const t = testCore();
let created: Promise<unknown> | null = null;
const inventory = () =>
  (created ??= (async () => {
    for (const name of new Set(TABLE.map(([name]) => name))) await t.call('vendors.create', vendorInput({ legalName: name }));
  })());
afterAll(() => t.core.close());

describe('search folding', () => {
  it.each(TABLE)('%s, searched as %s: found is %s, in the search and in the core', async (name, typed, found) => {
    await inventory();
    const { rows } = await t.call('vendors.page', { query: typed, limit: 500 });
    const search = rows.some((r) => r.vendor.legalName === name);
    const core = vendorNameKey(typed).split(' ').every((word) => vendorNameKey(name).includes(word));
    expect({ search, core }).toEqual({ search: found, core: found });
  });
});
