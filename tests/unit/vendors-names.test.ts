import { describe, expect, it } from 'vitest';
import { nameScript, normaliseName } from '../../electron/core/vendors/names';

describe('normaliseName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseName('ACME, Inc.')).toBe('acme inc');
    expect(normaliseName('  Acmé   Inc ')).toBe('acme inc');
    expect(normaliseName('Société Générale S.A.')).toBe('societe generale s a');
    expect(normaliseName('A&B')).toBe(normaliseName('A & B'));
  });

  it('folds case fully and applies compatibility forms', () => {
    expect(normaliseName('Straße GmbH')).toBe(normaliseName('STRASSE GMBH'));
    expect(normaliseName('ＡＢＣ Ｌｔｄ')).toBe('abc ltd'); // full-width letters
    expect(normaliseName('İstanbul')).toBe('istanbul');
  });

  it('keeps CJK and other scripts intact, marks included', () => {
    expect(normaliseName('华为技术有限公司')).toBe('华为技术有限公司');
    expect(normaliseName('ガス株式会社')).toBe('ガス株式会社'); // the voiced mark is part of ガ
    expect(normaliseName('삼성전자')).toBe('삼성전자');
    expect(normaliseName('Йота')).toBe('йота'); // й is not и with an accent
  });

  it('returns an empty key for names without letters or digits', () => {
    expect(normaliseName(' .,; ')).toBe('');
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
