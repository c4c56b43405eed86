// Writes fixtures/accuracy-split.tsv, the record of the tuning / held-out split of the generated accuracy set:
//   npx tsx bench/screening/record-split.ts
// Entities and unlisted companies already in the record keep their half; new ones get the seeded hash's. Run it
// after a change to the generator, its fixtures or the pack, when tests/unit/bench-heldout.test.ts says the record
// no longer matches the set, and say in the commit what changed (docs/benchmarks.md).
import fs from 'node:fs';
import path from 'node:path';
import { buildAccuracySet, DEFAULT_COUNTS } from './accuracy-set';
import { FIXTURES_DIR, readChineseNames, readUnlistedCompanies } from './fixtures';
import { loadPack } from './load-pack';
import { SEED } from './run';
import { driftCount, formatSplitRecord, readSplitRecord, SPLIT_FILE, splitAccuracySet } from './split';

async function main(): Promise<void> {
  const pack = await loadPack();
  const set = buildAccuracySet(pack.lists, { unlisted: readUnlistedCompanies(), chinese: readChineseNames() }, { seed: SEED, counts: DEFAULT_COUNTS });
  const record = readSplitRecord();
  const split = splitAccuracySet(set, pack.lists, record);
  const d = split.drift;
  if (record) {
    console.log(
      `Against the previous record: ${d.newGroups.length} new entity groups, ${d.missingEntities.length} recorded entities gone, ` +
        `${d.conflicts.length} conflicts, ${d.newNegatives.length} new and ${d.missingNegatives.length} gone unlisted companies.`,
    );
  }
  const note = [
    `accuracy set: seed ${SEED}, ${set.positives.length} positives in ${split.groups.length} entity groups, ${set.negatives.length} unlisted companies;`,
    `pack: ${pack.entryCount} screening entries; held-out: ${split.heldOut.positives.length} positives (${split.groups.filter((g) => g.half === 'held-out').length} groups), ${split.heldOut.negatives.length} unlisted.`,
  ];
  fs.writeFileSync(path.join(FIXTURES_DIR, SPLIT_FILE), formatSplitRecord(split, note));
  console.log(`${note.join(' ')}\nWritten ${path.join('bench/screening/fixtures', SPLIT_FILE)}${record && driftCount(d) === 0 ? ' (unchanged)' : ''}.`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
