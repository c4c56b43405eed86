// Questionnaires on the store: each one sent is recorded (the questions asked, their checksum) with its audit event;
// a returned workbook that passes every check (returned.ts) is kept as a return whose answers wait, apart from the
// analyst's answers, until the analyst accepts them (each written through the assessment's one answer path, audited)
// or dismisses them. A newer return of the same vendor supersedes the answers still waiting from an older one.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Assessments } from '../assessment/assessments';
import { CATALOG, criterionById } from '../assessment/catalog';
import { appendEvents } from '../audit/log';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import type { SupplierRepository } from '../suppliers/repository';
import type { VendorRepository } from '../vendors/repository';
import type { ImportOutput, QuestionnaireLang, QuestionnaireReview, ReturnedAnswer, ReturnedSupplier, SentQuestionnaire } from './model';
import { type QuestionnaireContent, questionsChecksum, questionsFor } from './questions';
import type { ReturnedWorkbook } from './read-workbook';
import { checkReturn, type Issued } from './returned';
import { LANG_NAMES } from './texts';

interface QuestionnaireRow {
  id: string;
  vendor_id: string;
  catalog_id: string;
  catalog_version: number | string;
  lang: QuestionnaireLang;
  questions: string;
  checksum: string;
  sent_by: string;
  sent_at: string;
  returned_at: string | null;
}

interface ReturnedRow {
  return_id: string;
  questionnaire_id: string;
  criterion_id: string;
  value: string;
  comment: string | null;
  evidence_ref: string | null;
  file_name: string;
  imported_by: string;
  imported_at: string;
}

interface ReturnedSupplierRow {
  return_id: string;
  questionnaire_id: string;
  row_number: number | string;
  name: string;
  service: ReturnedSupplier['service'];
  data_shared: string;
  country: string | null;
  file_name: string;
  imported_at: string;
}

const PENDING_SUPPLIERS = `SELECT s.return_id, r.questionnaire_id, s.row_number, s.name, s.service, s.data_shared, s.country, r.file_name, r.imported_at
  FROM returned_suppliers s JOIN questionnaire_returns r ON r.id = s.return_id
  WHERE r.vendor_id = ? AND s.status = 'pending'`;

const toReturnedSupplier = (r: ReturnedSupplierRow): ReturnedSupplier => ({
  returnId: r.return_id,
  questionnaireId: r.questionnaire_id,
  row: Number(r.row_number),
  name: r.name,
  service: r.service,
  dataShared: JSON.parse(r.data_shared),
  country: r.country,
  fileName: r.file_name,
  importedAt: r.imported_at,
});

const SENT = `SELECT q.*, (SELECT max(r.imported_at) FROM questionnaire_returns r WHERE r.questionnaire_id = q.id) AS returned_at FROM questionnaires q`;

const PENDING = `SELECT a.return_id, r.questionnaire_id, a.criterion_id, a.value, a.comment, a.evidence_ref, r.file_name, r.imported_by, r.imported_at
  FROM returned_answers a JOIN questionnaire_returns r ON r.id = a.return_id
  WHERE r.vendor_id = ? AND a.status = 'pending'`;

/** The catalog a questionnaire asks, as the workbook and its PDF copy name it. */
const SENT_CATALOG = { id: CATALOG.id, name: CATALOG.name, version: CATALOG.version };

/** How many of a vendor's questionnaires its page lists. */
const SENT_SHOWN = 20;

function toSent(r: QuestionnaireRow): SentQuestionnaire {
  return {
    id: r.id,
    vendorId: r.vendor_id,
    lang: r.lang,
    catalog: { id: r.catalog_id, version: Number(r.catalog_version) },
    questions: JSON.parse(r.questions) as string[],
    checksum: r.checksum,
    sentBy: r.sent_by,
    sentAt: r.sent_at,
    returnedAt: r.returned_at,
  };
}

function toReturned(r: ReturnedRow): ReturnedAnswer {
  return {
    returnId: r.return_id,
    questionnaireId: r.questionnaire_id,
    criterionId: r.criterion_id,
    value: JSON.parse(r.value) as string | string[],
    comment: r.comment,
    evidenceRef: r.evidence_ref,
    fileName: r.file_name,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  };
}

/** "Q-20261207-7K2M9P": the day it was sent, and enough randomness that two sent the same day never meet. */
function newQuestionnaireId(now: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let suffix = '';
  for (const b of randomBytes(6)) suffix += alphabet[b % 32];
  return `Q-${now.slice(0, 10).replace(/-/g, '')}-${suffix}`;
}

/** A vendor's comment and evidence reference, kept as the note of the answer accepted from them. */
function vendorNote(questionnaireId: string, a: ReturnedAnswer): string | null {
  const parts = [a.comment, a.evidenceRef && `Evidence: ${a.evidenceRef}`].filter(Boolean);
  return parts.length ? `Vendor, questionnaire ${questionnaireId}: ${parts.join(' · ')}` : null;
}

export class Questionnaires {
  constructor(
    private readonly store: Store,
    private readonly vendors: Pick<VendorRepository, 'get'>,
    private readonly assessments: Pick<Assessments, 'get' | 'writeAnswer'>,
    private readonly suppliers: Pick<SupplierRepository, 'addIn'>,
  ) {}

  /**
   * Records a questionnaire for the vendor, with its audit event, and returns what `write` made of it (the workbook):
   * made before the record commits, so that a questionnaire recorded is one whose workbook exists.
   */
  async send<T>(vendorId: string, lang: QuestionnaireLang, actor: string, write: (q: QuestionnaireContent) => Promise<T>): Promise<{ sent: SentQuestionnaire; made: T }> {
    const [one] = await this.sendMany([vendorId], lang, actor, write);
    return one!;
  }

  /**
   * A questionnaire for each vendor, as `send` records one, all in one transaction: every workbook is made first, and
   * a vendor missing (or deleted meanwhile) records none of them.
   */
  async sendMany<T>(vendorIds: readonly string[], lang: QuestionnaireLang, actor: string, write: (q: QuestionnaireContent) => Promise<T>): Promise<{ sent: SentQuestionnaire; made: T }[]> {
    const vendors = await Promise.all(vendorIds.map((id) => this.vendors.get(id)));
    const sentAt = new Date().toISOString();
    const made: { content: QuestionnaireContent; made: T }[] = [];
    for (const vendor of vendors) {
      const questions = questionsFor(CATALOG, vendor.services);
      const content: QuestionnaireContent = {
        id: newQuestionnaireId(sentAt),
        vendor: { id: vendor.id, legalName: vendor.legalName },
        lang,
        catalog: SENT_CATALOG,
        questions,
        checksum: questionsChecksum(questions),
        sentBy: actor,
        sentAt,
      };
      made.push({ content, made: await write(content) });
    }
    const sent = made.map(({ content }): SentQuestionnaire => ({
      id: content.id,
      vendorId: content.vendor.id,
      lang,
      catalog: { id: content.catalog.id, version: content.catalog.version },
      questions: content.questions.map((c) => c.id),
      checksum: content.checksum,
      sentBy: actor,
      sentAt,
      returnedAt: null,
    }));
    await this.store.transaction(async (tx) => {
      for (const q of sent) {
        await this.vendors.get(q.vendorId, tx);
        await tx.run(
          'INSERT INTO questionnaires (id, vendor_id, catalog_id, catalog_version, lang, questions, checksum, sent_by, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [q.id, q.vendorId, q.catalog.id, q.catalog.version, lang, JSON.stringify(q.questions), q.checksum, actor, sentAt],
        );
      }
      await appendEvents(
        tx,
        sent.map((q) => ({
          actor,
          action: 'questionnaire.send',
          entityType: 'vendor',
          entityId: q.vendorId,
          summary: `Sent questionnaire ${q.id} (${q.questions.length} questions) in ${LANG_NAMES[lang]}`,
          after: { id: q.id, lang, catalog: q.catalog, questions: q.questions, checksum: q.checksum },
        })),
      );
    });
    return sent.map((q, i) => ({ sent: q, made: made[i]!.made }));
  }

  /** A questionnaire as it was sent, to print its PDF copy again. */
  async content(id: string): Promise<QuestionnaireContent> {
    const row = await this.store.read.get<QuestionnaireRow>(`${SENT} WHERE q.id = ?`, [id]);
    if (!row) throw new VetterError('not_found', `There is no questionnaire ${id}.`);
    const sent = toSent(row);
    if (sent.catalog.id !== CATALOG.id || sent.catalog.version !== CATALOG.version) {
      throw new VetterError('conflict', `Questionnaire ${id} asks the questions of catalog version ${sent.catalog.version}, which this Vetter no longer has: send a new one.`);
    }
    const vendor = await this.vendors.get(sent.vendorId);
    return {
      id,
      vendor: { id: vendor.id, legalName: vendor.legalName },
      lang: sent.lang,
      catalog: SENT_CATALOG,
      questions: sent.questions.map((q) => criterionById(CATALOG, q)!),
      checksum: sent.checksum,
      sentBy: sent.sentBy,
      sentAt: sent.sentAt,
    };
  }

  /** What the vendor's page shows: the questionnaires sent, and the returned answers waiting for a decision. */
  async review(vendorId: string): Promise<QuestionnaireReview> {
    const [sent, pending, suppliers] = await Promise.all([
      this.store.read.all<QuestionnaireRow>(`${SENT} WHERE q.vendor_id = ? ORDER BY q.sent_at DESC LIMIT ${SENT_SHOWN}`, [vendorId]),
      this.store.read.all<ReturnedRow>(PENDING, [vendorId]),
      this.store.read.all<ReturnedSupplierRow>(`${PENDING_SUPPLIERS} ORDER BY s.row_number`, [vendorId]),
    ]);
    const order = new Map(CATALOG.criteria.map((c, i) => [c.id, i]));
    return {
      sent: sent.map(toSent),
      pending: pending.map(toReturned).sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0)),
      pendingSuppliers: suppliers.map(toReturnedSupplier),
    };
  }

  /** Questionnaires sent and not returned yet, oldest first (the work queue's reminders). */
  async unanswered(): Promise<{ id: string; vendorId: string; sentAt: string }[]> {
    const rows = await this.store.read.all<{ id: string; vendor_id: string; sent_at: string }>(
      'SELECT q.id, q.vendor_id, q.sent_at FROM questionnaires q WHERE NOT EXISTS (SELECT 1 FROM questionnaire_returns r WHERE r.questionnaire_id = q.id) ORDER BY q.sent_at',
    );
    return rows.map((r) => ({ id: r.id, vendorId: r.vendor_id, sentAt: r.sent_at }));
  }

  /** Per vendor, the returned answers waiting for an analyst, and since when (the oldest return they came with). */
  async awaitingReview(): Promise<{ vendorId: string; answers: number; since: string }[]> {
    const rows = await this.store.read.all<{ vendor_id: string; answers: number | string; since: string }>(
      `SELECT r.vendor_id, count(*) AS answers, min(r.imported_at) AS since FROM returned_answers a JOIN questionnaire_returns r ON r.id = a.return_id
       WHERE a.status = 'pending' GROUP BY r.vendor_id`,
    );
    return rows.map((r) => ({ vendorId: r.vendor_id, answers: Number(r.answers), since: r.since }));
  }

  /**
   * Keeps the answers of a returned workbook, read in the worker, once it passes every check against the questionnaire
   * it names: in one transaction with its audit event, superseding the answers an older return left waiting.
   */
  recordReturn(read: ReturnedWorkbook, fileName: string, expectedVendorId: string | null, actor: string): Promise<ImportOutput> {
    return this.store.transaction(async (tx) => {
      const vendor = expectedVendorId === null ? undefined : await this.vendors.get(expectedVendorId, tx);
      const issued = await this.issued(read.control.questionnaireId.text, tx);
      const { answers, suppliers, warnings } = checkReturn(read, { file: fileName, issued, vendor, catalog: CATALOG, today: new Date().toISOString().slice(0, 10) });
      const { id: questionnaireId, vendor: sentTo } = issued!;
      const returnId = randomUUID();
      const now = new Date().toISOString();
      await tx.run(
        `UPDATE returned_answers SET status = 'superseded', decided_by = ?, decided_at = ?
         WHERE status = 'pending' AND return_id IN (SELECT id FROM questionnaire_returns WHERE vendor_id = ?)`,
        [actor, now, sentTo.id],
      );
      await tx.run(
        `UPDATE returned_suppliers SET status = 'superseded', decided_by = ?, decided_at = ?
         WHERE status = 'pending' AND return_id IN (SELECT id FROM questionnaire_returns WHERE vendor_id = ?)`,
        [actor, now, sentTo.id],
      );
      await tx.run('INSERT INTO questionnaire_returns (id, questionnaire_id, vendor_id, file_name, file_sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        returnId, questionnaireId, sentTo.id, fileName, read.sha256, actor, now,
      ]);
      await tx.runMany(
        'INSERT INTO returned_answers (return_id, criterion_id, value, comment, evidence_ref) VALUES (?, ?, ?, ?, ?)',
        answers.map((a) => [returnId, a.criterionId, JSON.stringify(a.value), a.comment, a.evidenceRef]),
      );
      await tx.runMany(
        'INSERT INTO returned_suppliers (return_id, row_number, name, service, data_shared, country) VALUES (?, ?, ?, ?, ?, ?)',
        suppliers.map((s) => [returnId, s.row, s.name, s.service, JSON.stringify(s.dataShared), s.country]),
      );
      await appendEvents(tx, [
        {
          actor,
          action: 'questionnaire.import',
          entityType: 'vendor',
          entityId: sentTo.id,
          summary: `Imported ${answers.length} answer${answers.length === 1 ? '' : 's'}${suppliers.length ? ` and ${suppliers.length} supplier${suppliers.length === 1 ? '' : 's'}` : ''} from questionnaire ${questionnaireId} (${fileName}), waiting for review`,
          after: { returnId, questionnaireId, fileName, sha256: read.sha256, answers, suppliers },
        },
      ]);
      return { questionnaireId, vendorId: sentTo.id, vendorName: sentTo.legalName, answers: answers.length, suppliers: suppliers.length, warnings };
    });
  }

  /**
   * Accepts waiting answers of one return: each becomes the vendor's answer through the assessment's write path (never
   * verified: the vendor said it, nobody checked it yet), with its own audit event, all in one transaction.
   */
  accept(vendorId: string, returnId: string, criterionIds: readonly string[], actor: string): Promise<{ accepted: number }> {
    return this.store.transaction(async (tx) => {
      await this.vendors.get(vendorId, tx);
      const waiting = await this.waiting(tx, vendorId, returnId, criterionIds);
      const current = (await this.assessments.get(vendorId, tx)).answers;
      for (const a of waiting) {
        const note = vendorNote(a.questionnaireId, a) ?? current[a.criterionId]?.note ?? null;
        await this.assessments.writeAnswer(tx, vendorId, a.criterionId, { value: a.value, verified: false, note }, actor, `accepted from the vendor's questionnaire ${a.questionnaireId}`);
      }
      await this.decide(tx, returnId, criterionIds, 'accepted', actor);
      return { accepted: waiting.length };
    });
  }

  /** Sets waiting answers of one return aside: the analyst's answers stay as they are. */
  dismiss(vendorId: string, returnId: string, criterionIds: readonly string[], actor: string): Promise<{ dismissed: number }> {
    return this.store.transaction(async (tx) => {
      await this.vendors.get(vendorId, tx);
      const waiting = await this.waiting(tx, vendorId, returnId, criterionIds);
      await this.decide(tx, returnId, criterionIds, 'dismissed', actor);
      await appendEvents(tx, [
        {
          actor,
          action: 'questionnaire.dismiss',
          entityType: 'vendor',
          entityId: vendorId,
          summary: `Dismissed the vendor's answer${waiting.length === 1 ? '' : 's'} to ${criterionIds.join(', ')} from questionnaire ${waiting[0]!.questionnaireId}`,
          after: { returnId, dismissed: waiting.map((a) => ({ criterionId: a.criterionId, value: a.value })) },
        },
      ]);
      return { dismissed: waiting.length };
    });
  }

  /** Accepts waiting suppliers of one return: each becomes a supplier of the vendor (added, or the same name and service
   *  updated), with its own audit event, all in one transaction. */
  acceptSuppliers(vendorId: string, returnId: string, rows: readonly number[], actor: string): Promise<{ accepted: number }> {
    return this.store.transaction(async (tx) => {
      const vendor = await this.vendors.get(vendorId, tx);
      const waiting = await this.waitingSuppliers(tx, vendorId, returnId, rows);
      const now = new Date().toISOString();
      for (const s of waiting) {
        const { name, service, dataShared, country } = s;
        await this.suppliers.addIn(tx, vendor, { name, service, dataShared, country }, actor, `questionnaire ${s.questionnaireId}, row ${s.row}`, now);
      }
      await this.decideSuppliers(tx, returnId, rows, 'accepted', actor);
      return { accepted: waiting.length };
    });
  }

  /** Sets waiting suppliers of one return aside: the vendor's suppliers stay as they are. */
  dismissSuppliers(vendorId: string, returnId: string, rows: readonly number[], actor: string): Promise<{ dismissed: number }> {
    return this.store.transaction(async (tx) => {
      await this.vendors.get(vendorId, tx);
      const waiting = await this.waitingSuppliers(tx, vendorId, returnId, rows);
      await this.decideSuppliers(tx, returnId, rows, 'dismissed', actor);
      await appendEvents(tx, [
        {
          actor,
          action: 'questionnaire.dismissSuppliers',
          entityType: 'vendor',
          entityId: vendorId,
          summary: `Dismissed the supplier${waiting.length === 1 ? '' : 's'} ${waiting.map((s) => s.name).join(', ')} listed in questionnaire ${waiting[0]!.questionnaireId}`,
          after: { returnId, dismissed: waiting.map(({ row, name, service }) => ({ row, name, service })) },
        },
      ]);
      return { dismissed: waiting.length };
    });
  }

  /** These suppliers of the return, all still waiting, or a conflict saying the page is behind. */
  private async waitingSuppliers(tx: Sql, vendorId: string, returnId: string, rows: readonly number[]): Promise<ReturnedSupplier[]> {
    const found = (await tx.all<ReturnedSupplierRow>(`${PENDING_SUPPLIERS} AND s.return_id = ? ORDER BY s.row_number`, [vendorId, returnId])).map(toReturnedSupplier);
    const missing = rows.filter((row) => !found.some((s) => s.row === row));
    if (missing.length > 0) {
      throw new VetterError('conflict', `The supplier${missing.length === 1 ? '' : 's'} of row ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} no longer waiting (decided already, or a newer workbook was imported). Nothing was changed.`);
    }
    return found.filter((s) => rows.includes(s.row));
  }

  private async decideSuppliers(tx: Sql, returnId: string, rows: readonly number[], status: 'accepted' | 'dismissed', actor: string): Promise<void> {
    const now = new Date().toISOString();
    await tx.runMany(
      `UPDATE returned_suppliers SET status = ?, decided_by = ?, decided_at = ? WHERE return_id = ? AND row_number = ? AND status = 'pending'`,
      rows.map((row) => [status, actor, now, returnId, row]),
    );
  }

  private async issued(id: string, sql: Sql): Promise<Issued | undefined> {
    const row = await sql.get<QuestionnaireRow>(`${SENT} WHERE q.id = ?`, [id]);
    if (!row) return undefined;
    const sent = toSent(row);
    const vendor = await this.vendors.get(sent.vendorId, sql);
    return {
      id,
      vendor: { id: vendor.id, legalName: vendor.legalName },
      catalogId: sent.catalog.id,
      catalogVersion: sent.catalog.version,
      questions: sent.questions,
      checksum: sent.checksum,
    };
  }

  /** These answers of the return, all still waiting, or a conflict saying the page is behind. */
  private async waiting(tx: Sql, vendorId: string, returnId: string, criterionIds: readonly string[]): Promise<ReturnedAnswer[]> {
    const rows = (await tx.all<ReturnedRow>(`${PENDING} AND a.return_id = ?`, [vendorId, returnId])).map(toReturned);
    const missing = criterionIds.filter((id) => !rows.some((r) => r.criterionId === id));
    if (missing.length > 0) {
      throw new VetterError('conflict', `The vendor's answer to ${missing.join(', ')} is no longer waiting (decided already, or a newer workbook was imported). Nothing was changed.`);
    }
    return rows.filter((r) => criterionIds.includes(r.criterionId));
  }

  private async decide(tx: Sql, returnId: string, criterionIds: readonly string[], status: 'accepted' | 'dismissed', actor: string): Promise<void> {
    const now = new Date().toISOString();
    await tx.runMany(
      `UPDATE returned_answers SET status = ?, decided_by = ?, decided_at = ? WHERE return_id = ? AND criterion_id = ? AND status = 'pending'`,
      criterionIds.map((id) => [status, actor, now, returnId, id]),
    );
  }
}
