// Builds the accuracy set from the lists themselves: positives are vendor-like spellings of listed entity names
// (their aliases, perturbations of their primary names, their Chinese names), negatives are real companies that
// are not listed. Deterministic for a given seed and pack. docs/benchmarks.md describes the method.
import type { ListEntry } from '../../electron/core/lists/entry';
import type { ChineseName, VendorMasterSpelling } from './fixtures';
import { entryKeyOf, type PackList, printedNames } from './load-pack';
import { HAN_RE, looksLikeOrganisation, simpleKey } from './names';
import { PERTURBATION_KINDS, PERTURBATIONS, type PerturbationKind } from './perturb';
import { Rng } from './random';
import { VENDOR_MASTER_KINDS, VENDOR_MASTER_PERTURBATIONS, type VendorMasterKind } from './vendor-master-perturb';

/** 'exact': the listed name itself (used by the synthetic scale test only). */
export type PositiveCategory = 'exact' | 'alias' | PerturbationKind | 'chinese' | VendorMasterKind;
/** Positives of the vendor-master set are categorised by how they are spelt (fixtures.ts, VENDOR_MASTER_SPELLINGS);
 *  its negatives are 'unlisted' or, for the namesakes of listed names, 'hard-negative'. */
export type Category = PositiveCategory | VendorMasterSpelling | 'unlisted' | 'hard-negative';
export const POSITIVE_CATEGORIES: readonly PositiveCategory[] = ['exact', 'alias', ...PERTURBATION_KINDS, 'chinese', ...VENDOR_MASTER_KINDS];

/** Spellings the issue's own rules hold in the review band at most, so that they count against match recall
 *  whatever the matcher does: an OFAC weak a.k.a., a name of one word of at most four letters (an acronym, which
 *  alone never reaches the match band without a country) and a listed brand with other trade words ("at least
 *  review"). The report counts match-band misses by these (docs/benchmarks.md). */
export type ReviewRule = 'weak-alias' | 'acronym' | 'brand-trade';

export interface Query {
  id: number;
  /** The vendor name screened. */
  name: string;
  positive: boolean;
  category: Category;
  /** Entry keys (list:entryId) any of which counts as the right hit: every entry carrying the source name. */
  expected: readonly string[];
  /** The listed name the query was derived from. */
  source: string | null;
  /** Vendor-master negatives: the kind of company (saas, ai, cloud-host, ...). */
  sector?: string;
  /** Generated positives a rule holds in review at most. */
  reviewRule?: ReviewRule;
}

export interface AccuracySetOptions {
  seed: number;
  /** Positives per category; Chinese-script positives are all taken. */
  counts: Readonly<Record<Exclude<PositiveCategory, 'chinese' | 'exact'>, number>>;
}

export const DEFAULT_COUNTS: AccuracySetOptions['counts'] = {
  alias: 1500,
  typo: 400,
  'legal-form': 300,
  'word-order': 250,
  abbreviation: 250,
  noise: 300,
  'vm-upper': 200,
  'vm-place': 200,
  'vm-acronym': 150,
  'vm-trade': 150,
};

/** A word carried by at most this many listed entities is distinctive (about 0.2% of the pack's entities). */
export const DISTINCTIVE_MAX_ENTITIES = 20;

export interface AccuracySet {
  positives: Query[];
  negatives: Query[];
  /** Unlisted-company lines dropped because a list carries the same name (simple normalisation). */
  droppedNegatives: string[];
  /** Chinese fixture rows whose English name no list carries. */
  unresolvedChinese: string[];
  /** Entities the positives were drawn from. */
  entityCount: number;
}

interface Entity {
  key: string;
  entry: ListEntry;
}

/** Entities a vendor can collide with: typed entities, and untyped rows (CSL Entity List, BIS DPL) whose name
 *  reads as an organisation. Removed entries are skipped, as the app skips them. */
export function screenableEntities(lists: readonly PackList[]): Entity[] {
  const out: Entity[] = [];
  for (const { listKey, entries } of lists) {
    for (const entry of entries) {
      if (entry.status === 'removed') continue;
      if (entry.type === 'entity' || (entry.type === 'unknown' && looksLikeOrganisation(entry.name))) {
        out.push({ key: entryKeyOf(listKey, entry.entryId), entry });
      }
    }
  }
  return out;
}

/** simpleKey of every listed name and alias -> the screenable entries (any type) carrying it. */
export function listedKeys(lists: readonly PackList[], includeRemoved: boolean): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { listKey, entries } of lists) {
    for (const e of entries) {
      if (e.status === 'removed' && !includeRemoved) continue;
      const key = entryKeyOf(listKey, e.entryId);
      for (const n of printedNames(e)) {
        const k = simpleKey(n);
        if (k.length === 0) continue;
        const keys = map.get(k) ?? [];
        if (!keys.includes(key)) keys.push(key);
        map.set(k, keys);
      }
    }
  }
  return map;
}

export function buildAccuracySet(
  lists: readonly PackList[],
  fixtures: { unlisted: readonly string[]; chinese: readonly ChineseName[] },
  options: AccuracySetOptions = { seed: 1, counts: DEFAULT_COUNTS },
): AccuracySet {
  const rng = new Rng(options.seed);
  const entities = screenableEntities(lists);
  const carriers = listedKeys(lists, false);
  const expectedFor = (name: string, fallback: string): string[] => carriers.get(simpleKey(name)) ?? [fallback];
  const positives: Query[] = [];
  const seen = new Set<string>();
  const add = (name: string, category: PositiveCategory, expected: readonly string[], source: string, reviewRule?: ReviewRule): boolean => {
    const trimmed = name.trim();
    if (trimmed.length === 0 || seen.has(trimmed)) return false;
    seen.add(trimmed);
    positives.push({ id: 0, name: trimmed, positive: true, category, expected, source, ...(reviewRule ? { reviewRule } : {}) });
    return true;
  };

  // (a) Aliases as vendor names; an alias that is only the primary name respelt adds nothing.
  const aliasPool: { alias: string; entity: Entity }[] = [];
  const chinesePool: { alias: string; entity: Entity }[] = [];
  for (const entity of entities) {
    const primary = simpleKey(entity.entry.name);
    for (const alias of printedNames(entity.entry).slice(1)) {
      if (HAN_RE.test(alias)) chinesePool.push({ alias, entity });
      else if (simpleKey(alias).length > 0 && simpleKey(alias) !== primary) aliasPool.push({ alias, entity });
    }
  }
  // One pool item per distinct alias (the same alias often sits on an entry in each of several lists).
  const distinct = [...new Map(aliasPool.map((a) => [a.alias.trim(), a])).values()];
  for (const { alias, entity } of rng.sample(distinct, options.counts.alias)) add(alias, 'alias', expectedFor(alias, entity.key), entity.entry.name, aliasReviewRule(alias, entity.entry));

  // (b) Perturbations of primary names, each kind from its own shuffled pass over the entities. A typo goes into
  // a distinctive word: one that few listed entities carry (the lists' own statistics, not the matcher's).
  const wordEntities = new Map<string, number>();
  for (const { entry } of entities) {
    for (const w of new Set(entry.name.toLowerCase().match(/[a-z]+/g) ?? [])) wordEntities.set(w, (wordEntities.get(w) ?? 0) + 1);
  }
  const context = { isDistinctive: (w: string) => (wordEntities.get(w) ?? 0) <= DISTINCTIVE_MAX_ENTITIES };
  for (const kind of PERTURBATION_KINDS) {
    let taken = 0;
    for (const entity of rng.sample(entities, entities.length)) {
      if (taken >= options.counts[kind]) break;
      const source = entity.entry.name;
      if (HAN_RE.test(source)) continue;
      const perturbed = PERTURBATIONS[kind](source, rng, context);
      if (perturbed === null || simpleKey(perturbed).length === 0) continue;
      if (add(perturbed, kind, expectedFor(source, entity.key), source)) taken++;
    }
  }

  // (c) Vendor-master spellings (vendor-master-perturb.ts), from a stream of their own so that adding them changed
  // none of the queries above.
  const vmRng = new Rng(options.seed * 31 + 7);
  for (const kind of VENDOR_MASTER_KINDS) {
    let taken = 0;
    for (const entity of vmRng.sample(entities, entities.length)) {
      if (taken >= options.counts[kind]) break;
      const source = entity.entry.name;
      if (HAN_RE.test(source)) continue;
      const changed = VENDOR_MASTER_PERTURBATIONS[kind](source, vmRng, { countries: entity.entry.countries, isDistinctive: (w) => (wordEntities.get(w) ?? 0) <= 5 });
      if (changed === null || simpleKey(changed).length === 0) continue;
      if (add(changed, kind, expectedFor(source, entity.key), source, kind === 'vm-trade' ? 'brand-trade' : undefined)) taken++;
    }
  }

  // (d) Chinese script: the lists' own Chinese aliases, then the registered names of the fixture.
  for (const { alias, entity } of chinesePool) add(alias, 'chinese', [entity.key], entity.entry.name);
  const unresolvedChinese: string[] = [];
  for (const row of fixtures.chinese) {
    const expected = [...new Set(row.english.flatMap((e) => carriers.get(simpleKey(e)) ?? []))];
    if (expected.length === 0) unresolvedChinese.push(`${row.chinese} (${row.english.join(' | ')})`);
    else add(row.chinese, 'chinese', expected, row.english[0] ?? row.chinese);
  }

  // Negatives: a company whose name a list carries (removed entries included) is not "unlisted".
  const everListed = listedKeys(lists, true);
  const negatives: Query[] = [];
  const droppedNegatives: string[] = [];
  const negativeSeen = new Set<string>();
  for (const name of fixtures.unlisted) {
    if (negativeSeen.has(name)) continue;
    negativeSeen.add(name);
    if (everListed.has(simpleKey(name))) droppedNegatives.push(name);
    else negatives.push({ id: 0, name, positive: false, category: 'unlisted', expected: [], source: null });
  }

  const all = [...positives, ...negatives];
  all.forEach((q, i) => (q.id = i));
  return { positives, negatives, droppedNegatives, unresolvedChinese, entityCount: entities.length };
}

/** An alias only printed as weak on the entry, or of one word of at most four letters once its legal form is off. */
function aliasReviewRule(alias: string, entry: ListEntry): ReviewRule | undefined {
  if ((entry.weakAliases ?? []).includes(alias) && entry.name !== alias && !entry.aliases.includes(alias)) return 'weak-alias';
  return /^[\p{L}\p{N}]{1,4}$/u.test(simpleKey(alias)) ? 'acronym' : undefined;
}

/** A stratified, deterministic subset: `positives` positives spread over the categories in proportion, and
 *  `negatives` negatives. For contenders too slow to run the whole set. */
export function sampleQueries(set: Pick<AccuracySet, 'positives' | 'negatives'>, positives: number, negatives: number, seed: number): Query[] {
  const rng = new Rng(seed);
  const byCategory = new Map<Category, Query[]>();
  for (const q of set.positives) {
    const qs = byCategory.get(q.category) ?? [];
    qs.push(q);
    byCategory.set(q.category, qs);
  }
  const out: Query[] = [];
  for (const [, qs] of byCategory) out.push(...rng.sample(qs, Math.max(1, Math.round((qs.length / set.positives.length) * positives))));
  out.push(...rng.sample(set.negatives, negatives));
  return out.sort((a, b) => a.id - b.id);
}
