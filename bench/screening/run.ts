// What one child process of the benchmark does: one contender on the default pack, or Vetter on the synthetic
// million. Each runs in a fresh process so that its build time, memory and JIT state are its own. A contender
// screens four sets in one timed pass: the tuning half and the held-out half of the generated accuracy set
// (split.ts), the vendor-master held-out sets (fixtures/vendor-master-heldout-2.tsv and the names in Arabic script of
// vendor-master-heldout-3.tsv, screened as one) and the vendor-master tuning sets (fixtures/VENDOR_MASTER_TUNING_FILES,
// whose rows have been read, screened as one); its accuracy is reported for each.
import { type AccuracySet, buildAccuracySet, DEFAULT_COUNTS, type Query, sampleQueries } from './accuracy-set';
import type { Contender, ContenderId } from './contender';
import { FIXTURES_DIR, readChineseNames, readUnlistedCompanies, readVendorMaster, VENDOR_MASTER_HELD_OUT_FILES, VENDOR_MASTER_TUNING_FILES, type VendorMasterRow } from './fixtures';
import { FuseContender } from './fuse-baseline';
import { loadPack } from './load-pack';
import { collectGarbage, latencyOf, type Latency, MB, PeakRss } from './measure';
import { type Accuracy, accuracyOf, type Outcome } from './metrics';
import { OfacStyleContender } from './ofac-style';
import { Rng } from './random';
import { type AccuracySplit, driftCount, readSplitRecord, splitAccuracySet } from './split';
import { syntheticNames, syntheticQueries, syntheticVocabulary } from './synthetic';
import { buildVendorMasterSet, type UnresolvedRow, type VendorMasterSet } from './vendor-master';
import { VetterContender } from './vetter';

/** How many queries a slow contender screens: a stratified sample of the generated set (both halves) and of each
 *  vendor-master set (the held-out set and the tuning set take the same sizes unless the tuning ones are given). */
export interface Sample {
  positives: number;
  negatives: number;
  vendorMasterPositives: number;
  vendorMasterNegatives: number;
  vendorMasterTuningPositives?: number;
  vendorMasterTuningNegatives?: number;
}

/** The four sets every contender is scored on: the two held-out sets (the accuracy targets are evaluated on them),
 *  then the two tuning sets (what matcher work may read). JSON keys: vendorMaster is the vendor-master held-out sets
 *  (VENDOR_MASTER_HELD_OUT_FILES), vendorMasterTuning the vendor-master tuning sets (VENDOR_MASTER_TUNING_FILES). */
export const SET_IDS = ['heldOut', 'vendorMaster', 'tuning', 'vendorMasterTuning'] as const;
export type SetId = (typeof SET_IDS)[number];

export type Task =
  | {
      kind: 'contender';
      contender: ContenderId;
      seed: number;
      sample: Sample | null;
      /** OFAC-style only: the symmetric composite (a sensitivity check). */
      symmetric?: boolean;
      /** Screen the two tuning sets only: the vendor-master held-out file is not read, no held-out query is
       *  screened, and the held-out accuracies are empty (matcher work runs the benchmark so). */
      tuningOnly?: boolean;
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
  split: {
    seed: number;
    /** Entity groups and queries in each half. */
    groups: Record<'tuning' | 'heldOut', number>;
    positives: Record<'tuning' | 'heldOut', Record<string, number>>;
    negatives: Record<'tuning' | 'heldOut', number>;
    /** Differences from the recorded split (fixtures/accuracy-split.tsv); 0 when the record holds. */
    drift: number;
    driftExamples: string[];
    recorded: boolean;
  };
  /** The vendor-master held-out set; null in a tuning-only run, which does not read it. */
  vendorMaster: VendorMasterSummary | null;
  /** The vendor-master tuning set (the first vendor-master set). */
  vendorMasterTuning: VendorMasterSummary;
}

export interface VendorMasterSummary {
  /** The fixture, relative to the repository. */
  file: string;
  rows: number;
  /** Listed rows, and the distinct entities they name; resolved: those the pack prints. */
  listedRows: number;
  entities: number;
  resolvedRows: number;
  resolvedEntities: number;
  positives: Record<string, number>;
  /** Listed rows the pack does not print, by the newer source they are marked as needing. */
  unresolved: UnresolvedRow[];
  /** Rows marked as needing a newer source that this pack prints already. */
  markedButResolved: Record<string, number>;
  negatives: Record<string, number>;
  hardNegatives: string[];
  droppedNegatives: string[];
}

export interface ContenderResult {
  kind: 'contender';
  contender: ContenderId;
  description: string[];
  /** Null when the whole of every set ran, otherwise the stratified sample's size. */
  sample: Sample | null;
  /** A non-default configuration, e.g. "symmetric" for the OFAC-style composite. */
  variant: string | null;
  buildMs: number;
  memory: Memory;
  latency: Latency;
  /** Accuracy on each set: the held-out half, the vendor-master held-out set, the tuning half, the vendor-master
   *  tuning set. */
  accuracy: Record<SetId, Accuracy>;
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

const countBy = (qs: readonly Query[], key: (q: Query) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const q of qs) out[key(q)] = (out[key(q)] ?? 0) + 1;
  return out;
};

function summariseVendorMaster(file: string, vm: VendorMasterSet, vmRows: readonly VendorMasterRow[]): VendorMasterSummary {
  const listed = vmRows.filter((r) => r.label === 'listed');
  const unresolvedVendors = new Set(vm.unresolved.map((u) => u.vendor));
  const markedButResolved: Record<string, number> = {};
  for (const r of listed) if (r.needs && !unresolvedVendors.has(r.vendor)) markedButResolved[r.needs] = (markedButResolved[r.needs] ?? 0) + 1;
  return {
    file: `bench/screening/fixtures/${file}`,
    rows: vmRows.length,
    listedRows: listed.length,
    entities: vm.entities,
    resolvedRows: vm.positives.length,
    resolvedEntities: vm.resolvedEntities,
    positives: countBy(vm.positives, (q) => q.category),
    unresolved: vm.unresolved,
    markedButResolved,
    negatives: countBy(vm.negatives, (q) => q.sector ?? q.category),
    hardNegatives: vm.negatives.filter((q) => q.category === 'hard-negative').map((q) => q.name),
    droppedNegatives: vm.droppedNegatives,
  };
}

/** One vendor-master set as the benchmark uses it: the rows, the queries built from them, the file. */
interface VendorMasterInput {
  file: string;
  rows: VendorMasterRow[];
  set: VendorMasterSet;
}

function summarise(set: AccuracySet, split: AccuracySplit, vm: VendorMasterInput | null, vmt: VendorMasterInput, pack: Awaited<ReturnType<typeof loadPack>>, recorded: boolean): SetSummary {
  const d = split.drift;
  return {
    lists: pack.lists.map((l) => ({ listKey: l.listKey, entries: l.entries.length })),
    indexedNames: pack.names.length,
    indexedEntries: pack.entryCount,
    entities: set.entityCount,
    positives: countBy(set.positives, (q) => q.category),
    negatives: set.negatives.length,
    droppedNegatives: set.droppedNegatives,
    unresolvedChinese: set.unresolvedChinese,
    split: {
      seed: split.seed,
      groups: { tuning: split.groups.filter((g) => g.half === 'tuning').length, heldOut: split.groups.filter((g) => g.half === 'held-out').length },
      positives: { tuning: countBy(split.tuning.positives, (q) => q.category), heldOut: countBy(split.heldOut.positives, (q) => q.category) },
      negatives: { tuning: split.tuning.negatives.length, heldOut: split.heldOut.negatives.length },
      drift: driftCount(d),
      driftExamples: [
        ...d.conflicts.map((k) => `conflict: ${k}`),
        ...d.newGroups.map((k) => `new entity group: ${k}`),
        ...d.missingEntities.map((k) => `recorded entity not in the set: ${k}`),
        ...d.newNegatives.map((k) => `new unlisted company: ${k}`),
        ...d.missingNegatives.map((k) => `recorded unlisted company not in the set: ${k}`),
      ].slice(0, 10),
      recorded,
    },
    vendorMaster: vm ? summariseVendorMaster(vm.file, vm.set, vm.rows) : null,
    vendorMasterTuning: summariseVendorMaster(vmt.file, vmt.set, vmt.rows),
  };
}

async function runContender(task: Extract<Task, { kind: 'contender' }>): Promise<ContenderResult> {
  const tuningOnly = task.tuningOnly ?? false;
  const pack = await loadPack();
  const set = buildAccuracySet(pack.lists, { unlisted: readUnlistedCompanies(), chinese: readChineseNames() }, { seed: task.seed, counts: DEFAULT_COUNTS });
  const record = readSplitRecord();
  const split = splitAccuracySet(set, pack.lists, record);
  // Query ids run on from the generated set's: first the vendor-master held-out sets, then the tuning sets.
  const vmRows = tuningOnly ? [] : VENDOR_MASTER_HELD_OUT_FILES.flatMap((file) => readVendorMaster(FIXTURES_DIR, file));
  const vm = buildVendorMasterSet(pack.lists, vmRows, set.positives.length + set.negatives.length);
  const vmtRows = VENDOR_MASTER_TUNING_FILES.flatMap((file) => readVendorMaster(FIXTURES_DIR, file));
  const vmt = buildVendorMasterSet(pack.lists, vmtRows, set.positives.length + set.negatives.length + vm.positives.length + vm.negatives.length);
  const generatedSet: AccuracySet = tuningOnly ? { ...set, positives: split.tuning.positives, negatives: split.tuning.negatives } : set;
  const generated = task.sample
    ? sampleQueries(generatedSet, task.sample.positives, task.sample.negatives, task.seed)
    : [...generatedSet.positives, ...generatedSet.negatives];
  const vendorMaster = task.sample
    ? sampleQueries(vm, task.sample.vendorMasterPositives, task.sample.vendorMasterNegatives, task.seed)
    : [...vm.positives, ...vm.negatives];
  const vendorMasterTuning = task.sample
    ? sampleQueries(vmt, task.sample.vendorMasterTuningPositives ?? task.sample.vendorMasterPositives, task.sample.vendorMasterTuningNegatives ?? task.sample.vendorMasterNegatives, task.seed)
    : [...vmt.positives, ...vmt.negatives];
  const queries = [...generated, ...vendorMaster, ...vendorMasterTuning];
  const heldOut = new Set([...split.heldOut.positives, ...split.heldOut.negatives].map((q) => q.id));
  const vendorMasterIds = new Set(vendorMaster.map((q) => q.id));
  const vendorMasterTuningIds = new Set(vendorMasterTuning.map((q) => q.id));
  const setOf = (q: Query): SetId =>
    vendorMasterIds.has(q.id) ? 'vendorMaster' : vendorMasterTuningIds.has(q.id) ? 'vendorMasterTuning' : heldOut.has(q.id) ? 'heldOut' : 'tuning';
  const contender = makeContender(task.contender, task.symmetric ?? false);
  const warmUpNames = syntheticNames(syntheticVocabulary(pack.lists, task.seed + 1), WARM_UP_NAMES, task.seed + 1).map((n) => n.name);
  const { buildMs, memory, latency, outcomes } = await measure(() => contender.build(pack.names), (n) => contender.screen(n), queries, warmUpNames);
  // Every Vetter error on the vendor-master tuning set goes into the JSON (matcher work may read them), and in a
  // tuning-only run every error on both tuning sets; 25 of each otherwise, the held-out sets' only for an audit.
  const limit = (id: SetId): number => (task.contender !== 'vetter' ? 25 : id === 'vendorMasterTuning' || (tuningOnly && id === 'tuning') ? 5000 : 25);
  const accuracy = Object.fromEntries(SET_IDS.map((id) => [id, accuracyOf(outcomes.filter((o) => setOf(o.query) === id), limit(id))])) as Record<SetId, Accuracy>;
  const count = (qs: readonly Query[], positive: boolean): number => qs.filter((q) => q.positive === positive).length;
  return {
    kind: 'contender',
    contender: task.contender,
    description: [...contender.description],
    variant: task.symmetric ? 'symmetric' : null,
    sample: task.sample
      ? {
          positives: count(generated, true),
          negatives: count(generated, false),
          vendorMasterPositives: count(vendorMaster, true),
          vendorMasterNegatives: count(vendorMaster, false),
          vendorMasterTuningPositives: count(vendorMasterTuning, true),
          vendorMasterTuningNegatives: count(vendorMasterTuning, false),
        }
      : null,
    buildMs,
    memory,
    latency,
    accuracy,
    set: summarise(set, split, tuningOnly ? null : { file: VENDOR_MASTER_HELD_OUT_FILES.join(' + '), rows: vmRows, set: vm }, { file: VENDOR_MASTER_TUNING_FILES.join(' + '), rows: vmtRows, set: vmt }, pack, record !== null),
  };
}

async function runLarge(task: Extract<Task, { kind: 'large' }>): Promise<LargeResult> {
  const pack = await loadPack();
  const vocab = syntheticVocabulary(pack.lists, task.seed);
  const negatives = new Rng(task.seed).sample(
    buildAccuracySet(pack.lists, { unlisted: readUnlistedCompanies(), chinese: [] }, { seed: task.seed, counts: { alias: 0, typo: 0, 'legal-form': 0, 'word-order': 0, abbreviation: 0, noise: 0, 'vm-upper': 0, 'vm-place': 0, 'vm-acronym': 0, 'vm-trade': 0 } }).negatives,
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
