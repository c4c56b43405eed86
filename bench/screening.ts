// `npm run bench:screening`: Vetter's matcher against a Fuse.js baseline and an OFAC-style baseline on the bundled
// default pack (speed, memory, accuracy on an accuracy set built from the lists), then Vetter alone on a million
// synthetic list names. Prints tables and the targets; writes bench/results/screening-latest.json.
// Options: --quick (skip the million), --no-pin (do not pin to one CPU), --fuse-sample=POSITIVES,NEGATIVES,
// --large-names=N, --only=vetter,ofac-style,fuse,large (a subset, for development). See docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canPin, CHILD_FLAG, childMain, runInChild } from './screening/child';
import type { ContenderId } from './screening/contender';
import { evaluateTargets, formatReport, type Results } from './screening/report';
import { type ContenderResult, type LargeResult, runTask, SEED, type Task } from './screening/run';

const RESULTS_FILE = path.join(__dirname, 'results', 'screening-latest.json');

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const pin = !process.argv.includes('--no-pin') && canPin();
  const [fusePositives = 150, fuseNegatives = 100] = (option('fuse-sample') ?? '').split(',').filter(Boolean).map(Number);
  const largeNames = Number(option('large-names') ?? 1_000_000);
  const entry = __filename;
  const cpus = os.cpus().length;

  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    process.stderr.write(`${label}...\n`);
    const result = await run();
    process.stderr.write(`${label}: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    return result;
  };
  const contender = (id: ContenderId, cpu: number): Promise<ContenderResult> => {
    const sample = id === 'fuse' ? { positives: fusePositives, negatives: fuseNegatives } : null;
    const task: Task = { kind: 'contender', contender: id, seed: SEED, sample };
    return timed(id, async () => (await runInChild(entry, task, pin ? cpu : null)) as ContenderResult);
  };

  // Vetter and the million run alone. The two baselines are 100-1000 times slower and run side by side, each on
  // its own CPU, so that the whole benchmark stays near three minutes.
  const only = new Set((option('only') ?? 'vetter,ofac-style,fuse,large').split(','));
  const contenders: ContenderResult[] = [];
  if (only.has('vetter')) contenders.push(await contender('vetter', 0));
  const baselines = (['ofac-style', 'fuse'] as const).filter((id) => only.has(id));
  if (pin && cpus >= 2) contenders.push(...(await Promise.all(baselines.map((id, i) => contender(id, i % 2)))));
  else for (const id of baselines) contenders.push(await contender(id, 0));
  let large: LargeResult | null = null;
  if (!quick && only.has('large')) {
    const task: Task = { kind: 'large', seed: SEED, names: largeNames, positives: 1000, negatives: 1000 };
    large = await timed(`Vetter on ${largeNames.toLocaleString('en-US')} synthetic names`, async () => (await runInChild(entry, task, pin ? 0 : null)) as LargeResult);
  }

  const results: Results = {
    generatedAt: new Date().toISOString(),
    seed: SEED,
    environment: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus, pinned: pin },
    quick,
    contenders,
    large,
    targets: evaluateTargets(contenders, large),
  };
  console.log(formatReport(results));
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
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
