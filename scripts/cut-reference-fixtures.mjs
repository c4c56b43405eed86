// Cuts the excerpts in tests/fixtures/reference-data from the team's reference-data folder, which lives outside
// this repository. Each excerpt is whole original records, byte for byte (encoding, CRLF line ends and OFAC's
// closing 0x1A byte kept), in their original order; small files are copied whole. SOURCES.md there says where each
// file came from and repeats the rules below. Files the default pack already holds are not copied: the tests read
// them from assets/reference-pack (tests/reference-data.ts).
// Run: node scripts/cut-reference-fixtures.mjs /path/to/reference-data
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'tests', 'fixtures', 'reference-data');

if (!process.argv[2] || process.argv.length > 3) {
  console.error('Usage: node scripts/cut-reference-fixtures.mjs /path/to/reference-data');
  process.exit(2);
}
const source = path.resolve(process.argv[2]);

const read = (rel) => fs.readFileSync(path.join(source, rel));
function write(rel, bytes) {
  fs.mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
  fs.writeFileSync(path.join(target, rel), bytes);
  console.log(`${rel}: ${bytes.length} bytes`);
}

/** An OFAC legacy CSV as its records (each with its own CRLF, quotes respected) and what follows the last one (0x1A). */
function records(bytes) {
  const out = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x0a && !quoted) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  return { records: out, trailer: bytes.subarray(start) };
}

/** The fields of one record (Latin-1), unquoted; enough to read ent_num, SDN_Type and Country. */
function fields(record) {
  const text = record.toString('latin1').replace(/\r?\n$/, '');
  const out = [];
  let field = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/** The records of `rel` that `keep` accepts, then the file's own ending. */
function excerpt(rel, keep) {
  const { records: all, trailer } = records(read(rel));
  const kept = all.filter((r, i) => keep(fields(r), i, all.length));
  return Buffer.concat([...kept, trailer]);
}

const copy = (rel) => write(rel, read(rel));

// OFAC SDN 2021-07-07: the first 600 sdn.csv records, the records continued in sdn_comments.csv and those the tests
// name (8244, 12300), and the last record (right before the closing 0x1A); alt.csv and add.csv rows of those
// entries only, so the set still joins without a warning; sdn_comments.csv whole.
const sdn2021 = 'ofac-sdn/2021-07-07';
const comments = new Set(records(read(`${sdn2021}/sdn_comments.csv`)).records.map((r) => fields(r)[0]));
const named = new Set(['8244', '12300', ...comments]);
const sdnExcerpt = excerpt(`${sdn2021}/sdn.csv`, ([id], i, n) => i < 600 || i === n - 1 || named.has(id));
const kept2021 = new Set(records(sdnExcerpt).records.map((r) => fields(r)[0]));
write(`${sdn2021}/sdn.csv`, sdnExcerpt);
for (const file of ['alt.csv', 'add.csv']) write(`${sdn2021}/${file}`, excerpt(`${sdn2021}/${file}`, ([id]) => kept2021.has(id)));
copy(`${sdn2021}/sdn_comments.csv`);

// OFAC SDN 2025-12-24 partial: the alias and address rows of the entities (SDN_Type "-0-") of the 2024-05-03
// sdn.csv, which is what the matcher tests join them to; addresses only where the Country is one of the six the
// tests' loader reads (it ignores every other). sdn_comments.csv whole.
const partial = 'ofac-sdn/2025-12-24-partial';
const entities = new Set(
  records(read('ofac-sdn/2024-05-03/sdn.csv'))
    .records.map(fields)
    .filter((f) => f[2] === '-0-')
    .map((f) => f[0]),
);
const COUNTRIES = new Set(['China', 'Hong Kong', 'Russia', 'Iran', 'United Arab Emirates', 'Colombia']);
write(`${partial}/alt.csv`, excerpt(`${partial}/alt.csv`, ([id]) => entities.has(id)));
write(`${partial}/add.csv`, excerpt(`${partial}/add.csv`, ([id, , , , country]) => entities.has(id) && COUNTRIES.has(country)));
copy(`${partial}/sdn_comments.csv`);

copy('treasury-ns-cmic/ns-cmic-extract.csv');
copy('trade-gov-csl/2025-06-25-sample/consolidated.csv');
