// Maintainer tool, not part of the benchmark: checks a vendor-master fixture (by default the held-out set,
// fixtures/vendor-master-heldout-2.tsv; --file= another, e.g. the tuning set vendor-master-heldout.tsv) against the
// list data, the bundled pack plus the two newer sources the next pack will hold (the complete 2022 CSL and the 2026
// OFAC SDN alias and address files). It never runs a matcher. Run it after editing a fixture:
//
//   npx tsx bench/screening/verify-vendor-master.ts --reference=/path/to/reference-data [--file=NAME|PATH] [--show=rare|all]
//
// --file: a file name is read from bench/screening/fixtures/, anything with a "/" as a path.
//
// For each listed row: do the named lists of the pack print one of its listed names (else, which newer source
// does, and does the row's `needs` mark say so)? For each unlisted row: does any list, in any source and including
// removed entries, print the name (simple normalisation, with or without place words)? Then, for reading by eye,
// the listed names that contain every distinctive word of the vendor name or whose distinctive words the vendor
// name contains, and (--show=rare) every listed name carrying a rare word of the vendor name. The newer sources are
// read here only; the benchmark and the tests never read them (they are outside the repository).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListEntry } from '../../electron/core/lists/entry';
import { FIXTURES_DIR, type NewerSource, readVendorMaster, VENDOR_MASTER_HELD_OUT_FILES, type VendorMasterRow } from './fixtures';
import { loadPack, PACK_DIR, printedNames } from './load-pack';
import { BUSINESS_WORDS, isLegalWord, simpleKey } from './names';
import { PLACE_WORDS } from './vendor-master';

type Source = 'pack' | NewerSource;
interface Carrier {
  source: Source;
  listKey: string;
  entryId: string;
  type: string;
  status: string;
  name: string;
  primary: string;
  subList: string | null;
}

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function newerLists(reference: string): Promise<{ source: NewerSource; listKey: string; entries: ListEntry[] }[]> {
  // One date in the 2022 CSL is "0097-06-30", which the app's importer rightly rejects; read it as 1997 here.
  const csl = zlib.gunzipSync(fs.readFileSync(path.join(reference, 'trade-gov-csl/2022-05-06/consolidated.csv.gz'))).toString('utf8').replace(/,0(\d{3}-\d\d-\d\d),/g, ',1$1,');
  const cslList = await parseListFiles([{ name: 'consolidated.csv', bytes: Buffer.from(csl, 'utf8') }]);
  // The 2026 alias and address files joined to the 2024 sdn.csv by ent_num, as the next pack will be.
  const sdn = await parseListFiles([
    { name: 'sdn.csv', bytes: fs.readFileSync(path.join(reference, 'ofac-sdn/2024-05-03/sdn.csv')) },
    { name: 'alt.csv', bytes: fs.readFileSync(path.join(reference, 'ofac-sdn/2026-06-02-partial/alt.csv')) },
    { name: 'add.csv', bytes: fs.readFileSync(path.join(reference, 'ofac-sdn/2026-06-02-partial/add.csv')) },
  ]);
  return [
    { source: 'csl-2022', listKey: cslList.listKey, entries: cslList.entries },
    { source: 'sdn-aliases-2026', listKey: sdn.listKey, entries: sdn.entries },
  ];
}

/** Words that say nothing about which company it is. */
const GENERIC = new Set([...BUSINESS_WORDS, ...PLACE_WORDS, 'and', 'of', 'the', 'de', 'la', 'des', 'du', 'der', 'und', 'et', 'y', 'al', 'el', 'for', 'in', 'co', 'ltd', 'inc', 'llc', 'gmbh', 'sa', 'ag', 'corp', 'plc', 'bv', 'nv', 'pte', 'pty', 'kk', 'oy', 'ab', 'as', 'spa', 'srl', 'sas', 'se', 'ooo', 'ao', 'pao', 'jsc', 'tov', 'cv', 'rl', 'sl', 'llp', 'lp', 'limited', 'company', 'group', 'holding', 'holdings', 'technology', 'technologies', 'tech', 'solutions', 'software', 'cloud', 'data', 'digital', 'networks', 'network', 'consulting', 'partners', 'labs', 'ai', 'info', 'information', 'intl', 'branch', 'office', 'gk', 'kabushiki', 'kaisha', 'sarl', 'bhd', 'sdn', 'pvt', 'private', 'public', 'hong', 'kong', 'hk', 'new', 'center', 'centre', 'media', 'online', 'security', 'it', 'one', 'first', 'asia', 'pacific', 'europe', 'european', 'americas', 'america', 'us', 'usa', 'uk', 'eu', 'emea', 'apac']);

function distinctive(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 1 && !GENERIC.has(w) && !isLegalWord(w));
}

async function main(): Promise<void> {
  const reference = option('reference');
  if (!reference) throw new Error('--reference=DIR (the team\'s reference-data folder) is required');
  const show = option('show') ?? 'rare';
  const file = option('file') ?? VENDOR_MASTER_HELD_OUT_FILES[0]!;
  const rows = file.includes('/') ? readVendorMaster(path.dirname(path.resolve(file)), path.basename(file)) : readVendorMaster(FIXTURES_DIR, file);
  console.log(`Checking ${file} (${rows.length} rows)`);
  const packDir = option('pack') ?? PACK_DIR;
  const pack = await loadPack(packDir);
  const sources: { source: Source; listKey: string; entries: ListEntry[] }[] = [
    ...pack.lists.map((l) => ({ source: 'pack' as const, listKey: l.listKey, entries: l.entries })),
    ...(await newerLists(reference)),
  ];
  const byKey = new Map<string, Carrier[]>();
  const byWord = new Map<string, Set<string>>();
  const all: Carrier[] = [];
  for (const { source, listKey, entries } of sources) {
    for (const e of entries) {
      for (const name of printedNames(e)) {
        const k = simpleKey(name);
        if (k.length === 0) continue;
        const c: Carrier = { source, listKey, entryId: e.entryId, type: e.type, status: e.status, name, primary: e.name, subList: e.subList };
        all.push(c);
        byKey.set(k, [...(byKey.get(k) ?? []), c]);
        for (const w of new Set(k.split(' '))) {
          const s = byWord.get(w) ?? new Set<string>();
          s.add(k);
          byWord.set(w, s);
        }
      }
    }
  }
  const describe = (c: Carrier): string =>
    `${c.source}/${c.listKey}${c.subList ? ` [${c.subList.slice(0, 24)}]` : ''} ${c.type}${c.status !== 'listed' ? ` ${c.status}` : ''}: "${c.name}"${c.name !== c.primary ? ` (aka of "${c.primary}")` : ''}`;

  let errors = 0;
  const error = (row: VendorMasterRow, message: string): void => {
    errors++;
    console.log(`ERROR line ${row.line} "${row.vendor}": ${message}`);
  };
  const counts = { listed: 0, pack: 0, csl: 0, sdn: 0, needsInPack: 0, unlisted: 0, hard: 0 };
  // Entities by first listed name (the benchmark joins rows that share an expected entry as well).
  const entities = new Set<string>();
  const packEntities = new Set<string>();

  for (const row of rows) {
    if (row.label === 'listed') {
      counts.listed++;
      const carriers = row.listed.flatMap((n) => byKey.get(simpleKey(n)) ?? []).filter((c) => c.status !== 'removed');
      const inPack = carriers.filter((c) => c.source === 'pack');
      const entity = simpleKey(row.listed[0] ?? '');
      entities.add(entity);
      if (row.needs === null) {
        for (const list of row.lists) {
          if (!inPack.some((c) => c.listKey === list)) error(row, `list ${list} of the pack prints none of ${row.listed.map((n) => `"${n}"`).join(', ')}`);
        }
        if (inPack.length > 0) {
          counts.pack++;
          packEntities.add(entity);
        }
      } else {
        // Once the pack holds the newer source, the row resolves in it; the mark stays as the row's provenance.
        if (inPack.length > 0) {
          counts.needsInPack++;
          packEntities.add(entity);
        }
        const there = carriers.filter((c) => c.source === row.needs && row.lists.includes(c.listKey));
        if (there.length === 0) error(row, `marked needs: ${row.needs}, but that source does not print it in ${row.lists.join(', ')}`);
        if (row.needs === 'csl-2022') counts.csl++;
        else counts.sdn++;
      }
      if (show === 'all') console.log(`listed  line ${row.line} "${row.vendor}" -> ${[...new Set(carriers.map(describe))].join('; ')}`);
      continue;
    }
    if (row.label === 'hard-negative') counts.hard++;
    else counts.unlisted++;
    const key = simpleKey(row.vendor);
    const words = key.split(' ');
    const core = words.filter((w) => !PLACE_WORDS.has(w)).join(' ');
    const exact = [...(byKey.get(key) ?? []), ...(core !== key ? (byKey.get(core) ?? []) : [])];
    if (exact.length > 0) {
      const message = `a list prints this name: ${[...new Set(exact.map(describe))].join('; ')}`;
      if (row.label === 'hard-negative') console.log(`hard negative line ${row.line} "${row.vendor}": ${message}`);
      else error(row, message);
    } else if (row.label === 'hard-negative') {
      error(row, 'a hard negative should collide with a listed name, and does not');
    }
    // For reading by eye: listed names whose distinctive words are all in the vendor name, or that carry all of
    // the vendor's; and (rare) every listed name that carries a word few listed names carry.
    const mine = distinctive(key);
    const attention = new Set<string>();
    if (mine.length > 0) {
      const pool = new Set<string>();
      for (const w of mine) for (const k of byWord.get(w) ?? []) pool.add(k);
      for (const k of pool) {
        const theirs = distinctive(k);
        if (theirs.length === 0) continue;
        if (theirs.every((w) => mine.includes(w)) || mine.every((w) => theirs.includes(w))) attention.add(k);
      }
    }
    const rare: string[] = [];
    for (const w of mine) {
      const n = byWord.get(w)?.size ?? 0;
      if (n > 0 && n <= 25) rare.push(`${w} (${n}): ${[...(byWord.get(w) ?? [])].slice(0, 25).join(' | ')}`);
    }
    if (attention.size > 0 || (show !== 'none' && rare.length > 0)) {
      console.log(`check   line ${row.line} "${row.vendor}" [${mine.join(' ')}]`);
      for (const k of attention) console.log(`        shares every distinctive word: ${[...new Set((byKey.get(k) ?? []).map(describe))].slice(0, 4).join('; ')}`);
      if (show !== 'none') for (const r of rare) console.log(`        rare ${r}`);
    }
  }
  console.log(
    `\n${counts.listed} listed rows (${entities.size} entities by first listed name; ${packEntities.size} resolve in the pack; ` +
      `${counts.pack} unmarked rows resolve in the pack; ${counts.csl} marked csl-2022 and ${counts.sdn} marked sdn-aliases-2026, ` +
      `of which ${counts.needsInPack} resolve in this pack); ` +
      `${counts.unlisted} unlisted, ${counts.hard} hard negatives; ${errors} errors.`,
  );
  if (errors > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
