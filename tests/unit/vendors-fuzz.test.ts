// Fuzzing the vendor file readers with hostile files of every format (tests/fuzz/hostile-vendor-files.ts): whatever a
// file holds, reading it ends in a plan or a refusal that names the file and the place, in bounded time and with
// bounded messages, and writing an accepted plan is all or nothing. `npm run bench:fuzz` runs many more, in the
// vendors worker with its memory and time caps.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { chainProblem, type Inventory, inventoryOf, outcomeProblem, readHostile, writeAllOrNothing } from '../fuzz/check-outcome';
import { csvFile, FUZZ_LIMITS, type HostileFile, odsFile, xlsxFile } from '../fuzz/hostile-vendor-files';
import { tempDir } from '../helpers';
import { FUZZ_SEED } from '../fuzz/seed';

/** No single file may take longer than this (the bench allows 30 s on the full limits; these files are small). */
const MAX_MS_PER_FILE = 5_000;

let dir: string;
let db: Db;
let inventory: Inventory;
beforeAll(() => {
  dir = tempDir('vetter-fuzz-');
  db = openDatabase(dir);
  inventory = inventoryOf(db);
});
afterAll(() => db.close());

async function property(file: HostileFile): Promise<void> {
  let outcome;
  const started = performance.now();
  try {
    outcome = await readHostile(file, dir, FUZZ_LIMITS);
  } catch (error) {
    outcome = { kind: 'crash' as const, error, ms: performance.now() - started };
  }
  const problem = outcomeProblem(file, outcome);
  if (problem) throw new Error(`${file.kind}: ${problem}`);
  if (outcome.ms > MAX_MS_PER_FILE) throw new Error(`${file.kind}: took ${Math.round(outcome.ms)} ms`);
  if (outcome.kind === 'plan') {
    const written = await writeAllOrNothing(inventory, outcome.plan);
    if (written) throw new Error(`${file.kind}: ${written}`);
  }
}

describe('vendor files, fuzzed', () => {
  it('CSV in every encoding, delimiter, line ending and quoting, damaged or not: 900 files', async () => {
    await fc.assert(fc.asyncProperty(csvFile, property), { numRuns: 900, seed: FUZZ_SEED });
  });

  it('XLSX with merged ranges, far columns, shared strings, formulas, dates, bombs and damage: 700 files', async () => {
    await fc.assert(fc.asyncProperty(xlsxFile, property), { numRuns: 700, seed: FUZZ_SEED });
  });

  it('ODS with repeated rows and cells, spans, covered cells, notes and damage: 600 files', async () => {
    await fc.assert(fc.asyncProperty(odsFile, property), { numRuns: 600, seed: FUZZ_SEED });
  });

  it('left the audit chain intact after every write', async () => {
    expect(await chainProblem(db)).toBeNull();
  });
});
