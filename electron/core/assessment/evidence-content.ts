// Where an evidence file's bytes are kept. A data folder (SQLite, one person) keeps a copy under evidence/<vendor>/, as
// it always has: the folder is what its owner backs up and opens. A team workspace (PostgreSQL) keeps them in the
// database (evidence_content, migration 16), so that every member opens the same file and no one's disk holds it.
import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from '../db/store';

/** An evidence file as recorded in evidence_files. */
export interface EvidenceRecord {
  id: string;
  vendorId: string;
  storedName: string;
}

export interface EvidenceContent {
  /**
   * Keeps the bytes of the file that `record` records: `record` runs the transaction that records it, and calls
   * `within` inside it once the file's row is written. When `record` fails, nothing of the content stays.
   */
  keep(file: EvidenceRecord, bytes: Buffer, record: (within: (tx: Sql) => Promise<void>) => Promise<void>): Promise<void>;
  /** The bytes kept, and the file that holds them where there is one (a host may open it in place); null when gone. */
  read(file: EvidenceRecord, sql: Sql): Promise<{ bytes: Buffer; path: string | null } | null>;
}

export function folderEvidence(dataDir: string): EvidenceContent {
  const where = (file: EvidenceRecord) => path.join(dataDir, 'evidence', file.vendorId, file.storedName);
  return {
    async keep(file, bytes, record) {
      // Written before the transaction begins: the write queue never waits on the disk.
      const target = where(file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes, { flag: 'wx' });
      try {
        await record(async () => undefined);
      } catch (err) {
        fs.rmSync(target, { force: true });
        throw err;
      }
    },
    async read(file) {
      const target = where(file);
      try {
        return { bytes: fs.readFileSync(target), path: target };
      } catch {
        return null;
      }
    },
  };
}

export const databaseEvidence: EvidenceContent = {
  keep: (file, bytes, record) =>
    record(async (tx) => {
      await tx.run('INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)', [file.id, bytes]);
    }),
  async read(file, sql) {
    const row = await sql.get<{ content: Buffer }>('SELECT content FROM evidence_content WHERE evidence_id = ?', [file.id]);
    return row ? { bytes: row.content, path: null } : null;
  },
};
