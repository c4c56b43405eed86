import { describe, expect, it } from 'vitest';
import { correctKnownWord } from '../../electron/core/screening/known-words';
import { stripLegalForms } from '../../electron/core/screening/legal-forms';
import { foldText, normaliseName } from '../../electron/core/screening/normalise';

const tokens = (name: string): string[] => normaliseName(name).tokens;

describe('foldText', () => {
  it('applies NFKC: full-width letters, digits and spaces', () => {
    expect(foldText('ＨＵＡＷＥＩ　ＴＥＣＨ　３６０')).toBe('huawei tech 360');
  });

  it('folds case fully, including letters that have no one-letter lower case', () => {
    expect(foldText('STRASSE')).toBe(foldText('Straße'));
    expect(foldText('İSTANBUL')).toBe('istanbul');
  });

  it('removes diacritics and spells out letters NFD cannot split', () => {
    expect(foldText('Société Générale Ångström Łódź Ørsted')).toBe('societe generale angstrom lodz orsted');
  });

  it('reads "&" as "and", joins apostrophes, and turns other punctuation into spaces', () => {
    expect(foldText('Johnson & Johnson')).toBe('johnson and johnson');
    expect(foldText("AVIC Xi’an / Xi'an")).toBe('avic xian xian');
    expect(foldText('Micro-Fabrication (Beijing), Inc.')).toBe('micro fabrication beijing inc');
  });

  it('keeps dotted initialisms as one word', () => {
    expect(foldText('S.A. de C.V.')).toBe('sa de cv');
    expect(foldText('U.S.A. S.p.A')).toBe('usa spa');
  });

  it('reads initials written apart, as vendor masters keep them without their dots, as one word (matcher 2026.12-5)', () => {
    expect(foldText('P C C SINGAPORE PRIVATE LIMITED')).toBe('pcc singapore private limited');
    expect(tokens('P C C SINGAPORE PRIVATE LIMITED')).toEqual(tokens('P.C.C. (SINGAPORE) PRIVATE LIMITED'));
    expect(tokens('A A M PEIJNENBURG HOLDING BV')).toEqual(tokens('A.A.M. Peijnenburg Holding B.V.'));
    // Written so, a short legal form is one wherever it stands, as a dotted one is.
    expect(tokens('THAINGUI S A L OFFSHORE')).toEqual(tokens('THAINGUI S.A.L. OFFSHORE'));
    expect(tokens('Acme Sp z o o')).toEqual(['acme']);
    // A person's initials with their dots and spaces stay apart, and a single letter is no run.
    expect(foldText('Named after S. A. Lavochkin')).toBe('named after s a lavochkin');
    expect(foldText('Ali A Hassan')).toBe('ali a hassan');
  });

  it('transliterates Cyrillic and Greek', () => {
    expect(foldText('ООО "Ромашка"')).toBe('ooo romashka');
    expect(foldText('Щука Жизнь')).toBe('shchuka zhizn');
    expect(foldText('ΑΘΗΝΑ')).toBe('athina');
  });

  it('separates a Latin word glued to kana, and keeps kana intact', () => {
    expect(foldText('NTTデータ')).toBe('ntt データ');
  });
});

describe('legal forms', () => {
  const forms = (name: string): string[] => normaliseName(name).legalForms;

  it('English: Co., Ltd., Limited, LLC, Inc., Corp., PLC, Company', () => {
    expect(normaliseName('Huawei Technologies Co., Ltd.')).toMatchObject({ tokens: ['huawei', 'technology'], legalForms: ['ltd'] });
    expect(tokens('Acme Limited')).toEqual(['acme']);
    expect(tokens('Acme LLC')).toEqual(['acme']);
    expect(tokens('Acme, Inc.')).toEqual(['acme']);
    expect(tokens('Acme Corp.')).toEqual(['acme']);
    expect(tokens('Acme plc')).toEqual(['acme']);
    expect(tokens('Aviation Industry Corporation of China')).toEqual(['aviation', 'industry', 'china']);
  });

  it('Turkish: Anonim Şirketi, Limited Şirketi, Ltd. Şti., and trade words of register names (matcher 2026.12-5)', () => {
    expect(normaliseName('BSB GRUP INTERNET VE YAPAY ZEKA TEKNOLOJILERI ANONIM SIRKETI')).toEqual(normaliseName('BSB GRUP INTERNET VE YAPAY ZEKA TEKNOLOJILERI AS'));
    expect(normaliseName('Asay İç ve Dış Ticaret Ltd. Şti.')).toMatchObject({ tokens: ['asay', 'ic', 'dis', 'trading'], legalForms: ['ltd'] });
    expect(normaliseName('ASAY IC VE DIS TICARET LIMITED SIRKETI').tokens).toEqual(tokens('Asay İç ve Dış Ticaret Ltd. Şti.'));
    expect(tokens('Aselsan Elektronik Sanayi ve Ticaret A.Ş.')).toEqual(['aselsan', 'electronic', 'industry', 'trading']);
    // "San. ve Tic.", as registers abbreviate it, is the same (matcher 2026.12-7); "San" alone is another word.
    expect(tokens('ASELSAN ELEKTRONIK SAN. VE TIC. A.S.')).toEqual(tokens('Aselsan Elektronik Sanayi ve Ticaret A.Ş.'));
    expect(tokens('ASELSAN ELEKTRONIK SAN TIC AS')).toEqual(tokens('Aselsan Elektronik Sanayi ve Ticaret A.Ş.'));
    expect(tokens('San Diego Tic Systems')).toEqual(['san', 'diego', 'tic', 'system']);
  });

  it('more Russian words as registers transliterate them, read as the English the lists print (matcher 2026.12-7)', () => {
    expect(tokens('AO KONTSERN RADIOELEKTRONNYE TEKHNOLOGII')).toEqual(tokens('CONCERN RADIO-ELECTRONIC TECHNOLOGIES'));
    expect(tokens('GOSKORPORATSIYA ZARYA')).toEqual(tokens('STATE CORPORATION ZARYA'));
    // The surname after "imeni" in the nominative, as the lists' English prints it (since 2026.12-12).
    expect(tokens('ZAVOD IMENI ZARYANOVA')).toEqual(['plant', 'named', 'after', 'zaryanov']);
    expect(new Set(tokens('ZARYANOVA PLANT NAMED AFTER'))).toEqual(new Set(tokens('ZAVOD IMENI ZARYANOVA')));
    // "Im." inside a name, before a surname in the genitive, reads the same; elsewhere it is a word.
    expect(tokens('AO ZAVOD IM. M.I. KALININA')).toEqual(['plant', 'named', 'after', 'mi', 'kalinin']);
    expect(tokens('AO GOS MKB WYMPEL IM TOROPOWA')).toEqual(['gos', 'mkb', 'wympel', 'named', 'after', 'toropow']);
    expect(tokens('ZELENODOLSKIY ZAVOD IMENI GORKOGO')).toEqual(['zelenodolskiy', 'plant', 'named', 'after', 'gorkiy']);
    expect(tokens('ACME IM EXPORT')).toEqual(['acme', 'im', 'export']);
    // "Scientific research" is "research", as the lists translate NII both ways (since 2026.12-19).
    expect(tokens('CENTRAL SCIENTIFIC RESEARCH INSTITUTE OF CHEMISTRY')).toEqual(tokens('Central Research Institute of Chemistry'));
    expect(tokens('NAUCHNO-ISSLEDOVATELSKIY INSTITUT KRISTALL')).toEqual(['research', 'institute', 'kristall']);
    expect(tokens('SCIENTIFIC INDUSTRIAL RESEARCH CENTER')).toContain('scientific');
    // Not "ticaret" (trade): the Algerian city Tiaret is one letter from it, and would be read as "trading".
    expect(tokens('Tiaret')).toEqual(['tiaret']);
    expect(tokens('Baykar Teknoloji')).toEqual(['baykar', 'technology']);
  });

  it('Gulf, Polish, Brazilian, Baltic, Albanian, Kazakh, Omani and Mexican forms (matcher 2026.12-6)', () => {
    expect(normaliseName('Zorbaxia Trading W.L.L.')).toMatchObject({ tokens: ['zorbaxia', 'trading'], legalForms: ['ltd'] });
    expect(tokens('Zorbaxia Sp. z o.o.')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia Spolka z Ograniczona Odpowiedzialnoscia')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia Spolka Akcyjna')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia EIRELI')).toEqual(['zorbaxia']);
    expect(tokens('UAB Zorbaxia')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia SIA')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia OU')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia SH.P.K.')).toEqual(['zorbaxia']);
    expect(tokens('TOO Zorbaxia')).toEqual(['zorbaxia']);
    expect(tokens('PrAT Zorbaxia')).toEqual(['zorbaxia']);
    expect(tokens('Zorbaxia SAOC')).toEqual(['zorbaxia']);
    expect(normaliseName('Zorbaxia, S.A.P.I. de C.V.')).toMatchObject({ tokens: ['zorbaxia'], legalForms: ['jsc'] });
    expect(normaliseName('Zorbaxia Consulting Limited Liability Partnership')).toMatchObject({ tokens: ['zorbaxia', 'consulting'], legalForms: ['lp'] });
    // Short forms that are also words are taken only at an edge of the name.
    expect(tokens('Me Too Apparel')).toEqual(['me', 'too', 'apparel']);
  });

  it('a private joint-stock company (matcher 2026.12-5)', () => {
    expect(normaliseName('BUNYAN DAMASCUS PRIVATE JOINT STOCK COMPANY')).toMatchObject({ tokens: ['bunyan', 'damascus'], legalForms: ['jsc'] });
    expect(tokens('Aman Holding Private JSC')).toEqual(['aman', 'holding']);
  });

  it('German: GmbH, AG, GmbH & Co. KG', () => {
    expect(tokens('Hetzner Online GmbH')).toEqual(['hetzner', 'online']);
    expect(tokens('Siemens AG')).toEqual(['siemens']);
    expect(normaliseName('Phoenix Contact GmbH & Co. KG')).toMatchObject({ tokens: ['phoenix', 'contact'], legalForms: ['ltd', 'co', 'lp'] });
  });

  it('French and Spanish: S.A., SAS, SARL, S.A. de C.V.', () => {
    expect(tokens('Mistral AI SAS')).toEqual(['mistral', 'ai']);
    expect(tokens('Orange S.A.')).toEqual(['orange']);
    expect(tokens('Dupont SARL')).toEqual(['dupont']);
    expect(tokens('Real Estates & Holiday Cities, S.A. de C.V.')).toEqual(['real', 'estates', 'holiday', 'cities']);
  });

  it('short forms that are also words count only at the edges, unless written with dots', () => {
    expect(tokens('SA Power Networks')).toEqual(['sa', 'power', 'network']);
    expect(tokens('S.A. Cimex')).toEqual(['cimex']);
    expect(tokens('Marine S.A. Melfi')).toEqual(['marine', 'melfi']);
  });

  it('Russian, transliterated: OOO, AO, ZAO, PAO, and the long forms in any order', () => {
    expect(tokens('OOO Romashka')).toEqual(['romashka']);
    expect(tokens('Transneft, PAO')).toEqual(['transneft']);
    expect(tokens('AO Kaspersky Lab')).toEqual(['kaspersky', 'laboratory']);
    expect(tokens('Obshchestvo s Ogranichennoi Otvetstvennostyu Tekhnosoft')).toEqual(['tekhnosoft']);
    expect(tokens('Tekhnosoft Obshchestvo s Ogranichennoi Otvetstvennostyu')).toEqual(['tekhnosoft']);
    // Reordered, the phrase no longer reads as one; its words still go, the preposition "s" stays (it weighs little).
    expect(tokens('Ogranichennoi Otvetstvennostyu Tekhnosoft Obshchestvo S')).toEqual(['tekhnosoft', 's']);
    expect(tokens('Otkrytoe Aktsionernoe Obshchestvo Bank Rossiya')).toEqual(['bank', 'rossiya']);
  });

  it('the Russian long forms as other romanisations spell them (matcher 2026.12-8)', () => {
    expect(normaliseName('Obschestvo s Ogranichennoj Otvetstvennostju Neobit')).toMatchObject({ tokens: ['neobit'], legalForms: ['ltd'] });
    expect(normaliseName('OBSHESTVO S OGRANICHENOY OTVETSTVENOSTYU NEOBIT')).toMatchObject({ tokens: ['neobit'], legalForms: ['ltd'] });
    expect(tokens('Akcionernoe Obschestvo Pasit')).toEqual(['pasit']);
    expect(tokens('Zakrytoye Aktsionernoye Obshchestvo Pasit')).toEqual(['pasit']);
  });

  it('Chinese and Japanese: 有限公司, 股份有限公司, 有限责任公司, 集团, 株式会社', () => {
    expect(forms('华为技术有限公司')).toEqual(['ltd']);
    expect(forms('杭州海康威视数字技术股份有限公司')).toEqual(['jsc']);
    expect(forms('腾讯云计算（北京）有限责任公司')).toEqual(['ltd']);
    expect(normaliseName('商汤集团股份有限公司')).toMatchObject({ tokens: ['sensetime'], legalForms: ['group', 'jsc'] });
    expect(normaliseName('株式会社NTTデータグループ')).toMatchObject({ tokens: ['ntt', 'データグループ'], legalForms: ['jsc'] });
  });

  it('canonicalises equivalent forms across languages', () => {
    expect(forms('Acme GmbH')).toEqual(forms('Acme Ltd'));
    expect(forms('Acme OOO')).toEqual(forms('Acme LLC'));
    expect(forms('Acme AG')).toEqual(forms('Acme JSC'));
    expect(forms('华为有限公司')).toEqual(forms('Huawei Co., Ltd.'));
  });

  it('never strips a name down to nothing', () => {
    expect(normaliseName('Group Limited').tokens).toEqual(['group']);
    expect(stripLegalForms(['limited'])).toEqual({ tokens: ['limited'], forms: [] });
  });

  it('recognises a misspelt long legal-form word', () => {
    expect(tokens('Mateas Limted')).toEqual(['mateas']);
    expect(tokens('Rishmak Compnay')).toEqual(['rishmak']);
    expect(correctKnownWord('limitless')).toBe('limitless');
  });
});

describe('abbreviations and stop words', () => {
  it('Tech, Intl, Corp, Co, Mfg, Hldgs and plurals read as one word', () => {
    expect(tokens('Global Tech Intl Corp')).toEqual(tokens('Global Technologies International Corporation'));
    expect(tokens('Acme Mfg Co')).toEqual(tokens('Acme Manufacturing Company'));
    expect(tokens('Acme Hldgs')).toEqual(tokens('Acme Holdings'));
    expect(tokens('Acme Systems')).toEqual(['acme', 'system']);
  });

  it('drops words that carry no identity, and counts a repeated word once', () => {
    expect(tokens('Bank of America')).toEqual(['bank', 'america']);
    expect(tokens('The Hartford')).toEqual(['hartford']);
    expect(tokens('Aerospace CH UAV Co., Ltd (CH UAV)')).toEqual(['aerospace', 'ch', 'uav']);
  });

  it('reads a misspelt dictionary word as that word', () => {
    expect(tokens('Positive Technolgies')).toEqual(['positive', 'technology']);
    expect(tokens('China Nanional Nuclear')).toEqual(['china', 'national', 'nuclear']);
  });

  it('reads the abbreviations of vendor masters: Trdg, Inv, Inds, Hldgs, Svcs, Natl, Ctr', () => {
    expect(tokens('Shenzhen Trdg. Co.')).toEqual(tokens('Shenzhen Trading Co'));
    expect(tokens('Pishro Financial and Inv. Co.')).toEqual(tokens('Pishro Financial and Investment Company'));
    expect(tokens('Acme Inds Hldgs Svcs Natl Ctr')).toEqual(tokens('Acme Industries Holdings Services National Center'));
  });

  it('keeps an abbreviation of two words (Elec, Comm, Mach) as written, for the matcher to read either way', () => {
    expect(tokens('Nanjing Panda Elec Co Ltd')).toEqual(['nanjing', 'panda', 'elec']);
    expect(tokens('Scott Comm, Inc.')).toEqual(['scott', 'comm']);
    expect(tokens('China Precision Mach. Import-Export Corp.')).toEqual(['china', 'precision', 'mach', 'import', 'export']);
  });

  it('keeps "el", which on the lists is mostly part of a name ("EL NICE"), not an article', () => {
    expect(tokens('EL NICE')).toEqual(['el', 'nice']);
    expect(tokens('Banco de la Nacion')).toEqual(['banco', 'nacion']);
  });

  it("reads a country's adjective as the country", () => {
    expect(tokens('Iraqi Trade Center')).toEqual(tokens('Iraq Trade Center'));
    expect(tokens('Chinese Academy of Sciences')).toEqual(['china', 'academy', 'science']);
  });

  it('remembers how a word read as another was written, but not abbreviations and inflections', () => {
    expect(normaliseName('LLC Tellur Elektroniks').respelt).toEqual([{ written: 'elektroniks', token: 'electronic' }]);
    expect(normaliseName('Afghan-German Construction').respelt).toEqual([{ written: 'german', token: 'germany' }]);
    expect(normaliseName('Global Intl Technologies Centre').respelt).toEqual([]);
  });
});
