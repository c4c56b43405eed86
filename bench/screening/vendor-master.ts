// The vendor-master held-out set: vendor names written by hand the way procurement systems hold them
// (fixtures/vendor-master-heldout.tsv), not derived from the lists and never chosen with a matcher. Each listed row
// names the list names it should find; they are resolved to entry keys here, against the pack the benchmark runs
// on. Rows whose names that pack does not print (they need a newer source) are reported apart, not screened.
import { listedKeys, type Query } from './accuracy-set';
import type { NewerSource, VendorMasterRow, VendorMasterSpelling } from './fixtures';
import { type PackList, printedNames } from './load-pack';
import { simpleKey } from './names';

/** Places a vendor master appends to a name ("... CO LTD SHENZHEN", "... P.R. CHINA"), lower case. Used to check
 *  that an unlisted vendor is not a listed name with a place added; never to build queries. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hangzhou', 'chengdu', 'wuhan', 'tianjin', 'nanjing', 'xian', 'suzhou', 'hefei',
  'dalian', 'qingdao', 'xiamen', 'chongqing', 'harbin', 'changsha', 'jinan', 'zhengzhou', 'shenyang', 'kunming', 'ningbo',
  'dongguan', 'huizhou', 'changzhou', 'guiyang', 'zhejiang', 'guangdong', 'jiangsu', 'anhui', 'sichuan', 'china', 'prc', 'p', 'r',
  'hong', 'kong', 'hk', 'taiwan', 'taipei', 'singapore', 'tokyo', 'japan', 'osaka', 'seoul', 'korea', 'india', 'bangalore',
  'bengaluru', 'mumbai', 'delhi', 'pune', 'hyderabad', 'chennai', 'moscow', 'russia', 'st', 'petersburg', 'minsk', 'belarus',
  'dubai', 'uae', 'tehran', 'iran', 'london', 'uk', 'ireland', 'dublin', 'germany', 'deutschland', 'berlin', 'munich',
  'muenchen', 'frankfurt', 'hamburg', 'france', 'paris', 'netherlands', 'amsterdam', 'belgium', 'brussels', 'luxembourg',
  'switzerland', 'zurich', 'geneva', 'austria', 'vienna', 'italy', 'milan', 'spain', 'madrid', 'sweden', 'stockholm', 'norway',
  'oslo', 'denmark', 'copenhagen', 'finland', 'helsinki', 'poland', 'warsaw', 'usa', 'us', 'ca', 'wa', 'ny', 'tx', 'canada',
  'australia', 'sydney', 'melbourne', 'israel', 'emea', 'apac',
]);

/** The simple key without place words at its end: "huawei technologies shenzhen" -> "huawei technologies". */
export function withoutTrailingPlaces(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && PLACE_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

export interface UnresolvedRow {
  vendor: string;
  listed: string[];
  needs: NewerSource | null;
}

export interface VendorMasterSet {
  /** Listed rows that resolve against the pack: screened, and scored. */
  positives: Query[];
  /** Unlisted rows and the hard negatives (category 'hard-negative'): all screened. */
  negatives: Query[];
  /** Listed rows whose names the pack does not print: not screened. */
  unresolved: UnresolvedRow[];
  /** Distinct listed entities among all listed rows, and among the resolved ones (rows that share an expected entry
   *  or a first listed name are one entity). */
  entities: number;
  resolvedEntities: number;
  /** Unlisted rows (not hard negatives) that a list of this pack now prints: kept out of the negatives. */
  droppedNegatives: string[];
}

/** The entry keys a listed row should find in this pack: every screening entry that prints one of its names. */
export function expectedEntries(row: VendorMasterRow, byName: ReadonlyMap<string, readonly string[]>): string[] {
  return [...new Set(row.listed.flatMap((n) => byName.get(simpleKey(n)) ?? []))].sort();
}

/** Every name and alias of every entry, removed ones included, as simple keys: what "a list prints it" means. */
export function everListedKeys(lists: readonly PackList[]): Set<string> {
  const keys = new Set<string>();
  for (const { entries } of lists) for (const e of entries) for (const n of printedNames(e)) keys.add(simpleKey(n));
  keys.delete('');
  return keys;
}

/** Whether a list prints the vendor's name, as is or with the places at its end taken off. */
export function printedByList(vendor: string, listed: ReadonlySet<string>): boolean {
  const key = simpleKey(vendor);
  return listed.has(key) || listed.has(withoutTrailingPlaces(key));
}

export function buildVendorMasterSet(lists: readonly PackList[], rows: readonly VendorMasterRow[], firstId = 0): VendorMasterSet {
  const byName = listedKeys(lists, false);
  const everListed = everListedKeys(lists);
  const positives: Query[] = [];
  const negatives: Query[] = [];
  const unresolved: UnresolvedRow[] = [];
  const droppedNegatives: string[] = [];

  // Entities: rows joined when they share an expected entry or their first listed name.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  const resolvedRoots = new Set<string>();
  const rowRoots: string[] = [];

  let id = firstId;
  for (const row of rows) {
    if (row.label === 'listed') {
      const node = `name:${simpleKey(row.listed[0] ?? row.vendor)}`;
      union(node, node);
      const expected = expectedEntries(row, byName);
      for (const key of expected) union(node, `entry:${key}`);
      rowRoots.push(node);
      if (expected.length === 0) {
        unresolved.push({ vendor: row.vendor, listed: row.listed, needs: row.needs });
        continue;
      }
      resolvedRoots.add(node);
      positives.push({ id: id++, name: row.vendor, positive: true, category: row.kind as VendorMasterSpelling, expected, source: row.listed[0] ?? null });
    } else if (row.label === 'unlisted' && printedByList(row.vendor, everListed)) {
      droppedNegatives.push(row.vendor);
    } else {
      negatives.push({ id: id++, name: row.vendor, positive: false, category: row.label === 'hard-negative' ? 'hard-negative' : 'unlisted', expected: [], source: null, sector: row.kind });
    }
  }
  const entities = new Set(rowRoots.map(find)).size;
  const resolvedEntities = new Set([...resolvedRoots].map(find)).size;
  return { positives, negatives, unresolved, entities, resolvedEntities, droppedNegatives };
}
