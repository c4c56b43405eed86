// A vendor file for the benches: real company names (the screening bench's unlisted companies, with a listed one every
// 250 rows), numbered so that each is unique, as a procurement team's inventory reads.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const LISTED = ['Huawei Technologies Co., Ltd.', 'Hikvision Digital Technology Co., Ltd.', 'Zhejiang Dahua Technology Co., Ltd.', 'DJI Technology Co., Ltd.'];

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
    lines.push(`"${name} (${i})",${i % 250 === 0 ? 'CN' : 'GB'},SaaS,Customer personal data,medium`);
  }
  const file = path.join(dir, 'vendors.csv');
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}
