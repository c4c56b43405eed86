// The vendor search (renderer) and the core fold names alike: a spelling the search finds is one the core's name key
// (duplicates, allegations, the CLI's --name) also takes for the name, and the other way round.
import { describe, expect, it } from 'vitest';
import type { Vendor } from '../../electron/core/contract';
import { vendorNameKey } from '../../electron/core/vendors/names';
import { filterVendors, NO_FILTERS } from '../../renderer/src/vendors/vendorList';

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

describe('search folding', () => {
  it.each(TABLE)('%s, searched as %s: found is %s, in the search and in the core', (name, typed, found) => {
    const vendor = { id: 'v', legalName: name, otherNames: [] } as unknown as Vendor;
    const ui = filterVendors([vendor], typed, NO_FILTERS, {}).length === 1;
    const core = vendorNameKey(typed).split(' ').every((word) => vendorNameKey(name).includes(word));
    expect({ ui, core }).toEqual({ ui: found, core: found });
  });
});
