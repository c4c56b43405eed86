// The real list files the tests and the matcher bench read, all inside this repository. Files the default pack
// bundles whole are read from assets/reference-pack, checked against the SHA-256 of the original, so that a rework
// of the pack cannot quietly change what a test proves. The others are in tests/fixtures/reference-data, as
// excerpts or small whole files; SOURCES.md there says where each came from and how it was cut.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PACK_DIR = path.join(ROOT, 'assets', 'reference-pack');
export const FIXTURE_DIR = path.join(ROOT, 'tests', 'fixtures', 'reference-data');

/** Whole original files the tests read from the pack, with their SHA-256. */
const FROM_PACK: Readonly<Record<string, string>> = {
  'ofac-sdn/2024-05-03/sdn.csv': '210ca6b4a8187a34e0850be69ecc6e918f23ad7778b8b5b2f9c9d5fbbaf4e0cb',
  'ofac-consolidated-non-sdn/2025-12-19/cons_prim.csv': '7027f6656b7815e38b1a5517e66d7f00ad7bdae814510cddff11771c439f08b2',
  'ofac-consolidated-non-sdn/2025-12-19/cons_alt.csv': '27f46913036603cb1003fb167e745863f68513ee5f43c03749be7251bf0848e1',
  'ofac-consolidated-non-sdn/2025-12-19/cons_add.csv': '96c5baf0dd9081dab5a904091898ecf8bb60b6f6e7f9c0cee9252e3d31649531',
  'ofac-consolidated-non-sdn/2025-12-19/cons_comments.csv': 'ca3e37e4d78952e6d8280ee804bc185a9ebcaa7fa5b7216937f45aaab7f8fce6',
  'trade-gov-csl/2023-11-30-truncated/csl.csv': '054553ac960f9db1e0b5f767f681fcbe230f32a20c2e67d3cbc87b2404e94e0d',
  'bis-denied-persons/2023-11-30/dpl.txt': 'b4d9a287f8527af7c5713f7cc03751c639819aa44595863088506a80cd63988a',
  'uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods': '0104617a113970a350a5ad0d47b49eac07764a4bb598dababa6365c111cd35b4',
  'un-security-council/2026-02-27/UN_consolidated.xml': '66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf',
  'dod-1260h/1260h.csv': '7e4f6da8290d31e5185870cf795c5b27c77fe856b4f12f2b69d60d65794e6983',
};

const checked = new Set<string>();

/** The path of a reference file, named as in the reference data ("ofac-sdn/2021-07-07/sdn.csv"). */
export function refPath(rel: string): string {
  const sha256 = FROM_PACK[rel];
  if (sha256 === undefined) {
    const file = path.join(FIXTURE_DIR, rel);
    if (!fs.existsSync(file)) throw new Error(`No reference file "${rel}" in ${path.relative(ROOT, FIXTURE_DIR)} (see SOURCES.md there).`);
    return file;
  }
  const file = path.join(PACK_DIR, rel);
  if (!checked.has(rel)) {
    const actual = fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'missing';
    if (actual !== sha256) {
      throw new Error(
        `The default pack's "${rel}" is ${actual === 'missing' ? 'missing' : 'not the original file'}; the tests need the original ` +
          `(SHA-256 ${sha256}): copy it into ${path.relative(ROOT, FIXTURE_DIR)}, list it in SOURCES.md there and drop it from FROM_PACK in tests/reference-data.ts.`,
      );
    }
    checked.add(rel);
  }
  return file;
}
