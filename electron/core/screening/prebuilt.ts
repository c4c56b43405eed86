// The bundled pack's screening index, built once by `npm run build` (prebuild.ts) and read back by a cold
// `vetter screen` in a data folder without lists: reading it takes about 0.3 s where building it from the pack's
// screening files takes 1.2 s (normalising 83,000 names is most of that). It is one V8 serialisation laid out to read
// back fast: the index's token tables as they are (typed arrays and maps), the names column by column, and each
// entry as its JSON text, parsed only when a hit needs it (a screening of ten vendors reads a few dozen of 40,000).
// A header says what it was built over and by which build: it is read only by the build that made it, over the same
// pack files; anything else (another build, other lists, a damaged file) and the engine builds the index itself.
import fs from 'node:fs';
import v8 from 'node:v8';
import type { EntryType } from '../lists/entry';
import { type IndexedName, ScreeningIndex } from './candidate-index';
import { DeletionIndex } from './deletion-index';
import type { EngineVersion, IndexedEntry, Loaded } from './engine';
import { indexedName, type ScreenedEntry } from './entries';
import { IdentifierIndex } from './identifier-hits';

/** Its name in the folder of the bundles (CoreOptions.workerDir). */
export const PREBUILT_INDEX_FILE = 'screening-pack-index.bin';
const MAGIC = 'vetter-screening-index 2\n';
const KINDS: readonly IndexedName['kind'][] = ['primary', 'alias', 'weak-alias'];

interface Saved {
  signature: string;
  /** The index's own fields, all but its names. */
  tables: Record<string, unknown>;
  /**
   * Per entry: key, version, list, fingerprint, what the names and identifier hits need of it, and the entry as JSON.
   * Forty thousand distinct strings read back several times slower than one string or byte array of them all: the keys
   * and countries are one JSON text each, and the entries' JSON texts one UTF-8 array (entry i: offsets[i] to i + 1).
   */
  entries: { keys: string; versionIds: string[]; listKeys: string[]; fingerprints: string[]; types: EntryType[]; names: string[]; countries: string; json: Uint8Array; offsets: Int32Array };
  /** The entries that list identifiers, and theirs as one JSON text (the identifier index needs them at once). */
  identified: { rows: Int32Array; identifiers: string };
  /** Per name: its entry, kind (KINDS), the name and what is matched (or null). */
  names: { entry: Int32Array; kind: Uint8Array; name: string[]; match: (string | null)[] };
}

/** What an index was built over and by: only an index with the same stamp stands in for building one. */
function stamp(build: string, versions: readonly EngineVersion[]): string | null {
  if (versions.length === 0 || versions.some((v) => !v.packFile)) return null;
  const files = versions.map((v) => `${v.id}@${v.packFile?.sha256}`).sort();
  return JSON.stringify({ build, files });
}

/** Writes the index over these pack versions for `build` to read. */
export function writePrebuilt(file: string, build: string, versions: readonly EngineVersion[], loaded: Loaded): void {
  const header = stamp(build, versions);
  if (!header) throw new Error('Only an index over the bundled pack lists can be prebuilt.');
  const { index, signature } = loaded;
  // Every entry is found by its primary name at least: the names give every entry's key.
  const keys = [...new Set(index.names.map((n) => n.entryKey))];
  const entries = keys.map((key) => {
    const indexed = loaded.entries.get(key);
    if (!indexed) throw new Error(`No entry ${key} in the index.`);
    return indexed;
  });
  const row = new Map(keys.map((key, i) => [key, i]));
  // A class instance serialises as a plain object of its fields; the names go column by column.
  const { names, ...tables } = { ...index };
  const texts = entries.map((e) => Buffer.from(JSON.stringify(e.entry)));
  const offsets = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => (offsets[i + 1] = (offsets[i] ?? 0) + text.length));
  const identified = entries.flatMap((e, i) => (e.entry.identifiers?.length ? [i] : []));
  const saved: Saved = {
    signature,
    tables,
    entries: {
      keys: JSON.stringify(keys),
      versionIds: entries.map((e) => e.versionId),
      listKeys: entries.map((e) => e.listKey),
      fingerprints: entries.map((e) => e.fingerprint),
      types: entries.map((e) => e.entry.type),
      names: entries.map((e) => e.entry.name),
      countries: JSON.stringify(entries.map((e) => e.entry.countries)),
      json: Buffer.concat(texts),
      offsets,
    },
    identified: { rows: Int32Array.from(identified), identifiers: JSON.stringify(identified.map((i) => entries[i]?.entry.identifiers)) },
    names: {
      entry: Int32Array.from(names, (n) => row.get(n.entryKey) ?? -1),
      kind: Uint8Array.from(names, (n) => KINDS.indexOf(n.kind)),
      name: names.map((n) => n.name),
      match: names.map((n) => n.match ?? null),
    },
  };
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`${MAGIC}${header}\n`), v8.serialize(saved)]));
}

/** The index written for this build over exactly these versions, or null (no file, another stamp, unreadable). */
export function readPrebuilt(file: string, build: string | null, versions: readonly EngineVersion[]): Loaded | null {
  const expected = build === null ? null : stamp(build, versions);
  if (!expected) return null;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  const head = `${MAGIC}${expected}\n`;
  if (bytes.toString('utf8', 0, head.length) !== head) return null;
  try {
    const saved = v8.deserialize(bytes.subarray(head.length)) as Saved;
    const { listKeys, types, names: entryNames } = saved.entries;
    const keys = JSON.parse(saved.entries.keys) as string[];
    const countries = JSON.parse(saved.entries.countries) as string[][];
    const entries = new SavedEntries(keys, saved.entries);
    // What names and identifier hits need of each entry, without parsing it.
    const outline = types.map((type, i) => ({ name: entryNames[i] as string, type, countries: countries[i] as string[] }));
    const identifiers = new IdentifierIndex();
    const listed = JSON.parse(saved.identified.identifiers) as ScreenedEntry['identifiers'][];
    saved.identified.rows.forEach((i, k) => identifiers.add(keys[i] as string, listKeys[i] as string, { ...(outline[i] as ScreenedEntry), identifiers: listed[k] }));
    const { entry, kind, name, match } = saved.names;
    const names = Array.from(entry, (e, n): IndexedName =>
      indexedName(outline[e] as ScreenedEntry, keys[e] as string, listKeys[e] as string, name[n] as string, KINDS[kind[n] as number] as IndexedName['kind'], match[n] ?? undefined),
    );
    // Structured clone keeps the fields, not the classes: give them back their methods.
    const deletions = revive(DeletionIndex.prototype, saved.tables.deletions as object);
    return { signature: saved.signature, entries, identifiers, index: revive(ScreeningIndex.prototype, { ...saved.tables, names, deletions }) };
  } catch {
    return null;
  }
}

/** The saved entries, each parsed from its JSON the first time a hit asks for it. */
class SavedEntries {
  private readonly row: Map<string, number>;
  private readonly parsed = new Map<number, IndexedEntry>();

  constructor(
    keys: readonly string[],
    private readonly saved: Saved['entries'],
  ) {
    this.row = new Map(keys.map((key, i) => [key, i]));
  }

  get(key: string): IndexedEntry | undefined {
    const i = this.row.get(key);
    if (i === undefined) return undefined;
    let indexed = this.parsed.get(i);
    if (!indexed) {
      const { versionIds, listKeys, fingerprints, json, offsets } = this.saved;
      const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8', offsets[i], offsets[i + 1]);
      indexed = { versionId: versionIds[i] as string, listKey: listKeys[i] as string, fingerprint: fingerprints[i] as string, entry: JSON.parse(text) as ScreenedEntry };
      this.parsed.set(i, indexed);
    }
    return indexed;
  }
}

function revive<T extends object>(prototype: T, fields: object): T {
  return Object.assign(Object.create(prototype) as T, fields);
}
