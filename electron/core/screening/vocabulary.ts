// Word lists the matcher needs beyond what the designation lists themselves teach it (token rarity is learned
// from the indexed names, see token-weights.ts). All spellings are normalised: lower case, ASCII.

/** Words that carry no identity at all ("Bank of America", "Phoenix Contact GmbH & Co. KG"), the Arabic article
 *  included as Persian and Urdu romanise it ("Khatam-ol-Anbia", "Jamaat-ul-Ahrar" are "Khatam al-Anbiya", "Jamaat
 *  al-Ahrar"). Not "el": on the lists it is mostly part of a person's name or nickname ("EL-HOORIE", "EL CAPITAN",
 *  "EL NICE"), and without it those read as one ordinary word that any vendor may carry. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'for', 'de', 'del', 'des', 'du', 'la', 'le', 'les', 'los', 'las', 'al', 'ol', 'ul', 'der', 'die',
  'das', 'y', 'et', 'und', 'e', 'da', 'di', 'do', 'dos', 've',
]);

/** Persian words of company names as registers romanise them, read as the English the lists mostly print beside
 *  them (since 2026.12-10): "Qarargah-e Sazandegi-ye Khatam al-Anbiya" is the listed "KHATAM AL-ANBIYA CONSTRUCTION
 *  HEADQUARTERS", "Bonyad-e Mostazafan-e Enqelab-e Eslami" the "ISLAMIC REVOLUTION MOSTAZAFAN FOUNDATION". */
const PERSIAN_WORDS: Readonly<Record<string, readonly string[]>> = {
  foundation: ['bonyad', 'bonyade'],
  revolution: ['enghelab', 'enqelab', 'enghelabe', 'enqelabe'],
  islamic: ['eslami', 'islami', 'eslamiye'],
  headquarters: ['gharargah', 'qarargah', 'gharargahe', 'qarargahe'],
  construction: ['sazandegi', 'sakhtemani', 'sakhteman'],
  industry: ['sanaye', 'sanayeh', 'sanaie'],
  development: ['tose', 'tosee', 'toseh', 'tosse', 'toseeh'],
  trading: ['bazargani', 'tejari'],
  investment: ['sarmayegozari', 'sarmaye'],
  engineering: ['mohandesi'],
  service: ['khadamat', 'khadamati'],
  shipping: ['kashtirani', 'keshtirani'],
  oil: ['naft'],
  petrochemical: ['petroshimi', 'petrochimi'],
  // Since 2026.12-29: "Sazman-e Sanaye-e Defa" is the listed DEFENSE INDUSTRIES ORGANIZATION, "Sherkat-e Hafari-ye
  // Shomal" NORTH DRILLING (its place word stays as written: SHOMAL CEMENT is a name), "Havapeymayi-ye Mahan" MAHAN AIR.
  organization: ['sazman', 'sazmane', 'sazeman', 'sazemane'],
  university: ['daneshgah', 'daneshgahe'],
  republic: ['jomhuri', 'jomhouri', 'jomhuriye', 'jomhouriye'],
  defense: ['defa', 'defaa'],
  drilling: ['haffari', 'hafari'],
  missile: ['mooshaki', 'mushaki', 'moushaki'],
  tanker: ['naftkesh'],
  air: ['havapeymayi', 'havapeymaei', 'havapeimaei', 'havapeymaie'],
};

/** Turkish company words as the register writes them, read as the English the lists' English names and vendor
 *  masters write (since 2026.12-12): "EGETIR OTOMOTIV SANAYI VE TICARET" is "Egetir Automotive Industry and Trade".
 *  Earlier: "sanayi", "hizmetleri", "ithalat", "ihracat", "teknoloji", "elektronik", "lojistik" in CANONICAL. */
const TURKISH_WORDS: Readonly<Record<string, readonly string[]>> = {
  automotive: ['otomotiv'],
  construction: ['insaat'],
  marketing: ['pazarlama'],
  investment: ['yatirim', 'yatirimlari'],
  service: ['hizmet', 'hizmetler'],
  consulting: ['danismanlik'],
  transport: ['nakliyat', 'tasimacilik', 'nakliye'],
  machinery: ['makina', 'makine', 'makinalari', 'makineleri'],
  energy: ['enerji', 'enerjisi'],
  food: ['gida'],
  textile: ['tekstil'],
  chemical: ['kimya'],
  mining: ['madencilik'],
  aviation: ['havacilik'],
  maritime: ['denizcilik'],
  software: ['yazilim'],
  engineering: ['muhendislik'],
  tourism: ['turizm'],
  product: ['mamulleri', 'urunleri'],
  medical: ['medikal'],
  defence: ['savunma'],
  international: ['uluslararasi'],
  electric: ['elektrik'],
  computer: ['bilgisayar'],
  information: ['bilisim'],
};

/** The Russian initials of a scientific centre as the English ones the lists print as often (GAZPROMNEFT NTC and
 *  GAZPROMNEFT STC, NTTS LEMT and STC LEMT): НТЦ "NTTs" or "NTC" is STC, НПЦ "NPTs" SPC; read so only in a name with a
 *  Russian legal form (russianRegister in normalise.ts; since 2026.12-32): "NTC Ltd" is somebody else's initials. */
export const RUSSIAN_INITIALS: ReadonlyMap<string, string> = new Map([
  ['ntts', 'stc'],
  ['ntc', 'stc'],
  ['npts', 'spc'],
]);

/** Abbreviations of the Turkish register ("ITH. IHR. SAN. VE TIC. LTD. STI."), read in full only in a name the
 *  register wrote (turkishRegister in normalise.ts): alone, "San", "Paz", "Dan" and "Ins" are other words. */
export const TURKISH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ith: 'import', ihr: 'export', paz: 'marketing', ins: 'construction', yat: 'investment', hiz: 'service', san: 'industry',
    tic: 'trading', nak: 'transport', tas: 'transport', muh: 'engineering', dan: 'consulting', mak: 'machinery', tur: 'tourism',
    oto: 'automotive', teks: 'textile', kim: 'chemical', ener: 'energy', mad: 'mining', bilg: 'computer', gid: 'food',
    urn: 'product', mam: 'product', elk: 'electric', tek: 'technology',
  }),
);

/** Chinese company words in pinyin, read as the English the lists and vendor masters mostly write (since 2026.12-12):
 *  the lists carry names such as "HAIGUANG XINXI JISHU YOUXIAN GONGSI" (Haiguang Information Technology Co., Ltd.;
 *  the legal form is legal-forms.ts's). Not words that are also common given names ("Tongxin", "Zhineng"), and kept
 *  apart from CANONICAL: one letter from a pinyin word is mostly another pinyin word ("Hengtian", "Hongkong"), no
 *  misspelling for known-words.ts to correct. */
export const PINYIN_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    technology: ['keji', 'jishu'],
    information: ['xinxi'],
    trading: ['maoyi', 'shangmao'],
    international: ['guoji'],
    investment: ['touzi'],
    development: ['fazhan'],
    industry: ['shiye', 'gongye'],
    holding: ['konggu'],
    electronic: ['dianzi'],
    // 数字, as in Hikvision's registered name (since 2026.12-30).
    digital: ['shuzi'],
    network: ['wangluo'],
    software: ['ruanjian'],
    science: ['kexue'],
    equipment: ['shebei'],
    logistics: ['wuliu'],
    energy: ['nengyuan'],
    material: ['cailiao'],
    semiconductor: ['bandaoti'],
    microelectronic: ['weidianzi'],
    manufacturing: ['zhizao'],
    engineering: ['gongcheng'],
    aerospace: ['hangtian'],
    aviation: ['hangkong'],
    university: ['daxue'],
    china: ['zhongguo'],
  }).flatMap(([reads, words]) => words.map((w) => [w, reads] as const)),
);

/**
 * Abbreviations and inflections folded to one canonical word, so "Tech", "Technologies" and 科技 all read
 * "technology". Only words whose folding cannot merge two different names are here; anything else is left to
 * Jaro-Winkler.
 */
export const CANONICAL: ReadonlyMap<string, string> = new Map(
  [...Object.entries({
    technology: ['tech', 'techs', 'technologies', 'technological', 'technol', 'techn', 'tekhnologii', 'tekhnologiya', 'tekhnologiy', 'teknoloji', 'teknolojileri', 'teknolojisi'],
    international: ['intl', 'internat', 'internacional', 'internationale'],
    manufacturing: ['mfg', 'mfrs', 'manufacture', 'manufacturer', 'manufacturers'],
    holding: ['hldg', 'hldgs', 'holdings', 'kholding'],
    industry: ['inds', 'industries', 'industrial', 'industrie', 'industria', 'sanayi', 'sanayii'],
    service: ['svc', 'svcs', 'services', 'servicios', 'servicos', 'hizmetleri'],
    system: ['sys', 'systems'],
    // Since 2026.12-12 also the abbreviations registers write: "Soln.", "Engrg.", "Eqpt.", "Pharm.", "Instr.",
    // "Chem.", "Semicond.", "Shpg.", "Microelectron.", "Petrochem.", "Acad.", "Transp.", "Precis.".
    solution: ['solutions', 'soln', 'solns'],
    petrochemical: ['petrochem', 'petrochemicals'],
    academy: ['acad'],
    transport: ['transp'],
    precision: ['precis'],
    national: ['natl', 'nationale', 'nacional'],
    electronic: ['electronics', 'elektronik', 'electronique'],
    electric: ['electrical'],
    communication: ['comms', 'communications', 'commun'],
    telecom: ['telecoms', 'telecomm', 'telecommunication', 'telecommunications', 'telekom', 'telecomunicaciones'],
    information: ['info', 'informatsionnoe', 'informatsionnyi', 'informatsionnyy', 'informatsionnaya', 'informatsiyne', 'informatsiinyi', 'informatsiynyi'],
    management: ['mgmt', 'mgt'],
    development: ['dev', 'devt'],
    science: ['sci', 'sciences'],
    engineering: ['eng', 'engg', 'engr', 'engrg'],
    equipment: ['equip', 'eqpt', 'equipt'],
    brothers: ['bros'],
    association: ['assn', 'assoc', 'obyedinenie', 'obedinenie', 'obyedineniye'],
    investment: ['inv', 'invest', 'investments'],
    laboratory: ['lab', 'labs', 'laboratories'],
    pharmaceutical: ['pharma', 'pharmaceuticals', 'pharm'],
    government: ['govt'],
    university: ['univ'],
    // Since 2026.12-12 ("… RENOVATION ORG" for "… RENOVATION ORGANIZATION").
    organization: ['org', 'organisation', 'organizations', 'organisations'],
    institute: ['inst', 'institut', 'instituto'],
    center: ['ctr', 'centre', 'centro', 'zentrum', 'tsentr', 'zentr', 'centr'],
    department: ['dept'],
    product: ['prod', 'prods', 'products'],
    resource: ['resources'],
    network: ['networks', 'netzwerk'],
    material: ['materials'],
    instrument: ['instruments', 'instr'],
    chemical: ['chemicals', 'chem'],
    device: ['devices'],
    machine: ['machines'],
    enterprise: ['enterprises', 'entreprise'],
    semiconductor: ['semiconductors', 'semi', 'semicond'],
    // Turkish "lojistik", abbreviated "Loj." (since 2026.12-11).
    logistics: ['logistic', 'lojistik', 'loj'],
    trading: ['trdg', 'trade', 'traders'],
    // Turkish "ithalat ihracat" since 2026.12-10.
    export: ['eksport', 'exports', 'ihracat'],
    import: ['imports', 'ithalat'],
    company: ['companie'],
    construction: ['constructions'],
    shipping: ['ship', 'ships', 'shpg'],
    aviation: ['aviacion'],
    automotive: ['auto'],
    microelectronic: ['microelectronics', 'microelectron'],
    optoelectronic: ['optoelectronics'],
    security: ['securities'],
    partner: ['partners'],
    venture: ['ventures'],
    associate: ['associates'],
    airline: ['airlines', 'airways'],
    headquarters: ['hq', 'headquarter'],
    television: ['tv'],
    // Russian and Ukrainian trade words as registers transliterate them, read as the English the lists mostly print
    // ("AO Kontsern ..." is "... Concern JSC"): "neftyanaya kompaniya" (oil company, abbreviated NK before the name:
    // "NK Rosneft"), whose company is its legal form, "tekhnologii", "tsentr", "kholding", "obyedinenie"
    // (association), "zavod", "informatsionnoe" / Ukrainian "informatsiyne" (information), "agentstvo" (agency).
    oil: ['nk', 'neftyanaya', 'neftyanoy', 'neftyanoi', 'neftjanaja', 'neftjanoj'],
    concern: ['kontsern', 'koncern', 'konzern'],
    // The lists translate "zavod" as plant, factory or works alike ("OBUKHOVSKY FACTORY", "TULA CARTRIDGE WORKS",
    // "DAGDIZEL PLANT"; since 2026.12-12 the three are one word). "Savod" is "Sawod" read from German (russian.ts),
    // whose "s" before a vowel may be з or с.
    plant: ['zavod', 'sawod', 'zawod', 'savod', 'factory', 'works'],
    // "Technic" and the Turkish, Persian, German and Russian "teknik", "technik", "tekhnika" (since 2026.12-12).
    technique: ['technic', 'technics', 'teknik', 'technik', 'tekhnika', 'technika'],
    agency: ['agentstvo', 'agenstvo'],
    // Since 2026.12-7: "goskorporatsiya" (state corporation: the lists print "STATE CORPORATION ROSTEC", and the
    // corporation is a legal form), "gosudarstvennaya" (state); since 2026.12-10 in the German romanisation too
    // ("Goskorporacija", "Neftjanaja" above).
    // The English acronyms of the Russian state enterprise forms (see TRADE_PHRASES), since 2026.12-12.
    fgup: ['fsue', 'fgue'],
    fgbu: ['fsbi'],
    state: ['goskorporatsiya', 'goskorporatsii', 'goskorporacija', 'gosudarstvennaya', 'gosudarstvennaja', 'gosudarstvennoe', 'gosudarstvennyi', 'gosudarstvennyy'],
  }), ...Object.entries(PERSIAN_WORDS), ...Object.entries(TURKISH_WORDS)].flatMap(([canonical, variants]) => [[canonical, canonical] as const, ...variants.map((v) => [v, canonical] as const)]),
);

/** A country written in words of its official style or a common short form, read as one word, so that the styles
 *  meet ("FOREIGN TRADE BANK OF THE DPRK" is the listed "… OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "HONG KONG
 *  HENGBANGWEI" the listed "HK HENGBANGWEI"). Normalised words (a country's adjective already read as the country). */
export const COUNTRY_STYLES: readonly (readonly [words: readonly string[], reads: string])[] = [
  [['democratic', 'peoples', 'republic', 'korea'], 'dprk'],
  [['dpr', 'korea'], 'dprk'],
  [['north', 'korea'], 'dprk'],
  [['peoples', 'republic', 'china'], 'prc'],
  [['pr', 'china'], 'prc'],
  [['hong', 'kong'], 'hk'],
  [['hongkong'], 'hk'],
  [['united', 'arab', 'emirates'], 'uae'],
  [['united', 'kingdom'], 'uk'],
  [['united', 'states', 'america'], 'usa'],
  [['united', 'states'], 'usa'],
  [['us'], 'usa'],
  [['islamic', 'republic', 'iran'], 'iran'],
  // In the Persian order, "Jomhuri-ye Eslami-ye Iran" (since 2026.12-29).
  [['republic', 'islamic', 'iran'], 'iran'],
  [['russia', 'federation'], 'russia'],
  [['syria', 'arab', 'republic'], 'syria'],
];

/** Endings of a Russian adjective as registers romanise them: masculine -yj, -yy, -yi, -iy, -ij, -ii, -y, -i, feminine
 *  -aya, -aja, neuter -oe, -oye, -oje, genitive -ogo; since 2026.12-12 plural -ye, -ie, feminine genitive -oy, -oi,
 *  -oj and plural genitive -ykh, -ych, -ikh ("radioelektronnykh tekhnologiy"). */
const ADJECTIVE_ENDINGS = ['yj', 'yy', 'yi', 'iy', 'ij', 'ii', 'y', 'i', 'aya', 'aja', 'oe', 'oye', 'oje', 'ogo', 'ye', 'ie', 'oy', 'oi', 'oj', 'ykh', 'ych', 'ikh'];

/** Stems of Russian industry adjectives (English, German, Polish, French and Czech romanisations) and the English the
 *  lists print for them. */
const RUSSIAN_INDUSTRY_WORDS: readonly (readonly [stems: readonly string[], reads: string])[] = [
  [['sudostroiteln', 'sudostroitieln'], 'shipbuilding'],
  [['mashinostroiteln', 'maschinostroiteln', 'masinostroiteln', 'machinostroiteln', 'maszynostroiteln'], 'machine building'],
  [['motorn'], 'motor'],
  [['traktorn'], 'tractor'],
  [['patronn'], 'cartridge'],
  [['khimichesk', 'chimitschesk', 'himichesk', 'chimichesk', 'himicesk'], 'chemical'],
  [['mekhanichesk', 'mechanitschesk', 'mehanichesk', 'mechanichesk', 'mechanicesk'], 'mechanical'],
  [['radiotekhnichesk', 'radiotechnitschesk', 'radiotehnichesk', 'radiotexnicesk'], 'radio engineering'],
  [['sudoremontn'], 'ship repair'],
  [['remontn', 'ramontn'], 'repair'],
  [['aviatsionn', 'awiazionn', 'aviacionn'], 'aviation'],
  [['issledovatelsk', 'issledowatelsk'], 'research'],
  [['konstruktorsk'], 'design'],
  [['proizvodstvenn', 'proiswodstwenn'], 'production'],
  // "CONCERN RADIO ELECTRONIC TECHNOLOGIES" ("RADIOELECTRONIC" written as one word meets it as a compound).
  [['radioelektronn'], 'radio electronic'],
];

/** Every romanisation and ending of the Russian industry adjectives, and what the lists translate it as. */
export const RUSSIAN_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  RUSSIAN_INDUSTRY_WORDS.flatMap(([stems, reads]) => stems.flatMap((stem) => ADJECTIVE_ENDINGS.map((e) => [stem + e, reads] as const))),
);

/** Words read apart from CANONICAL: abbreviations that are other words alone, read in full only together (the
 *  Turkish register's "San. ve Tic.", "sanayi ve ticaret": industry and trading; "ve" is a stop word; not the "San"
 *  of "San Diego"), and "ticaret" itself, which is no known word for the spelling correction (known-words.ts would
 *  read the Algerian city "Tiaret", one letter from it, as "trading"). */
export const TRADE_PHRASES: readonly (readonly [words: readonly string[], reads: string])[] = [
  [['san', 'tic'], 'industry trading'],
  // and "Tic. ve San." (since 2026.12-11).
  [['tic', 'san'], 'trading industry'],
  [['ticaret'], 'trading'],
  // "Dış Tic." (foreign trade), as the lists print it in full ("DIS TICARET"), since 2026.12-10.
  [['dis', 'tic'], 'dis trading'],
  [['ticareti'], 'trading'],
  // Russian "imeni" (named after), as the lists print it in English: "ZAVOD IMENI GORKOGO", "PLANT NAMED AFTER GORKY".
  [['imeni'], 'named after'],
  // Russian industry adjectives, in each romanisation and ending, as the lists translate them (since 2026.12-11):
  // "Sudostroitelnyj Sawod" is the listed "SHIPBUILDING PLANT", "Nauchno-issledovatelskij Institut" a "SCIENTIFIC
  // RESEARCH INSTITUTE". The lists' own romanised names read so too ("AMURSKIY SUDOSTROITELNYI ZAVOD").
  ...[...RUSSIAN_ADJECTIVES].map(([word, reads]) => [[word], reads] as const),
  [['nauchno'], 'scientific'],
  [['optiko'], 'optical'],
  // Pinyin words of two English words (see PINYIN_WORDS): 进出口, 研究所, 研究院.
  [['jinchukou'], 'import export'],
  [['yanjiusuo'], 'research institute'],
  [['yanjiuyuan'], 'research institute'],
  // The forms of Russian state enterprises and institutions, written out in English or Russian, read as the acronym
  // registers and vendor masters write (since 2026.12-12): "FEDERAL STATE UNITARY ENTERPRISE BAZALT" is "FGUP Bazalt".
  [['federal', 'state', 'unitary', 'enterprise'], 'fgup'],
  [['federalnoe', 'state', 'unitarnoe', 'predpriyatie'], 'fgup'],
  [['federalnoe', 'state', 'unitarnoe', 'predpriiatie'], 'fgup'],
  [['state', 'unitary', 'enterprise'], 'gup'],
  [['state', 'unitarnoe', 'predpriyatie'], 'gup'],
  [['federal', 'state', 'budgetary', 'institution'], 'fgbu'],
  [['federal', 'state', 'budget', 'institution'], 'fgbu'],
  [['federalnoe', 'state', 'byudzhetnoe', 'uchrezhdenie'], 'fgbu'],
  [['federal', 'state', 'enterprise'], 'fkp'],
  [['federal', 'state', 'owned', 'enterprise'], 'fkp'],
  [['federalnoe', 'kazennoe', 'predpriyatie'], 'fkp'],
  [['federalnoe', 'kazennoe', 'predpriiatie'], 'fkp'],
];

/** A country's adjective reads as the country ("Iraqi Trade Center" is "Iraq Trade Center"); both are places. Kept
 *  apart from CANONICAL so that known-words.ts does not read a name one letter from an adjective ("Russtan") as it. */
export const COUNTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    chinese: 'china', russian: 'russia', iranian: 'iran', iraqi: 'iraq', korean: 'korea', syrian: 'syria', japanese: 'japan',
    indian: 'india', american: 'america', british: 'britain', german: 'germany', french: 'france', european: 'europe',
    asian: 'asia', african: 'africa', lebanese: 'lebanon', pakistani: 'pakistan',
  }),
);

/**
 * Abbreviations that vendor masters use for more than one word ("Elec." for Electric and for Electronics). Folding
 * one to either word would miss the other, so the token is kept as written and matches each of its readings
 * (candidate-index.ts). Every reading is a generic word, so the abbreviation weighs as one.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['elec', ['electronic', 'electric']],
  ['electr', ['electronic', 'electric']],
  ['comm', ['communication', 'commercial']],
  ['mach', ['machinery', 'machine']],
  // Since 2026.12-10: "Ind." for Industries, "Gen." for General and "Imp. Exp." for Import Export, kept as written
  // for the lists' "IND" (India, initials), "GEN" (generation) and the like.
  ['ind', ['industry']],
  ['gen', ['general']],
  ['imp', ['import']],
  ['exp', ['export', 'express']],
  // "Ins." for Institution ("GHAVAMIN FINANCIAL & CREDIT INS."), Institute or Insurance.
  ['ins', ['institution', 'institute', 'insurance']],
]);

/**
 * Words that describe what a company does or how it is organised, not which company it is. They are rare in
 * designation lists but common among vendors ("cloud", "software"), so list-derived rarity alone would call them
 * distinctive. Their weight is capped (token-weights.ts): they support a match but never make one.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'technology', 'international', 'industry', 'holding', 'service', 'solution', 'system', 'network', 'communication',
  'electronic', 'electric', 'information', 'digital', 'data', 'cloud', 'computing', 'computer', 'software', 'hardware',
  'internet', 'online', 'web', 'media', 'television', 'telecom', 'mobile', 'wireless', 'science', 'research', 'institute',
  'development', 'engineering', 'manufacturing', 'equipment', 'product', 'material', 'resource', 'energy', 'power',
  'trading', 'import', 'export', 'investment', 'capital', 'finance', 'financial', 'management', 'consulting',
  'consultancy', 'advisory', 'partner', 'associate', 'venture', 'enterprise', 'general', 'national', 'global', 'world',
  'worldwide', 'universal', 'united', 'new', 'first', 'modern', 'advanced', 'innovation', 'innovative', 'smart',
  'intelligent', 'intelligence', 'artificial', 'ai', 'automation', 'precision', 'instrument', 'device', 'machine',
  'machinery', 'tool', 'tools', 'logistics', 'shipping', 'transport', 'transportation', 'freight', 'marine', 'maritime',
  'aviation', 'aerospace', 'air', 'airline', 'airlines', 'space', 'defense', 'defence', 'security', 'bank', 'banking',
  'bancorp', 'bancorporation', 'banco', 'banque',
  'insurance', 'exchange', 'market', 'commercial', 'business', 'center', 'office', 'department', 'agency', 'bureau',
  'factory', 'plant', 'works', 'store', 'house', 'real', 'estate', 'property', 'properties', 'construction', 'building',
  'design', 'health', 'healthcare', 'medical', 'pharmaceutical', 'bio', 'biotech', 'biotechnology', 'life', 'chemical',
  'oil', 'gas', 'petroleum', 'petrochemical', 'mining', 'metal', 'metals', 'steel', 'automotive', 'motor', 'motors',
  'vehicle', 'food', 'foods', 'agriculture', 'agricultural', 'education', 'university', 'academy', 'foundation',
  'association', 'society', 'council', 'committee', 'organization', 'organisation', 'union', 'cooperative',
  // Since 2026.12-25: a charity's kind, as "foundation" is ("AL-HARAMAIN CHARITABLE FOUNDATION", الخيرية).
  'charity', 'charitable',
  'federation', 'republic', 'laboratory', 'studio', 'studios', 'entertainment', 'travel', 'tourism', 'hotel', 'hotels', 'company',
  'semiconductor', 'microelectronic', 'optoelectronic', 'optical', 'photonic', 'integrated', 'circuit', 'platform',
  'analytics', 'apps', 'app', 'hub', 'group', 'corporation', 'limited', 'plc', 'branch', 'subsidiary',
  // Russian state enterprise forms (TRADE_PHRASES).
  'fgup', 'gup', 'fgbu', 'fkp',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'basic', 'applied',
  'heavy', 'light', 'green', 'clean', 'environmental', 'water', 'cyber', 'robotics', 'vision', 'imaging',
  'trust', 'fund', 'credit', 'leasing', 'supply', 'supplies', 'chain', 'brothers', 'sons', 'family', 'informatics',
  'telematics', 'joint', 'open', 'closed', 'public', 'private', 'distribution', 'retail', 'wholesale', 'express', 'professional', 'specialist', 'expert',
  // Since 2026.12-8: what a subsidiary's name adds to its group's brand ("CHINA UNICOM (AMERICAS) OPERATIONS",
  // "ALIBABA.COM SINGAPORE E-COMMERCE"); none of them is all of a listed name with the words above.
  'operations', 'operation', 'commerce', 'ecommerce', 'com', 'marketing', 'sales', 'support', 'consumer', 'payments',
  'payment', 'gaming', 'games', 'content', 'music', 'video', 'pictures', 'creative', 'interactive', 'search', 'mobility',
  'outsourcing', 'staffing', 'training', 'learning', 'hospital', 'clinic', 'care', 'diagnostics', 'therapeutics', 'parts',
  'accessories', 'appliances', 'lighting', 'renewable', 'utilities', 'connectivity', 'broadband', 'cable', 'fiber',
  'fibre', 'optics', 'sensors', 'delivery', 'packaging', 'textile', 'apparel', 'fashion', 'furniture', 'infrastructure',
  'hosting', 'microsystems', 'assets', 'realty', 'representative', 'headquarters', 'procurement', 'sourcing',
  'purchasing', 'vendor',
  ...AMBIGUOUS_ABBREVIATIONS.keys(),
]);

/**
 * Ordinary words that companies everywhere take as names ("Phoenix", "Atlas", "Golden Star"). The lists carry
 * each of them only a few times, so list-derived rarity calls them very distinctive, yet an unrelated vendor is
 * likely to share one. Their weight is capped below that of a coined name ("Hikvision"): enough to make a match
 * when the whole name agrees, not enough to send "Phoenix Technologies" to review because of "LLC Phoenix".
 */
export const COMMON_NAME_WORDS: ReadonlySet<string> = new Set([
  'phoenix', 'aurora', 'atlas', 'delta', 'omega', 'alpha', 'beta', 'gamma', 'sigma', 'kappa', 'lambda', 'zeta',
  'theta', 'vertex', 'apex', 'summit', 'zenith', 'pinnacle', 'peak', 'orion', 'polaris', 'nova', 'stellar', 'star',
  'stars', 'sun', 'sunrise', 'sunset', 'sunshine', 'solar', 'lunar', 'moon', 'sky', 'skies', 'blue', 'red', 'white',
  'black', 'gold', 'golden', 'silver', 'platinum', 'diamond', 'emerald', 'sapphire', 'ruby', 'crystal', 'pearl',
  'jade', 'amber', 'royal', 'imperial', 'premier', 'prime', 'liberty', 'freedom', 'eagle', 'falcon', 'hawk', 'lion',
  'tiger', 'panther', 'jaguar', 'dragon', 'titan', 'quantum', 'spectrum', 'matrix', 'nexus', 'vector', 'fusion',
  'infinity', 'horizon', 'meridian', 'atlantic', 'ocean', 'sea', 'river', 'lake', 'mountain', 'rock', 'stone',
  'bridge', 'gate', 'gateway', 'tower', 'crown', 'shield', 'arrow', 'spark', 'bright', 'swift', 'rapid', 'allied',
  'pioneer', 'frontier', 'vanguard', 'legacy', 'heritage', 'harmony', 'unity', 'victory', 'triumph', 'elite', 'ace',
  'best', 'top', 'super', 'mega', 'ultra', 'max', 'pro', 'future', 'dynamic', 'dynamics', 'synergy', 'strategic',
  'quality', 'standard', 'classic', 'century', 'millennium', 'continental', 'orient', 'oriental', 'metro', 'city',
  'urban', 'fortune', 'prosperity', 'success', 'evergreen', 'oak', 'pine', 'cedar', 'maple', 'palm', 'olive', 'rose',
  'lotus', 'iris', 'lily', 'orchid', 'ivy', 'sage', 'cosmos', 'galaxy', 'planet', 'earth', 'terra', 'globe', 'wave',
  'wind', 'fire', 'ice', 'line', 'point', 'link', 'net', 'core', 'key', 'one', 'great', 'grand', 'big', 'little',
  'wall', 'road', 'silk', 'way', 'bay', 'harbor', 'harbour', 'island', 'valley', 'park', 'field', 'hill', 'forest',
  'garden', 'spring', 'sino', 'euro', 'trans', 'inter', 'intel', 'digi', 'eco', 'medi', 'agro', 'petro', 'neo',
  'nano', 'micro', 'macro', 'genius', 'wisdom', 'wise', 'trident', 'sterling', 'crescent', 'king', 'queen', 'prince',
  'knight', 'castle', 'anchor', 'compass', 'beacon', 'lighthouse', 'harvest', 'fortress', 'citadel', 'monarch',
  'empire', 'kingdom', 'paradise', 'oasis', 'desert', 'sahara', 'everest', 'olympus', 'olympic', 'apollo', 'mercury',
  'venus', 'mars', 'jupiter', 'saturn', 'neptune', 'pluto', 'gemini', 'leo', 'aries', 'libra', 'pegasus', 'hermes',
  'zeus', 'athena', 'minerva', 'aegis', 'sentinel', 'guardian', 'patriot', 'ranger', 'voyager', 'explorer',
  'navigator', 'discovery', 'genesis', 'origin', 'element', 'elements', 'essence', 'spirit', 'soul', 'heart', 'hope',
  'faith', 'grace', 'joy', 'lucky', 'happy', 'rich', 'wealth', 'treasure', 'bonanza', 'jewel', 'pyramid', 'sphinx',
  'bamboo', 'panda',
]);

/**
 * Places. A shared "Beijing" or "Moscow" says little (thousands of companies carry it) and a differing one says
 * little against a match (subsidiaries are named after where they sit), so places weigh little both ways.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  // Countries and regions common in vendor and list names.
  'china', 'prc', 'russia', 'iran', 'korea', 'dprk', 'japan', 'india', 'us', 'usa', 'america', 'americas', 'uk',
  'britain', 'england', 'english', 'germany', 'france', 'europe', 'asia', 'pacific', 'africa',
  'hong', 'kong', 'hk', 'macau', 'macao', 'taiwan', 'singapore', 'malaysia', 'indonesia', 'thailand', 'vietnam',
  'dubai', 'uae', 'emirates', 'turkey', 'syria', 'iraq', 'lebanon', 'pakistan', 'afghanistan', 'venezuela',
  'cuba', 'belarus', 'ukraine', 'kazakhstan', 'uzbekistan', 'armenia', 'canada', 'australia', 'brazil', 'mexico',
  'italy', 'spain', 'netherlands', 'switzerland', 'sweden', 'israel', 'egypt', 'saudi', 'arabia', 'qatar', 'kuwait',
  'oman', 'bahrain', 'yemen', 'libya', 'sudan', 'nigeria', 'myanmar', 'burma', 'cambodia', 'laos', 'mongolia',
  'inner', 'tibet', 'xinjiang', 'crimea', 'donetsk', 'luhansk',
  // Chinese provinces and large cities, as the lists spell them.
  'beijing', 'shanghai', 'tianjin', 'chongqing', 'guangzhou', 'shenzhen', 'hangzhou', 'nanjing', 'suzhou', 'wuhan',
  'chengdu', 'xian', 'xiamen', 'qingdao', 'dalian', 'shenyang', 'harbin', 'changsha', 'zhengzhou', 'jinan', 'hefei',
  'fuzhou', 'kunming', 'guiyang', 'nanchang', 'wuxi', 'ningbo', 'zhuhai', 'dongguan', 'foshan', 'changchun',
  'shijiazhuang', 'taiyuan', 'lanzhou', 'nanning', 'haikou', 'urumqi', 'hohhot', 'lhasa', 'yinchuan', 'xining',
  'mianyang', 'baoding', 'changzhou', 'wenzhou', 'yantai', 'luoyang', 'guangdong', 'zhejiang', 'jiangsu', 'shandong',
  'henan', 'hebei', 'hunan', 'hubei', 'sichuan', 'fujian', 'anhui', 'jiangxi', 'liaoning', 'jilin', 'heilongjiang',
  'shaanxi', 'shanxi', 'yunnan', 'guizhou', 'gansu', 'qinghai', 'hainan', 'guangxi', 'ningxia', 'taipei',
  // Other large cities frequent in list addresses and names.
  'moscow', 'petersburg', 'tehran', 'pyongyang', 'damascus', 'beirut', 'baghdad', 'caracas', 'havana', 'minsk',
  'london', 'paris', 'berlin', 'tokyo', 'seoul', 'istanbul', 'karachi', 'lahore', 'delhi', 'mumbai',
]);
