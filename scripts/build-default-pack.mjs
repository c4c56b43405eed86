// Builds the default list pack in assets/reference-pack from the team's reference-data folder (outside this
// repository; given as the argument): the data files only, copied byte for byte, with a manifest that keeps where
// each came from. Run: npm run build:pack -- /path/to/reference-data
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'assets', 'reference-pack');

/** One list per entry; the newest complete snapshot of each. */
const LISTS = [
  { folder: 'ofac-sdn/2024-05-03', files: ['sdn.csv'] },
  { folder: 'ofac-consolidated-non-sdn/2025-12-19', files: ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'] },
  { folder: 'trade-gov-csl/2023-11-30-truncated', files: ['csl.csv'] },
  { folder: 'bis-denied-persons/2023-11-30', files: ['dpl.txt'] },
  { folder: 'uk-fcdo-sanctions-list/2025-08-11', files: ['FCDO_SL_Mon_Aug 11 2025.ods'] },
  { folder: 'un-security-council/2026-02-27', files: ['UN_consolidated.xml'] },
  { folder: 'dod-1260h', files: ['1260h.csv'] },
];

/** Every file this script reads, relative to the source folder. */
const INPUTS = ['SOURCES.md', ...LISTS.flatMap((list) => list.files.map((file) => `${list.folder}/${file}`))];

if (process.argv.length !== 3 || ['-h', '--help'].includes(process.argv[2])) {
  console.error('Usage: npm run build:pack -- /path/to/reference-data');
  console.error(`Reads from that folder:\n${INPUTS.map((rel) => `  ${rel}`).join('\n')}`);
  process.exit(2);
}
const source = path.resolve(process.argv[2]);
// Check every input before the old pack is removed, so that a wrong folder changes nothing.
const missing = INPUTS.filter((rel) => !fs.statSync(path.join(source, rel), { throwIfNoEntry: false })?.isFile());
if (missing.length > 0) {
  console.error(`${source} is not the reference-data folder: it lacks ${missing.join(', ')}.`);
  process.exit(1);
}
console.log(`Building the default pack from ${source}:\n${INPUTS.map((rel) => `  ${rel}`).join('\n')}`);

const sources = fs.readFileSync(path.join(source, 'SOURCES.md'), 'utf8').split('\n');
/** The SOURCES.md table row for a file, kept verbatim as its provenance. */
const provenance = (folder, file) => sources.find((line) => line.startsWith('|') && line.includes(`${folder}/`) && line.includes(file.split('.')[0])) ?? null;

fs.rmSync(target, { recursive: true, force: true });
const manifest = {
  note: 'Old public snapshots bundled so Vetter can be tried offline. Not current: never use them for real screening. Import current files from each publisher.',
  builtFrom: "the team's reference-data folder (see SOURCES.md)",
  lists: [],
};
for (const list of LISTS) {
  const dir = path.join(target, list.folder);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of list.files) fs.copyFileSync(path.join(source, list.folder, file), path.join(dir, file));
  // The snapshot's date from its folder name, for files that carry no date of their own (OFAC's CSVs).
  const asOf = /\d{4}-\d{2}-\d{2}/.exec(list.folder)?.[0] ?? null;
  manifest.lists.push({ files: list.files.map((f) => `${list.folder}/${f}`), asOf, provenance: list.files.map((f) => provenance(list.folder, f)) });
}
fs.copyFileSync(path.join(source, 'SOURCES.md'), path.join(target, 'SOURCES.md'));
fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Default pack written to ${path.relative(root, target)}: ${LISTS.length} lists.`);
