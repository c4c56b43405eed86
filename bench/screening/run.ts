// What one child process of the benchmark does: one contender on the default pack, or Vetter on the synthetic
// million. Each runs in a fresh process so that its build time, memory and JIT state are its own.
import { type AccuracySet, buildAccuracySet, DEFAULT_COUNTS, type Query, sampleQueries } from './accuracy-set';
import type { Contender, ContenderId } from './contender';
import { readChineseNames, readUnlistedCompanies } from './fixtures';
import { FuseContender } from './fuse-baseline';
import { loadPack } from './load-pack';
import { collectGarbage, latencyOf, type Latency, MB, PeakRss } from './measure';
import { type Accuracy, accuracyOf, type Outcome } from './metrics';
import { OfacStyleContender } from './ofac-style';
import { Rng } from './random';
import { syntheticNames, syntheticQueries, syntheticVocabulary } from './synthetic';
import { VetterContender } from './vetter';

export type Task =
  | {
      kind: 'contender';
      contender: ContenderId;
      seed: number;
      sample: { positives: number; negatives: number } | null;
      /** OFAC-style only: the symmetric composite (a sensitivity check). */
      symmetric?: boolean;
    }
  | { kind: 'large'; seed: number; names: number; positives: number; negatives: number };

export interface Memory {
  /** RSS after the data and queries were loaded and garbage collected, before the build. */
  rssBeforeMb: number;
  /** Highest RSS of the process during build and screening (sampled every 2 ms by a worker thread). */
  peakRssMb: number;
  /** peakRssMb - rssBeforeMb. */
  peakDeltaMb: number;
  /** Heap and external memory (array buffers) in use after the build and a full GC, minus before: roughly the
   *  index's size. */
  retainedHeapMb: number;
}

export interface SetSummary {
  lists: { listKey: string; entries: number }[];
  indexedNames: number;
  indexedEntries: number;
  entities: number;
  positives: Record<string, number>;
  negatives: number;
  droppedNegatives: string[];
  unresolvedChinese: string[];
}

export interface ContenderResult {
  kind: 'contender';
  contender: ContenderId;
  description: string[];
  /** Null when the whole accuracy set ran, otherwise the stratified sample size. */
  sample: { positives: number; negatives: number } | null;
  /** A non-default configuration, e.g. "symmetric" for the OFAC-style composite. */
  variant: string | null;
  buildMs: number;
  memory: Memory;
  latency: Latency;
  accuracy: Accuracy;
  set: SetSummary;
}

export interface LargeResult {
  kind: 'large';
  names: number;
  vocabulary: { heads: number; tails: number; generic: number };
  generateMs: number;
  buildMs: number;
  memory: Memory;
  latency: Latency;
  accuracy: Accuracy;
  examples: string[];
}

export type TaskResult = ContenderResult | LargeResult;

export const SEED = 20240503;
const WARM_UP_NAMES = 2000;

function makeContender(id: ContenderId, symmetric: boolean): Contender {
  if (id === 'vetter') return new VetterContender();
  if (id === 'fuse') return new FuseContender();
  return new OfacStyleContender(symmetric);
}

/** V8 heap plus memory outside it (typed arrays' buffers, which Vetter's index mostly is). */
function heapAndBuffers(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** JIT warm-up on synthetic vendor names (no token of the accuracy set is pre-cached by it), for at most
 *  ~2 s: without it the first second of a fast contender is mostly the JIT compiling. */
function warmUp(screen: (name: string) => unknown, names: readonly string[]): void {
  const until = performance.now() + 2000;
  for (let i = 0; i < names.length && performance.now() < until; i++) screen(names[i] ?? '');
}

function timeQueries(queries: readonly Query[], screen: Contender['screen']): { outcomes: Outcome[]; latency: Latency } {
  const samples: number[] = [];
  const outcomes: Outcome[] = [];
  const start = performance.now();
  for (const query of queries) {
    const t = performance.now();
    const hits = screen(query.name);
    samples.push(performance.now() - t);
    outcomes.push({ query, hits });
  }
  return { outcomes, latency: latencyOf(samples, performance.now() - start) };
}

/** Builds (timed, memory sampled), warms the JIT up, then screens every query once, timed one by one. */
async function measure(
  build: () => void,
  screen: Contender['screen'],
  queries: readonly Query[],
  warmUpNames: readonly string[],
): Promise<{ buildMs: number; memory: Memory; latency: Latency; outcomes: Outcome[] }> {
  collectGarbage();
  const heapBefore = heapAndBuffers();
  const rssBefore = process.memoryUsage.rss();
  const sampler = new PeakRss();
  sampler.start();
  const t = performance.now();
  build();
  const buildMs = performance.now() - t;
  collectGarbage();
  const retained = heapAndBuffers() - heapBefore;
  warmUp(screen, warmUpNames);
  const { outcomes, latency } = timeQueries(queries, screen);
  const peak = sampler.peak();
  await sampler.stop();
  const memory: Memory = {
    rssBeforeMb: rssBefore / MB,
    peakRssMb: peak / MB,
    peakDeltaMb: (peak - rssBefore) / MB,
    retainedHeapMb: retained / MB,
  };
  return { buildMs, memory, latency, outcomes };
}

function summarise(set: AccuracySet, pack: Awaited<ReturnType<typeof loadPack>>): SetSummary {
  const positives: Record<string, number> = {};
  for (const q of set.positives) positives[q.category] = (positives[q.category] ?? 0) + 1;
  return {
    lists: pack.lists.map((l) => ({ listKey: l.listKey, entries: l.entries.length })),
    indexedNames: pack.names.length,
    indexedEntries: pack.entryCount,
    entities: set.entityCount,
    positives,
    negatives: set.negatives.length,
    droppedNegatives: set.droppedNegatives,
    unresolvedChinese: set.unresolvedChinese,
  };
}

async function runContender(task: Extract<Task, { kind: 'contender' }>): Promise<ContenderResult> {
  const pack = await loadPack();
  const set = buildAccuracySet(pack.lists, { unlisted: readUnlistedCompanies(), chinese: readChineseNames() }, { seed: task.seed, counts: DEFAULT_COUNTS });
  const queries = task.sample ? sampleQueries(set, task.sample.positives, task.sample.negatives, task.seed) : [...set.positives, ...set.negatives];
  const contender = makeContender(task.contender, task.symmetric ?? false);
  const warmUpNames = syntheticNames(syntheticVocabulary(pack.lists, task.seed + 1), WARM_UP_NAMES, task.seed + 1).map((n) => n.name);
  const { buildMs, memory, latency, outcomes } = await measure(() => contender.build(pack.names), (n) => contender.screen(n), queries, warmUpNames);
  return {
    kind: 'contender',
    contender: task.contender,
    description: [...contender.description],
    variant: task.symmetric ? 'symmetric' : null,
    sample: task.sample ? { positives: queries.filter((q) => q.positive).length, negatives: queries.filter((q) => !q.positive).length } : null,
    buildMs,
    memory,
    latency,
    accuracy: accuracyOf(outcomes),
    set: summarise(set, pack),
  };
}

async function runLarge(task: Extract<Task, { kind: 'large' }>): Promise<LargeResult> {
  const pack = await loadPack();
  const vocab = syntheticVocabulary(pack.lists, task.seed);
  const negatives = new Rng(task.seed).sample(
    buildAccuracySet(pack.lists, { unlisted: readUnlistedCompanies(), chinese: [] }, { seed: task.seed, counts: { alias: 0, typo: 0, 'legal-form': 0, 'word-order': 0, abbreviation: 0, noise: 0 } }).negatives,
    task.negatives,
  );
  pack.lists.length = 0;
  pack.names.length = 0;
  const t = performance.now();
  const names = syntheticNames(vocab, task.names, task.seed);
  const generateMs = performance.now() - t;
  const queries = syntheticQueries(names, task.positives, negatives, task.seed);
  const vetter = new VetterContender();
  const warmUpNames = syntheticNames(vocab, WARM_UP_NAMES, task.seed + 1).map((n) => n.name);
  const { buildMs, memory, latency, outcomes } = await measure(() => vetter.build(names), (n) => vetter.screen(n), queries, warmUpNames);
  return {
    kind: 'large',
    names: names.length,
    vocabulary: { heads: vocab.heads.length, tails: vocab.tails.length, generic: vocab.generic.length },
    generateMs,
    buildMs,
    memory,
    latency,
    accuracy: accuracyOf(outcomes),
    examples: names.slice(0, 8).map((n) => n.name),
  };
}

export function runTask(task: Task): Promise<TaskResult> {
  return task.kind === 'contender' ? runContender(task) : runLarge(task);
}
