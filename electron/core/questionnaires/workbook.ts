// The questionnaire as an Excel workbook (exceljs): the instructions; one row per question with its id, area,
// guidance and the evidence expected; an answer cell with a drop-down of the allowed answers, a comment cell and an
// evidence-reference cell, the only cells left unlocked; and a very hidden sheet tying the workbook to the
// questionnaire Vetter recorded (its id, the vendor id, the catalog version, the checksum of the questions) and
// holding the drop-downs' lists. Sheet protection has no password: it keeps the questions from being changed by
// mistake; a change made on purpose is caught on return by the checks of returned.ts.
import type { DataValidation, Worksheet } from 'exceljs';
import { PILLAR_LABELS, type Criterion } from '../assessment/catalog';
import { loadExcel } from '../files/excel';
import { columnLetter } from '../vendors/table-common';
import { COLUMNS, CONTROL, FIRST_LIST_ROW, FIRST_QUESTION_ROW, FIRST_SUPPLIER_ROW, FORMAT, RETURN_LIMITS, SHEETS, SUPPLIER_COLUMNS, SUPPLIER_ROWS_OFFERED } from './layout';
import { SERVICES } from '../vendors/vocabulary';
import { allowedAnswers, pickList, type QuestionnaireContent, questionnaireFacts } from './questions';
import { ENGLISH_ONLY, HEADINGS, HOW_TO, inLang, NOT_IN_LIST, type QuestionnaireLang, STEPS, SUPPLIER_HEADINGS, SUPPLIER_STEP, TITLE, type Words } from './texts';

/** Protected, but the columns and rows can still be resized for reading. */
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

const WIDTHS: Record<keyof typeof COLUMNS, number> = {
  id: 6,
  pillar: 18,
  question: 60,
  guidance: 36,
  evidenceExpected: 44,
  allowed: 30,
  answer: 30,
  comment: 40,
  evidenceRef: 30,
};

/** The cells the vendor fills in stand out. */
const TO_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } } as const;
const HEADING_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } } as const;

export async function questionnaireWorkbook(q: QuestionnaireContent): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Vetter';
  workbook.title = `${TITLE.en} ${q.id}`;
  const instructions = workbook.addWorksheet(SHEETS.instructions);
  const questions = workbook.addWorksheet(SHEETS.questions, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const suppliers = workbook.addWorksheet(SHEETS.suppliers, { views: [{ state: 'frozen', ySplit: 1 }] });
  const control = workbook.addWorksheet(SHEETS.control, { state: 'veryHidden' });
  writeInstructions(instructions, q);
  writeControl(control, q);
  writeQuestions(questions, q);
  writeSuppliers(suppliers, q.lang);
  for (const sheet of [instructions, questions, suppliers, control]) await sheet.protect('', PROTECTION);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(sheet: Worksheet, q: QuestionnaireContent): void {
  const zh = q.lang === 'en+zh';
  // English in column A and, side by side, Chinese in column B.
  sheet.columns = zh ? [{ width: 70 }, { width: 55 }] : [{ width: 90 }];
  const line = (words: Words, style: { bold?: boolean; size?: number } = {}) => {
    const row = sheet.addRow(zh ? [words.en, words.zh] : [words.en]);
    row.font = style;
    row.alignment = { wrapText: true, vertical: 'top' };
  };
  line(TITLE, { bold: true, size: 14 });
  sheet.addRow([]);
  for (const [label, value] of questionnaireFacts(q)) line({ en: `${label.en}: ${value}`, zh: `${label.zh}：${value}` });
  sheet.addRow([]);
  line(HOW_TO, { bold: true });
  [...STEPS, SUPPLIER_STEP].forEach((step, i) => line({ en: `${i + 1}. ${step.en}`, zh: `${i + 1}. ${step.zh}` }));
  if (zh) {
    sheet.addRow([]);
    line(ENGLISH_ONLY, { bold: true });
  }
}

function writeControl(sheet: Worksheet, q: QuestionnaireContent): void {
  const values: Record<keyof typeof CONTROL, [string, string | number]> = {
    format: ['Format', FORMAT],
    questionnaireId: ['Questionnaire id', q.id],
    vendorId: ['Vendor id', q.vendor.id],
    vendorName: ['Vendor', q.vendor.legalName],
    catalogId: ['Catalog', q.catalog.id],
    catalogVersion: ['Catalog version', q.catalog.version],
    checksum: ['Checksum (SHA-256 of the question ids and texts)', q.checksum],
  };
  for (const [field, [label, value]] of Object.entries(values) as [keyof typeof CONTROL, [string, string | number]][]) {
    const cell = sheet.getCell(CONTROL[field]);
    cell.value = value;
    sheet.getCell(`A${cell.row}`).value = label;
  }
  q.questions.forEach((c, i) => {
    sheet.getRow(FIRST_LIST_ROW + i).values = [c.id, ...pickList(c)];
  });
}

function writeQuestions(sheet: Worksheet, q: QuestionnaireContent): void {
  const keys = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  sheet.columns = keys.map((k) => ({ key: k, width: WIDTHS[k] }));
  const heading = sheet.getRow(1);
  heading.values = keys.map((k) => inLang(HEADINGS[k], q.lang));
  heading.font = { bold: true };
  heading.alignment = { wrapText: true, vertical: 'top' };
  heading.eachCell((cell) => {
    cell.fill = HEADING_FILL;
  });
  q.questions.forEach((c, i) => {
    const row = sheet.getRow(FIRST_QUESTION_ROW + i);
    row.values = {
      id: c.id,
      pillar: PILLAR_LABELS[c.pillar],
      question: c.question,
      guidance: c.guidance ?? '',
      evidenceExpected: c.evidenceExpected,
      allowed: allowedAnswers(c, q.lang),
    };
    row.alignment = { wrapText: true, vertical: 'top' };
    const fill = (column: 'answer' | 'comment' | 'evidenceRef', validation: DataValidation) => {
      const cell = sheet.getCell(`${COLUMNS[column]}${row.number}`);
      cell.protection = { locked: false };
      cell.fill = TO_FILL;
      cell.dataValidation = validation;
      return cell;
    };
    const answer = fill('answer', answerValidation(c, FIRST_LIST_ROW + i, q.lang));
    if (c.answerType === 'date') answer.numFmt = 'yyyy-mm-dd';
    fill('comment', maxLength(RETURN_LIMITS.commentChars));
    fill('evidenceRef', maxLength(RETURN_LIMITS.evidenceRefChars));
  });
}

/** The vendor's own suppliers: a heading row, then rows ready to fill (the service from a drop-down of the vendors'
 *  kinds of service, which hold no comma, so the list is written inline). */
function writeSuppliers(sheet: Worksheet, lang: QuestionnaireLang): void {
  const keys = Object.keys(SUPPLIER_COLUMNS) as (keyof typeof SUPPLIER_COLUMNS)[];
  sheet.columns = keys.map((k) => ({ key: k, width: k === 'dataShared' ? 50 : 30 }));
  const heading = sheet.getRow(1);
  heading.values = keys.map((k) => inLang(SUPPLIER_HEADINGS[k], lang));
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.fill = HEADING_FILL;
  });
  for (let r = FIRST_SUPPLIER_ROW; r < FIRST_SUPPLIER_ROW + SUPPLIER_ROWS_OFFERED; r++) {
    for (const k of keys) {
      const cell = sheet.getCell(`${SUPPLIER_COLUMNS[k]}${r}`);
      cell.protection = { locked: false };
      cell.fill = TO_FILL;
      cell.dataValidation =
        k === 'service'
          ? { type: 'list', formulae: [`"${SERVICES.join(',')}"`], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: inLang(NOT_IN_LIST, lang, ' ') }
          : maxLength(k === 'dataShared' ? 1000 : 500);
    }
  }
}

const maxLength = (chars: number): DataValidation => ({
  type: 'textLength',
  operator: 'lessThanOrEqual',
  formulae: [chars],
  allowBlank: true,
  showErrorMessage: true,
  error: `At most ${chars} characters.`,
});

/**
 * A drop-down over the question's row of the Vetter sheet (a list written inline could not hold labels with commas or
 * quotes). Where several answers are allowed, a value off the list only warns: "a; b" is a value no list holds.
 */
function answerValidation(c: Criterion, listRow: number, lang: QuestionnaireLang): DataValidation {
  if (c.answerType === 'date') {
    return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1990, 0, 1))], allowBlank: true, showErrorMessage: true, error: 'Write a date as YYYY-MM-DD.' };
  }
  if (c.answerType === 'text' || !c.options) return maxLength(RETURN_LIMITS.answerChars);
  // The picks run from column B (index 1) to the column of index options.length.
  const last = columnLetter(c.options.length);
  return {
    type: 'list',
    formulae: [`${SHEETS.control}!$B$${listRow}:$${last}$${listRow}`],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: c.multiple ? 'warning' : 'stop',
    error: inLang(NOT_IN_LIST, lang, ' '),
  };
}
