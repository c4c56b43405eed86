// Assessments: a vendor's answers to the criteria catalog, the evidence files behind them (kept with their SHA-256,
// where the workspace keeps evidence: evidence-content.ts), and the draft -> in review -> approved workflow with a
// re-assessment date.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { appendEvents } from '../audit/log';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { EVIDENCE_KINDS, type EvidenceType } from '../files/evidence-types';
import { decideEvidenceType, nameExtension } from '../files/sniff';
import { answerRisk } from '../scoring/engine';
import type { AnswerInput } from '../scoring/types';
import type { VendorRepository } from '../vendors/repository';
import { CATALOG, criterionById } from './catalog';
import type { Findings } from '../findings/findings';
import type { EvidenceContent } from './evidence-content';
import { approvalRefusal, fourEyesOn, refuse } from './four-eyes';
import type { Assessment, AssessmentStatus, EvidenceFile, StoredAnswer } from './model';

// The bigint columns (verified, size, counts) come back as text from PostgreSQL and as numbers from SQLite: read
// through Number().
interface AnswerRow {
  criterion_id: string;
  value: string | null;
  verified: number | string;
  note: string | null;
  answered_by: string;
  answered_at: string;
  verified_by: string | null;
}

/** The given answers with their evidence counts, as the scoring engine reads them. */
const SCORING_ANSWERS = `SELECT a.vendor_id, a.criterion_id, a.value, a.verified, a.answered_at,
    (SELECT count(*) FROM evidence_files e WHERE e.vendor_id = a.vendor_id AND e.criterion_id = a.criterion_id) AS evidence
  FROM answers a WHERE a.value IS NOT NULL`;

interface ScoringAnswerRow {
  vendor_id: string;
  criterion_id: string;
  value: string;
  verified: number | string;
  answered_at: string;
  evidence: number | string;
}

function scoringAnswersByVendor(rows: readonly ScoringAnswerRow[]): Map<string, Record<string, AnswerInput>> {
  const out = new Map<string, Record<string, AnswerInput>>();
  for (const r of rows) {
    const answers = out.get(r.vendor_id) ?? {};
    answers[r.criterion_id] = { value: JSON.parse(r.value) as string | string[], verified: Number(r.verified) === 1, evidence: Number(r.evidence), answeredAt: r.answered_at.slice(0, 10) };
    out.set(r.vendor_id, answers);
  }
  return out;
}

interface EvidenceRow {
  id: string;
  criterion_id: string;
  file_name: string;
  stored_name: string;
  sha256: string;
  size: number | string;
  added_by: string;
  added_at: string;
}

const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

/**
 * An evidence file as a host opens it: its bytes, the file holding them where there is one (a data folder's copy),
 * what it is (null: not to be opened, and why).
 */
export interface StoredEvidence {
  bytes: Buffer;
  path: string | null;
  fileName: string;
  type: EvidenceType | null;
  refusal: string | null;
}

/** The kind of a stored copy, by the extension Vetter gave it (or, for older copies, the name the user gave). */
function storedKind(storedName: string, fileName: string): string {
  const ext = /^[0-9a-f-]{36}\.([a-z0-9]+)$/.exec(storedName)?.[1] ?? nameExtension(fileName) ?? '';
  return EVIDENCE_KINDS[ext]?.label ?? 'file';
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** An answer as written: a value (null clears it), whether an analyst verified it, a note. */
export interface AnswerWrite {
  value: string | string[] | null;
  verified: boolean;
  note: string | null;
}

/** Which status may follow which: approval only after review; any change reopens as a draft. */
const NEXT: Record<AssessmentStatus, AssessmentStatus[]> = {
  draft: ['in review'],
  'in review': ['draft', 'approved'],
  approved: ['draft'],
};

/** A re-assessment date that has passed (ISO dates compare as text): the vendor page and the dashboard say so. */
export function reassessOverdue(reassessDue: string | null, day = today()): boolean {
  return reassessDue !== null && reassessDue < day;
}

interface HeadRow {
  status: AssessmentStatus;
  approver: string | null;
  approved_at: string | null;
  reassess_due: string | null;
}

export class Assessments {
  /**
   * On the store: reads are committed data (store.read), each write one transaction with its audit events. `vendors`
   * finds the vendor inside that transaction: an assessment of a vendor deleted meanwhile is refused as not found.
   */
  constructor(
    private readonly store: Store,
    private readonly content: EvidenceContent,
    private readonly vendors: Pick<VendorRepository, 'get'>,
    private readonly findings: Pick<Findings, 'follow'>,
  ) {}

  /** Committed data, as one state of it (store.snapshot); a transaction reads its own writes through its `tx`. */
  async get(vendorId: string, tx?: Sql): Promise<Assessment> {
    // Issued together, as a snapshot's reads are: no write commits between them.
    const read = (sql: Sql) =>
      Promise.all([
        this.head(vendorId, sql),
        sql.all<EvidenceRow>('SELECT * FROM evidence_files WHERE vendor_id = ? ORDER BY added_at', [vendorId]),
        sql.all<AnswerRow>('SELECT * FROM answers WHERE vendor_id = ?', [vendorId]),
        this.preparers(vendorId, sql),
      ]);
    const [head, evidenceRows, answerRows, preparedBy] = await (tx ? read(tx) : this.store.snapshot(read));
    const evidence: Record<string, EvidenceFile[]> = {};
    for (const r of evidenceRows) {
      (evidence[r.criterion_id] ??= []).push({
        id: r.id,
        criterionId: r.criterion_id,
        fileName: r.file_name,
        kind: storedKind(r.stored_name, r.file_name),
        sha256: r.sha256,
        size: Number(r.size),
        addedBy: r.added_by,
        addedAt: r.added_at,
      });
    }
    const answers: Record<string, StoredAnswer> = {};
    for (const r of answerRows) {
      answers[r.criterion_id] = {
        criterionId: r.criterion_id,
        value: r.value === null ? null : (JSON.parse(r.value) as string | string[]),
        verified: Number(r.verified) === 1,
        note: r.note,
        answeredBy: r.answered_by,
        answeredAt: r.answered_at,
        verifiedBy: r.verified_by,
      };
    }
    return {
      vendorId,
      status: head?.status ?? 'draft',
      approver: head?.approver ?? null,
      approvedAt: head?.approved_at ?? null,
      reassessDue: head?.reassess_due ?? null,
      overdue: reassessOverdue(head?.reassess_due ?? null),
      preparedBy,
      answers,
      evidence,
      catalog: { id: CATALOG.id, version: CATALOG.version },
    };
  }

  /** The answers as the scoring engine reads them. */
  async scoringAnswers(vendorId: string): Promise<Record<string, AnswerInput>> {
    return scoringAnswersByVendor(await this.store.read.all<ScoringAnswerRow>(`${SCORING_ANSWERS} AND a.vendor_id = ?`, [vendorId])).get(vendorId) ?? {};
  }

  /** scoringAnswers for every vendor at once, by vendor id. */
  async allScoringAnswers(): Promise<Map<string, Record<string, AnswerInput>>> {
    return scoringAnswersByVendor(await this.store.read.all<ScoringAnswerRow>(SCORING_ANSWERS));
  }

  answer(vendorId: string, criterionId: string, answer: AnswerWrite, actor: string): Promise<Assessment> {
    return this.store.transaction(async (tx) => {
      await this.vendors.get(vendorId, tx);
      return this.writeAnswer(tx, vendorId, criterionId, answer, actor);
    });
  }

  /**
   * An answer and its audit event, with the finding it opens, changes or resolves, inside the caller's transaction, whose caller has found the vendor in it: the one
   * write path of answers, for the analyst's own (answer) and for a vendor's accepted from a questionnaire (`source`
   * then says which, in the event).
   */
  async writeAnswer(tx: Sql, vendorId: string, criterionId: string, answer: AnswerWrite, actor: string, source?: string): Promise<Assessment> {
    const criterion = criterionById(CATALOG, criterionId);
    if (!criterion || criterion.source !== 'answer') throw new VetterError('invalid_input', `There is no question ${criterionId} to answer.`, { criterionId: 'Unknown criterion' });
    if (answer.value !== null) {
      const checked = answerRisk(criterion, { value: answer.value, verified: answer.verified, evidence: 0, answeredAt: null }, today());
      if ('error' in checked) throw new VetterError('invalid_input', checked.error, { value: checked.error });
    }
    const before = (await this.get(vendorId, tx)).answers[criterionId] ?? null;
    const value = answer.value === null ? null : JSON.stringify(answer.value);
    // The verifier stays while the answer they verified does; whoever saves a verified answer otherwise verifies it.
    const verifiedBy = !answer.verified ? null : before?.verified && before.verifiedBy && JSON.stringify(before.value) === (value ?? 'null') ? before.verifiedBy : actor;
    await tx.run(
      `INSERT INTO answers (vendor_id, criterion_id, value, verified, note, answered_by, answered_at, verified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (vendor_id, criterion_id) DO UPDATE SET value = excluded.value, verified = excluded.verified, note = excluded.note,
         answered_by = excluded.answered_by, answered_at = excluded.answered_at, verified_by = excluded.verified_by`,
      [vendorId, criterionId, value, answer.verified ? 1 : 0, answer.note, actor, new Date().toISOString(), verifiedBy],
    );
    await this.addPreparer(tx, vendorId, actor);
    await this.reopenIfApproved(tx, vendorId, actor);
    const after = await this.get(vendorId, tx);
    await this.findings.follow(tx, vendorId, criterionId, actor);
    await appendEvents(tx, [
      {
        actor,
        action: 'assessment.answer',
        entityType: 'vendor',
        entityId: vendorId,
        summary: `Answered ${criterionId} (${criterion.title}): ${answer.value === null ? 'cleared' : String(answer.value)}${answer.verified ? ', verified' : ''}${source ? ` (${source})` : ''}`,
        before: before && { value: before.value, verified: before.verified, note: before.note },
        after: { criterionId, value: answer.value, verified: answer.verified, note: answer.note, ...(source ? { source } : {}) },
      },
    ]);
    return after;
  }

  /**
   * Keeps a copy of the file in the workspace (evidence-content.ts), so the record does not depend on where it came
   * from. Only documents, images and archives are kept, and only when the content is what the name says
   * (files/sniff.ts); the copy is stored as <id>.<decided extension>, whatever the file was called, so it can only ever
   * be opened as that kind of document. The name the user knows is kept in the record.
   */
  async addEvidence(vendorId: string, criterionId: string, source: string, fileName: string, actor: string): Promise<EvidenceFile> {
    if (!criterionById(CATALOG, criterionId)) throw new VetterError('invalid_input', `There is no question ${criterionId}.`);
    const size = fs.statSync(source).size;
    if (size > MAX_EVIDENCE_BYTES) throw new VetterError('bad_file', `${fileName} is larger than 100 MB. Attach a smaller file or a summary of it.`);
    const bytes = fs.readFileSync(source);
    // Judged in full before the transaction below begins: it never waits on the file.
    const decision = await decideEvidenceType(fileName, bytes);
    if (!decision.ok) throw new VetterError('bad_file', `${decision.reason} Nothing was attached.`);
    const id = randomUUID();
    const storedName = `${id}.${decision.type.ext}`;
    const file: EvidenceFile = {
      id,
      criterionId,
      fileName,
      kind: decision.type.label,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size,
      addedBy: actor,
      addedAt: new Date().toISOString(),
    };
    await this.content.keep({ id, vendorId, storedName }, bytes, (within) =>
      this.store.transaction(async (tx) => {
        await this.vendors.get(vendorId, tx);
        await tx.run('INSERT INTO evidence_files (id, vendor_id, criterion_id, file_name, stored_name, sha256, size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          id, vendorId, criterionId, fileName, storedName, file.sha256, size, actor, file.addedAt,
        ]);
        await within(tx);
        await this.addPreparer(tx, vendorId, actor);
        await this.reopenIfApproved(tx, vendorId, actor);
        await this.findings.follow(tx, vendorId, criterionId, actor);
        await appendEvents(tx, [{ actor, action: 'assessment.evidence', entityType: 'vendor', entityId: vendorId, summary: `Attached ${fileName} to ${criterionId}`, after: file }]);
      }),
    );
    return file;
  }

  /**
   * The stored copy of an evidence file, for opening through the operating system, with what it is: its content is
   * judged again (files attached by older versions of Vetter were kept under their own names). A host opens it only
   * as `type`, and not at all when `type` is null (`refusal` says why).
   */
  async stored(evidenceId: string): Promise<StoredEvidence> {
    const row = await this.store.read.get<{ vendor_id: string; stored_name: string; file_name: string }>(
      'SELECT vendor_id, stored_name, file_name FROM evidence_files WHERE id = ?',
      [evidenceId],
    );
    const kept = row && (await this.content.read({ id: evidenceId, vendorId: row.vendor_id, storedName: row.stored_name }, this.store.read));
    if (!row || !kept) throw new VetterError('not_found', 'That evidence file is not in Vetter any more.');
    const { bytes, path: stored } = kept;
    // Judged by the name it was stored under when that is Vetter's own (<id>.<ext>), else by the name the user gave;
    // a refusal always names the file as the user knows it.
    const ownName = /^[0-9a-f-]{36}\.[a-z0-9]+$/.test(row.stored_name);
    const decision = await decideEvidenceType(ownName ? row.stored_name : row.file_name, bytes);
    if (decision.ok) return { bytes, path: stored, fileName: row.file_name, type: decision.type, refusal: null };
    const named = ownName ? await decideEvidenceType(row.file_name, bytes) : decision;
    return { bytes, path: stored, fileName: row.file_name, type: null, refusal: named.ok ? decision.reason : named.reason };
  }

  /**
   * Moves the assessment on; an approval is `actor`'s, under four eyes. `shared`: others work on this workspace (see
   * four-eyes.ts: on one person's, nobody else can approve).
   */
  setStatus(vendorId: string, status: AssessmentStatus, reassessDue: string | null, actor: string, shared = false): Promise<Assessment> {
    return this.store.transaction(async (tx) => {
      await this.vendors.get(vendorId, tx);
      const before = await this.get(vendorId, tx);
      if (status !== before.status && !NEXT[before.status].includes(status)) {
        throw new VetterError('conflict', `An assessment in "${before.status}" cannot become "${status}" directly. Send it for review first.`);
      }
      if (status === 'approved' && !reassessDue) throw new VetterError('invalid_input', 'Set a re-assessment date when approving.', { reassessDue: 'Required when approving' });
      // A date set now must lie ahead of the approval (today), or it is overdue at once. An earlier date carried
      // unchanged through draft and review stays: that is how an overdue assessment goes back to work.
      if (reassessDue !== null && (status === 'approved' || reassessDue !== before.reassessDue) && reassessDue <= today()) {
        const message = 'The re-assessment date must be after today.';
        throw new VetterError('invalid_input', message, { reassessDue: message });
      }
      const approved = status === 'approved';
      if (approved) refuse(await this.approvalRefusal(tx, before, actor, shared));
      await this.upsertHead(tx, vendorId, status, approved ? actor : null, approved ? new Date().toISOString() : null, reassessDue);
      const after = await this.get(vendorId, tx);
      await appendEvents(tx, [
        {
          actor,
          action: `assessment.${status.replace(' ', '-')}`,
          entityType: 'vendor',
          entityId: vendorId,
          summary: approved ? `Approved the assessment (re-assess by ${reassessDue})` : `Assessment set to ${status}`,
          before: { status: before.status, approver: before.approver, reassessDue: before.reassessDue },
          after: { status: after.status, approver: after.approver, reassessDue: after.reassessDue },
        },
      ]);
      return after;
    });
  }

  /** Every vendor's re-assessment date (vendors without one are absent), for the dashboard. */
  async reassessDates(): Promise<Map<string, string>> {
    const rows = await this.store.read.all<{ vendor_id: string; reassess_due: string }>('SELECT vendor_id, reassess_due FROM assessments WHERE reassess_due IS NOT NULL');
    return new Map(rows.map((r) => [r.vendor_id, r.reassess_due]));
  }

  /** Why `login` may not approve the assessment as it stands (four eyes), or null. */
  async approvalRefusal(sql: Sql, assessment: Assessment, login: string, shared: boolean): Promise<string | null> {
    return approvalRefusal(await fourEyesOn(sql), login, shared, assessment.preparedBy);
  }

  /** Everyone who ever answered, verified or changed the assessment's criteria, by login. */
  private async preparers(vendorId: string, sql: Sql): Promise<string[]> {
    return (await sql.all<{ login: string }>('SELECT login FROM assessment_preparers WHERE vendor_id = ? ORDER BY login', [vendorId])).map((r) => r.login);
  }

  private async addPreparer(tx: Sql, vendorId: string, login: string): Promise<void> {
    await tx.run('INSERT INTO assessment_preparers (vendor_id, login) VALUES (?, ?) ON CONFLICT DO NOTHING', [vendorId, login]);
  }

  private head(vendorId: string, sql: Sql): Promise<HeadRow | undefined> {
    return sql.get<HeadRow>('SELECT status, approver, approved_at, reassess_due FROM assessments WHERE vendor_id = ?', [vendorId]);
  }

  /** Changing an approved assessment makes it a draft again: the approval covered the answers as they were. */
  private async reopenIfApproved(tx: Sql, vendorId: string, actor: string): Promise<void> {
    const head = await this.head(vendorId, tx);
    if (head?.status !== 'approved') {
      await this.upsertHead(tx, vendorId, head?.status ?? 'draft', head?.approver ?? null, head?.approved_at ?? null, head?.reassess_due ?? null);
      return;
    }
    await this.upsertHead(tx, vendorId, 'draft', null, null, head.reassess_due);
    await appendEvents(tx, [{ actor, action: 'assessment.draft', entityType: 'vendor', entityId: vendorId, summary: 'Approval withdrawn: the assessment changed after it was approved' }]);
  }

  private async upsertHead(tx: Sql, vendorId: string, status: AssessmentStatus, approver: string | null, approvedAt: string | null, reassessDue: string | null): Promise<void> {
    await tx.run(
      `INSERT INTO assessments (vendor_id, status, approver, approved_at, reassess_due, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (vendor_id) DO UPDATE SET status = excluded.status, approver = excluded.approver, approved_at = excluded.approved_at,
         reassess_due = excluded.reassess_due, updated_at = excluded.updated_at`,
      [vendorId, status, approver, approvedAt, reassessDue, new Date().toISOString()],
    );
  }
}
