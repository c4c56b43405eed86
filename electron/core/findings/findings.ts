// Findings on the store. An answer or an evidence file opens, changes or resolves its criterion's finding inside the
// transaction that writes it (follow); analysts move a finding on (update), approvers accept its risk (accept), each
// write one transaction with its audit events. An accepted risk past its expiry reads as open at once, and is written
// back as open, audited, by the next write to the vendor's findings.
import { randomUUID } from 'node:crypto';
import { appendEvents } from '../audit/log';
import { acceptanceRefusal, fourEyesOn, refuse } from '../assessment/four-eyes';
import { CATALOG, criterionById } from '../assessment/catalog';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { methodologyInForce } from '../scoring/in-force';
import type { FindingInput } from '../scoring/types';
import type { Finding, FindingKind, FindingSeverity, FindingStatus } from './model';
import { addDays, DUE_DAYS, expired, expiryRefusal, gapOf, severityOf, severityRank, titleOf, transitionRefusal } from './rules';

interface Row {
  id: string;
  vendor_id: string;
  vendor_name: string;
  criterion_id: string;
  kind: FindingKind;
  title: string;
  severity: FindingSeverity;
  status: FindingStatus;
  owner: string | null;
  due: string | null;
  notes: string;
  evidence: string;
  opened_by: string;
  opened_at: string;
  updated_by: string;
  updated_at: string;
  resolved_at: string | null;
  accepted_by: string | null;
  accepted_at: string | null;
  accepted_until: string | null;
  acceptance_reason: string | null;
}

const SELECT = `SELECT f.*, v.legal_name AS vendor_name FROM findings f JOIN vendors v ON v.id = f.vendor_id WHERE v.deleted_at IS NULL`;
const ORDER = `ORDER BY CASE f.status WHEN 'resolved' THEN 1 ELSE 0 END, f.due IS NULL, f.due, f.opened_at, f.id`;

const today = (): string => new Date().toISOString().slice(0, 10);

function fromRow(r: Row, day: string): Finding {
  const lapsed = expired(r.status, r.accepted_until, day);
  const status = lapsed ? 'open' : r.status;
  return {
    id: r.id,
    vendorId: r.vendor_id,
    vendorName: r.vendor_name,
    criterionId: r.criterion_id,
    kind: r.kind,
    title: r.title,
    severity: r.severity,
    status,
    owner: r.owner,
    due: r.due,
    overdue: (status === 'open' || status === 'in remediation') && r.due !== null && r.due < day,
    notes: r.notes,
    evidence: JSON.parse(r.evidence) as string[],
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    resolvedAt: r.resolved_at,
    acceptance:
      r.accepted_by && r.accepted_at && r.accepted_until
        ? { by: r.accepted_by, at: r.accepted_at, until: r.accepted_until, reason: r.acceptance_reason ?? '', expired: lapsed }
        : null,
    acceptRefusal: null,
  };
}

/** The columns an update writes, from a finding as it should stand. */
const WRITE = `UPDATE findings SET kind = ?, title = ?, severity = ?, status = ?, owner = ?, due = ?, notes = ?, evidence = ?, updated_by = ?, updated_at = ?,
  resolved_at = ?, accepted_by = ?, accepted_at = ?, accepted_until = ?, acceptance_reason = ? WHERE id = ?`;

export class Findings {
  constructor(private readonly store: Store) {}

  /** Every finding (of one vendor, with `vendorId`), live ones first, by due date; as they read today. */
  async list(vendorId?: string, sql: Sql = this.store.read): Promise<Finding[]> {
    const rows = vendorId ? await sql.all<Row>(`${SELECT} AND f.vendor_id = ? ${ORDER}`, [vendorId]) : await sql.all<Row>(`${SELECT} ${ORDER}`);
    const day = today();
    return rows.map((r) => fromRow(r, day));
  }

  async get(id: string, sql: Sql = this.store.read): Promise<Finding> {
    const row = await sql.get<Row>(`${SELECT} AND f.id = ?`, [id]);
    if (!row) throw new VetterError('not_found', `There is no finding ${id}.`);
    return fromRow(row, today());
  }

  /** The live findings (not resolved) as the scoring engine reads them, by vendor id. */
  async forScoring(vendorId?: string): Promise<Map<string, FindingInput[]>> {
    const out = new Map<string, FindingInput[]>();
    for (const f of await this.list(vendorId)) {
      if (f.status === 'resolved') continue;
      const input: FindingInput = { id: f.id, criterionId: f.criterionId, title: f.title, severity: f.severity, status: f.status, due: f.due, acceptedBy: f.acceptance?.by ?? null, acceptedUntil: f.acceptance?.until ?? null };
      out.set(f.vendorId, [...(out.get(f.vendorId) ?? []), input]);
    }
    return out;
  }

  /**
   * Follows an answer or an evidence file just written, in its transaction: the criterion's gap opens a finding (one
   * live finding per vendor and criterion), changes the live one's kind and severity, or resolves it when the answer
   * leaves no gap. A cleared answer leaves its finding as it is.
   */
  async follow(tx: Sql, vendorId: string, criterionId: string, actor: string): Promise<void> {
    const c = criterionById(CATALOG, criterionId);
    if (!c || c.source !== 'answer') return;
    await this.reopenExpired(tx, vendorId, actor);
    const answer = await tx.get<{ value: string | null; verified: number | string }>('SELECT value, verified FROM answers WHERE vendor_id = ? AND criterion_id = ?', [vendorId, criterionId]);
    if (!answer?.value) return;
    const evidence = Number((await tx.get<{ n: number | string }>('SELECT count(*) AS n FROM evidence_files WHERE vendor_id = ? AND criterion_id = ?', [vendorId, criterionId]))!.n);
    const value = JSON.parse(answer.value) as string | string[];
    const day = today();
    const methodology = await methodologyInForce(tx);
    const kind = gapOf(c, { value, verified: Number(answer.verified) === 1, evidence, answeredAt: null }, day, methodology);
    const live = await tx.get<Row>(`${SELECT} AND f.vendor_id = ? AND f.criterion_id = ? AND f.status <> 'resolved'`, [vendorId, criterionId]);
    const now = new Date().toISOString();
    if (kind === null) {
      if (!live) return;
      const after: Row = { ...live, status: 'resolved', resolved_at: now, updated_by: actor, updated_at: now };
      await this.write(tx, after);
      await appendEvents(tx, [this.event(actor, 'finding.resolve', after, `Resolved automatically: ${c.id} is answered with no gap and evidence attached`, live)]);
      return;
    }
    const severity = severityOf(methodology.parameters.controls.weights[c.id] ?? 0, kind);
    const title = titleOf(c, kind, value);
    if (!live) {
      const owner = (await tx.get<{ contract_owner: string | null }>('SELECT contract_owner FROM vendors WHERE id = ?', [vendorId]))?.contract_owner ?? null;
      const row: Row = {
        id: `F-${randomUUID().slice(0, 8)}`,
        vendor_id: vendorId,
        vendor_name: '',
        criterion_id: c.id,
        kind,
        title,
        severity,
        status: 'open',
        owner,
        due: addDays(day, DUE_DAYS[severity]),
        notes: '',
        evidence: '[]',
        opened_by: actor,
        opened_at: now,
        updated_by: actor,
        updated_at: now,
        resolved_at: null,
        accepted_by: null,
        accepted_at: null,
        accepted_until: null,
        acceptance_reason: null,
      };
      await tx.run(
        `INSERT INTO findings (id, vendor_id, criterion_id, kind, title, severity, status, owner, due, notes, evidence, opened_by, opened_at, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [row.id, vendorId, c.id, kind, title, severity, 'open', owner, row.due, '', '[]', actor, now, actor, now],
      );
      await this.addEditor(tx, row.id, actor);
      await appendEvents(tx, [this.event(actor, 'finding.open', row, `Opened finding ${row.id} (${severity}): ${title}`)]);
      return;
    }
    if (live.kind === kind && live.title === title) return;
    // A gap grown worse than the one accepted is no longer covered by the acceptance.
    const withdrawn = live.status === 'risk accepted' && severityRank(severity) > severityRank(live.severity);
    const after: Row = { ...live, kind, title, severity, updated_by: actor, updated_at: now, ...(withdrawn ? { status: 'open' as const, ...NO_ACCEPTANCE } : {}) };
    await this.write(tx, after);
    await this.addEditor(tx, live.id, actor);
    await appendEvents(tx, [this.event(actor, 'finding.update', after, `The answer changed: ${title} (${severity})${withdrawn ? '; the risk acceptance no longer covers it, reopened' : ''}`, live)]);
  }

  /** Owner, due date, status (not risk accepted), notes and evidence, as an analyst sets them. */
  update(input: { id: string; owner: string | null; due: string | null; status: FindingStatus; notes: string; evidence: string[] }, actor: string): Promise<Finding> {
    return this.store.transaction(async (tx) => {
      const before = await this.stored(tx, input.id, actor);
      const refusal = transitionRefusal(before.status, input.status);
      if (refusal) throw new VetterError('conflict', refusal);
      const files = await tx.all<{ id: string }>('SELECT id FROM evidence_files WHERE vendor_id = ?', [before.vendor_id]);
      const unknown = input.evidence.filter((id) => !files.some((f) => f.id === id));
      if (unknown.length) throw new VetterError('invalid_input', `Evidence ${unknown.join(', ')} is not among this vendor's evidence files.`, { evidence: 'Unknown evidence file' });
      const now = new Date().toISOString();
      const leavesAcceptance = before.status === 'risk accepted' && input.status !== 'risk accepted';
      const after: Row = {
        ...before,
        owner: input.owner || null,
        due: input.due,
        status: input.status,
        notes: input.notes,
        evidence: JSON.stringify([...new Set(input.evidence)]),
        updated_by: actor,
        updated_at: now,
        resolved_at: input.status === 'resolved' ? (before.resolved_at ?? now) : null,
        ...(leavesAcceptance ? NO_ACCEPTANCE : {}),
      };
      await this.write(tx, after);
      await this.addEditor(tx, before.id, actor);
      const moved = before.status !== after.status ? `, ${before.status} → ${after.status}` : '';
      await appendEvents(tx, [this.event(actor, input.status === 'resolved' && moved ? 'finding.resolve' : 'finding.update', after, `Updated finding ${before.id}${moved}`, before)]);
      return this.get(before.id, tx);
    });
  }

  /** The risk accepted until `until` by `actor`, an approver, under four eyes. */
  accept(input: { id: string; until: string; reason: string }, actor: string, shared: boolean): Promise<Finding> {
    return this.store.transaction(async (tx) => {
      const before = await this.stored(tx, input.id, actor);
      refuse(await this.acceptRefusal(tx, before, actor, shared));
      const expiry = expiryRefusal(input.until, today());
      if (expiry) throw new VetterError('invalid_input', expiry, { until: expiry });
      const now = new Date().toISOString();
      const after: Row = {
        ...before,
        status: 'risk accepted',
        resolved_at: null,
        accepted_by: actor,
        accepted_at: now,
        accepted_until: input.until,
        acceptance_reason: input.reason,
        updated_by: actor,
        updated_at: now,
      };
      await this.write(tx, after);
      await appendEvents(tx, [this.event(actor, 'finding.accept', after, `Accepted the risk of finding ${before.id} until ${input.until}: ${input.reason}`, before)]);
      return this.get(before.id, tx);
    });
  }

  /** Why `login` (an approver) may not accept this finding's risk now, or null. */
  async acceptRefusal(sql: Sql, f: Pick<Row, 'id' | 'vendor_id' | 'criterion_id' | 'status'>, login: string, shared: boolean): Promise<string | null> {
    if (f.status === 'resolved') return 'This finding is resolved: there is no risk left to accept.';
    const involved = await sql.all<{ login: string }>(
      'SELECT login FROM finding_editors WHERE finding_id = ? UNION SELECT answered_by FROM answers WHERE vendor_id = ? AND criterion_id = ?',
      [f.id, f.vendor_id, f.criterion_id],
    );
    return acceptanceRefusal(await fourEyesOn(sql), login, shared, involved.map((r) => r.login));
  }

  /** The finding as stored, with the vendor's lapsed acceptances reopened first. */
  private async stored(tx: Sql, id: string, actor: string): Promise<Row> {
    const found = await tx.get<Row>(`${SELECT} AND f.id = ?`, [id]);
    if (!found) throw new VetterError('not_found', `There is no finding ${id}.`);
    await this.reopenExpired(tx, found.vendor_id, actor);
    return (await tx.get<Row>(`${SELECT} AND f.id = ?`, [id]))!;
  }

  /** Writes back as open, audited, the vendor's accepted risks whose acceptance has ended (they already read as open). */
  private async reopenExpired(tx: Sql, vendorId: string, actor: string): Promise<void> {
    const lapsed = await tx.all<Row>(`${SELECT} AND f.vendor_id = ? AND f.status = 'risk accepted' AND f.accepted_until < ?`, [vendorId, today()]);
    for (const r of lapsed) {
      const after: Row = { ...r, status: 'open', updated_by: actor, updated_at: new Date().toISOString() };
      await this.write(tx, after);
      await appendEvents(tx, [this.event(actor, 'finding.reopen', after, `Reopened finding ${r.id}: its risk acceptance by ${r.accepted_by} ended ${r.accepted_until}`, r)]);
    }
  }

  private async write(tx: Sql, r: Row): Promise<void> {
    await tx.run(WRITE, [
      r.kind, r.title, r.severity, r.status, r.owner, r.due, r.notes, r.evidence, r.updated_by, r.updated_at,
      r.resolved_at, r.accepted_by, r.accepted_at, r.accepted_until, r.acceptance_reason, r.id,
    ]);
  }

  private async addEditor(tx: Sql, findingId: string, login: string): Promise<void> {
    await tx.run('INSERT INTO finding_editors (finding_id, login) VALUES (?, ?) ON CONFLICT DO NOTHING', [findingId, login]);
  }

  private event(actor: string, action: string, after: Row, summary: string, before?: Row) {
    const shown = (r: Row) => ({ criterionId: r.criterion_id, title: r.title, severity: r.severity, status: r.status, owner: r.owner, due: r.due, acceptedBy: r.accepted_by, acceptedUntil: r.accepted_until });
    return { actor, action, entityType: 'finding', entityId: after.id, summary: `${summary} (vendor ${after.vendor_id})`, before: before ? shown(before) : null, after: shown(after) };
  }
}

const NO_ACCEPTANCE = { accepted_by: null, accepted_at: null, accepted_until: null, acceptance_reason: null } as const;
