// Fuzzing the list importers with hostile files of every list format (tests/fuzz/hostile-list-files.ts): whatever the
// files hold, an import ends in a prepared list or a refusal that names the file and the place, in bounded time; a
// real list cut short is never taken without the user's confirmation; and through the service (the lists worker with
// its caps, real SQLite) a refused import leaves the list versions and the hits as they were.
// `npm run bench:fuzz` runs many more, in the bundled worker.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import { importConcerns } from '../../electron/core/lists/coverage';
import { prepareListFiles } from '../../electron/core/lists/read-files';
import { type ListOutcome, listOutcomeProblem, prepareHostile } from '../fuzz/check-list-outcome';
import { type HostileImport, LIST_FUZZ_LIMITS, NAMED_LIST_IMPORTS, odsListImport, REAL_LISTS, realImport, textListImport, truncated } from '../fuzz/hostile-list-files';
import { tempDir, type TestCore, testCore } from '../helpers';
import { refPath } from '../reference-data';
import { FUZZ_SEED } from '../fuzz/seed';

/** A hang, as the issue counts one: no single import may take longer than this, however loaded the machine. */
const MAX_MS_PER_IMPORT = 30_000;

let dir: string;
beforeAll(() => {
  dir = tempDir('vetter-list-fuzz-');
});

function check(imp: HostileImport, outcome: ListOutcome, maxMs = MAX_MS_PER_IMPORT): void {
  const problem = listOutcomeProblem(imp, outcome);
  if (problem) throw new Error(`${imp.kind}: ${problem}`);
  if (outcome.ms > maxMs) throw new Error(`${imp.kind}: took ${Math.round(outcome.ms)} ms`);
}

describe('list files, fuzzed', () => {
  it('text lists of every format in every encoding, with NULs, huge values, stray quotes and damage: 900 imports', async () => {
    await fc.assert(
      fc.asyncProperty(textListImport, async (imp) => check(imp, await prepareHostile(imp, dir, LIST_FUZZ_LIMITS))),
      { numRuns: 900, seed: FUZZ_SEED },
    );
  });

  it('UK ODS sheets with repeated rows, far cells, space bombs, zip bombs and damage: 300 imports', async () => {
    await fc.assert(
      fc.asyncProperty(odsListImport, async (imp) => check(imp, await prepareHostile(imp, dir, LIST_FUZZ_LIMITS))),
      { numRuns: 300, seed: FUZZ_SEED },
    );
  });

  it('the probe\'s files, at the real limits: each refused fast, naming the file and the place', async () => {
    for (const make of NAMED_LIST_IMPORTS) {
      const imp = make();
      const outcome = await prepareHostile(imp, dir);
      check(imp, outcome, 15_000);
      if (outcome.kind === 'prepared') expect(outcome.prepared.rows, imp.kind).toHaveLength(0);
    }
  }, 120_000);

  it('every real list file cut short at many offsets: refused, or needing confirmation against the whole list', async () => {
    let cases = 0;
    for (const list of REAL_LISTS) {
      const whole = realImport(list);
      const full = await prepareHostile(whole, dir);
      if (full.kind !== 'prepared') throw new Error(`${list.kind}: the whole list did not import`);
      const inUse = { entryCount: full.prepared.rows.length, coverage: full.prepared.coverage };
      // Small files are cut at more places; the large ones (seconds each) at a few.
      const bytes = whole.files.reduce((n, f) => n + f.bytes.length, 0);
      const offsets = bytes < 300_000 ? 24 : 5;
      for (let i = 0; i < offsets; i++) {
        const cut = truncated(whole, i, ((i * 0.618034) % 1) * 0.999 + 0.0005);
        const outcome = await prepareHostile(cut, dir);
        check(cut, outcome);
        cases++;
        if (outcome.kind !== 'prepared' || cut.undetectable) continue;
        const concerns = importConcerns({ entryCount: outcome.prepared.rows.length, coverage: outcome.prepared.coverage }, inUse);
        if (concerns.length === 0) throw new Error(`${cut.kind}: a cut-short file would become the list in use without confirmation`);
      }
    }
    expect(cases).toBeGreaterThan(100);
  }, 120_000);
});

describe('hostile list files through the service', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = testCore(tempDir());
    await t.call('demo.load', {});
    // A list in use, and hits against it, that a refused import must leave as they are.
    await t.call('lists.import', { files: [t.pick(refPath('treasury-ns-cmic/ns-cmic-extract.csv'))], jobId: 'ns-cmic' });
  }, 60_000);
  afterAll(() => t.core.close());

  async function state() {
    const { current, history } = await t.call('lists.list', {});
    const statuses = await t.call('screening.statuses', {});
    return JSON.stringify({ current, history, statuses });
  }

  it('refuses each, naming the file, and changes nothing: no version, no hit', async () => {
    const before = await state();
    // One of each kind of refusal (the in-thread tests above go through them all): a value, a record, a file too
    // large; repeated rows, a zip bomb, spaces, an XML name; an empty list and a cut-short one, which need confirming.
    const imports: HostileImport[] = [
      ...[0, 1, 2, 8, 10, 13, 14, 17].map((i) => NAMED_LIST_IMPORTS[i]!()),
      truncated(realImport(REAL_LISTS.find((l) => l.kind === 'NS-CMIC')!), 0, 0.5),
    ];
    for (const imp of imports) {
      const files = imp.files.map((f) => {
        const where = path.join(dir, f.name);
        fs.writeFileSync(where, f.bytes);
        return t.pick(where);
      });
      const result = await t.invoke('lists.import', { files, jobId: `hostile-${imp.kind}` });
      expect(result.ok, imp.kind).toBe(false);
      if (result.ok) continue;
      expect(['bad_file', 'conflict'], `${imp.kind}: ${result.error.message}`).toContain(result.error.code);
      expect(imp.files.some((f) => result.error.message.includes(`"${f.name}"`)), result.error.message).toBe(true);
      expect(await state(), imp.kind).toBe(before);
    }
  }, 120_000);
});

describe('the lists worker: a file that still blows up stops its thread only', () => {
  const request = (rel: string) => ({ files: [{ name: path.basename(rel), path: refPath(rel) }] });

  it('out of memory: the message names the file, and the next import is read as usual', async () => {
    const error = await prepareListFiles(request('un-security-council/2026-02-27/UN_consolidated.xml'), undefined, {
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VetterError);
    expect((error as VetterError).message).toMatch(/^"UN_consolidated\.xml" is too large or too complex to read: reading it needed more memory than Vetter allows \(16 MB\), so it was stopped\. Nothing was changed\./);
    const next = await prepareListFiles(request('treasury-ns-cmic/ns-cmic-extract.csv'), undefined);
    expect(next.rows.length).toBeGreaterThan(60);
  }, 60_000);

  it('out of time: the message names the file', async () => {
    const error = await prepareListFiles(request('dod-1260h/1260h.csv'), undefined, { timeLimitMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VetterError);
    expect((error as VetterError).message).toMatch(/^"1260h\.csv" is too large or too complex to read: reading it took longer than the 50 ms Vetter allows, so it was stopped\. Nothing was changed\./);
  }, 60_000);
});
