import { describe, expect, it } from 'vitest';
import { ScreeningIndex, type IndexedName } from '../../electron/core/screening/candidate-index';
import { containsHan, romaniseHan, toSimplified } from '../../electron/core/screening/chinese';
import { screen } from '../../electron/core/screening/matcher';
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

  it('a one-character industry word counts only at the end (阿里云), never inside a name (云从 is a brand)', () => {
    expect(tokens('阿里云')).toEqual(['ali', 'cloud']);
    expect(tokens('云从科技')).toEqual(['cloudwalk', 'technology']);
  });

  it('reads state enterprises and universities by the English name they use, which is a translation', () => {
    expect(tokens('中国核工业集团有限公司')).toEqual(tokens('China National Nuclear Corporation'));
    expect(tokens('中国兵器工业集团有限公司')).toEqual(tokens('China North Industries Group Corporation Limited'));
    expect(tokens('中国海洋石油集团有限公司')).toEqual(tokens('China National Offshore Oil Corporation'));
    expect(tokens('西北工业大学')).toEqual(tokens('Northwestern Polytechnical University'));
    expect(tokens('中芯国际集成电路制造有限公司')).toEqual(tokens('Semiconductor Manufacturing International Corporation'));
  });

  it('translates more industry and organisation words: 大学, 联合, 发动机', () => {
    expect(tokens('清华大学')).toEqual(['qinghua', 'university']);
    expect(tokens('中国联合网络通信集团有限公司')).toEqual(tokens('China United Network Communications Group Co., Ltd.'));
    expect(tokens('中国航空发动机集团有限公司')).toEqual(tokens('China Aviation Engine Group Co., Ltd'));
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
