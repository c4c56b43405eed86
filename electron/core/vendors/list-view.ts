// The vendor list as the table shows it: searched, filtered and sorted here, and handed over one window at a time
// (10,000 vendors are a 4.7 MB answer; a window of 100 rows about 50 KB). What follows from the vendors alone (their
// names folded for search, each column's sort order) is kept in memory, and when the vendors table's change counter
// (migration 0012) moves, only the vendors stamped since (migration 0025) are read and patched in: a request costs a
// filter and a sort of numbers, not reading every vendor, even while others edit.
import type { Sql } from '../db/store';
import type { VendorScreening } from '../screening/model';
import type { Screening } from '../screening/screening';
import { osaDistance } from '../screening/edit-distance';
import { jaroWinkler } from '../screening/jaro-winkler';
import { normaliseName } from '../screening/normalise';
import { countryName } from './countries';
import type { Vendor, VendorListPage, VendorListQuery, VendorMatchQuery, VendorSortKey } from './model';
import { vendorNameKey } from './names';
import type { VendorRepository } from './repository';
import { CRITICALITY } from './vocabulary';

type SortValue = string | number | null;

/** Vendor id -> risk score and tier, for the Risk column's sort and the tier filter (the portfolio's scores). */
export type RiskScores = ReadonlyMap<string, { score: number; tier: string }>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Match first when sorted the way the column first sorts (descending); not screened is blank and goes last. */
const SCREENING_RANK: Record<VendorScreening['status'], number | null> = { match: 3, review: 2, clear: 1, unscreened: null };

const UNSCREENED: VendorScreening = { status: 'unscreened', viaParent: false, openHits: 0 };

/** The columns whose order follows from the vendor alone (screening and risk change without the vendor changing). */
type VendorColumn = Exclude<VendorSortKey, 'screening' | 'risk'>;

function columnValue(v: Vendor, key: VendorColumn): SortValue {
  switch (key) {
    case 'country':
      return v.countryOfIncorporation ? countryName(v.countryOfIncorporation) : null;
    case 'services':
      return v.services.join(', ') || null;
    case 'dataShared':
      return v.dataShared.join(', ') || null;
    case 'criticality':
      return v.criticality === null ? null : CRITICALITY.indexOf(v.criticality);
    default:
      return v[key] === '' ? null : v[key];
  }
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

/** Equal values share a rank, so ties fall back to the legal-name order the index is kept in. */
function ranks(values: readonly SortValue[]): Float64Array {
  const order = values.map((_, i) => i).filter((i) => values[i] !== null);
  order.sort((a, b) => compareValues(values[a]!, values[b]!));
  const rank = new Float64Array(values.length).fill(Number.NaN);
  let current = 0;
  order.forEach((i, n) => {
    if (n > 0 && compareValues(values[order[n - 1]!]!, values[i]!) !== 0) current += 1;
    rank[i] = current;
  });
  return rank;
}

/** A vendor in the index, with what searching it needs: worked out once, and kept while the vendor does not change. */
interface Entry {
  readonly vendor: Vendor;
  /** Its names, countries, tags, contract owner and identifiers, each folded (searchText). */
  readonly search: string;
  /** Its search words long enough for a typo, the first time a query needs them. */
  words?: string[];
  /** Its names as the matcher reads them, the first time a duplicate is looked for. */
  keys?: string[];
  /** Whether it has every word of the last search it was tried against (matches()). */
  searched?: { words: string; found: boolean };
  /** Whether its legal name sorts equal to that of `before`, the entry it followed when this was worked out. */
  tie?: { before: Entry; equal: boolean };
}

/**
 * Each name folded as the core compares names, so the search finds what duplicates and the CLI's --name find; and what
 * else a vendor is looked for by: its countries (code and name), tags, contract owner and identifiers.
 */
const searchText = (v: Vendor): string =>
  [
    v.legalName,
    ...v.otherNames.map((n) => n.name),
    ...[v.countryOfIncorporation, v.countryOfHeadquarters].flatMap((c) => (c ? [c, countryName(c)] : [])),
    ...v.tags,
    v.contractOwner ?? '',
    ...v.identifiers.map((id) => id.value),
  ]
    .map(vendorNameKey)
    .join('\n');

const entryOf = (vendor: Vendor): Entry => ({ vendor, search: searchText(vendor) });

/** The index's order: legal name as people read it, then id. */
const byName = (a: Vendor, b: Vendor): number => collator.compare(a.legalName, b.legalName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How many vendors are incorporated or headquartered in each country: moved by a patch, not counted again. */
type CountryCounts = Map<string, number>;

function countCountries(counts: CountryCounts, v: Vendor, by: 1 | -1): void {
  for (const code of new Set([v.countryOfIncorporation, v.countryOfHeadquarters])) {
    if (!code) continue;
    const n = (counts.get(code) ?? 0) + by;
    if (n > 0) counts.set(code, n);
    else counts.delete(code);
  }
}

/** The first of `entries` (in the index's order) that does not sort before `vendor`: where it is, or would go. */
function placeOf(entries: readonly Entry[], vendor: Vendor): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byName(entries[mid]!.vendor, vendor) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every vendor in legal-name order, with what searching and sorting them needs. */
class VendorIndex {
  private sortedCountries?: string[];
  private readonly columnRanks = new Map<VendorColumn, Float64Array>();

  /**
   * `byId`: the entries by vendor id, handed on to the index patched from this one (patched()): only the newest index
   * is patched, and requests already under way on an older one read its entries only.
   */
  constructor(
    readonly version: number,
    readonly entries: readonly Entry[],
    private readonly countryCounts: CountryCounts,
    private readonly byId: Map<string, Entry>,
  ) {}

  static build(version: number, vendors: readonly Vendor[]): VendorIndex {
    const entries = [...vendors].sort(byName).map(entryOf);
    const counts: CountryCounts = new Map();
    for (const { vendor } of entries) countCountries(counts, vendor, 1);
    return new VendorIndex(version, entries, counts, new Map(entries.map((e) => [e.vendor.id, e])));
  }

  /** The countries of the vendors, in the order of their names. */
  get countries(): string[] {
    this.sortedCountries ??= [...this.countryCounts.keys()].sort((a, b) => collator.compare(countryName(a), countryName(b)));
    return this.sortedCountries;
  }

  /**
   * This index with `changes` made (each vendor changed as it is now, null when gone), as of `version`: the entries
   * of unchanged vendors kept as they are, with what was worked out for them, and the changed ones put in their place.
   * Where they were and where they go are looked up (by id, then by name), so a patch touches only the changed
   * vendors: filtering every entry of 100,000 took 20 ms, counting their countries 9 ms, at every change others made.
   */
  patched(version: number, changes: readonly { id: string; vendor: Vendor | null }[]): VendorIndex {
    const counts = new Map(this.countryCounts);
    const gone = new Set<number>();
    for (const { id } of changes) {
      const old = this.byId.get(id);
      if (!old) continue;
      gone.add(placeOf(this.entries, old.vendor));
      countCountries(counts, old.vendor, -1);
      this.byId.delete(id);
    }
    const added = changes.flatMap((c) => (c.vendor ? [entryOf(c.vendor)] : [])).sort((a, b) => byName(a.vendor, b.vendor));
    const places = added.map((e) => placeOf(this.entries, e.vendor));
    const entries: Entry[] = [];
    let next = 0;
    this.entries.forEach((entry, i) => {
      for (; next < added.length && places[next] === i; next++) entries.push(added[next]!);
      if (!gone.has(i)) entries.push(entry);
    });
    entries.push(...added.slice(next));
    for (const entry of added) {
      countCountries(counts, entry.vendor, 1);
      this.byId.set(entry.vendor.id, entry);
    }
    return new VendorIndex(version, entries, counts, this.byId);
  }

  /**
   * Whether vendor `i` has every word of `search` (folded words, one space apart): as a part of a word (typing "alib" finds Alibaba), or, for a word
   * of TYPO_MIN letters or more, one edit off a word or the start of one ("aliaba", "nordlict"). Kept with the entry
   * for the last search: a search is asked again as its results are paged and sorted, and after every change others
   * make, and looking for typos in 100,000 vendors takes 150-250 ms.
   */
  matches(i: number, search: string): boolean {
    const entry = this.entries[i]!;
    if (entry.searched?.words !== search) {
      const found = search.split(' ').every((w) => entry.search.includes(w) || (w.length >= TYPO_MIN && wordsOf(entry).some((word) => nearly(w, word))));
      entry.searched = { words: search, found };
    }
    return entry.searched.found;
  }

  /** A column's ranks, worked out the first time the column is sorted by. */
  ranks(key: VendorColumn): Float64Array {
    let rank = this.columnRanks.get(key);
    if (!rank) {
      rank = key === 'legalName' ? this.nameRanks() : ranks(this.entries.map((e) => columnValue(e.vendor, key)));
      this.columnRanks.set(key, rank);
    }
    return rank;
  }

  /**
   * The legal-name column's ranks: the index is in that order already, so equal names (which sit side by side) share
   * the rank of the first of them. Whether two neighbours are equal is kept with the entry: after a change, only the
   * names next to a changed vendor are compared again (comparing 100,000 names took 100 ms; sorting them 700 ms).
   */
  private nameRanks(): Float64Array {
    const rank = new Float64Array(this.entries.length);
    this.entries.forEach((entry, i) => {
      const before = this.entries[i - 1];
      if (!before) return;
      if (entry.tie?.before !== before) entry.tie = { before, equal: collator.compare(before.vendor.legalName, entry.vendor.legalName) === 0 };
      rank[i] = entry.tie.equal ? rank[i - 1]! : i;
    });
    return rank;
  }
}

function wordsOf(entry: Entry): string[] {
  entry.words ??= [...new Set(entry.search.split(/\s+/).filter((w) => w.length >= TYPO_MIN - 1))];
  return entry.words;
}

/** A vendor's names as the matcher reads them (legal forms set aside), worked out the first time they are asked for. */
function keysOf(entry: Entry): string[] {
  entry.keys ??= [entry.vendor.legalName, ...entry.vendor.otherNames.map((n) => n.name)].map(matchKey);
  return entry.keys;
}

/** Search words this long or longer are found with a typo in them. */
const TYPO_MIN = 5;

/** One edit (a letter wrong, missing, extra, or two swapped) between a search word and a vendor's word or its start. */
const nearly = (w: string, word: string): boolean => osaDistance(w, word, 1) <= 1 || (word.length > w.length && osaDistance(w, word.slice(0, w.length), 1) <= 1);

/** A name as the matcher reads it: its words canonical, legal forms and punctuation set aside ("ACME, Inc." is "acme"). */
const matchKey = (name: string): string => normaliseName(name).tokens.join(' ');

/** How alike two names' keys must be to warn of a likely duplicate (Jaro-Winkler): a typo or two in a longer name. */
const ALIKE = 0.94;
/** Keys shorter than this warn only when equal: two short names a letter apart are usually two companies. */
const SHORT_KEY = 8;
/** Likely duplicates named at the most. */
const MOST_ALIKE = 5;

export class VendorListView {
  private index: VendorIndex | null = null;
  private updating: Promise<unknown> = Promise.resolve();

  /** `read`: committed data (the store's reads), where the change counter and the vendors are read. */
  constructor(
    private readonly read: Sql,
    private readonly vendors: VendorRepository,
    private readonly screening: Screening,
  ) {}

  /**
   * One window of the list. `risks` is needed only to sort by risk (the handler computes it off this thread); a
   * vendor without a score sorts last, as blanks do in every column.
   */
  async page(q: VendorListQuery, risks: RiskScores | null = null): Promise<VendorListPage> {
    const { index, kept, status, statuses } = await this.matching(q, q.sort.key === 'screening', risks);

    const key = q.sort.key;
    const sign = q.sort.direction === 'asc' ? 1 : -1;
    // The index is in legal-name order, and so are the kept: in the list's first order already (ranking and sorting
    // 100,000 of them again after every change took 6-10 ms).
    if (key !== 'legalName' || sign < 0) {
      const rank =
        key === 'screening'
          ? Float64Array.from(index.entries, (e) => SCREENING_RANK[status(e.vendor.id).status] ?? Number.NaN)
          : key === 'risk'
            ? Float64Array.from(index.entries, (e) => risks?.get(e.vendor.id)?.score ?? Number.NaN)
            : index.ranks(key);
      // Blanks last whichever the direction, so sorting never buries the filled-in rows; ties in legal-name order.
      kept.sort((a, b) => {
        const ra = rank[a]!;
        const rb = rank[b]!;
        if (Number.isNaN(ra) || Number.isNaN(rb)) return Number.isNaN(ra) === Number.isNaN(rb) ? a - b : Number.isNaN(ra) ? 1 : -1;
        return (ra - rb) * sign || a - b;
      });
    }

    const shown = kept.slice(q.offset, q.offset + q.limit).map((i) => index.entries[i]!.vendor);
    const shownStatuses = statuses ?? (await this.screening.statuses(shown.map((v) => v.id)));
    const rows = shown.map((vendor) => ({ vendor, screening: shownStatuses[vendor.id] ?? UNSCREENED }));
    return { total: index.entries.length, matched: kept.length, offset: q.offset, rows, countries: index.countries };
  }

  /** The ids of every vendor the search and filters keep, in legal-name order: "select all" means all of these. */
  async matchingIds(q: VendorMatchQuery, risks: RiskScores | null): Promise<string[]> {
    const { index, kept } = await this.matching(q, false, risks);
    return kept.map((i) => index.entries[i]!.vendor.id);
  }

  /** The positions in the index of the vendors the search and filters keep, with the screening statuses read for them. */
  private async matching(q: VendorMatchQuery, needStatuses: boolean, risks: RiskScores | null) {
    const index = await this.current();
    const { filters } = q;
    const statuses = filters.screening || needStatuses ? await this.screening.statuses() : null;
    const status = (id: string) => statuses?.[id] ?? UNSCREENED;
    const search = vendorNameKey(q.query).split(' ').filter(Boolean).join(' ');
    // Nothing to search or filter by: every vendor, none of them read.
    if (!search && !Object.values(filters).some(Boolean)) return { index, kept: Array.from(index.entries, (_, i) => i), status, statuses };

    const kept: number[] = [];
    index.entries.forEach(({ vendor: v }, i) => {
      if (filters.criticality && (v.criticality ?? 'unset') !== filters.criticality) return;
      if (filters.service && !v.services.some((s) => s === filters.service)) return;
      if (filters.dataShared && !v.dataShared.some((d) => d === filters.dataShared)) return;
      if (filters.country && v.countryOfIncorporation !== filters.country && v.countryOfHeadquarters !== filters.country) return;
      if (filters.screening && status(v.id).status !== filters.screening) return;
      // A vendor not scored yet has no tier: it is kept by no tier filter.
      if (filters.tier && risks?.get(v.id)?.tier !== filters.tier) return;
      // Every word somewhere in the names, so "alibaba cloud" and "cloud alibaba" both find it.
      if (search && !index.matches(i, search)) return;
      kept.push(i);
    });
    return { index, kept, status, statuses };
  }

  /**
   * Vendors whose name reads as `name` does, legal forms, case and punctuation aside ("Acme Cloud Ltd" and "ACME CLOUD
   * LIMITED"), or nearly (a typo in a longer name): the vendor form warns of a likely duplicate before it is added.
   */
  async similar(name: string, excludeId: string | null): Promise<{ id: string; legalName: string; matchedName: string }[]> {
    const key = matchKey(name);
    if (key === '') return [];
    const index = await this.current();
    const found: { id: string; legalName: string; matchedName: string; score: number }[] = [];
    for (const entry of index.entries) {
      const { vendor } = entry;
      if (vendor.id === excludeId) continue;
      let best = { score: 0, at: 0 };
      keysOf(entry).forEach((other, at) => {
        const score = other === key ? 1 : key.length >= SHORT_KEY && other.length >= SHORT_KEY ? jaroWinkler(key, other) : 0;
        if (score > best.score) best = { score, at };
      });
      if (best.score >= ALIKE) {
        const names = [vendor.legalName, ...vendor.otherNames.map((n) => n.name)];
        found.push({ id: vendor.id, legalName: vendor.legalName, matchedName: names[best.at]!, score: best.score });
      }
    }
    return found
      .sort((a, b) => b.score - a.score || collator.compare(a.legalName, b.legalName))
      .slice(0, MOST_ALIKE)
      .map(({ score: _score, ...rest }) => rest);
  }

  /**
   * The index as of the vendors' change counter: patched with the vendors stamped since its own number (migration 25),
   * built whole the first time. Read before the vendors, the counter can only lag behind them: vendors changed after
   * it was read are read again at the next request (a patch is the vendor as it is then), never left stale. One patch
   * at a time, each from the newest index (patched() hands its entries by id on).
   */
  private async current(): Promise<VendorIndex> {
    const version = await this.vendors.changeCount(this.read);
    const updated = this.updating.then(async () => {
      const base = this.index;
      // A newer one (a request that read the counter after this one) holds every change this one would find.
      if (base && base.version >= version) return base;
      this.index = base ? base.patched(version, await this.vendors.changedSince(base.version, this.read)) : VendorIndex.build(version, await this.vendors.list(this.read));
      return this.index;
    });
    this.updating = updated.catch(() => undefined);
    return updated;
  }
}
