// The bundled default pack, read through the app's own importers (parseListFiles), and turned into index names
// the way the app does it (electron/core/screening/screening.ts: removed entries skipped, primary + aliases).
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListEntry } from '../../electron/core/lists/entry';

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
  lists: { files: string[] }[];
}

/** Key of an entry across lists, the same string the contenders report hits under. */
export const entryKeyOf = (listKey: string, entryId: string): string => `${listKey}:${entryId}`;

export async function loadPack(packDir = PACK_DIR): Promise<Pack> {
  const manifest = JSON.parse(fs.readFileSync(path.join(packDir, 'manifest.json'), 'utf8')) as Manifest;
  const lists: PackList[] = [];
  for (const list of manifest.lists) {
    const files = list.files.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(path.join(packDir, f)) }));
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
      const base = { entryKey: entryKeyOf(listKey, e.entryId), listKey, countries: e.countries, type: e.type };
      names.push({ ...base, name: e.name, kind: 'primary' });
      for (const alias of e.aliases) names.push({ ...base, name: alias, kind: 'alias' });
    }
  }
  return { names, entryCount };
}
