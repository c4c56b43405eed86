// Stored list versions: every import of a list's files becomes one version with its provenance
// (format, publisher, as-of date, SHA-256 of the files, counts), and its entries.
import { randomUUID } from 'node:crypto';
import { appendEvent } from '../audit/log';
import type { ListVersion } from './model';
import { type Db, stmt } from '../db/open';
import { VetterError } from '../errors';
import { type Coverage, UNKNOWN_COVERAGE } from './coverage';
import type { ListEntry } from './entry';
import type { PreparedList } from './prepare';

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
  coverage: string | null;
}

export interface StoredEntry {
  versionId: string;
  entry: ListEntry;
  fingerprint: string;
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

  /** Whether any list is in use: the default pack loads only into a database that has none. */
  hasLists(): boolean {
    return stmt(this.db, "SELECT 1 FROM list_versions WHERE state = 'ready' LIMIT 1").get() !== undefined;
  }

  /** The version in use or kept that was made from exactly these files, if any: importing them again changes nothing. */
  sameFiles(listKey: string, sha256: string): string | null {
    const row = stmt(this.db, "SELECT id FROM list_versions WHERE list_key = ? AND sha256 = ? AND state = 'ready'").get(listKey, sha256) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /**
   * Starts a staged version: invisible until publish(), its entries added by stageEntries() in short transactions.
   * What an interrupted staging of the same files (or any staging older than a day) left behind goes first.
   */
  beginStage(prepared: PreparedList, opts: { actor: string; bundled: boolean }): string {
    const { list } = prepared;
    const id = randomUUID();
    this.db.transaction(() => {
      stmt(this.db, "DELETE FROM list_versions WHERE state = 'staged' AND ((list_key = ? AND sha256 = ?) OR imported_at < ?)").run(
        list.listKey,
        prepared.sha256,
        new Date(Date.now() - DAY_MS).toISOString(),
      );
      stmt(
        this.db,
        `INSERT INTO list_versions (id, list_key, list_name, publisher, format, as_of, source_url, sha256, files, entry_count, counts, warnings, imported_at, imported_by, bundled, coverage, state)
         VALUES (@id, @list_key, @list_name, @publisher, @format, @as_of, @source_url, @sha256, @files, @entry_count, @counts, @warnings, @imported_at, @imported_by, @bundled, @coverage, 'staged')`,
      ).run(versionRow(id, prepared, prepared.rows.length, { importedAt: new Date().toISOString(), importedBy: opts.actor, bundled: opts.bundled }));
    })();
    return id;
  }

  /** Adds entries to a staged version, in one transaction. */
  stageEntries(versionId: string, rows: readonly PreparedList['rows'][number][]): void {
    const insert = stmt(this.db, 'INSERT OR REPLACE INTO list_entries (version_id, entry_id, data, fingerprint) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const [entryId, data, fingerprint] of rows) insert.run(versionId, entryId, data, fingerprint);
    })();
  }

  /**
   * Makes staged versions the lists in use, with one audit event each. Runs inside the caller's transaction, so a
   * version appears together with whatever its publication brings (the re-screening of an import).
   */
  publish(versionIds: readonly string[], actor: string): ListVersion[] {
    if (!this.db.inTransaction) throw new Error('publish must run inside the transaction that uses the new versions');
    const at = new Date().toISOString();
    const rows = versionIds.map((id) => {
      const row = stmt(this.db, "SELECT * FROM list_versions WHERE id = ? AND state = 'staged'").get(id) as VersionRow | undefined;
      if (!row) throw new VetterError('conflict', 'The list being imported was removed meanwhile (another import of the same files?). Import it again.');
      stmt(this.db, "UPDATE list_versions SET state = 'ready', imported_at = ?, imported_by = ? WHERE id = ?").run(at, actor, id);
      return { ...row, imported_at: at, imported_by: actor };
    });
    return rows.map((row) => {
      const version = this.describe(row);
      appendEvent(this.db, {
        actor,
        action: 'list.import',
        entityType: 'list',
        entityId: row.id,
        summary: `Imported ${row.list_name} (as of ${row.as_of ?? 'unknown date'}): ${row.entry_count} entries${row.bundled ? ' from the bundled pack' : ''}`,
        after: { listKey: version.listKey, format: version.format, asOf: version.asOf, sha256: version.sha256, files: version.files, entryCount: version.entryCount, warnings: version.warnings },
      });
      return version;
    });
  }

  /** Publishes staged versions and stores what comes with them (the re-screening of an import), in one transaction. */
  publishWith<T>(versionIds: readonly string[], actor: string, andThen: (versions: ListVersion[]) => T): T {
    return this.db.transaction(() => andThen(this.publish(versionIds, actor)))();
  }

  /**
   * Publishes the default pack's staged lists, all in one transaction; if lists arrived meanwhile (another Vetter
   * process loaded the pack first), these are dropped instead.
   */
  publishBundled(versionIds: readonly string[], actor: string): void {
    this.db.transaction(() => {
      if (this.hasLists()) this.discard(versionIds);
      else this.publish(versionIds, actor);
    })();
  }

  /** Removes staged versions that will not be published (a failed or cancelled import). */
  discard(versionIds: readonly string[]): void {
    const remove = stmt(this.db, "DELETE FROM list_versions WHERE id = ? AND state = 'staged'");
    this.db.transaction(() => {
      for (const id of versionIds) remove.run(id);
    })();
  }

  /** A version by id, staged or in use. */
  version(versionId: string): ListVersion {
    const row = stmt(this.db, 'SELECT * FROM list_versions WHERE id = ?').get(versionId) as VersionRow | undefined;
    if (!row) throw new VetterError('not_found', 'That list version is not in this database.');
    return this.describe(row);
  }

  /** Every version, newest import first. */
  history(): ListVersion[] {
    const current = this.currentIds();
    const staleAfter = this.staleAfterDays();
    const rows = stmt(this.db, "SELECT * FROM list_versions WHERE state = 'ready' ORDER BY imported_at DESC, rowid DESC").all() as VersionRow[];
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
      `SELECT id FROM list_versions v WHERE rowid = (
         SELECT rowid FROM list_versions w WHERE w.list_key = v.list_key AND w.state = 'ready' ORDER BY imported_at DESC, rowid DESC LIMIT 1)`,
    ).all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  private describe(r: VersionRow): ListVersion {
    return summary(r, this.currentIds().has(r.id), this.staleAfterDays());
  }
}

/** A list of the bundled pack as a version that is not stored (the CLI screens against the pack as is). */
export function unstoredVersion(id: string, prepared: Omit<PreparedList, 'rows'> & { entryCount: number }, staleAfterDays: number): ListVersion {
  const row = versionRow(id, prepared, prepared.entryCount, { importedAt: '', importedBy: '', bundled: true });
  return summary(row, true, staleAfterDays);
}

/** A prepared list as a version row. */
function versionRow(
  id: string,
  prepared: Omit<PreparedList, 'rows'>,
  entryCount: number,
  imported: { importedAt: string; importedBy: string; bundled: boolean },
): VersionRow {
  const { list } = prepared;
  return {
    id,
    list_key: list.listKey,
    list_name: list.listName,
    publisher: list.publisher,
    format: list.format,
    as_of: list.asOf,
    source_url: list.sourceUrl,
    sha256: prepared.sha256,
    files: JSON.stringify(prepared.files),
    entry_count: entryCount,
    counts: JSON.stringify(prepared.counts),
    warnings: JSON.stringify(list.warnings),
    imported_at: imported.importedAt,
    imported_by: imported.importedBy,
    bundled: imported.bundled ? 1 : 0,
    coverage: JSON.stringify(prepared.coverage),
  };
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
      coverage: r.coverage ? (JSON.parse(r.coverage) as Coverage) : UNKNOWN_COVERAGE,
      current,
      ageDays,
      stale: ageDays === null || ageDays > staleAfterDays,
    };
}
