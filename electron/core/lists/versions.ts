// Stored list versions: every import of a list's files becomes one version with its provenance
// (format, publisher, as-of date, SHA-256 of the files, counts), and its entries.
import { randomUUID } from 'node:crypto';
import { appendEvents } from '../audit/log';
import type { ListVersion } from './model';
import { nextSeq, type Param, type Sql, type Store } from '../db/store';
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

const DAY_MS = 86_400_000;

/** The columns of a new version, in the order of versionParams(). */
const VERSION_COLUMNS =
  'id, list_key, list_name, publisher, format, as_of, source_url, sha256, files, entry_count, counts, warnings, imported_at, imported_by, bundled, coverage';

/**
 * The lists' versions, on the store (db/store.ts): reads are committed data (or a caller's transaction, `tx`), and each
 * write is one store transaction, with its audit event where it changes what is in use.
 */
export class ListVersions {
  constructor(private readonly store: Store) {}

  async staleAfterDays(sql: Sql = this.store.read): Promise<number> {
    const row = await sql.get<{ value: string }>("SELECT value FROM settings WHERE key = 'staleAfterDays'");
    return row ? Number(row.value) : DEFAULT_STALE_AFTER_DAYS;
  }

  setStaleAfterDays(days: number, actor: string): Promise<void> {
    return this.store.transaction(async (tx) => {
      const before = await this.staleAfterDays(tx);
      await tx.run("INSERT INTO settings (key, value) VALUES ('staleAfterDays', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(days)]);
      await appendEvents(tx, [
        {
          actor,
          action: 'settings.staleAfterDays',
          entityType: 'settings',
          entityId: null,
          summary: `Lists are now stale after ${days} days (was ${before})`,
          before: { staleAfterDays: before },
          after: { staleAfterDays: days },
        },
      ]);
    });
  }

  /** Whether any list is in use: the default pack loads only into a database that has none. */
  async hasLists(sql: Sql = this.store.read): Promise<boolean> {
    return (await sql.get("SELECT 1 AS one FROM list_versions WHERE state = 'ready' LIMIT 1")) !== undefined;
  }

  /** The version in use or kept that was made from exactly these files, if any: importing them again changes nothing. */
  async sameFiles(listKey: string, sha256: string): Promise<string | null> {
    const row = await this.store.read.get<{ id: string }>("SELECT id FROM list_versions WHERE list_key = ? AND sha256 = ? AND state = 'ready'", [listKey, sha256]);
    return row?.id ?? null;
  }

  /**
   * Starts a staged version: invisible until publish(), its entries added by stageEntries() in short transactions.
   * What an interrupted staging of the same files (or any staging older than a day) left behind goes first.
   */
  async beginStage(prepared: PreparedList, opts: { actor: string; bundled: boolean }): Promise<string> {
    const { list } = prepared;
    const id = randomUUID();
    const row = versionRow(id, prepared, prepared.rows.length, { importedAt: new Date().toISOString(), importedBy: opts.actor, bundled: opts.bundled });
    // As a screening write: it may delete a staged version whose hits a list import's re-screen is storing.
    await this.store.transaction(
      async (tx) => {
        await tx.run("DELETE FROM list_versions WHERE state = 'staged' AND ((list_key = ? AND sha256 = ?) OR imported_at < ?)", [
          list.listKey,
          prepared.sha256,
          new Date(Date.now() - DAY_MS).toISOString(),
        ]);
        await tx.run(
          `INSERT INTO list_versions (${VERSION_COLUMNS}, state, seq) VALUES (${VERSION_COLUMNS.split(',').map(() => '?').join(', ')}, 'staged', ${nextSeq('list_versions')})`,
          versionParams(row),
        );
      },
      { screening: true },
    );
    return id;
  }

  /** Adds entries to a staged version, in one transaction (an entry staged twice keeps its last text). */
  async stageEntries(versionId: string, rows: readonly PreparedList['rows'][number][]): Promise<void> {
    await this.store.transaction((tx) =>
      tx.runMany(
        `INSERT INTO list_entries (version_id, entry_id, data, fingerprint) VALUES (?, ?, ?, ?)
         ON CONFLICT (version_id, entry_id) DO UPDATE SET data = excluded.data, fingerprint = excluded.fingerprint`,
        rows.map(([entryId, data, fingerprint]) => [versionId, entryId, data, fingerprint]),
      ),
    );
  }

  /**
   * Makes staged versions the lists in use, with one audit event each, in the caller's transaction `tx`: a version
   * appears together with whatever its publication brings (the re-screening of an import).
   */
  async publish(versionIds: readonly string[], actor: string, tx: Sql): Promise<ListVersion[]> {
    const at = new Date().toISOString();
    for (const id of versionIds) {
      // Numbered again: versions are ordered by when they came into use.
      const { changes } = await tx.run(`UPDATE list_versions SET state = 'ready', imported_at = ?, imported_by = ?, seq = ${nextSeq('list_versions')} WHERE id = ? AND state = 'staged'`, [
        at,
        actor,
        id,
      ]);
      if (changes === 0) throw new VetterError('conflict', 'The list being imported was removed meanwhile (another import of the same files?). Import it again.');
    }
    const byId = new Map((await this.history(tx)).map((v) => [v.id, v]));
    const versions = versionIds.map((id) => byId.get(id)!);
    await appendEvents(
      tx,
      versions.map((version) => ({
        actor,
        action: 'list.import',
        entityType: 'list',
        entityId: version.id,
        summary: `Imported ${version.listName} (as of ${version.asOf ?? 'unknown date'}): ${version.entryCount} entries${version.bundled ? ' from the bundled pack' : ''}`,
        after: { listKey: version.listKey, format: version.format, asOf: version.asOf, sha256: version.sha256, files: version.files, entryCount: version.entryCount, warnings: version.warnings },
      })),
    );
    return versions;
  }

  /**
   * Publishes the default pack's staged lists, all in one transaction; if lists arrived meanwhile (another Vetter
   * process loaded the pack first), these are dropped instead.
   */
  async publishBundled(versionIds: readonly string[], actor: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      if (await this.hasLists(tx)) await this.discardIn(tx, versionIds);
      else await this.publish(versionIds, actor, tx);
    });
  }

  /** Removes staged versions that will not be published (a failed or cancelled import). */
  async discard(versionIds: readonly string[]): Promise<void> {
    await this.store.transaction((tx) => this.discardIn(tx, versionIds));
  }

  private async discardIn(tx: Sql, versionIds: readonly string[]): Promise<void> {
    await tx.runMany("DELETE FROM list_versions WHERE id = ? AND state = 'staged'", versionIds.map((id) => [id]));
  }

  /** A version by id, staged or in use. */
  async version(versionId: string): Promise<ListVersion> {
    const [row, current, staleAfter] = await Promise.all([
      this.store.read.get<VersionRow>('SELECT * FROM list_versions WHERE id = ?', [versionId]),
      this.currentIds(this.store.read),
      this.staleAfterDays(),
    ]);
    if (!row) throw new VetterError('not_found', 'That list version is not in this database.');
    return summary(row, current.has(row.id), staleAfter);
  }

  /** Every version in use or kept, the last to come into use first. */
  async history(sql: Sql = this.store.read): Promise<ListVersion[]> {
    const [rows, current, staleAfter] = await Promise.all([
      sql.all<VersionRow>("SELECT * FROM list_versions WHERE state = 'ready' ORDER BY imported_at DESC, seq DESC"),
      this.currentIds(sql),
      this.staleAfterDays(sql),
    ]);
    return rows.map((r) => summary(r, current.has(r.id), staleAfter));
  }

  /** The version in use for each list: the one imported last. */
  async current(sql: Sql = this.store.read): Promise<ListVersion[]> {
    return (await this.history(sql)).filter((v) => v.current);
  }

  /** A version's entries as stored (the screening worker indexes them). */
  async entries(versionId: string): Promise<{ entry: ListEntry; fingerprint: string }[]> {
    const rows = await this.store.read.all<{ data: string; fingerprint: string }>('SELECT data, fingerprint FROM list_entries WHERE version_id = ?', [versionId]);
    return rows.map((r) => ({ entry: JSON.parse(r.data) as ListEntry, fingerprint: r.fingerprint }));
  }

  private async currentIds(sql: Sql): Promise<Set<string>> {
    const rows = await sql.all<{ id: string }>(
      `SELECT id FROM list_versions v WHERE id = (
         SELECT id FROM list_versions w WHERE w.list_key = v.list_key AND w.state = 'ready' ORDER BY imported_at DESC, seq DESC LIMIT 1)`,
    );
    return new Set(rows.map((r) => r.id));
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

/** A version row's values in the order of VERSION_COLUMNS. */
function versionParams(r: VersionRow): Param[] {
  return [r.id, r.list_key, r.list_name, r.publisher, r.format, r.as_of, r.source_url, r.sha256, r.files, r.entry_count, r.counts, r.warnings, r.imported_at, r.imported_by, r.bundled, r.coverage];
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
