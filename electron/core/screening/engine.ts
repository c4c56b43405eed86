// The matcher over a set of list versions, as the screening worker runs it: one index over every listed name, and
// each vendor's hits by its names, its parent, and the names the lists themselves link to what it matched.
import type { Vendor } from '../vendors/model';
import { type IndexedName, ScreeningIndex } from './candidate-index';
import { entryNames, type ScreenedEntry, type ScreenedList } from './entries';
import { IdentifierIndex, type IdentifierHit } from './identifier-hits';
import { type Hit, screen, type VendorName } from './matcher';
import { normalisingOnce } from './normalise';
import type { OwnerHit } from './owner-hit';
import type { SupplierHit } from './supplier-hit';
import { MATCHER_VERSION } from './version';

/** A list version to screen against: its id, which list it is a version of, and (for a pack list not stored) its file. */
export interface EngineVersion {
  id: string;
  listKey: string;
  packFile?: { path: string; sha256: string };
}

export type ScreenedVendor = Pick<Vendor, 'id' | 'legalName' | 'otherNames' | 'parentName' | 'countryOfIncorporation' | 'countryOfHeadquarters' | 'identifiers'>;

/** A hit found now, with what storing it needs of its list entry. */
export interface FoundHit {
  versionId: string;
  listKey: string;
  entryId: string;
  entryName: string;
  fingerprint: string;
  hit: Hit | IdentifierHit | OwnerHit | SupplierHit;
  /** The matcher that found it (version.ts). */
  matcher: string;
}

export interface IndexedEntry {
  versionId: string;
  listKey: string;
  entry: ScreenedEntry;
  fingerprint: string;
}

/** The index over a set of versions and what a hit needs of their entries (prebuilt.ts saves and reads it whole). */
export interface Loaded {
  signature: string;
  index: ScreeningIndex;
  identifiers: IdentifierIndex;
  /** Entry key (version id + entry id) -> the entry (prebuilt.ts reads each only when asked). */
  entries: Pick<ReadonlyMap<string, IndexedEntry>, 'get'>;
}

const entryKey = (versionId: string, entryId: string): string => `${versionId}\u0000${entryId}`;

export class ScreeningEngine {
  /** The index over one set of versions, or the build of it under way (every caller waits for the same one). */
  private loaded: { signature: string; index: Promise<Loaded> } | null = null;

  /** `prebuilt`: an index built ahead of time over these versions, if there is one (prebuilt.ts). */
  constructor(
    private readonly readEntries: (version: EngineVersion) => ScreenedList | Promise<ScreenedList>,
    private readonly prebuilt?: (versions: readonly EngineVersion[]) => Loaded | null,
  ) {}

  /** The index over these versions; built again only when the set of versions changes. */
  load(versions: readonly EngineVersion[]): Promise<Loaded> {
    const signature = versions.map((v) => v.id).sort().join(',');
    if (this.loaded?.signature === signature) return this.loaded.index;
    this.loaded = null; // the old index can go before the new one is built
    const index = Promise.resolve().then(() => this.prebuilt?.(versions) ?? this.build(versions, signature));
    this.loaded = { signature, index };
    // A build that failed (a list unreadable) is tried again by the next caller.
    index.catch(() => {
      if (this.loaded?.index === index) this.loaded = null;
    });
    return index;
  }

  private async build(versions: readonly EngineVersion[], signature: string): Promise<Loaded> {
    const entries = new Map<string, IndexedEntry>();
    const names: IndexedName[] = [];
    const identifiers = new IdentifierIndex();
    // Each name normalised once, for its variants and the index alike.
    const normalise = normalisingOnce();
    for (const version of versions) {
      for (const { entry, fingerprint } of (await this.readEntries(version)).rows) {
        // Delisted entries stay in the version for the record but no longer screen anyone.
        if (entry.status === 'removed') continue;
        const key = entryKey(version.id, entry.entryId);
        entries.set(key, { versionId: version.id, listKey: version.listKey, entry, fingerprint });
        names.push(...entryNames(entry, key, version.listKey, normalise));
        identifiers.add(key, version.listKey, entry);
      }
    }
    return { signature, index: ScreeningIndex.build(names, normalise), identifiers, entries };
  }

  /** One vendor's hits, the best per list entry. */
  find(loaded: Loaded, vendor: ScreenedVendor): FoundHit[] {
    const names: VendorName[] = [{ name: vendor.legalName, via: 'name' }, ...vendor.otherNames.map((n) => ({ name: n.name, via: 'alias' as const }))];
    if (vendor.parentName) names.push({ name: vendor.parentName, via: 'parent' });
    const countries = [vendor.countryOfIncorporation, vendor.countryOfHeadquarters].filter((c): c is string => c !== null);
    const found = new Map<string, FoundHit & { hit: Hit | IdentifierHit }>();
    const keep = (hit: Hit | IdentifierHit) => {
      const indexed = loaded.entries.get(hit.entryKey);
      if (!indexed) return;
      const prior = found.get(hit.entryKey);
      if (prior && prior.hit.score >= hit.score) {
        if (prior.hit.via === 'identifier' || hit.via === 'identifier') prior.hit = alsoFound(prior.hit, hit);
        return;
      }
      if (prior && (prior.hit.via === 'identifier' || hit.via === 'identifier')) hit = alsoFound(hit, prior.hit);
      found.set(hit.entryKey, {
        versionId: indexed.versionId,
        listKey: indexed.listKey,
        entryId: indexed.entry.entryId,
        entryName: indexed.entry.name,
        fingerprint: indexed.fingerprint,
        hit,
        matcher: MATCHER_VERSION,
      });
    };
    // An identifier the list prints for an entry is evidence of its own, next to what the names say.
    const direct = [...loaded.identifiers.find(vendor.identifiers, countries), ...screen(loaded.index, { names, countries })];
    for (const hit of direct) keep(hit);
    // Section 805's "subject to control" and OFAC's 50% rule: a listed parent named by the list data reaches the vendor.
    const links = listLinks(loaded, direct);
    // A link hit takes the place of a weaker direct one on the same entry (since 2026.12-18): that the list links the
    // vendor's entry to it says more than the vendor's brand alone resembling it ("AVIC HEAVY MACHINERY" read as "avic").
    if (links.length > 0) for (const hit of screen(loaded.index, { names: links, countries })) keep(hit);
    return [...found.values()];
  }
}

/** The hit kept for an entry, its explanation also saying what the other evidence found: a name hit and an
 *  identifier hit on the same entry are two facts an analyst weighs together. */
function alsoFound<H extends Hit | IdentifierHit>(kept: H, other: Hit | IdentifierHit): H {
  const also =
    other.via === 'identifier'
      ? `The vendor's identifier ${other.matchedName} is also one the list prints for this entry ("${other.listName}"; ${other.band}).`
      : `The vendor's name "${other.matchedName}" also resembles "${other.listName}" (score ${other.score.toFixed(2)}, ${other.band}).`;
  return { ...kept, explanation: { ...kept.explanation, text: `${kept.explanation.text} ${also}` } };
}

/** The names the lists link to the entries the vendor matches, each with the best hit that brings it (the hits come
 *  best first). Only match-band hits bring links: never one through a weak alias, which is at most a review. */
function listLinks(loaded: Loaded, direct: readonly (Hit | IdentifierHit)[]): VendorName[] {
  const links = new Map<string, VendorName>();
  for (const hit of direct) {
    const entry = hit.band === 'match' ? loaded.entries.get(hit.entryKey)?.entry : undefined;
    for (const name of entry?.parents ?? []) {
      if (entry && !links.has(name)) links.set(name, { name, via: 'list-link', link: { entryName: entry.name, score: hit.score } });
    }
  }
  return [...links.values()];
}
