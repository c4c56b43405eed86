// A vendor file for the benches: real company names (the screening bench's unlisted companies, with a listed one every
// 250 rows), numbered so that each is unique, as a procurement team's inventory reads. What the score reads of a
// record (countries, services, data shared, criticality) varies as in an inventory, a few thousand kinds of record in
// all: a file of one kind would flatter the scoring, which scores each kind of record once (scoring/scores.ts).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const LISTED = ['Huawei Technologies Co., Ltd.', 'Hikvision Digital Technology Co., Ltd.', 'Zhejiang Dahua Technology Co., Ltd.', 'DJI Technology Co., Ltd.'];
// Lengths prime to each other, so that their combinations cycle slowly (17 × 7 × 11 × 4 = 5,236 kinds of record).
const COUNTRIES = ['GB', 'US', 'DE', 'FR', 'NL', 'IE', 'SE', 'JP', 'IN', 'SG', 'CA', 'AU', 'CH', 'ES', 'IT', 'KR', 'IL'];
const SERVICES = ['SaaS', 'IaaS/PaaS', 'SaaS;AI model/API', 'Data processing', 'Professional services', 'Hardware', 'SaaS;Data processing'];
const DATA_SHARED = [
  'Customer personal data', 'None', 'IP addresses / device data', 'Customer personal data;Payment data', 'Source code', 'Location / Wi-Fi data',
  'Model weights / training data', 'Customer personal data;IP addresses / device data', 'Payment data', 'None', 'Customer personal data',
];
const CRITICALITY = ['medium', 'low', 'high', 'critical'];

/** Writes `count` vendors to DIR/vendors.csv and returns its path. */
export function vendorCsv(dir: string, count: number): string {
  const names = fs
    .readFileSync(path.join(ROOT, 'bench/screening/fixtures/unlisted-companies.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const lines = ['name,country,services,data_shared,criticality'];
  for (let i = 0; i < count; i++) {
    const name = i % 250 === 0 ? LISTED[(i / 250) % LISTED.length]! : names[i % names.length]!;
    const country = i % 250 === 0 ? 'CN' : COUNTRIES[i % COUNTRIES.length];
    lines.push(`"${name} (${i})",${country},${SERVICES[i % SERVICES.length]},${DATA_SHARED[i % DATA_SHARED.length]},${CRITICALITY[i % CRITICALITY.length]}`);
  }
  const file = path.join(dir, 'vendors.csv');
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}
