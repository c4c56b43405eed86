// The audit log: every change, who made it, and its before/after, in a SHA-256 hash chain.
// Callers append inside the same transaction as the change itself, so neither exists without the other.
import { createHash } from 'node:crypto';
import type { AuditEvent } from './model';
import { type Db, stmt } from '../db/open';

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

interface EventRow {
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
function hashOf(r: Omit<EventRow, 'hash'>): string {
  const fields = [r.seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.summary, r.before, r.after, r.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

const toJson = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function appendEvent(db: Db, e: NewEvent): void {
  const appender = new EventAppender(db);
  appender.append(e);
  appender.flush();
}

/**
 * Appends many events in one transaction (a bulk import writes one per vendor): the chain's head is read once, kept
 * here while events are added, and written back by flush(), which must run before the transaction commits and
 * before any other event is appended on this connection.
 */
export class EventAppender {
  private seq: number;
  private hash: string;
  private dirty = false;

  constructor(private readonly db: Db) {
    if (!db.inTransaction) throw new Error('appendEvent must run inside the transaction of the change it records');
    const head = stmt(db, 'SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
    this.seq = head?.seq ?? 0;
    this.hash = head?.hash ?? GENESIS_HASH;
  }

  append(e: NewEvent): void {
    if (!this.db.inTransaction) throw new Error('appendEvent must run inside the transaction of the change it records');
    const row: Omit<EventRow, 'hash'> = {
      seq: this.seq + 1,
      at: new Date().toISOString(),
      actor: e.actor,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      summary: e.summary,
      before: toJson(e.before),
      after: toJson(e.after),
      prev_hash: this.hash,
    };
    const hash = hashOf(row);
    stmt(
      this.db,
      `INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, summary, before, after, prev_hash, hash)
       VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @summary, @before, @after, @prev_hash, @hash)`,
    ).run({ ...row, hash });
    this.seq = row.seq;
    this.hash = hash;
    this.dirty = true;
  }

  /** Writes the chain's head: the newest event, so that removing events from the end is detected too. */
  flush(): void {
    if (!this.dirty) return;
    stmt(this.db, 'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(this.seq, this.hash);
    this.dirty = false;
  }
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad: { seq: number; reason: string } | null;
}

/** Walks the chain from the first event and names the first one that does not hold. */
export function verifyChain(db: Db): VerifyResult {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  const bad = (seq: number, reason: string): VerifyResult => ({ ok: false, checked, firstBad: { seq, reason } });
  for (const r of stmt(db, 'SELECT * FROM audit_events ORDER BY seq').iterate() as IterableIterator<EventRow>) {
    if (r.seq !== expectedSeq) return bad(expectedSeq, `event #${expectedSeq} is missing: it was deleted from the log`);
    if (r.prev_hash !== prev) {
      return bad(r.seq, `event #${r.seq} does not follow event #${r.seq - 1}: events were removed, reordered or replaced`);
    }
    if (hashOf(r) !== r.hash) return bad(r.seq, `event #${r.seq} was changed after it was written`);
    prev = r.hash;
    expectedSeq += 1;
    checked += 1;
  }
  const head = stmt(db, 'SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const lastSeq = expectedSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? GENESIS_HASH) !== prev) {
    return bad(lastSeq + 1, `the log ends at event #${lastSeq} but ${head?.seq ?? 0} events were written: the newest events were deleted`);
  }
  return { ok: true, checked, firstBad: null };
}

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
export function listEvents(db: Db, opts: { limit: number; beforeSeq?: number; entityIds?: readonly string[] }): { events: AuditEvent[]; total: number } {
  const ofEntities = 'entity_id IN (SELECT value FROM json_each(@entityIds))';
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: opts.limit };
  if (opts.beforeSeq !== undefined) {
    where.push('seq < @beforeSeq');
    params.beforeSeq = opts.beforeSeq;
  }
  if (opts.entityIds !== undefined) {
    where.push(ofEntities);
    params.entityIds = JSON.stringify(opts.entityIds);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = stmt(db, `SELECT * FROM audit_events ${clause} ORDER BY seq DESC LIMIT @limit`).all(params) as EventRow[];
  const countWhere = opts.entityIds !== undefined ? `WHERE ${ofEntities}` : '';
  const { n } = stmt(db, `SELECT count(*) AS n FROM audit_events ${countWhere}`).get(opts.entityIds !== undefined ? { entityIds: params.entityIds } : {}) as {
    n: number;
  };
  return { events: rows.map(toEvent), total: n };
}
