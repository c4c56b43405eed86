// The bundled default pack as the app loads it, and turned into index names the way the app does it
// (electron/core/screening/screening.ts: removed entries skipped, primary + aliases). A pack whose manifest names
// prepared lists (lists/<key>.json.gz, made by scripts/build-default-pack.ts with the app's importers) is read from
// them, checked against their SHA-256; an older pack, whose manifest names only the list files, is parsed with the
// app's importers (parseListFiles).
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import { entryNames } from '../../electron/core/screening/entries';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListEntry } from '../../electron/core/lists/entry';
import { readPrepared } from '../../electron/core/lists/prepare';

export const PACK_DIR = path.resolve(__dirname, '../../assets/reference-pack');

export interface PackList {
  listKey: string;
  entries: ListEntry[];
}

export interface Pack {
  lists: PackList[];
  /** Every name the index holds, in a stable order. */
  names: IndexedName[];
  /** Entries that screen (status not 'removed'). */
  entryCount: number;
}

interface Manifest {
  lists: { prepared?: string; preparedSha256?: string; files: (string | { file: string })[] }[];
}

/** Every name a list prints for an entry, weak aliases included (ListEntry.weakAliases): what a vendor may be
 *  recorded under, and what ties an entry to the same entity on other lists. */
export const printedNames = (e: ListEntry): string[] => [e.name, ...e.aliases, ...(e.weakAliases ?? [])];

/** Key of an entry across lists, the same string the contenders report hits under. */
export const entryKeyOf = (listKey: string, entryId: string): string => `${listKey}:${entryId}`;

export async function loadPack(packDir = PACK_DIR): Promise<Pack> {
  const manifest = JSON.parse(fs.readFileSync(path.join(packDir, 'manifest.json'), 'utf8')) as Manifest;
  const lists: PackList[] = [];
  for (const list of manifest.lists) {
    if (list.prepared && list.preparedSha256) {
      const prepared = readPrepared(path.join(packDir, list.prepared), list.preparedSha256);
      lists.push({ listKey: prepared.list.listKey, entries: prepared.rows.map(([, json]) => JSON.parse(json) as ListEntry) });
      continue;
    }
    const files = list.files.map((f) => (typeof f === 'string' ? f : f.file)).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(path.join(packDir, f)) }));
    const parsed = await parseListFiles(files);
    lists.push({ listKey: parsed.listKey, entries: parsed.entries });
  }
  return { lists, ...indexNames(lists) };
}

export function indexNames(lists: readonly PackList[]): { names: IndexedName[]; entryCount: number } {
  const names: IndexedName[] = [];
  let entryCount = 0;
  for (const { listKey, entries } of lists) {
    for (const e of entries) {
      // As the app: delisted entries stay on file but screen nobody.
      if (e.status === 'removed') continue;
      entryCount++;
      names.push(...entryNames(e, entryKeyOf(listKey, e.entryId), listKey));
    }
  }
  return { names, entryCount };
}
