// Builds the bundled default list pack in assets/reference-pack. Each list is read from its files with the app's own
// importers and kept ready to load (lists/<key>.json.gz: the entries as stored, their hashes and the list's coverage
// record), so that a first start loads the pack in a second, and what the matcher reads of each list
// (lists/<key>.screening.json.gz), so that the CLI screens against the pack reading only that. The
// files themselves are kept beside, byte for byte, with their provenance (SOURCES.md, manifest.json).
//   npm run build:pack                                  prepare again from the files in the pack
//   npm run build:pack -- --from /path/to/reference-data copy the files from the team's reference data first
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { screeningFile } from '../electron/core/screening/entries';
import { PACK_LISTS, preparePackList } from './pack/lists';

const ROOT = path.resolve(__dirname, '..');
const PACK = path.join(ROOT, 'assets', 'reference-pack');
const INPUTS = ['SOURCES.md', ...PACK_LISTS.flatMap((list) => list.inputs.map((i) => i.path))];
const sha256 = (bytes: Uint8Array | string) => crypto.createHash('sha256').update(bytes).digest('hex');

function copyFrom(source: string): void {
  // Every input is checked before the old copies go, so that a wrong folder changes nothing.
  const missing = INPUTS.filter((rel) => !fs.statSync(path.join(source, rel), { throwIfNoEntry: false })?.isFile());
  if (missing.length > 0) {
    console.error(`${source} is not the reference-data folder: it lacks ${missing.join(', ')}.`);
    process.exit(1);
  }
  fs.rmSync(PACK, { recursive: true, force: true });
  for (const rel of INPUTS) {
    fs.mkdirSync(path.dirname(path.join(PACK, rel)), { recursive: true });
    fs.copyFileSync(path.join(source, rel), path.join(PACK, rel));
  }
}

/** The SOURCES.md table row of a file, kept verbatim as its provenance. */
function provenanceOf(rel: string, sources: string[]): string | null {
  const folder = path.dirname(rel);
  const stem = path.basename(rel).split('.')[0]!;
  return sources.find((line) => line.startsWith('|') && line.includes(`${folder}/`) && line.includes(stem)) ?? null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help') || (args.length > 0 && (args[0] !== '--from' || args.length !== 2))) {
    console.error(`Usage: npm run build:pack [-- --from /path/to/reference-data]\nReads:\n${INPUTS.map((rel) => `  ${rel}`).join('\n')}`);
    process.exit(2);
  }
  if (args[0] === '--from') copyFrom(path.resolve(args[1]!));
  const sources = fs.readFileSync(path.join(PACK, 'SOURCES.md'), 'utf8').split('\n');
  fs.rmSync(path.join(PACK, 'lists'), { recursive: true, force: true });
  fs.mkdirSync(path.join(PACK, 'lists'));
  const lists = [];
  for (const list of PACK_LISTS) {
    const prepared = await preparePackList(list, (rel) => new Uint8Array(fs.readFileSync(path.join(PACK, rel))));
    const file = `lists/${list.key}.json.gz`;
    // Node writes no time into the gzip header: the same lists make the same bytes.
    const bytes = zlib.gzipSync(JSON.stringify(prepared), { level: 9 });
    fs.writeFileSync(path.join(PACK, file), bytes);
    const screening = `lists/${list.key}.screening.json.gz`;
    const screeningBytes = screeningFile(prepared.rows);
    fs.writeFileSync(path.join(PACK, screening), screeningBytes);
    const { rows, ...meta } = prepared;
    lists.push({
      key: list.key,
      name: prepared.list.listName,
      prepared: file,
      preparedSha256: sha256(bytes),
      screening,
      screeningSha256: sha256(screeningBytes),
      entries: rows.length,
      asOf: prepared.list.asOf,
      complete: prepared.coverage.complete,
      missing: prepared.coverage.missing,
      // What the app shows of the list before (or instead of) loading it: the CLI screens against the pack as is.
      meta,
      inputs: list.inputs.map((input) => {
        const data = fs.readFileSync(path.join(PACK, input.path));
        return { file: input.path, asOf: input.asOf, bytes: data.length, sha256: sha256(data), provenance: provenanceOf(input.path, sources) };
      }),
    });
    console.log(`${list.key}: ${prepared.rows.length} entries, ${prepared.coverage.complete ? 'complete' : 'partial'} (${file}, ${Math.round(bytes.length / 1024)} KB)`);
  }
  const manifest = {
    note: 'Old public snapshots bundled so Vetter can be tried offline. Not current: never use them for real screening. Import current files from each publisher.',
    builtFrom: "the team's reference-data folder (see SOURCES.md); each list prepared by scripts/build-default-pack.ts with the app's importers",
    lists,
  };
  fs.writeFileSync(path.join(PACK, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
