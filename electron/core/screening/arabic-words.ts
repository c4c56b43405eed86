// The words of company names in Arabic script (Persian and Arabic) that the lists translate (since 2026.12-13). The
// lists print these companies in Latin letters, their trade words in English ("BANK", "INDUSTRIES", "OIL",
// "ORGANIZATION") and their names romanised ("MELLAT", "SEPAH", "KHATAM AL-ANBIYA"). A word's consonants (abjad.ts)
// find a romanised name, never a translation: صنایع is "sanaye", not the listed INDUSTRIES. These tables give the
// translation; every other word is still read by its consonants.

/** Letters written in more than one way, as one: Arabic yeh and kaf as the Persian ones, hamza seats and madda as
 *  the bare letter; no tatweel, no short-vowel marks, and (since 2026.12-28) no zero-width non-joiner, which Persian
 *  writes between a word and its ending (فرآورده‌های). Ta marbuta stays: the skeleton drops it, while heh is a
 *  consonant there. */
const LETTER_VARIANTS: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ئ: 'ی', ك: 'ک', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و' };
const VARIANT_RE = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]|[\\u0640\\u064b-\\u065f\\u0670\\u200c]`, 'gu');

export function foldArabicLetters(text: string): string {
  return text.replace(VARIANT_RE, (c) => LETTER_VARIANTS[c] ?? '');
}

/** How a word is looked up: its letters folded and ta marbuta as heh ("السورية" and "السوریه" alike). */
const lookupKey = (word: string): string => foldArabicLetters(word).replace(/ة/g, 'ه');

/** Words the lists always translate, by the English they print, each with its Persian and Arabic spellings (since
 *  2026.12-14 also mining, metals, energy, media, ministries and the cities). A word is looked up without the article
 *  and particles joined to it (ال, و, ل, لل, بال: "للنفط" is "for oil"). */
const TRANSLATED: Readonly<Record<string, readonly string[]>> = {
  bank: ['بانک', 'بنک', 'مصرف'],
  industries: ['صنایع', 'صناعات'],
  industry: ['صنعت'],
  industrial: ['صنعتی', 'صناعی'],
  production: ['تولیدی', 'تولید', 'انتاج'],
  plant: ['کارخانه', 'کارخانجات', 'مصنع'],
  mining: ['معدن', 'معادن', 'تعدین'],
  mineral: ['معدنی'],
  resources: ['ثروه', 'منابع'],
  copper: ['مس', 'نحاس'],
  aluminium: ['آلومینیوم', 'المنیوم'],
  steel: ['فولاد', 'صلب'],
  iron: ['آهن'],
  cement: ['سیمان', 'اسمنت'],
  fertilizer: ['اسمده', 'کود'],
  automotive: ['خودرو', 'خودروسازی'],
  equipment: ['تجهیزات', 'معدات'],
  marine: ['دریایی'],
  energy: ['انرژی', 'طاقه'],
  atomic: ['اتمی', 'ذریه'],
  nuclear: ['هستهای', 'هسته ای', 'نووی'],
  sciences: ['علوم'],
  refining: ['پالایش', 'تکریر'],
  distribution: ['پخش', 'توزیع'],
  port: ['بندر', 'میناء'],
  airport: ['فرودگاه', 'مطار'],
  shipbuilding: ['کشتیسازی', 'کشتی سازی'],
  holding: ['هلدینگ', 'قابضه'],
  media: ['رسانه', 'اعلام'],
  // A channel is a television station: the lists print AL MANAR TV for قناة المنار.
  television: ['تلویزیون', 'تلفزیون', 'قناه'],
  radio: ['رادیو', 'اذاعه'],
  exchange: ['صرافی', 'صرافه'],
  association: ['انجمن', 'جمعیه'],
  hospital: ['بیمارستان', 'مستشفی'],
  institute: ['انستیتو', 'معهد'],
  ministry: ['وزارت', 'وزاره'],
  interior: ['داخلیه'],
  army: ['ارتش', 'جیش'],
  state: ['دولتی', 'دوله'],
  information: ['اطلاعات', 'معلومات'],
  software: ['نرمافزار', 'نرم افزار', 'برمجیات'],
  network: ['شبکه'],
  organization: ['سازمان', 'منظمه'],
  university: ['دانشگاه', 'جامعه'],
  petrochemical: ['پتروشیمی', 'بتروکیماویات'],
  chemical: ['شیمیایی', 'کیمیایی', 'کیماویه'],
  electronics: ['الکترونیک', 'الکترونیکی', 'الکترونیات'],
  aerospace: ['هوافضا'],
  defense: ['دفاع', 'دفاعی'],
  air: ['هواپیمایی'],
  // Since 2026.12-28: missiles, the armed forces, space, medicine, drilling, ports.
  missile: ['موشکی', 'موشک', 'صاروخ', 'صاروخیه'],
  missiles: ['صواریخ'],
  'armed forces': ['نیروهای مسلح', 'قوات مسلحه'],
  logistics: ['لوجستیک'],
  space: ['فضایی', 'فضاء'],
  agency: ['آژانس'],
  medical: ['پزشکی', 'طبی'],
  exploration: ['اکتشاف', 'استکشاف'],
  drilling: ['حفاری'],
  ports: ['بنادر', 'موانی'],
  maritime: ['دریانوردی'],
  'aircraft manufacturing': ['هواپیماسازی'],
  // Persian "ship-driving" is what the lists call shipping lines (ISLAMIC REPUBLIC OF IRAN SHIPPING LINES, VALFAJR
  // SHIPPING LINES, KHAZAR SEA SHIPPING LINES; since 2026.12-28).
  'shipping lines': ['کشتیرانی'],
  tanker: ['نفتکش'],
  complex: ['مجتمع'],
  engineering: ['مهندسی', 'هندسه', 'هندسیه'],
  trading: ['بازرگانی', 'تجاره'],
  investment: ['سرمایهگذاری', 'سرمایه گذاری', 'استثمار'],
  investments: ['استثمارات'],
  services: ['خدمات'],
  technology: ['فناوری', 'فنآوری', 'فن آوری', 'تکنولوژی', 'تقنیه', 'تکنولوجیا'],
  communications: ['ارتباطات'],
  telecommunications: ['اتصالات'],
  construction: ['ساختمانی', 'سازندگی', 'انشاءات', 'مقاولات'],
  headquarters: ['قرارگاه'],
  foundation: ['بنیاد', 'موسسه', 'مؤسسه'],
  'research institute': ['پژوهشگاه', 'پژوهشکده', 'موسسه تحقیقاتی'],
  research: ['تحقیقات', 'پژوهش', 'بحوث', 'ابحاث'],
  center: ['مرکز', 'مراکز'],
  republic: ['جمهوری', 'جمهوریه'],
  islamic: ['اسلامی', 'اسلامیه'],
  revolution: ['انقلاب'],
  credit: ['اعتباری', 'تسلیف'],
  gas: ['گاز', 'غاز'],
  oil: ['نفت', 'نفتی'],
  petroleum: ['نفط', 'بترول'],
  electricity: ['برق', 'کهرباء'],
  refinery: ['پالایشگاه', 'مصفاه'],
  commercial: ['تجاری'],
  'real estate': ['عقاری'],
  central: ['مرکزی'],
  agricultural: ['زراعی'],
  cooperative: ['تعاونی'],
  international: ['بینالمللی', 'بین المللی', 'دولی'],
  general: ['عامه', 'عام'],
  transport: ['نقل', 'حمل و نقل'],
  movement: ['حرکه'],
  resistance: ['مقاومه'],
  airline: ['طیران', 'خطوط جویه'],
  arab: ['عربیه'],
  studies: ['دراسات'],
  scientific: ['علمی', 'علمیه'],
  charitable: ['خیریه'],
  fund: ['صندوق'],
  authority: ['جهاز'],
  data: ['بیانات', 'داده'],
  'artificial intelligence': ['ذکاء اصطناعی', 'هوش مصنوعی'],
  basic: ['اساسیه'],
  national: ['وطنی', 'وطنیه', 'اهلی'],
  broadcasting: ['صدا و سیما', 'صدا و سیمای'],
  // The countries' formal names, in the order the lists' English writes them (and reads as the country).
  'islamic republic of iran': ['جمهوری اسلامی ایران', 'جمهوریه اسلامیه ایرانیه'],
  'syrian arab republic': ['جمهوریه عربیه سوریه'],
  iran: ['ایران', 'ایرانیه'],
  syria: ['سوریه', 'سوریا'],
  iraq: ['عراق', 'عراقیه'],
  lebanon: ['لبنان', 'لبنانیه'],
  egypt: ['مصر', 'مصریه'],
  saudi: ['سعودیه'],
  kuwait: ['کویت', 'کویتیه'],
  qatar: ['قطر', 'قطریه'],
  emirates: ['امارات'],
  morocco: ['مغرب'],
  afghanistan: ['افغانستان', 'افغان'],
  pakistan: ['پاکستان'],
  // Cities, as the gazetteer spells them (places.ts), so that one appended to a name comes off it as in Latin letters.
  tehran: ['تهران'],
  isfahan: ['اصفهان'],
  tabriz: ['تبریز'],
  mashhad: ['مشهد'],
  shiraz: ['شیراز'],
  ahvaz: ['اهواز'],
  'bandar abbas': ['بندرعباس', 'بندر عباس'],
  kish: ['کیش'],
  qeshm: ['قشم'],
  karaj: ['کرج'],
  qom: ['قم'],
  damascus: ['دمشق'],
  aleppo: ['حلب'],
  homs: ['حمص'],
  latakia: ['لاذقیه'],
  tartus: ['طرطوس'],
  baghdad: ['بغداد'],
  basra: ['بصره'],
  beirut: ['بیروت'],
  dubai: ['دبی'],
  'abu dhabi': ['ابوظبی', 'ابو ظبی'],
  sharjah: ['شارقه'],
  riyadh: ['ریاض'],
  jeddah: ['جده'],
  doha: ['دوحه'],
  muscat: ['مسقط'],
  cairo: ['قاهره'],
  sanaa: ['صنعاء'],
};

/** Words the lists print romanised in some names and translated in others: ملی is MELLI in BANK MELLI IRAN and
 *  NATIONAL in NATIONAL IRANIAN OIL COMPANY. They are read by their consonants, and a name that has one is also
 *  screened with it translated (arabicTranslation). */
const ALSO_TRANSLATED: Readonly<Record<string, readonly string[]>> = {
  national: ['ملی'],
  export: ['صادرات'],
  development: ['توسعه'],
  insurance: ['بیمه'],
  guard: ['پاسداران'],
  corps: ['سپاه'],
  martyrs: ['شهید'],
  brigades: ['کتائب', 'کتایب'],
  oil: ['نفط'],
  // A place's adjective in the masculine, and a word, that is also a family name as often (since 2026.12-15): العربي
  // is "Arab" in البنك العربي and the name AL-ARABI in شركة العربي للتجارة, المصري the AL-MASRI of many listed names.
  arab: ['عربی'],
  egypt: ['مصری'],
  iraq: ['عراقی'],
  syria: ['سوری'],
  lebanon: ['لبنانی'],
  kuwait: ['کویتی'],
  qatar: ['قطری'],
  saudi: ['سعودی'],
  iran: ['ایرانی'],
  marine: ['بحری'],
  popular: ['شعبی'],
  iron: ['حدید'],
  // Arabic for intelligence (المخابرات), Persian for telecommunications (مخابرات ایران): the Arabic is what lists print.
  intelligence: ['مخابرات'],
  // Since 2026.12-28: words the lists print romanised in names too (SAZMANE SANAYE HAVAI, VEZARAT-E ETTELA'AT VA
  // AMNIAT-E KESHVAR, SHERKATE POSHTIBANI …, SHERKAT MALI …, FARAVARDEHAYE SIMAN SHARGH, MAKTAB AL-AMN AL-QAWMI,
  // AL-WAKALA AL-ISLAMIYA, DARYA-YE KHAZAR, ALUMINIOM JONUB, SHOMAL CEMENT, NIRUYEH …, BATTERY SAZI …).
  aviation: ['هوایی', 'هوانوردی'],
  security: ['امنیت', 'امنیتی'],
  logistics: ['پشتیبانی'],
  financial: ['مالی', 'مالیه'],
  products: ['فراورده', 'محصولات', 'منتجات'],
  office: ['دفتر', 'مکتب'],
  agency: ['وکاله'],
  sea: ['دریا'],
  south: ['جنوب', 'جنوبی'],
  north: ['شمال', 'شمالی'],
  // The force of (نیروی قدس, QODS FORCE), never the name NIRU alone.
  force: ['نیروی', 'قوات'],
  manufacturing: ['سازی'],
};

function table(words: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [latin, written] of Object.entries(words)) for (const w of written) map.set(lookupKey(w), latin);
  return map;
}
const TRANSLATIONS = table(TRANSLATED);
const SECOND_TRANSLATIONS = table(ALSO_TRANSLATED);

/** Particles joined to the front of a word, longest first, with what they add ("and" and "for" are stop words). */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['وال', 'and '],
  ['بال', ''],
  ['لل', 'for '],
  ['ال', ''],
  ['و', 'and '],
  ['ل', 'for '],
];

/** Persian endings a listed word takes in a name (since 2026.12-28): the plural (فراوردهها, فراوردههای) and the ezafe
 *  after a long vowel (دریای خزر, هوافضای سپاه), which joins the word to the next one. */
const PERSIAN_ENDINGS = /(?:های|ها|(?<=[او])ی)$/u;

/** A word in `words` as written, as the Arabic feminine of an adjective in it ("التجارية" for تجاری; since
 *  2026.12-14), or without a Persian ending. */
function inTable(key: string, words: ReadonlyMap<string, string>): string | undefined {
  const found = words.get(key) ?? (key.endsWith('یه') ? words.get(key.slice(0, -1)) : undefined);
  if (found !== undefined) return found;
  const stem = key.replace(PERSIAN_ENDINGS, '');
  return stem.length >= 2 && stem !== key ? words.get(stem) : undefined;
}

/** A word's translation in `words`, with the particles joined to it, or undefined. */
function lookUp(word: string, words: ReadonlyMap<string, string>): string | undefined {
  const key = lookupKey(word);
  const whole = inTable(key, words);
  if (whole !== undefined) return whole;
  for (const [prefix, reading] of PREFIXES) {
    if (key.length - prefix.length < 2 || !key.startsWith(prefix)) continue;
    const found = inTable(key.slice(prefix.length), words);
    if (found !== undefined) return `${reading}${found}`;
  }
  return undefined;
}

/** Phrases of several words, longest first, looked up before the words. */
const PHRASES: readonly (readonly [RegExp, string])[] = [...TRANSLATIONS]
  .filter(([written]) => written.includes(' '))
  .sort((a, b) => b[0].length - a[0].length)
  .map(([written, latin]) => {
    // Each word with or without its article, a final heh also as the ta marbuta the text keeps.
    const words = written.split(' ').map((w, i) => `${i === 0 ? '(?:وال|ال|و)?' : '(?:ال)?'}${w.replace(/ه$/u, '[هة]')}`);
    return [new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'gu'), ` ${latin} `] as const;
  });

const WORD_RE = /[\u0600-\u06ff\u0750-\u077f]+/gu;

/** Text with the Arabic-script words the lists translate in English (lower case), the others as written. */
export function translateArabicWords(text: string): string {
  let s = text;
  for (const [re, latin] of PHRASES) s = s.replace(re, latin);
  return s.replace(WORD_RE, (w) => {
    const latin = lookUp(w, TRANSLATIONS);
    return latin === undefined ? w : ` ${latin} `;
  });
}

/** The name with the words of ALSO_TRANSLATED translated too, or null when it has none of them. */
export function arabicTranslation(text: string): string | null {
  let changed = false;
  const out = foldArabicLetters(text).replace(WORD_RE, (w) => {
    const latin = lookUp(w, SECOND_TRANSLATIONS);
    if (latin === undefined) return w;
    changed = true;
    return ` ${latin} `;
  });
  return changed ? out.replace(/\s+/g, ' ').trim() : null;
}
