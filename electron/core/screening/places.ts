// Places a vendor master appends to a company's name ("… CO LTD SHENZHEN", "… MOSCOW RUSSIAN FEDERATION",
// "… P.R. CHINA"): usually an address fragment. At the end of a vendor's name they cost little when a listed name
// lacks them, and count as the country the vendor is in; a listed name that has them still matches them, since a
// place can be part of a name too ("Novatek-Perm", "Huawei Technologies Düsseldorf GmbH").
import { alpha3ToAlpha2, getNames, registerLocale } from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { normaliseName } from './normalise';
import { phoneticKey } from './token-similarity';
import worldCities from './world-cities.json';

registerLocale(en);

/** Names of countries the ISO list writes otherwise, and common short forms, by ISO code. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ['PRC', 'P.R. China', 'PR China', 'P R China', "People's Republic of China", 'Mainland China', 'China Mainland'],
  HK: ['HK', 'Hong Kong SAR', 'Hongkong', 'Kowloon'],
  MO: ['Macao SAR', 'Macau'],
  TW: ['Taiwan ROC', 'ROC'],
  RU: ['Russian Federation', 'RF'],
  US: ['USA', 'U.S.A.', 'US', 'U.S.', 'United States of America'],
  GB: ['UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Wales'],
  AE: ['UAE', 'U.A.E.'],
  KP: ['DPRK', 'North Korea', 'DPR Korea', 'DPR of Korea', 'D.P.R. Korea'],
  KR: ['ROK', 'South Korea'],
  IR: ['Islamic Republic of Iran', 'IRI', 'I.R. Iran', 'IR of Iran'],
  SY: ['Syrian Arab Republic'],
  VE: ['Bolivarian Republic of Venezuela'],
  // "RB": Respublika Belarus, as Belarusian addresses end (since 2026.12-11).
  BY: ['Byelorussia', 'RB'],
};

/** Cities and regions vendor masters append, by ISO code of their country. */
const CITIES: Readonly<Record<string, readonly string[]>> = {
  CN: [
    'Beijing', 'Peking', 'Shanghai', 'Tianjin', 'Chongqing', 'Guangzhou', 'Shenzhen', 'Hangzhou', 'Nanjing', 'Suzhou', 'Wuhan', 'Chengdu',
    "Xi'an", 'Xian', 'Xiamen', 'Qingdao', 'Dalian', 'Shenyang', 'Harbin', 'Changsha', 'Zhengzhou', 'Jinan', 'Hefei', 'Fuzhou',
    'Kunming', 'Guiyang', 'Nanchang', 'Wuxi', 'Ningbo', 'Zhuhai', 'Dongguan', 'Foshan', 'Changchun', 'Shijiazhuang', 'Taiyuan',
    'Lanzhou', 'Nanning', 'Haikou', 'Urumqi', 'Hohhot', 'Mianyang', 'Baoding', 'Changzhou', 'Wenzhou', 'Yantai', 'Luoyang',
    'Huizhou', 'Zhongshan', 'Shantou', 'Guangdong', 'Zhejiang', 'Jiangsu', 'Shandong', 'Henan', 'Hebei', 'Hunan', 'Hubei',
    'Sichuan', 'Fujian', 'Anhui', 'Jiangxi', 'Liaoning', 'Jilin', 'Heilongjiang', 'Shaanxi', 'Shanxi', 'Yunnan', 'Guizhou',
    'Gansu', 'Qinghai', 'Hainan', 'Guangxi', 'Ningxia', 'Xinjiang', 'Inner Mongolia', 'Pudong', 'Haidian', 'Nanshan', 'Futian',
    // Since 2026.12-10: districts and technology parks that addresses name after the city or instead of it.
    'Binjiang', 'Jiading', 'Minhang', 'Xuhui', 'Changning', 'Yangpu', 'Songjiang', 'Zhangjiang', 'Lingang', 'Xicheng',
    'Dongcheng', 'Chaoyang', 'Fengtai', 'Shunyi', 'Daxing', 'Changping', 'Yizhuang', 'Zhongguancun', 'Longgang', "Bao'an",
    'Baoan', 'Luohu', 'Longhua', 'Tianhe', 'Panyu', 'Yuhang', 'Xiaoshan', 'Jiangning', 'Huangdao', 'Binhai',
    // Since 2026.12-11: Wuhan's East Lake (Donghu) high-technology zone, "Optics Valley".
    'East Lake', 'Donghu', 'Optics Valley',
  ],
  HK: ['Hong Kong', 'Kowloon', 'Wan Chai', 'Tsim Sha Tsui', 'Central Hong Kong',
    // Since 2026.12-11: the business districts Hong Kong addresses give before "Kowloon" or "Hong Kong".
    'Kwun Tong', 'Sheung Wan', 'Mong Kok', 'Causeway Bay', 'Sha Tin', 'Tsuen Wan', 'Kwai Chung', 'Yau Ma Tei', 'Hung Hom', 'Quarry Bay',
    'Tuen Mun', 'Yuen Long', 'Lai Chi Kok', 'Cheung Sha Wan', 'San Po Kong', 'Kowloon Bay', 'Tsing Yi', 'North Point', 'Fanling', 'Sheung Shui'],
  TW: ['Taipei', 'Hsinchu', 'Taichung', 'Kaohsiung', 'Tainan'],
  // The cities' own romanised names too, as Russian, Iranian and Chinese registers write them.
  RU: ['Moscow', 'Moskva', 'Sankt-Peterburg', 'Sankt Peterburg', 'St Petersburg', 'Saint Petersburg', 'St. Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Nizhny Novgorod', 'Samara', 'Omsk', 'Chelyabinsk', 'Rostov-on-Don', 'Ufa', 'Krasnoyarsk', 'Perm', 'Voronezh', 'Volgograd', 'Tomsk', 'Tula', 'Izhevsk', 'Vladivostok', 'Kaliningrad', 'Sevastopol', 'Simferopol', 'Zelenograd',
    // Since 2026.12-10: the science and defence-industry towns the lists' Russian entities are registered in.
    'Dolgoprudny', 'Dolgoprudnyy', 'Zhukovsky', 'Zhukovskiy', 'Korolev', 'Korolyov', 'Fryazino', 'Sarov', 'Obninsk', 'Snezhinsk',
    'Kamensk-Uralsky', 'Kamensk-Uralskiy', 'Komsomolsk-na-Amure', 'Komsomolsk-na-Amuru', 'Komsomolsk-on-Amur', 'Khimki', 'Podolsk', 'Taganrog', 'Severodvinsk', 'Moscow Region', 'Moscow Oblast', 'Moskovskaya Oblast',
    // and the regions addresses give after the city ("IZHEVSK, UDMURT REPUBLIC"; an oblast or krai takes its qualifier).
    'Udmurtia', 'Udmurt Republic', 'Tatarstan', 'Republic of Tatarstan', 'Bashkortostan', 'Republic of Bashkortostan', 'Chuvashia',
    'Mordovia', 'Sverdlovsk', 'Leningrad', 'Primorsky', 'Primorye', 'Krasnodar', 'Perm Krai', 'Khabarovsk', 'Altai'],
  IR: ['Tehran', 'Teheran', 'Esfahan', 'Isfahan', 'Mashhad', 'Tabriz', 'Shiraz', 'Karaj', 'Qom', 'Bandar Abbas',
    // Since 2026.12-10: other cities and the free-trade islands Iranian companies are registered in.
    'Ahvaz', 'Ahwaz', 'Bushehr', 'Asaluyeh', 'Kish', 'Kish Island', 'Qeshm', 'Yazd', 'Kerman', 'Rasht', 'Urmia', 'Semnan'],
  BY: ['Minsk', 'Gomel', 'Brest', 'Vitebsk', 'Grodno', 'Mogilev', 'Novopolotsk', 'Polotsk'],
  AE: ['Dubai', 'Abu Dhabi', 'Sharjah', 'Ajman', 'Jebel Ali', 'Fujairah', 'Ras Al Khaimah', 'Deira', 'Bur Dubai', 'Jumeirah',
    // Dubai's business districts and free zones, where trading companies give their address.
    'Jumeirah Lakes Towers', 'JLT', 'Dubai Silicon Oasis', 'Dubai Internet City', 'Dubai Media City', 'Dubai Marina', 'Business Bay'],
  KP: ['Pyongyang'],
  SY: ['Damascus', 'Dimashq', 'Aleppo', 'Halab', 'Latakia'],
  LB: ['Beirut'],
  IQ: ['Baghdad', 'Basra', 'Erbil'],
  TR: ['Istanbul', 'Ankara', 'Izmir'],
  PK: ['Karachi', 'Lahore', 'Islamabad', 'Rawalpindi'],
  IN: ['Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Chennai', 'Hyderabad', 'Pune', 'Kolkata', 'Gurgaon', 'Gurugram', 'Noida'],
  VE: ['Caracas', 'Maracaibo'],
  CU: ['Havana'],
  KZ: ['Almaty', 'Astana', 'Nur-Sultan'],
  UZ: ['Tashkent'],
  AM: ['Yerevan'],
  GE: ['Tbilisi'],
  UA: ['Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Dnipro', 'Lviv',
    // Since 2026.12-11: Crimea and its towns, where the lists' Crimean entities are (Ukraine by ISO 3166).
    'Crimea', 'Krym', 'Republic of Crimea', 'Feodosia', 'Feodosiya', 'Kerch', 'Yalta', 'Yevpatoriya', 'Evpatoria', 'Dzhankoy'],
  JP: ['Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Kyoto', 'Fukuoka'],
  KR: ['Seoul', 'Busan', 'Incheon', 'Pangyo', 'Seongnam'],
  SG: ['Singapore'],
  MY: ['Kuala Lumpur'],
  TH: ['Bangkok'],
  VN: ['Hanoi', 'Ho Chi Minh City', 'Saigon'],
  ID: ['Jakarta'],
  PH: ['Manila', 'Makati'],
  GB: ['London', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Cambridge', 'Oxford', 'Reading'],
  IE: ['Dublin', 'Cork'],
  DE: ['Berlin', 'Munich', 'Muenchen', 'München', 'Frankfurt', 'Frankfurt am Main', 'Hamburg', 'Cologne', 'Köln', 'Stuttgart', 'Düsseldorf', 'Dusseldorf'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nice'],
  NL: ['Amsterdam', 'Rotterdam', 'The Hague', 'Eindhoven'],
  BE: ['Brussels', 'Antwerp'],
  CH: ['Zurich', 'Zürich', 'Geneva', 'Basel', 'Bern', 'Lausanne', 'Zug'],
  AT: ['Vienna', 'Wien'],
  IT: ['Milan', 'Milano', 'Rome', 'Roma', 'Turin'],
  ES: ['Madrid', 'Barcelona'],
  SE: ['Stockholm', 'Gothenburg'],
  NO: ['Oslo'],
  DK: ['Copenhagen'],
  FI: ['Helsinki', 'Espoo'],
  PL: ['Warsaw', 'Krakow'],
  CZ: ['Prague'],
  US: ['New York', 'NY', 'San Francisco', 'Los Angeles', 'Seattle', 'Boston', 'Chicago', 'Austin', 'Dallas', 'Houston', 'Atlanta', 'Washington DC', 'Palo Alto', 'Mountain View', 'San Jose', 'Santa Clara', 'Redmond', 'Cupertino', 'Menlo Park', 'Delaware', 'California', 'Texas', 'Virginia'],
  CA: ['Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Calgary'],
  AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Canberra'],
  BR: ['Sao Paulo', 'São Paulo', 'Rio de Janeiro'],
  MX: ['Mexico City', 'Monterrey', 'Guadalajara'],
  IL: ['Tel Aviv', 'Jerusalem', 'Haifa'],
  SA: ['Riyadh', 'Jeddah'],
  QA: ['Doha'],
  EG: ['Cairo', 'Alexandria'],
  // Capitals and trading cities vendor masters append elsewhere (a city in a name is still matched as part of it).
  RS: ['Belgrade', 'Beograd', 'Novi Sad'],
  BA: ['Sarajevo'],
  HR: ['Zagreb'],
  SI: ['Ljubljana'],
  MK: ['Skopje'],
  AL: ['Tirana'],
  BG: ['Sofia'],
  RO: ['Bucharest'],
  HU: ['Budapest'],
  SK: ['Bratislava'],
  GR: ['Athens', 'Piraeus', 'Thessaloniki'],
  CY: ['Nicosia', 'Limassol', 'Larnaca'],
  MT: ['Valletta'],
  PT: ['Lisbon', 'Lisboa', 'Porto'],
  LU: ['Luxembourg City'],
  LV: ['Riga'],
  LT: ['Vilnius'],
  EE: ['Tallinn'],
  MD: ['Chisinau'],
  AZ: ['Baku'],
  KG: ['Bishkek'],
  TJ: ['Dushanbe'],
  TM: ['Ashgabat'],
  MN: ['Ulaanbaatar', 'Ulan Bator'],
  AF: ['Kabul'],
  JO: ['Amman'],
  OM: ['Muscat'],
  KW: ['Kuwait City'],
  BH: ['Manama'],
  YE: ["Sana'a", 'Sanaa', 'Aden'],
  LY: ['Tripoli', 'Benghazi'],
  TN: ['Tunis'],
  DZ: ['Algiers'],
  MA: ['Casablanca', 'Rabat'],
  SD: ['Khartoum'],
  ET: ['Addis Ababa'],
  KE: ['Nairobi'],
  NG: ['Lagos', 'Abuja'],
  ZA: ['Johannesburg', 'Cape Town', 'Pretoria'],
  MM: ['Yangon', 'Rangoon', 'Naypyidaw', 'Mandalay'],
  KH: ['Phnom Penh'],
  LA: ['Vientiane'],
  BD: ['Dhaka'],
  LK: ['Colombo'],
  NP: ['Kathmandu'],
  NI: ['Managua'],
  PY: ['Asuncion', 'Asunción', 'Ciudad del Este'],
  PA: ['Panama City'],
  CO: ['Bogota', 'Bogotá', 'Medellin'],
  PE: ['Lima'],
  CL: ['Santiago de Chile'],
  AR: ['Buenos Aires'],
  BO: ['La Paz', 'Santa Cruz de la Sierra'],
  EC: ['Quito', 'Guayaquil'],
  GT: ['Guatemala City'],
  HN: ['Tegucigalpa'],
  SV: ['San Salvador'],
  DO: ['Santo Domingo'],
  NZ: ['Auckland', 'Wellington'],
};

/** Parts of the world a group's regional company is named after ("DJI EUROPE B.V.", "MGI AMERICAS INC."): places
 *  in no one country. */
const REGIONS: readonly string[] = [
  'Europe', 'Americas', 'North America', 'Latin America', 'LATAM', 'Asia', 'Asia Pacific', 'APAC', 'EMEA', 'Middle East',
  'Africa', 'Oceania', 'Nordics', 'Nordic', 'Benelux', 'DACH', 'Greater China', 'Southeast Asia', 'South East Asia',
];

/** Countries whose places are romanised from another script, each hand its own way: their one-word places are also
 *  found by their phonetic key (token-similarity.ts; since 2026.12-10), "Rjasan" and "Moskwa" as Ryazan and Moskva. */
export const ROMANISED_COUNTRIES: ReadonlySet<string> = new Set([
  'RU', 'BY', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'IR', 'IQ', 'SY', 'LB', 'AE', 'SA', 'YE', 'KP', 'AF', 'PK',
]);

/** What a place phrase is: a country (or its short form), a city or region of the list above (or, since 2026.12-12,
 *  a city of the gazetteer below in ROMANISED_COUNTRIES), a part of the world (REGIONS, in no one country), a city of
 *  the world gazetteer that the list above does not name (world-cities.json: every city of 100,000 people), or (since
 *  2026.12-12) a town of the gazetteer, of 20,000 people or more in ROMANISED_COUNTRIES ("Kaspiysk", "Lytkarino"). A
 *  town's name is as often a company's ("Sokol"): it is a place only where the name gives its address, after a comma
 *  or after its legal form. */
export type PlaceKind = 'country' | 'city' | 'region' | 'gazetteer' | 'town';

/** Place phrases by their words joined with a space: the country each is in, and what kind of place it is. */
const PHRASES: ReadonlyMap<string, { country: string; kind: PlaceKind }> = (() => {
  const map = new Map<string, { country: string; kind: PlaceKind }>();
  // Normalised as names are, so that a phrase meets the vendor's tokens as written ("Russian" reads "russia").
  const add = (phrase: string, country: string, kind: PlaceKind) => {
    const words = normaliseName(phrase).tokens;
    if (words.length > 0 && !map.has(words.join(' '))) map.set(words.join(' '), { country, kind });
  };
  for (const [code, names] of Object.entries(getNames('en', { select: 'all' }))) for (const name of names) add(name, code, 'country');
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) for (const name of names) add(name, code, 'country');
  // "Republic of Belarus", "Republic of Kazakhstan": a country's official style, after its ISO names (which win).
  for (const [code, names] of Object.entries(getNames('en', { select: 'all' }))) for (const name of names) add(`Republic of ${name}`, code, 'country');
  for (const [code, names] of Object.entries(CITIES)) for (const name of names) add(name, code, 'city');
  for (const name of REGIONS) add(name, '', 'region');
  // Stored normalised (scripts/build-world-cities.ts): 6,000 names would take a tenth of a second to normalise.
  // A city of a country romanised from another script is no English word of a name ("Kovrov", "Reutov" are not
  // "Phoenix"): it counts as a city of the list above (since 2026.12-12).
  for (const [, country, words] of worldCities.cities as [string, string, string][]) {
    if (!map.has(words)) map.set(words, { country, kind: ROMANISED_COUNTRIES.has(country) ? 'city' : 'gazetteer' });
  }
  for (const [, country, words] of worldCities.towns as [string, string, string][]) if (!map.has(words)) map.set(words, { country, kind: 'town' });
  return map;
})();

/** Shortest word found by its phonetic key: shorter keys are shared by too many words. */
const SOUND_MIN_LENGTH = 5;

/** One-word places of ROMANISED_COUNTRIES by phonetic key; a key two countries' places share names neither. */
const PLACE_SOUNDS: ReadonlyMap<string, { country: string; kind: PlaceKind } | null> = (() => {
  const map = new Map<string, { country: string; kind: PlaceKind } | null>();
  for (const [phrase, place] of PHRASES) {
    if (phrase.includes(' ') || phrase.length < SOUND_MIN_LENGTH || !ROMANISED_COUNTRIES.has(place.country)) continue;
    const key = phoneticKey(phrase);
    const known = map.get(key);
    map.set(key, known === undefined || known?.country === place.country ? place : null);
  }
  return map;
})();

/** One-word places found by their sound, by the word as written (null: none), memoised: most words are asked about
 *  many times, and a phonetic key costs a dozen replacements. */
const soundedPlaces = new Map<string, { country: string; kind: PlaceKind } | null>();
const SOUNDED_PLACES_LIMIT = 50_000;

/** The place a phrase of matching tokens is: written as listed, or one word sounding like a place of PLACE_SOUNDS. */
function placeOf(phrase: string): { country: string; kind: PlaceKind } | undefined {
  const place = PHRASES.get(phrase);
  if (place || phrase.length < SOUND_MIN_LENGTH || phrase.includes(' ')) return place;
  let sounded = soundedPlaces.get(phrase);
  if (sounded === undefined) {
    sounded = PLACE_SOUNDS.get(phoneticKey(phrase)) ?? null;
    if (soundedPlaces.size >= SOUNDED_PLACES_LIMIT) soundedPlaces.clear();
    soundedPlaces.set(phrase, sounded);
  }
  return sounded ?? undefined;
}

const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));
/** The words place phrases end with: a name ending otherwise ends with no place (most names; checked first). */
const LAST_WORDS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((p) => p.split(' ').at(-1) ?? ''));

/** The country a phrase of matching tokens names, if it is a place in one ("russian federation" → RU). */
export function placeCountry(tokens: readonly string[]): string | null {
  return placeOf(tokens.join(' '))?.country || null;
}

/** Whether a word is a country's name as written ("azerbaijan", "georgia"), not one that sounds like it. */
export function isCountryWord(token: string): boolean {
  return PHRASES.get(token)?.kind === 'country';
}

/** What kind of place a phrase of matching tokens is, if it is one. */
export function placeKind(tokens: readonly string[]): PlaceKind | null {
  return placeOf(tokens.join(' '))?.kind ?? null;
}

/** placeKind where no address is being read: a town is no place there (see PlaceKind). */
export function placeKindInName(tokens: readonly string[]): Exclude<PlaceKind, 'town'> | null {
  const kind = placeKind(tokens);
  return kind === 'town' ? null : kind;
}

/** Words that qualify the place before them ("NANSHAN DISTRICT", "HEBEI PROVINCE", "JEBEL ALI FREE ZONE"): they go
 *  with it. Since 2026.12-11 also the Russian "obl." (oblast), "kray", "rayon" and "okrug", and "island" ("KISH
 *  ISLAND"). */
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  'district', 'province', 'city', 'county', 'region', 'oblast', 'krai', 'prefecture', 'municipality', 'governorate',
  'state', 'sar', 'free', 'zone', 'area', 'obl', 'kray', 'rayon', 'raion', 'okrug', 'island',
]);

/** The qualifiers of a Russian or other CIS region, which follow the region's adjective ("NIZHEGORODSKAYA OBL.",
 *  "PRIMORSKIY KRAY"). */
const REGION_QUALIFIERS: ReadonlySet<string> = new Set(['oblast', 'obl', 'krai', 'kray', 'rayon', 'raion', 'okrug']);
/** An adjective as Russian, Ukrainian and Belarusian regions are named ("-skaya", "-tskiy", "-ska"). */
const REGION_ADJECTIVE_RE = /(?:sk|tsk|ck)(?:aya|aja|iy|ij|ii|yi|yy|y|oy|oe|a|yj)$/;

/** Any adjective before a region's qualifier, as the region it names (since 2026.12-20): "NIZHEGORODSKAYA" in
 *  "DZERZHINSK NIZHEGORODSKAYA OBL", which no list of places has. `at` ends the adjective, `end` the address. */
function regionBeforeQualifier(tokens: readonly string[], at: number, end: number): { length: number; country: string; kind: PlaceKind } | null {
  const named = at > 1 && at < end && REGION_QUALIFIERS.has(tokens[at] ?? '') && REGION_ADJECTIVE_RE.test(tokens[at - 1] ?? '');
  return named ? { length: 1, country: '', kind: 'region' } : null;
}

/** Whether a word qualifies the place before it ("district", "province", "oblast"). */
export const isPlaceQualifier = (token: string): boolean => PLACE_QUALIFIERS.has(token);

/** Words that mark the place after them in Russian and other CIS addresses (since 2026.12-11): "g." (gorod, town),
 *  "pos." (settlement), "pgt" and "respublika" ("s.", a village, is left out: it is also an initial). */
const PLACE_MARKERS: ReadonlySet<string> = new Set(['g', 'gor', 'gorod', 'pos', 'pgt', 'respublika', 'resp']);

/** Whether a word marks the place after it ("g." of "G. ZHUKOV", "respublika"). */
export const isPlaceMarker = (token: string): boolean => PLACE_MARKERS.has(token);

/** Which of the tokens belong to a place, phrases of several words included ("velikiy novgorod", "kish island"):
 *  the longest place phrase from each token on. */
export function placeWords(tokens: readonly string[]): boolean[] {
  const placed = tokens.map(() => false);
  for (let start = 0; start < tokens.length; start++) {
    for (let length = Math.min(LONGEST, tokens.length - start); length >= 1; length--) {
      const phrase = tokens.slice(start, start + length).join(' ');
      if (!(length === 1 ? placeOf(phrase) : PHRASES.get(phrase))) continue;
      placed.fill(true, start, start + length);
      start += length - 1;
      break;
    }
  }
  return placed;
}

/** The longest place phrase ending at token `at`. */
function placeEndingAt(tokens: readonly string[], at: number): { length: number; country: string; kind: PlaceKind } | null {
  if (at <= 0) return null;
  const last = tokens[at - 1] ?? '';
  if (!LAST_WORDS.has(last)) {
    const sounding = placeOf(last);
    return sounding ? { length: 1, ...sounding } : null;
  }
  for (let length = Math.min(LONGEST, at); length >= 1; length--) {
    const place = PHRASES.get(tokens.slice(at - length, at).join(' '));
    if (place) return { length, ...place };
  }
  return null;
}

/**
 * The places beginning a name, as a Chinese name begins with its city or province (北京…, 中国…, 惠州…): the longest
 * place phrase at its start, again and again, while `keep(rest)` says enough name is left after them. Returns how
 * many tokens at the start are places, and the countries they are in.
 */
export function leadingPlaces(tokens: readonly string[], keep: (rest: readonly string[]) => boolean): { count: number; countries: string[] } {
  let start = 0;
  const countries: string[] = [];
  for (;;) {
    let found: { length: number; country: string } | null = null;
    for (let length = Math.min(LONGEST, tokens.length - start - 1); length >= 1 && !found; length--) {
      const place = PHRASES.get(tokens.slice(start, start + length).join(' '));
      if (place && place.kind !== 'town') found = { length, country: place.country };
    }
    if (!found || !keep(tokens.slice(start + found.length))) return { count: start, countries };
    start += found.length;
    if (found.country) countries.push(found.country);
  }
}

/** A postal code: digits only, at least four ("518129", "100083"; Iran's "1234-56789" is two such). */
const POSTCODE_RE = /^\d{4,10}$/;

/** The country an ISO 3166 code names, written as a word ("ru", "chn"), or null. */
function isoCode(token: string): string | null {
  if (token.length === 2) return /^[a-z]{2}$/.test(token) ? token.toUpperCase() : null;
  return token.length === 3 ? (alpha3ToAlpha2(token.toUpperCase()) ?? null) : null;
}

/**
 * The places ending a vendor's name tokens: the longest place phrase ending the name, again and again, as long as
 * `keep(rest)` says enough name is left before them ("Air China" keeps its "china"; `rest` may be empty). A place
 * takes the address words written after it: postal codes, qualifiers ("district", "province") and its own country's
 * ISO code ("MOSCOW RU", "TEHRAN IRN"; a code of another country is no address of that place). Returns how many
 * tokens at the end are places, and the countries they are in.
 */
export function trailingPlaces(
  tokens: readonly string[],
  keep: (rest: readonly string[], place: PlaceKind) => boolean,
): { count: number; countries: string[] } {
  let end = tokens.length;
  const countries: string[] = [];
  while (end > 0) {
    let at = end;
    let code: string | null = null;
    for (; at > 1; at--) {
      const t = tokens[at - 1] ?? '';
      if (PLACE_QUALIFIERS.has(t) || POSTCODE_RE.test(t)) continue;
      // A code only after the place: "RU MOSCOW" is not an address.
      const c = LAST_WORDS.has(t) ? null : isoCode(t);
      if (c === null || code !== null) break;
      code = c;
    }
    const found = placeEndingAt(tokens, at) ?? regionBeforeQualifier(tokens, at, end);
    if (!found || (code !== null && code !== found.country)) break;
    // A country after one of its own cities is that city's address ("… SYRIA DAMASCUS SYRIAN ARAB REPUBLIC"): it goes
    // whatever is left, and the city is judged on its own next.
    const ofItsCity = found.kind === 'country' && placeEndingAt(tokens, at - found.length)?.country === found.country;
    if (!ofItsCity && !keep(tokens.slice(0, at - found.length), found.kind)) break;
    end = at - found.length;
    if (found.country) countries.push(found.country);
  }
  return { count: tokens.length - end, countries };
}
