// `npm run bench:screening`: Vetter's matcher against a Fuse.js baseline and an OFAC-style baseline on the bundled
// default pack (speed, memory, accuracy on an accuracy set built from the lists), then Vetter alone on a million
// synthetic list names. Prints tables and the targets; writes bench/results/screening-latest.json.
// Accuracy is reported on four sets: the held-out half and the tuning half of the generated accuracy set, and the
// vendor-master held-out and tuning sets; the targets are evaluated on the two held-out sets.
// Options: --quick (skip the million), --no-pin (do not pin to one CPU), --fuse-sample=P,N[,VP,VN] and
// --ofac-sample=P,N[,VP,VN] (P positives and N negatives of the generated set, VP and VN of each vendor-master set;
// numbers or "all"; --ofac-sample=all runs every set whole),
// --large-names=N, --only=vetter,ofac-style,fuse,large (a subset, for development), --tuning-only (screen the two
// tuning sets only: what matcher work runs, so that no held-out number is seen before the closing run),
// --ofac-composite=symmetric
// (the OFAC-style baseline with a symmetric part composite, a sensitivity check), --json=FILE (where to write the
// results; a default run writes bench/results/screening-latest.json). See docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canPin, CHILD_FLAG, childMain, runInChild } from './screening/child';
import type { ContenderId } from './screening/contender';
import { evaluateTargets, formatReport, type Results } from './screening/report';
import { type ContenderResult, type LargeResult, runTask, type Sample, SEED, type Task } from './screening/run';

const RESULTS_FILE = path.join(__dirname, 'results', 'screening-latest.json');

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** More than any set holds: "take them all". */
const ALL = 1_000_000_000;

/** --NAME=P,N[,VP,VN] (any may be "all"; VP and VN default to the fallback's), or --NAME=all for every set whole
 *  (null). */
function sampleOption(name: string, fallback: Sample): Sample | null {
  const value = option(name);
  if (value === undefined) return fallback;
  if (value === 'all') return null;
  const [p = 'all', n = 'all', vp, vn] = value.split(',');
  const count = (v: string | undefined, otherwise: number): number => (v === undefined ? otherwise : v === 'all' ? ALL : Number(v));
  return {
    positives: count(p, ALL),
    negatives: count(n, ALL),
    vendorMasterPositives: count(vp, fallback.vendorMasterPositives),
    vendorMasterNegatives: count(vn, fallback.vendorMasterNegatives),
  };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const pin = !process.argv.includes('--no-pin') && canPin();
  const fuseSample = sampleOption('fuse-sample', { positives: 40, negatives: 30, vendorMasterPositives: 20, vendorMasterNegatives: 20 });
  const ofacSample = sampleOption('ofac-sample', { positives: 1000, negatives: 800, vendorMasterPositives: ALL, vendorMasterNegatives: ALL });
  const symmetric = option('ofac-composite') === 'symmetric';
  const tuningOnly = process.argv.includes('--tuning-only');
  const largeNames = Number(option('large-names') ?? 1_000_000);
  const entry = __filename;

  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    process.stderr.write(`${label}...\n`);
    const result = await run();
    process.stderr.write(`${label}: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    return result;
  };
  const contender = (id: ContenderId): Promise<ContenderResult> => {
    const sample = id === 'fuse' ? fuseSample : id === 'ofac-style' ? ofacSample : null;
    const task: Task = { kind: 'contender', contender: id, seed: SEED, sample, symmetric: id === 'ofac-style' && symmetric, tuningOnly };
    return timed(id, async () => (await runInChild(entry, task, pin ? 0 : null)) as ContenderResult);
  };

  // One after the other: on a two-vCPU machine (often two hyperthreads of one core) runs side by side slow each
  // other down by half.
  const only = new Set((option('only') ?? 'vetter,ofac-style,fuse,large').split(','));
  const contenders: ContenderResult[] = [];
  for (const id of ['vetter', 'ofac-style', 'fuse'] as const) if (only.has(id)) contenders.push(await contender(id));
  let large: LargeResult | null = null;
  if (!quick && only.has('large')) {
    const task: Task = { kind: 'large', seed: SEED, names: largeNames, positives: 1000, negatives: 1000 };
    large = await timed(`Vetter on ${largeNames.toLocaleString('en-US')} synthetic names`, async () => (await runInChild(entry, task, pin ? 0 : null)) as LargeResult);
  }

  const results: Results = {
    generatedAt: new Date().toISOString(),
    seed: SEED,
    environment: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length, pinned: pin },
    quick,
    tuningOnly,
    contenders,
    large,
    targets: evaluateTargets(contenders, large, tuningOnly),
  };
  console.log(formatReport(results));
  // Only a full run with the default settings replaces the committed results; anything else goes where --json says.
  const custom = process.argv.slice(2).some((a) => a !== '--json' && !a.startsWith('--json='));
  const file = option('json') ?? (custom ? null : RESULTS_FILE);
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults written to ${path.relative(process.cwd(), file)}`);
  } else {
    console.log('\nNot a default run: results not written (pass --json=FILE to keep them).');
  }
}

if (process.argv.includes(CHILD_FLAG)) {
  childMain(process.argv, runTask).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
