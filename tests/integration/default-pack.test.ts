// The bundled pack ships each list prepared (parsed when the pack was built). These tests make sure it is exactly
// what the app's importers make of the files kept beside it, so an importer change cannot ship with a stale pack,
// and that every list says how complete it is.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PreparedList } from '../../electron/core/lists/prepare';
import { screeningFile } from '../../electron/core/screening/entries';
import { PACK_LISTS, preparePackList } from '../../scripts/pack/lists';
import { PACK_DIR } from '../helpers';

interface ManifestList {
  key: string;
  prepared: string;
  preparedSha256: string;
  screening: string;
  screeningSha256: string;
  entries: number;
  complete: boolean;
  inputs: { file: string; sha256: string; bytes: number; provenance: string | null }[];
}
const manifest = JSON.parse(fs.readFileSync(path.join(PACK_DIR, 'manifest.json'), 'utf8')) as { lists: ManifestList[] };
const sha256 = (bytes: Uint8Array | string) => crypto.createHash('sha256').update(bytes).digest('hex');
const shipped = (list: ManifestList): PreparedList => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(PACK_DIR, list.prepared))).toString('utf8')) as PreparedList;

describe('the bundled default pack', () => {
  it('lists every pack list once, with its files byte for byte as the manifest records them, each with its provenance', () => {
    expect(manifest.lists.map((l) => l.key)).toEqual(PACK_LISTS.map((l) => l.key));
    for (const list of manifest.lists) {
      expect(sha256(fs.readFileSync(path.join(PACK_DIR, list.prepared))), list.prepared).toBe(list.preparedSha256);
      for (const input of list.inputs) {
        const bytes = fs.readFileSync(path.join(PACK_DIR, input.file));
        expect({ file: input.file, sha256: sha256(bytes), bytes: bytes.length }).toEqual({ file: input.file, sha256: input.sha256, bytes: input.bytes });
        expect(input.provenance, input.file).toMatch(/^\|/);
      }
    }
  });

  it.each(PACK_LISTS.map((l) => [l.key, l] as const))('%s is what the importers make of its files today (rebuild with npm run build:pack)', async (key, list) => {
    const made = await preparePackList(list, (rel) => new Uint8Array(fs.readFileSync(path.join(PACK_DIR, rel))));
    const listed = manifest.lists.find((l) => l.key === key)!;
    const kept = shipped(listed);
    expect(kept.list).toEqual(made.list);
    expect(kept.coverage).toEqual(made.coverage);
    expect(kept.sha256).toBe(made.sha256);
    expect(sha256(JSON.stringify(kept.rows))).toBe(sha256(JSON.stringify(made.rows)));
    // What the CLI screens against: the same entries, as the matcher reads them.
    const screening = fs.readFileSync(path.join(PACK_DIR, listed.screening));
    expect(sha256(screening), listed.screening).toBe(listed.screeningSha256);
    expect(sha256(screening)).toBe(sha256(screeningFile(made.rows)));
    expect(listed.entries).toBe(made.rows.length);
    // Every entry keeps its own id: a repeated one would overwrite another when stored (the merged CSL once lost 48).
    expect(new Set(made.rows.map((r) => r[0])).size).toBe(made.rows.length);
  }, 60_000);

  it('says which lists are partial and why, with the date of each part', () => {
    const byKey = new Map(manifest.lists.map((l) => [l.key, shipped(l)]));
    const sdn = byKey.get('ofac-sdn')!.coverage;
    expect(sdn.complete).toBe(false);
    expect(sdn.missing.join(' ')).toMatch(/2024-05-03.*designated since are missing/);
    expect(sdn.parts.map((p) => [p.file, p.asOf])).toEqual([
      ['sdn.csv', '2024-05-03'],
      ['sdn_comments.csv', '2025-12-24'],
      ['alt.csv', '2026-06-02'],
      ['add.csv', '2026-06-02'],
    ]);
    const csl = byKey.get('trade-gov-csl')!;
    expect(csl.coverage.complete).toBe(false);
    expect(csl.list.asOf).toBe('2022-05-06');
    // The complete 2022 copy brings every sub-list, the Entity List and the Military End-User List among them.
    expect(Object.keys(csl.coverage.subLists)).toHaveLength(13);
    expect(csl.coverage.subLists['Entity List (EL) - Bureau of Industry and Security']).toBeGreaterThan(1900);
    expect(byKey.get('uk-sanctions')!.coverage.missing.join(' ')).toMatch(/no aliases/);
    for (const key of ['ofac-non-sdn', 'bis-dpl', 'un-sc', 'dod-1260h']) expect(byKey.get(key)!.coverage, key).toMatchObject({ complete: true, missing: [] });
  });
});
