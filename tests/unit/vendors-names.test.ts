import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameScript, vendorNameKey } from '../../electron/core/vendors/names';

describe('vendorNameKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(vendorNameKey('ACME, Inc.')).toBe('acme inc');
    expect(vendorNameKey('  Acmé   Inc ')).toBe('acme inc');
    expect(vendorNameKey('Société Générale S.A.')).toBe('societe generale s a');
    expect(vendorNameKey('A&B')).toBe(vendorNameKey('A & B'));
  });

  it('folds case fully and applies compatibility forms', () => {
    expect(vendorNameKey('Straße GmbH')).toBe(vendorNameKey('STRASSE GMBH'));
    expect(vendorNameKey('ＡＢＣ Ｌｔｄ')).toBe('abc ltd'); // full-width letters
    expect(vendorNameKey('İstanbul')).toBe('istanbul');
  });

  it('keeps CJK and other scripts intact, marks included', () => {
    expect(vendorNameKey('华为技术有限公司')).toBe('华为技术有限公司');
    expect(vendorNameKey('ガス株式会社')).toBe('ガス株式会社'); // the voiced mark is part of ガ
    expect(vendorNameKey('삼성전자')).toBe('삼성전자');
    expect(vendorNameKey('Йота')).toBe('йота'); // й is not и with an accent
  });

  it('removes invisible format characters, so a zero-width space or soft hyphen hides no duplicate', () => {
    expect(vendorNameKey('Huawei Tech\u200Bnologies Co., Ltd.')).toBe(vendorNameKey('Huawei Technologies Co., Ltd.'));
    expect(vendorNameKey('Hua\u00ADwei \u202ETech\u202C')).toBe('huawei tech');
  });

  it('returns an empty key for names without letters or digits', () => {
    expect(vendorNameKey(' .,; ')).toBe('');
  });

  it('gives ASCII names the key the full Unicode steps give (its fast path changes nothing)', () => {
    const full = (name: string) =>
      name
        .normalize('NFKC')
        .toUpperCase()
        .toLowerCase()
        .normalize('NFD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
        .replace(/[\p{P}\p{S}]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim();
    let all = '';
    for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
    expect(vendorNameKey(all)).toBe(full(all));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...all) }), (name) => vendorNameKey(name) === full(name)), { numRuns: 2000 });
  });
});

describe('nameScript', () => {
  it('classifies Latin names, with or without accents, as latin', () => {
    expect(nameScript('Acme Inc.')).toBe('latin');
    expect(nameScript('Société Générale')).toBe('latin');
    expect(nameScript('3M')).toBe('latin');
  });

  it('classifies any non-Latin letter as other', () => {
    expect(nameScript('华为')).toBe('other');
    expect(nameScript('Яндекс')).toBe('other');
    expect(nameScript('Acme 日本')).toBe('other');
  });
});
