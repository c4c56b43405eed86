// Chinese script to the Latin words the designation lists use. The lists write Chinese companies in English
// ("Hangzhou Hikvision Digital Technology Co., Ltd."), while vendor records often carry only the registered
// Chinese name (杭州海康威视数字技术股份有限公司). A Chinese company name is: place + distinctive name (字号) +
// industry words + legal form. So we fold traditional to simplified (opencc-js), read the place, the industry
// words and the legal form from a dictionary, and give the distinctive part as pinyin (pinyin-pro), two
// characters per word as the lists write them ("Zhipu Huazhang", "Zhidao Chuangyu").
//
// What pinyin cannot do: a brand whose English name is not its pinyin (海康威视 is "haikang weishi", the lists say
// "Hikvision"; 商汤 is "shangtang", the lists say "SenseTime"). Those need the brand table below, which is curated
// and necessarily incomplete; a brand missing from it is found only if the vendor also records a Latin name. A
// larger table of the listed Chinese entities' registered names (chinese-names.ts) adds to it.
import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { LISTED_CHINESE_NAMES } from './chinese-names';
import { CJK_LEGAL_FORMS, type LegalForm } from './legal-forms';
import worldCities from './world-cities.json';

type DictEntry =
  | { kind: 'legal'; form: LegalForm }
  | { kind: 'place'; latin: string }
  | { kind: 'word'; latin: string; suffixOnly: boolean }
  | { kind: 'brand'; latin: string };

/** Provinces and large cities, with the spelling the lists use (not always plain pinyin: 陕西 Shaanxi). */
const PLACES: Record<string, string> = {
  中国: 'china', 中华: 'china', 北京: 'beijing', 上海: 'shanghai', 天津: 'tianjin', 重庆: 'chongqing', 香港: 'hong kong',
  澳门: 'macau', 台湾: 'taiwan', 台北: 'taipei', 广州: 'guangzhou', 深圳: 'shenzhen', 杭州: 'hangzhou', 南京: 'nanjing',
  苏州: 'suzhou', 武汉: 'wuhan', 成都: 'chengdu', 西安: 'xian', 厦门: 'xiamen', 青岛: 'qingdao', 大连: 'dalian',
  沈阳: 'shenyang', 哈尔滨: 'harbin', 长沙: 'changsha', 郑州: 'zhengzhou', 济南: 'jinan', 合肥: 'hefei', 福州: 'fuzhou',
  昆明: 'kunming', 贵阳: 'guiyang', 南昌: 'nanchang', 无锡: 'wuxi', 宁波: 'ningbo', 珠海: 'zhuhai', 东莞: 'dongguan',
  佛山: 'foshan', 长春: 'changchun', 石家庄: 'shijiazhuang', 太原: 'taiyuan', 兰州: 'lanzhou', 南宁: 'nanning',
  海口: 'haikou', 乌鲁木齐: 'urumqi', 呼和浩特: 'hohhot', 拉萨: 'lhasa', 银川: 'yinchuan', 西宁: 'xining', 绵阳: 'mianyang',
  保定: 'baoding', 常州: 'changzhou', 温州: 'wenzhou', 烟台: 'yantai', 洛阳: 'luoyang', 广东: 'guangdong', 浙江: 'zhejiang',
  江苏: 'jiangsu', 山东: 'shandong', 河南: 'henan', 河北: 'hebei', 湖南: 'hunan', 湖北: 'hubei', 四川: 'sichuan',
  福建: 'fujian', 安徽: 'anhui', 江西: 'jiangxi', 辽宁: 'liaoning', 吉林: 'jilin', 黑龙江: 'heilongjiang', 陕西: 'shaanxi',
  山西: 'shanxi', 云南: 'yunnan', 贵州: 'guizhou', 甘肃: 'gansu', 青海: 'qinghai', 海南: 'hainan', 内蒙古: 'inner mongolia',
  广西: 'guangxi', 新疆: 'xinjiang', 西藏: 'tibet', 宁夏: 'ningxia',
};
const PLACE_SUFFIXES = new Set(['市', '省', '区', '县']);
/** The Chinese cities of the world gazetteer (every city of 100,000 people), by their pinyin: a name may begin with
 *  any of them (惠州, 中山), not only with the large ones above. */
const GAZETTEER_CITIES: ReadonlySet<string> = new Set(
  (worldCities.cities as [string, string, string][]).filter(([, country, words]) => country === 'CN' && !words.includes(' ')).map(([, , words]) => words),
);

/** Industry and organisation words: the company-word dictionary. Output goes through the same English
 *  canonicalisation as Latin names, so 科技 and "Tech" both end as "technology". */
const WORDS: Record<string, string> = {
  科技: 'technology', 技术: 'technology', 数字: 'digital', 数码: 'digital', 信息: 'information', 网络: 'network',
  通信: 'communication', 通讯: 'communication', 电信: 'telecom', 移动: 'mobile', 联通: 'unicom', 电子: 'electronic',
  微电子: 'microelectronic', 半导体: 'semiconductor', 集成电路: 'integrated circuit', 存储: 'memory', 智能: 'intelligent',
  人工智能: 'artificial intelligence', 云计算: 'cloud computing', 计算机: 'computer', 计算: 'computing', 软件: 'software',
  系统: 'system', 数据: 'data', 互联网: 'internet', 科学: 'science', 研究院: 'research institute',
  研究所: 'research institute', 研究: 'research', 基础: 'basic', 工程: 'engineering', 工业: 'industry', 实业: 'industry',
  产业: 'industry', 制造: 'manufacturing', 设备: 'equipment', 装备: 'equipment', 仪器: 'instrument', 精密: 'precision',
  机械: 'machinery', 材料: 'material', 能源: 'energy', 新能源: 'new energy', 电力: 'power', 电气: 'electric',
  光电: 'optoelectronic', 光学: 'optical', 航空: 'aviation', 航天: 'aerospace', 船舶: 'shipbuilding', 重工: 'heavy industry',
  建设: 'construction', 建筑: 'construction', 投资: 'investment', 控股: 'holding', 国际: 'international', 贸易: 'trading',
  发展: 'development', 创新: 'innovation', 生物: 'bio', 医药: 'pharmaceutical', 基因: 'genomics', 物流: 'logistics',
  汽车: 'automotive', 咨询: 'consulting', 服务: 'service', 管理: 'management', 金融: 'financial', 银行: 'bank',
  证券: 'securities', 保险: 'insurance', 传媒: 'media', 文化: 'culture', 教育: 'education', 电器: 'appliance',
  安全: 'security', 视觉: 'vision', 机器人: 'robotics', 自动化: 'automation', 无人机: 'uav', 卫星: 'satellite',
  导航: 'navigation', 光伏: 'solar', 电池: 'battery', 芯片: 'chip', 显示: 'display', 网: 'network', 云: 'cloud',
  大学: 'university', 联合: 'united', 科工: 'science industry', 发动机: 'engine', 飞机: 'aircraft', 商用: 'commercial',
  化工: 'chemical', 石油: 'petroleum', 天然气: 'natural gas', 海运: 'shipping', 铁路: 'railway', 核电: 'nuclear power',
  太阳能: 'solar', 开发: 'development', 激光: 'laser', 光纤: 'fiber', 电机: 'motor', 进出口: 'import export',
  中心: 'center', 研究中心: 'research center', 设计: 'design', 运输: 'transportation', 控制: 'control', 动力: 'power',
  仪表: 'instrument', 实验室: 'laboratory', 检测: 'testing', 钢铁: 'steel', 矿业: 'mining', 大数据: 'big data',
};
/** Single characters that are industry words only at the end of a name (某某云 "… cloud"), never inside a
 *  distinctive name (云从 CloudWalk is a brand). */
const SUFFIX_ONLY = new Set(['网', '云']);

/** Brands whose English name is not their pinyin. Curated from the 1260H/NS-CMIC entities and large Chinese
 *  technology vendors; only names whose English form is the company's own. */
const BRANDS: Record<string, string> = {
  海康威视: 'hikvision', 阿里巴巴: 'alibaba', 腾讯: 'tencent', 商汤: 'sensetime', 旷视: 'megvii', 云从: 'cloudwalk',
  科大讯飞: 'iflytek', 讯飞: 'iflytek', 中兴: 'zte', 大疆: 'dji', 中芯国际: 'smic', 中芯: 'smic', 京东方: 'boe',
  比亚迪: 'byd', 宁德时代: 'catl', 浪潮: 'inspur', 中科曙光: 'sugon', 曙光: 'sugon', 奇虎: 'qihoo', 字节跳动: 'bytedance',
  网易: 'netease', 京东: 'jd', 联想: 'lenovo', 金山: 'kingsoft', 移远: 'quectel', 速腾聚创: 'robosense', 药明康德: 'wuxi apptec',
  天合光能: 'trina solar', 晶澳: 'ja solar', 中际旭创: 'innolight', 普联: 'tp link', 长江存储: 'yangtze memory',
  中远海运: 'cosco shipping', 中车: 'crrc', 中船: 'cssc', 中核: 'cnnc', 中广核: 'cgn', 中集: 'cimc', 奇安信: 'qianxin',
  深信服: 'sangfor', 美的: 'midea', 海尔: 'haier', 格力: 'gree', 吉利: 'geely',
  中芯国际集成电路制造: 'semiconductor manufacturing international', 宁德时代新能源: 'contemporary amperex',
  中微半导体设备: 'advanced micro fabrication equipment', 曙光信息产业: 'dawning information industry', 美亚柏科: 'meiya pico',
  中译语通: 'global tone communication', 移远通信: 'quectel wireless solutions', 道通智能航空: 'autel robotics',
  // Since 2026.12-8: Alibaba's cloud, by the English name it trades under (Aliyun).
  阿里云: 'alibaba cloud',
};

/** State enterprises and universities whose English name is a translation the dictionary cannot make ("North
 *  Industries" for 兵器工业, "Offshore Oil" for 海洋石油), by the registered Chinese name without legal form, with the
 *  English name they and the lists use. Curated from the 1260H, NS-CMIC and Entity List state groups and the
 *  defence universities; like a brand, an entry is a claim that the two names denote the same organisation. */
const STATE_ENTERPRISES: Record<string, string> = {
  中国兵器工业: 'china north industries', 中国兵器装备: 'china south industries', 中国核工业: 'china national nuclear',
  中国广核: 'china general nuclear power', 中国海洋石油: 'china national offshore oil', 中国石油天然气: 'china national petroleum',
  中国化工: 'china national chemical', 中国化学工程: 'china national chemical engineering',
  中国航天科技: 'china aerospace science and technology', 中国航天科工: 'china aerospace science and industry',
  中国航天时代电子: 'china aerospace times electronics', 中国东方红卫星: 'china spacesat', 中国卫通: 'china satcom',
  中国电子信息产业: 'china electronics', 中国交通建设: 'china communications construction',
  中国建筑: 'china state construction engineering', 中国建筑材料: 'china national building material',
  中国建材: 'china national building material', 中国铁建: 'china railway construction', 中国远洋海运: 'china cosco shipping',
  中国远洋运输: 'china ocean shipping', 中国长江三峡: 'china three gorges', 中国船舶重工: 'china shipbuilding industry',
  北京航空航天大学: 'beihang university', 南京航空航天大学: 'nanjing university of aeronautics and astronautics',
  西北工业大学: 'northwestern polytechnical university', 哈尔滨工业大学: 'harbin institute of technology',
  哈尔滨工程大学: 'harbin engineering university', 北京理工大学: 'beijing institute of technology',
  南京理工大学: 'nanjing university of science and technology', 国防科技大学: 'national university of defense technology',
  // Its full name, and the PLA's name before it (since 2026.12-10).
  国防科学技术大学: 'national university of defense technology', 中国人民解放军国防科技大学: 'national university of defense technology',
};

function buildDictionary(): { entries: Map<string, DictEntry>; maxLength: number } {
  const entries = new Map<string, DictEntry>();
  for (const [han, latin] of Object.entries(WORDS)) entries.set(han, { kind: 'word', latin, suffixOnly: SUFFIX_ONLY.has(han) });
  for (const [han, latin] of Object.entries(PLACES)) entries.set(han, { kind: 'place', latin });
  // The listed entities' registered names read like brands; the curated tables above win on a shared key.
  for (const [han, latin] of LISTED_CHINESE_NAMES) entries.set(han, { kind: 'brand', latin });
  for (const [han, latin] of Object.entries({ ...BRANDS, ...STATE_ENTERPRISES })) entries.set(han, { kind: 'brand', latin });
  for (const [han, form] of Object.entries(CJK_LEGAL_FORMS)) entries.set(han, { kind: 'legal', form });
  let maxLength = 0;
  for (const key of entries.keys()) maxLength = Math.max(maxLength, key.length);
  return { entries, maxLength };
}

const DICTIONARY = buildDictionary();
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_ANY = /\p{Script=Han}/u;
// 'hk' folds the Hong Kong and Taiwan variant characters as well as plain traditional forms.
const traditionalToSimplified = Converter({ from: 'hk', to: 'cn' });

export function containsHan(text: string): boolean {
  return HAN_ANY.test(text);
}

export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

function longestMatch(run: string, at: number): { key: string; entry: DictEntry } | null {
  for (let len = Math.min(DICTIONARY.maxLength, run.length - at); len >= 1; len--) {
    const key = run.slice(at, at + len);
    const entry = DICTIONARY.entries.get(key);
    if (entry) return { key, entry };
  }
  return null;
}

/** Pinyin of a distinctive name, two characters to a word ("深度求索" → "shendu qiusuo"); an odd last
 *  character joins the previous word ("比亚迪" → "biyadi"). */
function pinyinWords(han: string): string[] {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) {
    const rest = syllables.length - i;
    const take = rest === 3 ? 3 : Math.min(2, rest);
    words.push(syllables.slice(i, i + take).join(''));
    if (take === 3) break;
  }
  return words;
}

/** A city of the gazetteer written in its two characters at `at` (惠州 "huizhou"), when more of the name follows. */
function gazetteerCity(run: string, at: number): { key: string; entry: DictEntry } | null {
  const key = run.slice(at, at + 2);
  if (key.length < 2 || run.length - at - (PLACE_SUFFIXES.has(run[at + 2] ?? '') ? 3 : 2) < 2) return null;
  const latin = pinyin(key, { toneType: 'none', type: 'array' }).join('');
  return GAZETTEER_CITIES.has(latin) ? { key, entry: { kind: 'place', latin } } : null;
}

function romaniseRun(run: string, legalForms: LegalForm[]): string {
  const words: string[] = [];
  let pending = '';
  let leading = true; // places count only where Chinese names put them: first, possibly several (中国北京)
  const flush = (): void => {
    if (pending) words.push(...pinyinWords(pending));
    pending = '';
  };
  for (let i = 0; i < run.length; ) {
    // A name begins with its place: a city the dictionary lacks is read from the gazetteer there.
    const m = longestMatch(run, i) ?? (leading ? gazetteerCity(run, i) : null);
    const end = m ? i + m.key.length : i + 1;
    const accepted =
      m !== null &&
      (m.entry.kind !== 'place' || leading) &&
      (m.entry.kind !== 'word' || !m.entry.suffixOnly || end === run.length || longestMatch(run, end)?.entry.kind === 'legal');
    if (!m || !accepted) {
      pending += run[i];
      leading = false;
      i++;
      continue;
    }
    flush();
    const entry = m.entry;
    if (entry.kind === 'legal') legalForms.push(entry.form);
    else words.push(entry.latin);
    i = end;
    if (entry.kind === 'place') {
      if (PLACE_SUFFIXES.has(run[i] ?? '')) i++;
    } else leading = false;
  }
  flush();
  return words.join(' ');
}

/**
 * Rewrites every run of Chinese characters as Latin words (traditional folded to simplified first); other text
 * passes through. Legal forms found in the Chinese text are returned, not written.
 */
export function romaniseHan(text: string): { text: string; legalForms: LegalForm[] } {
  const legalForms: LegalForm[] = [];
  const simplified = toSimplified(text);
  const out = simplified.replace(HAN_RUN, (run) => ` ${romaniseRun(run, legalForms)} `);
  return { text: out, legalForms };
}

/** A listed Chinese name's pinyin must have this many syllables to be read back from Latin letters: a shorter one
 *  is an ordinary word as often as a name (大疆 "dajiang" is also 大江, the big river). */
const PINYIN_MIN_SYLLABLES = 4;
/** The most words a name's pinyin is written in ("Hai Kang Wei Shi"). */
const PINYIN_MAX_WORDS = 8;

interface PinyinNames {
  /** The brands and listed names of the dictionary by their pinyin, syllables run together ("haikangweishi" →
   *  "hikvision"): those whose English is not their pinyin, and whose pinyin no other of them shares. */
  byPinyin: ReadonlyMap<string, string>;
  /** Every beginning of those keys, so that a vendor's words that begin none are passed over at once. */
  prefixes: ReadonlySet<string>;
}
let pinyinNames: PinyinNames | null = null;
function pinyinNameTable(): PinyinNames {
  if (pinyinNames) return pinyinNames;
  const table = new Map<string, string>();
  const shared = new Set<string>();
  for (const [han, entry] of DICTIONARY.entries) {
    if (entry.kind !== 'brand' || han.length < PINYIN_MIN_SYLLABLES) continue;
    const key = pinyin(han, { toneType: 'none', type: 'array' }).join('').normalize('NFKD').replace(/\p{M}/gu, '');
    if (key === entry.latin.replace(/ /g, '')) continue;
    const known = table.get(key);
    if (known !== undefined && known !== entry.latin) shared.add(key);
    table.set(key, entry.latin);
  }
  for (const key of shared) table.delete(key);
  const prefixes = new Set<string>();
  for (const key of table.keys()) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
  pinyinNames = { byPinyin: table, prefixes };
  return pinyinNames;
}

const LATIN_WORD_RE = /[a-z]+/g;
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * The name with a listed Chinese name written in pinyin read as the English the lists print for it ("Hangzhou
 * Haikang Weishi Shuzi Jishu" → "Hangzhou hikvision Shuzi Jishu"; since matcher 2026.12-30), or null when it has
 * none. The words may split the syllables anyhow ("Hai Kang Wei Shi", "HAIKANGWEISHI"); tone marks are ignored.
 */
export function pinyinReading(name: string): string | null {
  if (containsHan(name)) return null;
  const text = (ASCII_RE.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
  const words = [...text.matchAll(LATIN_WORD_RE)];
  const { byPinyin, prefixes } = pinyinNameTable();
  let out = '';
  let copied = 0;
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    let found: { end: number; latin: string } | null = null;
    for (let j = i; j < words.length && j < i + PINYIN_MAX_WORDS; j++) {
      joined += words[j]?.[0] ?? '';
      if (!prefixes.has(joined)) break;
      const latin = byPinyin.get(joined);
      if (latin !== undefined) found = { end: j, latin };
    }
    if (!found) continue;
    const start = words[i]?.index ?? 0;
    const last = words[found.end];
    out += `${text.slice(copied, start)}${found.latin}`;
    copied = (last?.index ?? 0) + (last?.[0].length ?? 0);
    i = found.end;
  }
  return copied === 0 ? null : out + text.slice(copied);
}
