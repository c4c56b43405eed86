// A hit as a screening stores it, written straight into a workspace's store, for tests of review and four eyes that
// need a hit on a given list, band and entry without screening real lists.
import { randomUUID } from 'node:crypto';
import { nextSeq, type Store } from '../electron/core/db/store';

const AT = '2026-01-01T00:00:00.000Z';
const EXPLANATION = JSON.stringify({ text: 'Same name', vendorName: 'acme', listName: 'acme', vendorTokens: [], listTokens: [], alignment: [], parts: {}, thresholds: { match: 0.9, review: 0.8 } });

/** A screened vendor with one hit on `listKey` in `band`, on `entryId` (written by the workspace's owner). */
export async function hitOn(store: Store, vendorId: string, listKey: string, band: 'match' | 'review' = 'match', entryId = 'entry-1'): Promise<string> {
  const hitId = randomUUID();
  const versionId = randomUUID();
  await store.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO list_versions (id, list_key, list_name, publisher, format, sha256, files, entry_count, counts, warnings, imported_at, imported_by, seq)
       VALUES (?, ?, ?, 'Publisher', 'csv', ?, '[]', 1, '{}', '[]', ?, 'owner', ${nextSeq('list_versions')})`,
      [versionId, listKey, listKey, versionId, AT],
    );
    await tx.run(
      `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at, ever_matched)
       VALUES (?, ?, ?, ?, ?, 'fp-1', 'ACME TRADING', 'Acme Trading', 'ACME TRADING', 'name', 0.97, ?, ?, ?, ?)`,
      [hitId, vendorId, listKey, entryId, versionId, band, EXPLANATION, AT, band === 'match' ? 1 : 0],
    );
    await tx.run('INSERT INTO vendor_screening (vendor_id, screened_at) VALUES (?, ?) ON CONFLICT (vendor_id) DO UPDATE SET screened_at = excluded.screened_at', [vendorId, AT]);
  });
  return hitId;
}
