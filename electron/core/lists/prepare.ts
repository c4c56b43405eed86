// A parsed list made ready to store, in the lists worker: each entry as the JSON text kept and its SHA-256 (which
// tells a changed entry from an unchanged one), the counts by type and status, and the files' own hashes. The core
// then only inserts rows, in short steps between other saves.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { VetterError } from '../errors';
import { type Coverage, coverageOf } from './coverage';
import type { ListEntry, ListFile, ParsedList } from './entry';

export interface PreparedList {
  list: Omit<ParsedList, 'entries'>;
  /** One hash for the set of files, independent of their names and order: the same data is the same version. */
  sha256: string;
  files: { name: string; sha256: string; bytes: number }[];
  counts: Record<string, number>;
  coverage: Coverage;
  /** [entry id, entry as JSON, SHA-256 of that JSON] */
  rows: [string, string, string][];
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export function prepareList(parsed: ParsedList, files: readonly ListFile[]): PreparedList {
  const { entries, ...list } = parsed;
  const fileHashes = files.map((f) => ({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.length }));
  return {
    list,
    sha256: sha256(fileHashes.map((f) => f.sha256).sort().join('\n')),
    files: fileHashes,
    counts: countsOf(entries),
    coverage: coverageOf(parsed),
    rows: entries.map((entry) => {
      const data = JSON.stringify(entry);
      return [entry.entryId, data, sha256(data)];
    }),
  };
}

function countsOf(entries: readonly ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) {
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    counts[e.status] = (counts[e.status] ?? 0) + 1;
  }
  return counts;
}

/** A prepared list as the bundled pack keeps it (gzipped JSON), checked against the hash its manifest records. */
export function readPrepared(file: string, expectedSha256: string): PreparedList {
  return JSON.parse(readPackFile(file, expectedSha256)) as PreparedList;
}

/** The text of a gzipped file of the bundled pack, once its bytes are the ones its manifest records. */
export function readPackFile(file: string, expectedSha256: string): string {
  const bytes = fs.readFileSync(file);
  if (sha256(bytes) !== expectedSha256) {
    throw new VetterError('bad_file', `The bundled list ${path.basename(file)} is damaged in this installation. Reinstall Vetter, or import the list files yourself.`);
  }
  return zlib.gunzipSync(bytes).toString('utf8');
}
