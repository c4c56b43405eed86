// What a questionnaire asks: the catalog's criteria that an analyst answers and that apply to the vendor's services,
// the answers each answer cell allows, how a returned cell reads as an answer, and the checksum tying a workbook to
// exactly those questions.
import { createHash } from 'node:crypto';
import { type Criterion, type CriteriaCatalog, criterionApplies } from '../assessment/catalog';
import { answerRisk } from '../scoring/engine';
import { quoteValue } from '../visible-text';
import { ANSWER_HINTS, FACTS, inLang, type QuestionnaireLang, type Words } from './texts';

/** The questions a vendor with these services is asked, in catalog order (criteria read from the vendor record are not asked). */
export function questionsFor(catalog: CriteriaCatalog, services: readonly string[]): Criterion[] {
  return catalog.criteria.filter((c) => c.source === 'answer' && criterionApplies(c, services));
}

/**
 * SHA-256 of the question ids and texts (trimmed, as a cell reads back), in order: the questions of a workbook whose
 * questions were changed no longer match it.
 */
export function questionsChecksum(questions: readonly { id: string; question: string }[]): string {
  return createHash('sha256')
    .update(JSON.stringify(questions.map((q) => [q.id, q.question.trim()])))
    .digest('hex');
}

/** Several answers to one question share a cell, separated by this. */
export const SEVERAL = ';';

/** The picks of a drop-down: the option labels, as the vendor reads them (answers map back to option values). */
export const pickList = (c: Criterion): string[] => (c.options ?? []).map((o) => o.label);

/** What the Allowed answers column says of a question. */
export function allowedAnswers(c: Criterion, lang: QuestionnaireLang): string {
  if (c.answerType === 'date') return inLang(ANSWER_HINTS.date, lang);
  if (c.answerType === 'text' || !c.options) return inLang(ANSWER_HINTS.text, lang);
  const labels = pickList(c).join('\n');
  return c.multiple ? `${inLang(ANSWER_HINTS.several, lang)}:\n${labels}` : labels;
}

/** A cell of a returned workbook as the reader found it. */
export interface CellRead {
  /** "G7". */
  address: string;
  /** The cell's text, trimmed; empty when blank. */
  text: string;
  /** The day (YYYY-MM-DD) when the cell holds a date. */
  date?: string;
}

export type AnswerValue = string | string[];

/** An answer cell read as the criterion's stored value (null: left blank), or why it cannot be one. */
export function readAnswer(c: Criterion, cell: CellRead, today: string, maxChars: number): { value: AnswerValue | null } | { error: string } {
  if (cell.text === '' && cell.date === undefined) return { value: null };
  if (c.answerType === 'date') {
    const day = cell.date ?? (/^\d{4}-\d{2}-\d{2}$/.test(cell.text) ? cell.text : null);
    if (day === null) return { error: `${quoteValue(cell.text, 60)} is not a date: write it as YYYY-MM-DD.` };
    const checked = answerRisk(c, { value: day, verified: false, evidence: 0, answeredAt: null }, today);
    return 'error' in checked ? { error: `${checked.error}.` } : { value: day };
  }
  if (c.answerType === 'text' || !c.options) {
    return cell.text.length > maxChars ? { error: `the answer is ${cell.text.length} characters long; at most ${maxChars} are kept.` } : { value: cell.text };
  }
  const parts = c.multiple ? cell.text.split(SEVERAL).map((p) => p.trim()).filter(Boolean) : [cell.text];
  const values: string[] = [];
  for (const part of parts) {
    const option = c.options.find((o) => o.label.toLowerCase() === part.toLowerCase());
    if (!option) return { error: `${quoteValue(part, 60)} is not one of the answers allowed to ${c.id} (${pickList(c).join('; ')}).` };
    if (!values.includes(option.value)) values.push(option.value);
  }
  return { value: c.multiple ? values : values[0]! };
}

/** A questionnaire as it is sent: the workbook and its PDF copy are both made from this. */
export interface QuestionnaireContent {
  id: string;
  vendor: { id: string; legalName: string };
  lang: QuestionnaireLang;
  catalog: { id: string; name: string; version: number };
  questions: readonly Criterion[];
  checksum: string;
  sentBy: string;
  sentAt: string;
}

/** The facts at the head of the instructions, each with its label in both languages. */
export function questionnaireFacts(q: QuestionnaireContent): [Words, string][] {
  return [
    [FACTS.sentTo, q.vendor.legalName],
    [FACTS.sentBy, q.sentBy],
    [FACTS.sentAt, q.sentAt.slice(0, 10)],
    [FACTS.id, q.id],
    [FACTS.criteria, `${q.catalog.name}, version ${q.catalog.version}`],
    [FACTS.questions, String(q.questions.length)],
  ];
}
