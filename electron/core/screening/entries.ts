// What the matcher reads of a list entry, and the bundled pack's copy of just that. The CLI screens names against the
// pack without storing it: reading each list's screening file (the entries' names, types, countries, identifiers and
// links) instead of the prepared list, parsed once and not twice, is most of what makes a cold `vetter screen` quick.
import zlib from 'node:zlib';
import type { ListEntry } from '../lists/entry';
import { readPackFile } from '../lists/prepare';
import { listSource } from '../lists/registry';
import type { IndexedName } from './candidate-index';
import { bracketVariants, withoutListedAddress } from './name-variants';
import { normaliseName, type Normaliser } from './normalise';
import { isNonEntity } from './thresholds';

export type ScreenedEntry = Pick<ListEntry, 'entryId' | 'name' | 'aliases' | 'weakAliases' | 'identifiers' | 'type' | 'countries' | 'status' | 'parents'>;

/** An entry as the matcher sees it, with the fingerprint a stored hit keeps (the SHA-256 of the whole entry's JSON). */
export interface ScreenedRow {
  entry: ScreenedEntry;
  fingerprint: string;
}

/** A list version's entries as the matcher reads them. */
export interface ScreenedList {
  rows: ScreenedRow[];
}

export function screenedEntry(entry: ListEntry): ScreenedEntry {
  const { entryId, name, aliases, weakAliases, identifiers, type, countries, status, parents } = entry;
  return { entryId, name, aliases, ...(weakAliases && { weakAliases }), ...(identifiers && { identifiers }), type, countries, status, parents };
}

/** The names an entry is found by: its primary name, aliases and weak aliases, each also without its bracketed part
 *  and as that part alone (bracketVariants), and a company's also without the places written after its legal form
 *  (withoutListedAddress). The benchmark indexes the lists with this too. */
export function entryNames(entry: ScreenedEntry, key: string, listKey: string, normalise: Normaliser = normaliseName): IndexedName[] {
  const names: IndexedName[] = [];
  // A person's name is not cut at a word that reads as a legal form ("… Sa'b Hassan").
  const company = !isNonEntity(entry.type);
  const add = (name: string, kind: IndexedName['kind']) => {
    names.push(indexedName(entry, key, listKey, name, kind));
    for (const { match } of bracketVariants(name, normalise)) names.push(indexedName(entry, key, listKey, name, kind, match));
    const withoutAddress = company ? withoutListedAddress(name, normalise) : null;
    if (withoutAddress !== null) names.push(indexedName(entry, key, listKey, name, kind, withoutAddress));
  };
  add(entry.name, 'primary');
  for (const alias of entry.aliases) add(alias, 'alias');
  for (const alias of entry.weakAliases ?? []) add(alias, 'weak-alias');
  return names;
}

/** One name an entry is found by (`match`: what is matched, when not the name as published). */
export function indexedName(entry: Pick<ScreenedEntry, 'type' | 'countries'>, key: string, listKey: string, name: string, kind: IndexedName['kind'], match?: string): IndexedName {
  const implied = entry.countries.length === 0 ? listSource(listKey)?.impliedCountry : undefined;
  // Every field present, in one order: the matcher reads these per candidate and is compiled for the shapes it meets
  // (with `match` and `impliedCountry` left out when absent there were four, and each one met late cost a
  // recompilation; docs/benchmarks.md, "Why the timed pass was slow").
  return { entryKey: key, listKey, name, match, kind, countries: entry.countries, impliedCountry: implied || undefined, type: entry.type };
}

/** A pack list's screening file (gzipped JSON of [fingerprint, entry] pairs) from its prepared rows. */
export function screeningFile(rows: readonly (readonly [string, string, string])[]): Buffer {
  const pairs = rows.map(([, data, fingerprint]) => [fingerprint, screenedEntry(JSON.parse(data) as ListEntry)]);
  // Node writes no time into the gzip header: the same rows make the same bytes.
  return zlib.gzipSync(JSON.stringify(pairs), { level: 9 });
}

/** A screening file of the pack, checked against the hash its manifest records. */
export function readScreeningFile(file: string, expectedSha256: string): ScreenedList {
  const pairs = JSON.parse(readPackFile(file, expectedSha256)) as [string, ScreenedEntry][];
  return { rows: pairs.map(([fingerprint, entry]) => ({ entry, fingerprint })) };
}
