// The audit log: every change, who made it, and its before/after, in a SHA-256 hash chain.
// Callers append inside the same store transaction as the change itself (appendEvents), so neither exists without the
// other.
import { createHash } from 'node:crypto';
import type { AuditEvent } from './model';
import type { Param, Sql } from '../db/store';

export const GENESIS_HASH = '0'.repeat(64);

export interface NewEvent {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** An event as stored: every column, as the hash covers them. */
export interface EventRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash covers the stored text of every column, so verifying never depends on re-serialising JSON. */
export function hashOf(r: Omit<EventRow, 'hash'>): string {
  const fields = [r.seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.summary, r.before, r.after, r.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

const toJson = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export const SELECT_HEAD = 'SELECT seq, hash FROM audit_head WHERE id = 1';
const UPSERT_HEAD = 'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash';
const INSERT_EVENT = `INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, summary, before, after, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The row of an event appended after the chain's head (seq, hash). */
function chained(seq: number, prevHash: string, e: NewEvent): EventRow {
  const row: Omit<EventRow, 'hash'> = {
    seq: seq + 1,
    at: new Date().toISOString(),
    actor: e.actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    summary: e.summary,
    before: toJson(e.before),
    after: toJson(e.after),
    prev_hash: prevHash,
  };
  return { ...row, hash: hashOf(row) };
}

const eventParams = (r: EventRow): Param[] => [r.seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.summary, r.before, r.after, r.prev_hash, r.hash];

/** Appends events in the store transaction `tx` of the change they record. */
export async function appendEvents(tx: Sql, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const head = await tx.get<{ seq: number; hash: string }>(SELECT_HEAD);
  let seq = head?.seq ?? 0;
  let hash = head?.hash ?? GENESIS_HASH;
  const rows = events.map((e) => {
    const row = chained(seq, hash, e);
    seq = row.seq;
    hash = row.hash;
    return eventParams(row);
  });
  await tx.runMany(INSERT_EVENT, rows);
  await tx.run(UPSERT_HEAD, [seq, hash]);
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad: { seq: number; reason: string } | null;
}

/** Events verified per read: the log is walked in pages, so a long one never sits in memory whole. */
const VERIFY_PAGE = 2_000;

/** Walks the chain from the first event and names the first one that does not hold. */
export async function verifyChain(sql: Sql): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  const bad = (seq: number, reason: string): VerifyResult => ({ ok: false, checked, firstBad: { seq, reason } });
  for (let page = await eventsFrom(sql, 0); page.length > 0; page = await eventsFrom(sql, page.at(-1)!.seq)) {
    for (const r of page) {
      if (r.seq !== expectedSeq) return bad(expectedSeq, `event #${expectedSeq} is missing: it was deleted from the log`);
      if (r.prev_hash !== prev) {
        return bad(r.seq, `event #${r.seq} does not follow event #${r.seq - 1}: events were removed, reordered or replaced`);
      }
      if (hashOf(r) !== r.hash) return bad(r.seq, `event #${r.seq} was changed after it was written`);
      prev = r.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const head = await sql.get<{ seq: number; hash: string }>(SELECT_HEAD);
  const lastSeq = expectedSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? GENESIS_HASH) !== prev) {
    return bad(lastSeq + 1, `the log ends at event #${lastSeq} but ${head?.seq ?? 0} events were written: the newest events were deleted`);
  }
  return { ok: true, checked, firstBad: null };
}

const eventsFrom = (sql: Sql, afterSeq: number) => sql.all<EventRow>('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, VERIFY_PAGE]);

function toEvent(r: EventRow): AuditEvent {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: r.summary,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Newest first, paged by sequence number; `entityIds` keeps the events about those entities only. */
export async function listEvents(
  sql: Sql,
  opts: { limit: number; beforeSeq?: number; entityIds?: readonly string[] },
): Promise<{ events: AuditEvent[]; total: number }> {
  const ofEntities = opts.entityIds && `entity_id IN (${opts.entityIds.map(() => '?').join(', ') || 'NULL'})`;
  const where = [...(opts.beforeSeq !== undefined ? ['seq < ?'] : []), ...(ofEntities ? [ofEntities] : [])];
  const params = [...(opts.beforeSeq !== undefined ? [opts.beforeSeq] : []), ...(opts.entityIds ?? [])];
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await sql.all<EventRow>(`SELECT * FROM audit_events ${clause} ORDER BY seq DESC LIMIT ?`, [...params, opts.limit]);
  const counted = await sql.get<{ n: number }>(`SELECT count(*) AS n FROM audit_events ${ofEntities ? `WHERE ${ofEntities}` : ''}`, opts.entityIds ?? []);
  return { events: rows.map(toEvent), total: counted?.n ?? 0 };
}
