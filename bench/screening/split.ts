// The generated accuracy set split into a tuning half and a held-out half, by listed entity: every variant of one
// entity's names falls in the same half, and so do the entities that share a name with it (the same company on
// several lists). The split is seeded and recorded (fixtures/accuracy-split.tsv): an entity or an unlisted company
// that the record names keeps its recorded half whatever the generator or the pack does later; one that the record
// does not know gets a half from a seeded hash of its key. The benchmark reports any difference between the record
// and the set it built, and tests/unit/bench-heldout.test.ts fails on one.
import fs from 'node:fs';
import path from 'node:path';
import type { AccuracySet, Query } from './accuracy-set';
import { screenableEntities } from './accuracy-set';
import { FIXTURES_DIR } from './fixtures';
import { entryKeyOf, type PackList, printedNames } from './load-pack';
import { simpleKey } from './names';
import { Rng } from './random';

export type Half = 'tuning' | 'held-out';
export const HALVES: readonly Half[] = ['tuning', 'held-out'];
export const SPLIT_FILE = 'accuracy-split.tsv';
/** The seed of the split (the accuracy set's own seed is SEED in run.ts). */
export const SPLIT_SEED = 20260611;

/** What fixtures/accuracy-split.tsv holds: the half of each entity (by its key) and of each unlisted company. */
export interface SplitRecord {
  seed: number;
  entities: Map<string, Half>;
  negatives: Map<string, Half>;
}

export interface Group {
  /** The group's key: the smallest entity key among its members. */
  key: string;
  half: Half;
  /** Entity keys of the group's members ("list|simple key of the primary name"). */
  members: string[];
  positives: number;
  /** Whether the half came from the record (else from the seeded hash). */
  recorded: boolean;
}

export interface Drift {
  /** Groups of this set that the record does not know: their half comes from the seeded hash. */
  newGroups: string[];
  /** Recorded entities that no group of this set contains. */
  missingEntities: string[];
  /** Groups whose members the record puts in both halves (the held-out half wins). */
  conflicts: string[];
  newNegatives: string[];
  missingNegatives: string[];
}

export interface SplitHalf {
  positives: Query[];
  negatives: Query[];
}

export interface AccuracySplit {
  seed: number;
  tuning: SplitHalf;
  heldOut: SplitHalf;
  groups: Group[];
  /** Unlisted companies by name -> half. */
  negatives: Map<string, Half>;
  drift: Drift;
}

/** An entity's key, stable across list downloads (BIS and State rows of the CSL get a new id in each):
 *  the list and the simple normalisation of its primary name. */
export const entityKeyOf = (listKey: string, primaryName: string): string => `${listKey}|${simpleKey(primaryName)}`;

/** A half from a seeded hash of a key (FNV-1a, then the benchmark's PRNG): the same on every run and machine. */
export function hashedHalf(seed: number, key: string): Half {
  let h = 0x811c9dc5;
  const text = `${seed}|${key}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return new Rng(h).next() < 0.5 ? 'held-out' : 'tuning';
}

export function readSplitRecord(dir = FIXTURES_DIR, file = SPLIT_FILE): SplitRecord | null {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return null;
  const record: SplitRecord = { seed: SPLIT_SEED, entities: new Map(), negatives: new Map() };
  for (const line of fs.readFileSync(full, 'utf8').split(/\r?\n/)) {
    const seed = /^#\s*seed\s+(\d+)/.exec(line);
    if (seed) record.seed = Number(seed[1]);
    if (line.trim().length === 0 || line.startsWith('#') || line.startsWith('half\t')) continue;
    const [half, kind, key] = line.split('\t');
    if ((half !== 'tuning' && half !== 'held-out') || (kind !== 'entity' && kind !== 'negative') || !key) throw new Error(`${file}: bad line "${line}"`);
    (kind === 'entity' ? record.entities : record.negatives).set(key, half);
  }
  return record;
}

/** The record of a split, as fixtures/accuracy-split.tsv holds it. */
export function formatSplitRecord(split: AccuracySplit, note: readonly string[]): string {
  const lines = [
    '# The split of the generated accuracy set into a tuning half and a held-out half (bench/screening/split.ts).',
    '# Written by `npx tsx bench/screening/record-split.ts`; docs/benchmarks.md says when to write it again.',
    `# seed ${split.seed}`,
    ...note.map((n) => `# ${n}`),
    '# entity: the key of a group of listed entities that share a name (list|simple key of the primary name; the',
    '# smallest key of the group). negative: an unlisted company of fixtures/unlisted-companies.txt, as written there.',
    'half\tkind\tkey',
  ];
  const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const g of [...split.groups].sort(byKey)) lines.push(`${g.half}\tentity\t${g.key}`);
  for (const [name, half] of [...split.negatives.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) lines.push(`${half}\tnegative\t${name}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Splits the set by entity. Groups: screenable entities that share a name (simple normalisation) are one group,
 * and every positive joins the entries it expects to its group. A group takes the half the record gives any of its
 * members (held-out if the record gives both); else the seeded hash of its key.
 */
export function splitAccuracySet(set: AccuracySet, lists: readonly PackList[], record: SplitRecord | null, seed = record?.seed ?? SPLIT_SEED): AccuracySplit {
  const entityOf = new Map<string, string>();
  for (const { listKey, entries } of lists) for (const e of entries) entityOf.set(entryKeyOf(listKey, e.entryId), entityKeyOf(listKey, e.name));

  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    for (let y = x; y !== r; ) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const { key, entry } of screenableEntities(lists)) {
    const id = entityOf.get(key) as string;
    for (const n of printedNames(entry)) {
      const k = simpleKey(n);
      if (k.length > 0) union(`e:${id}`, `n:${k}`);
    }
  }
  const entitiesOf = (q: Query): string[] => q.expected.map((k) => entityOf.get(k) ?? k);
  for (const q of set.positives) {
    const [first, ...rest] = entitiesOf(q);
    if (first === undefined) continue;
    find(`e:${first}`);
    for (const other of rest) union(`e:${first}`, `e:${other}`);
  }

  // Members of every group that holds a positive.
  const members = new Map<string, Set<string>>();
  for (const node of parent.keys()) {
    if (!node.startsWith('e:')) continue;
    const root = find(node);
    const m = members.get(root) ?? new Set<string>();
    m.add(node.slice(2));
    members.set(root, m);
  }
  const rootOf = (q: Query): string | null => {
    const first = entitiesOf(q)[0];
    return first === undefined ? null : find(`e:${first}`);
  };

  const drift: Drift = { newGroups: [], missingEntities: [], conflicts: [], newNegatives: [], missingNegatives: [] };
  const groups = new Map<string, Group>();
  const split: AccuracySplit = { seed, tuning: { positives: [], negatives: [] }, heldOut: { positives: [], negatives: [] }, groups: [], negatives: new Map(), drift };
  const seenRecorded = new Set<string>();
  for (const q of set.positives) {
    const root = rootOf(q);
    if (root === null) continue;
    let group = groups.get(root);
    if (!group) {
      const ids = [...(members.get(root) ?? [])].sort();
      const key = ids[0] ?? root;
      const halves = new Set<Half>();
      for (const id of ids) {
        const h = record?.entities.get(id);
        if (h) {
          halves.add(h);
          seenRecorded.add(id);
        }
      }
      if (halves.size > 1) drift.conflicts.push(key);
      if (record && halves.size === 0) drift.newGroups.push(key);
      const half: Half = halves.has('held-out') ? 'held-out' : halves.has('tuning') ? 'tuning' : hashedHalf(seed, key);
      group = { key, half, members: ids, positives: 0, recorded: halves.size > 0 };
      groups.set(root, group);
    }
    group.positives++;
    (group.half === 'held-out' ? split.heldOut : split.tuning).positives.push(q);
  }
  split.groups = [...groups.values()];
  if (record) for (const id of record.entities.keys()) if (!seenRecorded.has(id)) drift.missingEntities.push(id);

  for (const q of set.negatives) {
    const recorded = record?.negatives.get(q.name);
    if (record && !recorded) drift.newNegatives.push(q.name);
    const half = recorded ?? hashedHalf(seed, simpleKey(q.name));
    split.negatives.set(q.name, half);
    (half === 'held-out' ? split.heldOut : split.tuning).negatives.push(q);
  }
  if (record) for (const name of record.negatives.keys()) if (!split.negatives.has(name)) drift.missingNegatives.push(name);
  return split;
}

/** Whether the split is exactly what the record says (nothing new, nothing missing, no conflict). */
export function driftCount(drift: Drift): number {
  return drift.newGroups.length + drift.missingEntities.length + drift.conflicts.length + drift.newNegatives.length + drift.missingNegatives.length;
}
