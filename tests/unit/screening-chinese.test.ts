import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../electron/core/lists/entry';
import { readPrepared } from '../../electron/core/lists/prepare';
import { ScreeningIndex, type IndexedName } from '../../electron/core/screening/candidate-index';
import { containsHan, pinyinReading, romaniseHan, toSimplified } from '../../electron/core/screening/chinese';
import { LISTED_CHINESE_NAMES } from '../../electron/core/screening/chinese-names';
import { screen } from '../../electron/core/screening/matcher';
import { indexedName } from '../../electron/core/screening/entries';
import { normaliseName } from '../../electron/core/screening/normalise';

const tokens = (name: string): string[] => normaliseName(name).tokens;

const listed = (entryKey: string, name: string, kind: 'primary' | 'alias' = 'primary'): IndexedName => ({
  entryKey,
  listKey: 'dod-1260h',
  name,
  kind,
  countries: [],
  type: 'entity',
});

describe('Chinese script', () => {
  it('folds traditional to simplified', () => {
    expect(toSimplified('華為技術有限公司')).toBe('华为技术有限公司');
    expect(toSimplified('海康威視')).toBe('海康威视');
    expect(containsHan('NTT データ')).toBe(false);
    expect(containsHan('株式会社')).toBe(true);
  });

  it('reads 华为技术有限公司 as Huawei Technologies Co., Ltd.', () => {
    expect(normaliseName('华为技术有限公司')).toEqual(normaliseName('Huawei Technologies Co., Ltd.'));
    expect(normaliseName('華為技術有限公司')).toEqual(normaliseName('Huawei Technologies Co., Ltd.'));
  });

  it('reads place, distinctive name (pinyin, two characters a word), industry words and legal form', () => {
    expect(tokens('北京智谱华章科技有限公司')).toEqual(tokens('Beijing Zhipu Huazhang Technology Co., Ltd.'));
    expect(tokens('腾讯云计算（北京）有限责任公司')).toEqual(['tencent', 'cloud', 'computing', 'beijing']);
    expect(tokens('杭州深度求索人工智能基础技术研究有限公司')).toEqual([
      'hangzhou', 'shendu', 'qiusuo', 'artificial', 'intelligence', 'basic', 'technology', 'research',
    ]);
  });

  it('finds Hikvision only through the brand table: its pinyin is "haikang weishi"', () => {
    expect(tokens('杭州海康威视数字技术股份有限公司')).toEqual(tokens('Hangzhou Hikvision Digital Technology Co., Ltd.'));
    // Without the table entry the same characters read as plain pinyin, which no list spells.
    expect(romaniseHan('海康').text.trim()).toBe('haikang');
    expect(romaniseHan('威视').text.trim()).toBe('weishi');
  });

  it('a one-character industry word counts only at the end (华为云), never inside a name (云从 is a brand)', () => {
    expect(tokens('华为云')).toEqual(['huawei', 'cloud']);
    expect(tokens('云从科技')).toEqual(['cloudwalk', 'technology']);
  });

  it('reads 阿里云 as the Alibaba Cloud it trades as (matcher 2026.12-8)', () => {
    expect(tokens('阿里云计算有限公司')).toEqual(['alibaba', 'cloud', 'computing']);
  });

  it('reads state enterprises and universities by the English name they use, which is a translation', () => {
    expect(tokens('中国核工业集团有限公司')).toEqual(tokens('China National Nuclear Corporation'));
    expect(tokens('中国兵器工业集团有限公司')).toEqual(tokens('China North Industries Group Corporation Limited'));
    expect(tokens('中国海洋石油集团有限公司')).toEqual(tokens('China National Offshore Oil Corporation'));
    expect(tokens('西北工业大学')).toEqual(tokens('Northwestern Polytechnical University'));
    expect(tokens('中芯国际集成电路制造有限公司')).toEqual(tokens('Semiconductor Manufacturing International Corporation'));
    // Since 2026.12-10: NUDT under its full name and with the PLA's before it.
    expect(tokens('国防科学技术大学')).toEqual(tokens('National University of Defense Technology'));
    expect(tokens('中国人民解放军国防科技大学')).toEqual(tokens('National University of Defense Technology'));
  });

  it('translates more industry and organisation words: 大学, 联合, 发动机', () => {
    expect(tokens('清华大学')).toEqual(['qinghua', 'university']);
    expect(tokens('中国联合网络通信集团有限公司')).toEqual(tokens('China United Network Communications Group Co., Ltd.'));
    expect(tokens('中国航空发动机集团有限公司')).toEqual(tokens('China Aviation Engine Group Co., Ltd'));
    // Since matcher 2026.12-7.
    expect(tokens('宏图太阳能开发有限公司')).toEqual(['hongtu', 'solar', 'development']);
    expect(tokens('宏图激光电机')).toEqual(['hongtu', 'laser', 'motor']);
    expect(tokens('宏图进出口有限公司')).toEqual(tokens('Hongtu Import and Export Co., Ltd.'));
    expect(tokens('宏图测试技术研究中心')).toEqual(['hongtu', 'ceshi', 'technology', 'research', 'center']);
  });

  it('screens a vendor recorded only in Chinese against the English list names', () => {
    const index = ScreeningIndex.build([
      listed('huawei', 'Huawei Technologies Co., Ltd.'),
      listed('huawei', 'Huawei', 'alias'),
      listed('hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.'),
      listed('zhipu-like', 'Beijing Zhidao Chuangyu Information Technology Co., Ltd.'),
    ]);
    const hit = (name: string) => screen(index, { names: [{ name, via: 'name' }], countries: ['CN'] })[0];
    expect(hit('华为技术有限公司')).toMatchObject({ entryKey: 'huawei', band: 'match', listName: 'Huawei Technologies Co., Ltd.' });
    expect(hit('華為技術有限公司')).toMatchObject({ entryKey: 'huawei', band: 'match' });
    expect(hit('杭州海康威视数字技术股份有限公司')).toMatchObject({ entryKey: 'hikvision', band: 'match' });
    expect(hit('北京知道创宇信息技术股份有限公司')).toMatchObject({ entryKey: 'zhipu-like', band: 'match' });
  });
});

describe('the places a Chinese name begins with', () => {
  it('reads a city of the gazetteer that the place table lacks as a place, with or without 市', () => {
    expect(tokens('惠州宏图能源有限公司')).toEqual(['huizhou', 'hongtu', 'energy']);
    expect(tokens('惠州市宏图能源有限公司')).toEqual(['huizhou', 'hongtu', 'energy']);
    // Only at the start, and only with more of the name after it.
    expect(tokens('宏图惠州能源')).toEqual(['hongtu', 'huizhou', 'energy']);
  });

  it('screens the name without its leading places, whose country is the vendor’s', () => {
    const index = ScreeningIndex.build([{ ...listed('hongtu', 'Hongtu Energy Co., Ltd.'), countries: ['CN'] }]);
    const hit = (name: string) => screen(index, { names: [{ name, via: 'name' }], countries: [] })[0];
    expect(hit('惠州宏图能源股份有限公司')).toMatchObject({ entryKey: 'hongtu', band: 'match', score: 1 });
    expect(hit('惠州宏图能源股份有限公司')?.explanation.parts.countryEvidence).toBe('supports');
    // A name that would be left with trade words alone keeps its place (中国移动 is China Mobile).
    expect(screen(ScreeningIndex.build([listed('mobile', 'China Mobile Limited')]), { names: [{ name: '中国移动有限公司', via: 'name' }], countries: [] })[0])
      .toMatchObject({ entryKey: 'mobile', band: 'match' });
  });

  it('an acronym brand after 中国 reaches the match band against the 1260H list, whose companies are Chinese', () => {
    const entry = { type: 'entity' as const, countries: [] };
    const onList = (listKey: string) => ScreeningIndex.build([indexedName(entry, 'crrc', listKey, 'CRRC Corporation Limited', 'primary')]);
    const hit = (index: ScreeningIndex, name: string, countries: string[] = []) => screen(index, { names: [{ name, via: 'name' }], countries })[0];
    const dod = onList('dod-1260h');
    expect(hit(dod, '中国中车股份有限公司')).toMatchObject({ band: 'match' });
    expect(hit(dod, 'CRRC CORP LTD', ['CN'])).toMatchObject({ band: 'match' });
    expect(hit(dod, 'CRRC CORP LTD', ['CN'])?.explanation.text).toContain('its list names companies of CN, a country of the vendor');
    // The implied country supports and never opposes: the list also names American subsidiaries.
    expect(hit(dod, 'CRRC', ['US'])).toMatchObject({ band: 'review', score: hit(dod, 'CRRC')?.score });
    // Written out with the listed legal form, a four-letter acronym is the listed name (matcher 2026.12-8).
    expect(hit(dod, 'CRRC CORP LTD', ['US'])).toMatchObject({ band: 'match' });
    // A list that implies no country: the acronym alone stays a review.
    expect(hit(onList('trade-gov-csl'), '中国中车股份有限公司')).toMatchObject({ band: 'review' });
  });
});

describe('registered Chinese names of listed entities (chinese-names.ts)', () => {
  it('reads a listed company by its registered Chinese name as the English name the list prints', () => {
    expect(tokens('中航光电科技股份有限公司')).toEqual(tokens('AVIC JONHON Optronic Technology Co., Ltd.'));
    expect(tokens('东方网力科技股份有限公司')).toEqual(tokens('NetPosa Technologies, Ltd.'));
    expect(tokens('中电科网络安全科技股份有限公司')).toEqual(tokens('CETC Cyberspace Security Technology Co., Ltd.'));
    expect(tokens('中国航发动力股份有限公司')).toEqual(tokens('AECC Aviation Power Co. Ltd.'));
    expect(tokens('科大国盾量子技术股份有限公司')).toEqual(tokens('QuantumCTek Co., Ltd.'));
    expect(tokens('杭州海康微影传感科技有限公司')).toEqual(tokens('Hangzhou Hikmicro Sensing Technology Co.'));
    expect(tokens('中国电子科技集团有限公司第十四研究所')).toEqual(tokens('14th Research Institute of CETC'));
    // Traditional script is folded first: 華為終端 is 华为终端, "Huawei Device".
    expect(tokens('華為終端有限公司')).toEqual(tokens('Huawei Device Co., Ltd.'));
  });

  it('a longer registered name wins over a shorter brand inside it: 大疆百旺 is not DJI', () => {
    expect(tokens('深圳市大疆创新科技有限公司')).toEqual(tokens('Shenzhen DJI Innovation Technology Co., Ltd.'));
    expect(tokens('深圳市大疆百旺科技有限公司')).toEqual(tokens('Shenzhen Dajiang Baiwang Technology Co., Ltd.'));
    expect(tokens('中芯长电半导体（江阴）有限公司')).toEqual(tokens('SJ Semiconductor (Jiangyin) Corp.'));
  });

  it('screens vendors recorded only in Chinese against the English list names', () => {
    const index = ScreeningIndex.build([
      listed('jonhon', 'AVIC JONHON Optronic Technology Co., Ltd.'),
      listed('jonhon', 'AVIC Jonhon', 'alias'),
      listed('westone', 'CETC Cyberspace Security Technology Co., Ltd.'),
      listed('westone', 'Chen Du Westone Information Industry Co., Ltd.', 'alias'),
      listed('glarun', 'GLARUN Technology Co., Ltd.'),
    ]);
    const hit = (name: string) => screen(index, { names: [{ name, via: 'name' }], countries: ['CN'] })[0];
    expect(hit('中航光电科技股份有限公司')).toMatchObject({ entryKey: 'jonhon', band: 'match' });
    expect(hit('中电科网络安全科技股份有限公司')).toMatchObject({ entryKey: 'westone', band: 'match' });
    expect(hit('国睿科技股份有限公司')).toMatchObject({ entryKey: 'glarun', band: 'match' });
  });

  it('has no empty, duplicate, non-Chinese or traditional key, and every key reads as its own English name', () => {
    const keys = new Set<string>();
    for (const [zh, en, listKey, entryId] of LISTED_CHINESE_NAMES) {
      expect(zh.trim(), `${en}`).not.toBe('');
      expect(en.trim(), zh).not.toBe('');
      expect(listKey && entryId, zh).toBeTruthy();
      expect(zh, zh).toMatch(/^\p{Script=Han}+$/u);
      expect(toSimplified(zh), zh).toBe(zh);
      expect(keys.has(zh), `${zh} twice`).toBe(false);
      keys.add(zh);
      // Not shadowed by the curated tables or a legal form: the key alone romanises to exactly its English words.
      expect(romaniseHan(zh).text.trim().split(/\s+/), zh).toEqual(en.split(' '));
    }
  });

  it('every English name in the table is still printed by the list entry it was taken from', () => {
    const pack = path.resolve(__dirname, '../../assets/reference-pack');
    const manifest = JSON.parse(fs.readFileSync(path.join(pack, 'manifest.json'), 'utf8')) as {
      lists: { key: string; prepared: string; preparedSha256: string }[];
    };
    // Simple normalisation, independent of the matcher's: case, apostrophes, punctuation.
    const words = (s: string): string[] =>
      s.normalize('NFKC').toLowerCase().replace(/['’‘`´]/g, '').replace(/&/g, ' and ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const cited = new Set(LISTED_CHINESE_NAMES.map(([, , listKey]) => listKey));
    const printed = new Map<string, string[][]>(); // "list entryId" -> the words of each printed name
    for (const list of manifest.lists.filter((l) => cited.has(l.key))) {
      for (const [id, json] of readPrepared(path.join(pack, list.prepared), list.preparedSha256).rows) {
        const entry = JSON.parse(json) as ListEntry;
        printed.set(`${list.key} ${id}`, [entry.name, ...entry.aliases, ...(entry.weakAliases ?? [])].map(words));
      }
    }
    const dead = LISTED_CHINESE_NAMES.filter(([, en, listKey, entryId]) => {
      const names = printed.get(`${listKey} ${entryId}`) ?? [];
      return !names.some((name) => words(en).every((w) => name.includes(w)));
    });
    expect(dead).toEqual([]);
  }, 30_000);
});

describe('a listed Chinese name written in pinyin (matcher 2026.12-30)', () => {
  it('reads the pinyin of a brand or listed name of four syllables or more as the English the lists print', () => {
    expect(pinyinReading('Hangzhou Haikang Weishi Shuzi Jishu Gufen Youxian Gongsi')).toBe('hangzhou hikvision shuzi jishu gufen youxian gongsi');
    // However the words split the syllables, with or without tone marks.
    expect(pinyinReading('KEDA XUNFEI GUFEN YOUXIAN GONGSI')).toBe('iflytek gufen youxian gongsi');
    expect(pinyinReading('Hai Kang Wei Shi')).toBe('hikvision');
    expect(pinyinReading('HAIKANGWEISHI')).toBe('hikvision');
    expect(pinyinReading('Hǎikāng Wēishì')).toBe('hikvision');
    // The longest name wins: 中芯国际集成电路制造 over 中芯国际.
    expect(pinyinReading('Zhongxin Guoji Jicheng Dianlu Zhizao')).toBe('semiconductor manufacturing international');
    // Two syllables are an ordinary word as often as a name (大疆 "dajiang" is also 大江); a brand whose English is
    // its pinyin is read as it is; a word that only begins a name, or Chinese script, gets no pinyin reading.
    expect(pinyinReading('Dajiang Trading')).toBeNull();
    expect(pinyinReading('Alibaba Cloud')).toBeNull();
    expect(pinyinReading('Haikangweishiyun')).toBeNull();
    expect(pinyinReading('海康威视')).toBeNull();
  });

  it('finds the listed company, held in review: other Chinese names sound the same', () => {
    const index = ScreeningIndex.build([
      listed('hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.'),
      listed('iflytek', 'IFLYTEK Co., Ltd.'),
      listed('smic', 'Semiconductor Manufacturing International Corporation'),
      ...Array.from({ length: 50 }, (_, i) => listed(`filler-${i}`, `Filler${i} Trading Co., Ltd.`)),
    ]);
    const hit = (name: string) => screen(index, { names: [{ name, via: 'name' }], countries: [] })[0];
    for (const [name, entryKey] of [
      ['Hangzhou Haikang Weishi Shuzi Jishu Gufen Youxian Gongsi', 'hikvision'],
      ['KEDA XUNFEI GUFEN YOUXIAN GONGSI', 'iflytek'],
      ['Zhongxin Guoji Jicheng Dianlu Zhizao Youxian Gongsi', 'smic'],
    ] as const) {
      const found = hit(name);
      expect(found).toMatchObject({ entryKey, band: 'review' });
      expect(found?.explanation.parts.rule).toBe('pinyin');
      expect(found?.explanation.reading?.kind).toBe('pinyin');
      expect(found?.explanation.text).toContain('writes a listed Chinese name in pinyin, and was also read with the English the lists print for that name');
      expect(found?.explanation.text).toContain('so the hit is held in the review band');
    }
    // The name written as the lists print it is still a match.
    expect(hit('Hangzhou Hikvision Digital Technology Co Ltd')).toMatchObject({ entryKey: 'hikvision', band: 'match' });
  });
});
