// The ownership graph on the store: an import is one transaction (its parties, their names, its links, the import's
// record and its audit event), all or nothing; reads walk the graph upwards from a party in one statement each, so
// they see one state of it.
import { createHash, randomUUID } from 'node:crypto';
import { appendEvents } from '../audit/log';
import type { Param, Sql, Store } from '../db/store';
import { vendorNameKey } from '../vendors/names';
import { quoteValue } from '../visible-text';
import type { Link, OwnershipImportResult, Party } from './model';
import type { ReadOwnershipFile } from './files';
import type { LinkRecord, PartyRef } from './records';
import { Problems } from '../files/problems';

interface PartyRow {
  id: string;
  kind: Party['kind'];
  name: string;
  aliases: string;
}

interface LinkRow {
  id: string;
  owner_id: string;
  owned_id: string;
  kind: Link['kind'];
  /** double precision: a number from both engines. */
  percentage: number | null;
  shares: number | null;
  start_date: string | null;
  end_date: string | null;
  source: string | null;
}

const toParty = (r: PartyRow & { country: string | null }): Party => ({ id: r.id, kind: r.kind, name: r.name, aliases: JSON.parse(r.aliases), country: r.country });
const toLink = (r: LinkRow): Link => ({
  id: r.id,
  ownerId: r.owner_id,
  ownedId: r.owned_id,
  kind: r.kind,
  percentage: r.percentage,
  shares: r.shares,
  start: r.start_date,
  end: r.end_date,
  source: r.source,
});

/** Ids per IN (…) list: well under every engine's limit on parameters. */
const CHUNK = 500;

async function inChunks<T>(values: readonly string[], read: (chunk: string[], marks: string) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    out.push(...(await read(chunk, chunk.map(() => '?').join(', '))));
  }
  return out;
}

/** Every party owning the given ones, at any depth and by any link (UNION, not UNION ALL: a cycle ends). */
const ANCESTRY = (marks: string) => `WITH RECURSIVE up(id) AS (
  SELECT id FROM ownership_parties WHERE id IN (${marks})
  UNION
  SELECT l.owner_id FROM ownership_links l JOIN up ON l.owned_id = up.id
)`;

/** Every party the given ones own or control, at any depth and by any link. */
const DESCENT = (marks: string) => `WITH RECURSIVE down(id) AS (
  SELECT id FROM ownership_parties WHERE id IN (${marks})
  UNION
  SELECT l.owned_id FROM ownership_links l JOIN down ON l.owner_id = down.id
)`;

const UPSERT_PARTY = `INSERT INTO ownership_parties (id, kind, name, aliases, country, import_id) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases, country = excluded.country, import_id = excluded.import_id`;
const UPSERT_LINK = `INSERT INTO ownership_links (id, owner_id, owned_id, kind, percentage, shares, start_date, end_date, source, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, owned_id = excluded.owned_id, kind = excluded.kind, percentage = excluded.percentage,
    shares = excluded.shares, start_date = excluded.start_date, end_date = excluded.end_date, source = excluded.source, import_id = excluded.import_id`;

export class OwnershipRepository {
  constructor(private readonly store: Store) {}

  /** The parties bearing any of these names (folded as vendor names are). */
  async partiesNamed(names: readonly string[], sql: Sql = this.store.read): Promise<Party[]> {
    const keys = [...new Set(names.map(vendorNameKey))];
    const rows = await inChunks(keys, (chunk, marks) =>
      sql.all<PartyRow & { country: string | null }>(`SELECT DISTINCT p.* FROM ownership_parties p JOIN ownership_names n ON n.party_id = p.id WHERE n.norm IN (${marks}) ORDER BY p.id`, chunk),
    );
    return [...new Map(rows.map((r) => [r.id, toParty(r)])).values()];
  }

  /** These parties, every party owning or controlling them at any depth, and every link between them, of any date. */
  async ancestry(ids: readonly string[], sql: Sql = this.store.read): Promise<{ parties: Party[]; links: Link[] }> {
    if (ids.length === 0) return { parties: [], links: [] };
    // One recursive statement each, issued together: the SQLite store runs them in one go, so no import commits between.
    // IN (SELECT …) rather than a join, so that each engine looks the few ancestors up by key instead of scanning.
    const marks = ids.map(() => '?').join(', ');
    const [parties, links] = await Promise.all([
      sql.all<PartyRow & { country: string | null }>(`${ANCESTRY(marks)} SELECT * FROM ownership_parties WHERE id IN (SELECT id FROM up) ORDER BY id`, [...ids]),
      sql.all<LinkRow>(`${ANCESTRY(marks)} SELECT * FROM ownership_links WHERE owned_id IN (SELECT id FROM up) ORDER BY id`, [...ids]),
    ]);
    return { parties: parties.map(toParty), links: links.map(toLink) };
  }

  /** What these parties own or control at any depth, and the links from them down, of any date (the rules do not read
   *  them: the vendor page and the report draw them below the vendor). */
  async descendants(ids: readonly string[], sql: Sql = this.store.read): Promise<{ parties: Party[]; links: Link[] }> {
    if (ids.length === 0) return { parties: [], links: [] };
    const marks = ids.map(() => '?').join(', ');
    const [parties, links] = await Promise.all([
      sql.all<PartyRow & { country: string | null }>(`${DESCENT(marks)} SELECT * FROM ownership_parties WHERE id IN (SELECT id FROM down) ORDER BY id`, [...ids]),
      sql.all<LinkRow>(`${DESCENT(marks)} SELECT * FROM ownership_links WHERE owner_id IN (SELECT id FROM down) ORDER BY id`, [...ids]),
    ]);
    return { parties: parties.map(toParty), links: links.map(toLink) };
  }

  /** The whole graph (a portfolio's worth of vendors evaluated at once). */
  async all(sql: Sql = this.store.read): Promise<{ parties: Party[]; links: Link[] }> {
    const [parties, links] = await Promise.all([
      sql.all<PartyRow & { country: string | null }>('SELECT * FROM ownership_parties ORDER BY id'),
      sql.all<LinkRow>('SELECT * FROM ownership_links ORDER BY id'),
    ]);
    return { parties: parties.map(toParty), links: links.map(toLink) };
  }

  /**
   * Writes a file's parties and links in one transaction with its audit event: a party or link already recorded
   * (the same FtM id, or a CSV row naming the same parties, kind and start) is updated, any other is added. A link
   * naming a party that is neither in the file nor recorded refuses the whole file, naming its line and field.
   */
  import(file: ReadOwnershipFile & { name: string }, actor: string, audit?: { action: string; summary: string }): Promise<OwnershipImportResult> {
    return this.store.transaction(async (tx) => {
      const problems = new Problems(file.name);
      const importId = randomUUID();
      const fileParties = new Map(file.parties.map((p) => [p.id, p]));
      const resolve = await this.resolver(tx, file.links, fileParties, problems);
      const newParties = new Map<string, Omit<Party, 'id'>>();
      const lineOf = new Map<string, number>();
      const links = file.links.flatMap((l) => {
        const [owner, owned] = [resolve(l.owner, newParties), resolve(l.owned, newParties)];
        if (owner === null || owned === null) return [];
        if (owner === owned) {
          problems.add(l.line, l.owned.field, 'the owner and the owned party are one party already recorded (under another of its names)');
          return [];
        }
        const id = l.id ?? csvLinkId(owner, owned, l);
        // Two spellings of one recorded party make two rows one link.
        if (lineOf.has(id)) problems.add(l.line, l.owned.field, `the same link as line ${lineOf.get(id)}: its parties are ones already recorded, under other names`);
        lineOf.set(id, l.line);
        return [{ ...l, id, ownerId: owner, ownedId: owned }];
      });
      problems.refuseAny();

      const partyIds = [...fileParties.keys()];
      const [knownParties, knownLinks] = await Promise.all([this.existing(tx, 'ownership_parties', partyIds), this.existing(tx, 'ownership_links', links.map((l) => l.id))]);
      const parties = [...file.parties, ...[...newParties].map(([id, p]) => ({ id, ...p }))];
      const counts = { parties: parties.length, links: links.length };
      const now = new Date().toISOString();
      await tx.run('INSERT INTO ownership_imports (id, file_name, format, sha256, parties, links, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
        importId,
        file.name,
        file.format,
        file.sha256,
        counts.parties,
        counts.links,
        now,
        actor,
      ]);
      await tx.runMany(
        UPSERT_PARTY,
        parties.map((p) => [p.id, p.kind, p.name, JSON.stringify(p.aliases), p.country, importId]),
      );
      await tx.runMany('DELETE FROM ownership_names WHERE party_id = ?', partyIds.filter((id) => knownParties.has(id)).map((id) => [id]));
      await tx.runMany(
        'INSERT INTO ownership_names (party_id, norm) VALUES (?, ?)',
        parties.flatMap((p) => [...new Set([p.name, ...p.aliases].map(vendorNameKey))].filter(Boolean).map((norm): Param[] => [p.id, norm])),
      );
      await tx.runMany(
        UPSERT_LINK,
        links.map((l) => [l.id, l.ownerId, l.ownedId, l.kind, l.percentage, l.shares, l.start, l.end, l.source, importId]),
      );
      const result: OwnershipImportResult = {
        importId,
        format: file.format,
        parties: { created: parties.length - knownParties.size, updated: knownParties.size },
        links: { created: links.length - knownLinks.size, updated: knownLinks.size },
        skipped: file.skipped,
      };
      await appendEvents(tx, [
        {
          actor,
          action: audit?.action ?? 'ownership.import',
          entityType: 'ownership_import',
          entityId: importId,
          summary: audit?.summary ?? `Imported ownership from ${file.name}: ${counts.parties} parties, ${counts.links} links`,
          after: { file: file.name, sha256: file.sha256, ...result },
        },
      ]);
      return result;
    }, { bulk: true });
  }

  /**
   * How the file's links name parties, turned into ids: an FtM id in the file or recorded before; a CSV name that one
   * recorded party bears (any of its names), or else a new party of that name. Unknown ids and names two parties
   * bear are problems at the link's line and field.
   */
  private async resolver(tx: Sql, links: readonly LinkRecord[], inFile: ReadonlyMap<string, unknown>, problems: Problems) {
    const refs = links.flatMap((l) => [l.owner, l.owned]);
    const ids = [...new Set(refs.flatMap((r) => ('id' in r && !inFile.has(r.id) ? [r.id] : [])))];
    const recorded = await this.existing(tx, 'ownership_parties', ids);
    const keys = [...new Set(refs.flatMap((r) => ('name' in r ? [vendorNameKey(r.name)] : [])))];
    const named = new Map<string, string[]>();
    for (const row of await inChunks(keys, (chunk, marks) => tx.all<{ party_id: string; norm: string }>(`SELECT party_id, norm FROM ownership_names WHERE norm IN (${marks})`, chunk))) {
      named.set(row.norm, [...(named.get(row.norm) ?? []), row.party_id]);
    }
    return (ref: PartyRef, created: Map<string, Omit<Party, 'id'>>): string | null => {
      if ('id' in ref) {
        if (inFile.has(ref.id) || recorded.has(ref.id)) return ref.id;
        problems.add(ref.line, ref.field, `no company, person or organisation has the id ${quoteValue(ref.id.slice(4), 60)}, in this file or an earlier import`);
        return null;
      }
      const key = vendorNameKey(ref.name);
      const found = named.get(key) ?? [];
      if (found.length > 1) {
        problems.add(ref.line, ref.field, `${quoteValue(ref.name, 60)} names ${found.length} parties already recorded; import their links as FollowTheMoney, by id`);
        return null;
      }
      if (found.length === 1) return found[0]!;
      const id = `csv:${key}`;
      if (!created.has(id)) created.set(id, { kind: ref.kind ?? null, name: ref.name, aliases: [], country: null });
      return id;
    };
  }

  private async existing(sql: Sql, table: 'ownership_parties' | 'ownership_links', ids: readonly string[]): Promise<Set<string>> {
    const rows = await inChunks([...new Set(ids)], (chunk, marks) => sql.all<{ id: string }>(`SELECT id FROM ${table} WHERE id IN (${marks})`, chunk));
    return new Set(rows.map((r) => r.id));
  }
}

/** A CSV link's id: its two parties, kind and start, so that importing the same row again updates it. */
function csvLinkId(ownerId: string, ownedId: string, l: Pick<LinkRecord, 'kind' | 'start'>): string {
  return `csv:${createHash('sha256').update([ownerId, ownedId, l.kind, l.start ?? ''].join('\u0000')).digest('hex').slice(0, 32)}`;
}
