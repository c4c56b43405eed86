// Stored list versions: every import of a list's files becomes one version with its provenance
// (format, publisher, as-of date, SHA-256 of the files, counts), and its entries.
import { createHash, randomUUID } from 'node:crypto';
import { appendEvent } from '../audit/log';
import type { ListVersion } from '../contract';
import { type Db, stmt } from '../db/open';
import type { ListEntry, ListFile, ParsedList } from './entry';

export const DEFAULT_STALE_AFTER_DAYS = 90;

interface VersionRow {
  id: string;
  list_key: string;
  list_name: string;
  publisher: string;
  format: string;
  as_of: string | null;
  source_url: string | null;
  sha256: string;
  files: string;
  entry_count: number;
  counts: string;
  warnings: string;
  imported_at: string;
  imported_by: string;
  bundled: number;
}

export interface StoredEntry {
  versionId: string;
  entry: ListEntry;
  fingerprint: string;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** One hash for a set of files, independent of their names and order: the same data is the same version. */
function contentHash(files: readonly ListFile[]): string {
  return sha256(files.map((f) => sha256(f.bytes)).sort().join('\n'));
}

function countsOf(entries: readonly ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) {
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    counts[e.status] = (counts[e.status] ?? 0) + 1;
  }
  return counts;
}

const DAY_MS = 86_400_000;

export class ListVersions {
  constructor(private readonly db: Db) {}

  staleAfterDays(): number {
    const row = stmt(this.db, "SELECT value FROM settings WHERE key = 'staleAfterDays'").get() as { value: string } | undefined;
    return row ? Number(row.value) : DEFAULT_STALE_AFTER_DAYS;
  }

  setStaleAfterDays(days: number, actor: string): void {
    this.db.transaction(() => {
      const before = this.staleAfterDays();
      stmt(this.db, "INSERT INTO settings (key, value) VALUES ('staleAfterDays', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(days));
      appendEvent(this.db, {
        actor,
        action: 'settings.staleAfterDays',
        entityType: 'settings',
        entityId: null,
        summary: `Lists are now stale after ${days} days (was ${before})`,
        before: { staleAfterDays: before },
        after: { staleAfterDays: days },
      });
    })();
  }

  isEmpty(): boolean {
    return stmt(this.db, 'SELECT 1 FROM list_versions LIMIT 1').get() === undefined;
  }

  /**
   * Stores a parsed list as a new version with all its entries, in one transaction with its audit event.
   * The same files imported again change nothing and return the version they made the first time.
   */
  add(parsed: ParsedList, files: readonly ListFile[], opts: { actor: string; bundled: boolean }): { version: ListVersion; unchanged: boolean } {
    const hash = contentHash(files);
    const existing = stmt(this.db, 'SELECT * FROM list_versions WHERE list_key = ? AND sha256 = ?').get(parsed.listKey, hash) as VersionRow | undefined;
    if (existing) return { version: this.describe(existing), unchanged: true };
    const id = randomUUID();
    return this.db.transaction(() => {
      const row: VersionRow = {
        id,
        list_key: parsed.listKey,
        list_name: parsed.listName,
        publisher: parsed.publisher,
        format: parsed.format,
        as_of: parsed.asOf,
        source_url: parsed.sourceUrl,
        sha256: hash,
        files: JSON.stringify(files.map((f) => ({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.length }))),
        entry_count: parsed.entries.length,
        counts: JSON.stringify(countsOf(parsed.entries)),
        warnings: JSON.stringify(parsed.warnings),
        imported_at: new Date().toISOString(),
        imported_by: opts.actor,
        bundled: opts.bundled ? 1 : 0,
      };
      stmt(
        this.db,
        `INSERT INTO list_versions (id, list_key, list_name, publisher, format, as_of, source_url, sha256, files, entry_count, counts, warnings, imported_at, imported_by, bundled)
         VALUES (@id, @list_key, @list_name, @publisher, @format, @as_of, @source_url, @sha256, @files, @entry_count, @counts, @warnings, @imported_at, @imported_by, @bundled)`,
      ).run(row);
      const insert = stmt(this.db, 'INSERT OR REPLACE INTO list_entries (version_id, entry_id, data, fingerprint) VALUES (?, ?, ?, ?)');
      for (const entry of parsed.entries) {
        const data = JSON.stringify(entry);
        insert.run(id, entry.entryId, data, sha256(data));
      }
      const version = this.describe(row);
      appendEvent(this.db, {
        actor: opts.actor,
        action: 'list.import',
        entityType: 'list',
        entityId: id,
        summary: `Imported ${parsed.listName} (as of ${parsed.asOf ?? 'unknown date'}): ${parsed.entries.length} entries${opts.bundled ? ' from the bundled pack' : ''}`,
        after: { listKey: version.listKey, format: version.format, asOf: version.asOf, sha256: version.sha256, files: version.files, entryCount: version.entryCount, warnings: version.warnings },
      });
      return { version, unchanged: false };
    })();
  }

  /** Every version, newest import first. */
  history(): ListVersion[] {
    const current = this.currentIds();
    const staleAfter = this.staleAfterDays();
    const rows = stmt(this.db, 'SELECT * FROM list_versions ORDER BY imported_at DESC, rowid DESC').all() as VersionRow[];
    return rows.map((r) => summary(r, current.has(r.id), staleAfter));
  }

  /** The version in use for each list: the one imported last. */
  current(): ListVersion[] {
    return this.history().filter((v) => v.current);
  }

  entries(versionId: string): StoredEntry[] {
    const rows = stmt(this.db, 'SELECT data, fingerprint FROM list_entries WHERE version_id = ?').all(versionId) as { data: string; fingerprint: string }[];
    return rows.map((r) => ({ versionId, entry: JSON.parse(r.data) as ListEntry, fingerprint: r.fingerprint }));
  }

  private currentIds(): Set<string> {
    const rows = stmt(
      this.db,
      `SELECT id FROM list_versions v WHERE rowid = (SELECT rowid FROM list_versions w WHERE w.list_key = v.list_key ORDER BY imported_at DESC, rowid DESC LIMIT 1)`,
    ).all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  private describe(r: VersionRow): ListVersion {
    return summary(r, this.currentIds().has(r.id), this.staleAfterDays());
  }
}

function summary(r: VersionRow, current: boolean, staleAfterDays: number): ListVersion {
    const ageDays = r.as_of ? Math.floor((Date.now() - Date.parse(`${r.as_of}T00:00:00Z`)) / DAY_MS) : null;
    return {
      id: r.id,
      listKey: r.list_key,
      listName: r.list_name,
      publisher: r.publisher,
      format: r.format,
      asOf: r.as_of,
      sourceUrl: r.source_url,
      sha256: r.sha256,
      files: JSON.parse(r.files),
      entryCount: r.entry_count,
      counts: JSON.parse(r.counts),
      warnings: JSON.parse(r.warnings),
      importedAt: r.imported_at,
      importedBy: r.imported_by,
      bundled: r.bundled === 1,
      current,
      ageDays,
      stale: ageDays === null || ageDays > staleAfterDays,
    };
}
