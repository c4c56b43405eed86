// Whether a returned workbook still holds the questionnaire Vetter sent, and which answers it holds. Each refusal
// names the sheet and the cell; the caller stores nothing but what this returns, so a refused workbook writes nothing.
import { type CriteriaCatalog, criterionById } from '../assessment/catalog';
import { quoteValue } from '../visible-text';
import { COLUMNS, CONTROL, FIRST_QUESTION_ROW, FORMAT, refusedAt, RETURN_LIMITS, SHEETS } from './layout';
import type { SupplierFields } from '../suppliers/model';
import { parseService } from '../suppliers/csv';
import { parseCountryCell, parseDataShared } from '../vendors/import-rows';
import { vendorNameKey } from '../vendors/names';
import { type AnswerValue, questionsChecksum, readAnswer } from './questions';
import type { ReturnedWorkbook } from './read-workbook';

/** A questionnaire as Vetter recorded it when it was sent. */
export interface Issued {
  id: string;
  vendor: { id: string; legalName: string };
  catalogId: string;
  catalogVersion: number;
  questions: string[];
  checksum: string;
}

export interface ReturnedAnswerInput {
  criterionId: string;
  value: AnswerValue;
  comment: string | null;
  evidenceRef: string | null;
}

export interface CheckContext {
  /** The file's name, for messages. */
  file: string;
  /** The questionnaire the workbook names (its Vetter!B2), when this workspace sent it. */
  issued: Issued | undefined;
  /** The vendor whose page the workbook is imported on, if any. */
  vendor?: { id: string; legalName: string };
  catalog: CriteriaCatalog;
  today: string;
}

/** One supplier the vendor listed on the Suppliers sheet, and its row there. */
export interface ReturnedSupplierInput extends SupplierFields {
  row: number;
}

export function checkReturn(
  read: ReturnedWorkbook,
  { file, issued, vendor, catalog, today }: CheckContext,
): { answers: ReturnedAnswerInput[]; suppliers: ReturnedSupplierInput[]; warnings: string[] } {
  const control = (field: keyof typeof CONTROL, problem: string) => refusedAt(file, SHEETS.control, CONTROL[field], problem);
  const question = (cell: string, problem: string) => refusedAt(file, SHEETS.questions, cell, problem);
  const c = read.control;
  if (c.format.text !== FORMAT) throw control('format', `it does not hold Vetter's mark (${FORMAT}): this is not a questionnaire Vetter wrote.`);
  if (!issued) throw control('questionnaireId', `questionnaire ${quoteValue(c.questionnaireId.text, 40)} was not sent from this Vetter workspace.`);
  const sentTo = issued.vendor.legalName;
  if (c.vendorId.text !== issued.vendor.id) throw control('vendorId', `the vendor id was changed: questionnaire ${issued.id} was sent to ${sentTo}.`);
  if (vendor && vendor.id !== issued.vendor.id) {
    throw control('vendorId', `this questionnaire was sent to ${sentTo}, not to ${vendor.legalName}. Import it on ${sentTo}'s page.`);
  }
  const sentCatalog = `${issued.catalogId} version ${issued.catalogVersion}`;
  if (c.catalogId.text !== issued.catalogId) throw control('catalogId', `the catalog was changed: questionnaire ${issued.id} asks the questions of ${sentCatalog}.`);
  if (c.catalogVersion.text !== String(issued.catalogVersion)) {
    throw control('catalogVersion', `the catalog version was changed to ${quoteValue(c.catalogVersion.text, 20)}: questionnaire ${issued.id} asks the questions of ${sentCatalog}.`);
  }
  if (issued.catalogId !== catalog.id || issued.catalogVersion !== catalog.version) {
    throw control('catalogVersion', `questionnaire ${issued.id} asks the questions of ${sentCatalog}, and this Vetter assesses against ${catalog.id} version ${catalog.version}: send the vendor a new questionnaire.`);
  }

  const asked = issued.questions.map((id) => criterionById(catalog, id)!);
  asked.forEach((criterion, i) => {
    const row = read.rows[i];
    const id = criterion.id;
    const found = row?.id.text ?? '';
    const cell = `${COLUMNS.id}${FIRST_QUESTION_ROW + i}`;
    if (found === '') throw question(cell, `Vetter wrote question ${id} in this row, and its id is gone: rows were added, removed or cleared.`);
    if (found !== id) {
      throw question(cell, issued.questions.includes(found) ? `question ${found} is here, where Vetter wrote ${id}: rows were moved.` : `the question id was changed from ${id} to ${quoteValue(found, 20)}.`);
    }
    if (row!.question.text !== criterion.question.trim()) throw question(row!.question.address, `the text of question ${id} was changed.`);
  });
  const added = read.rows[asked.length];
  if (added) throw question(`${COLUMNS.id}${added.row}`, `a row was added: Vetter wrote ${asked.length} questions, in rows ${FIRST_QUESTION_ROW} to ${FIRST_QUESTION_ROW + asked.length - 1}.`);
  const written = questionsChecksum(read.rows.map((r) => ({ id: r.id.text, question: r.question.text })));
  if (c.checksum.text !== issued.checksum || written !== issued.checksum) {
    throw control('checksum', `the checksum does not match the questions of questionnaire ${issued.id}: the workbook was changed after Vetter wrote it.`);
  }

  const answers: ReturnedAnswerInput[] = [];
  const warnings: string[] = [];
  asked.forEach((criterion, i) => {
    const row = read.rows[i]!;
    const answer = readAnswer(criterion, row.answer, today, RETURN_LIMITS.answerChars);
    if ('error' in answer) throw question(row.answer.address, answer.error);
    const comment = bounded(row.comment.text, RETURN_LIMITS.commentChars, 'comment', row.comment.address);
    const evidenceRef = bounded(row.evidenceRef.text, RETURN_LIMITS.evidenceRefChars, 'evidence reference', row.evidenceRef.address);
    if (answer.value !== null) answers.push({ criterionId: criterion.id, value: answer.value, comment, evidenceRef });
    else if (comment !== null || evidenceRef !== null) {
      warnings.push(`Sheet "${SHEETS.questions}", row ${row.row}: question ${criterion.id} has no answer, so its comment and evidence reference were not imported.`);
    }
  });
  const suppliers = checkSuppliers(read, file);
  if (answers.length === 0 && suppliers.length === 0) throw question(`${COLUMNS.answer}${FIRST_QUESTION_ROW}`, 'no question is answered: there is nothing to import.');
  return { answers, suppliers, warnings };

  function bounded(text: string, max: number, what: string, cell: string): string | null {
    if (text.length > max) throw question(cell, `the ${what} is ${text.length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are kept.`);
    return text === '' ? null : text;
  }
}

/** The Suppliers sheet's rows as suppliers, each cell checked as the suppliers CSV checks it; a bad cell refuses the
 *  workbook, naming the sheet and the cell. */
function checkSuppliers(read: ReturnedWorkbook, file: string): ReturnedSupplierInput[] {
  const out: ReturnedSupplierInput[] = [];
  const seen = new Map<string, number>();
  for (const r of read.suppliers) {
    const at = (cell: { address: string }, problem: string) => refusedAt(file, SHEETS.suppliers, cell.address, problem);
    const name = r.supplier.text;
    if (name === '') throw at(r.supplier, 'the supplier has no name: give its name, or clear the row.');
    if (name.length > 500) throw at(r.supplier, `the name is ${name.length.toLocaleString('en-US')} characters long; a name is at most 500.`);
    if (r.service.text === '') throw at(r.service, `give the service ${quoteValue(name, 60)} provides: pick it from the drop-down.`);
    const service = parseService(r.service.text);
    if (typeof service !== 'string') throw at(r.service, `${service.problem}.`);
    const data = parseDataShared(r.dataShared.text);
    if (!data.ok) throw at(r.dataShared, data.message);
    const country = parseCountryCell(r.country.text);
    if (!country.ok) throw at(r.country, country.message);
    const key = `${vendorNameKey(name)}\u0000${service}`;
    const first = seen.get(key);
    if (first !== undefined) throw at(r.supplier, `the same supplier and service as row ${first}.`);
    seen.set(key, r.row);
    out.push({ row: r.row, name, service, dataShared: data.value, country: country.value });
  }
  return out;
}
