// Reads a returned questionnaire workbook in the questionnaires worker thread (tasks.ts): what it may be is checked
// before the work it guards. The file's size first; then that it is a zip archive, whose every part is unpacked once
// under Vetter's limits (files/zip.ts: zip bombs are refused by their declared and their actual sizes) before exceljs
// reads it whole; then that no cell anywhere holds a formula. What comes back is the cells Vetter wrote there, as
// text: whether they still hold the questionnaire Vetter sent is for returned.ts to say.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Cell, ValueType, Workbook, Worksheet } from 'exceljs';
import { loadExcel } from '../files/excel';
import { looksLikeZip, megabytes, ZipArchive, ZipError } from '../files/zip';
import { quoteValue } from '../visible-text';
import { COLUMNS, CONTROL, type ControlField, FIRST_QUESTION_ROW, FIRST_SUPPLIER_ROW, refused, refusedAt, RETURN_LIMITS, SHEETS, SUPPLIER_COLUMNS, type SupplierColumn } from './layout';
import type { CellRead } from './questions';

/** The cells of a question's row that the checks read. */
export const READ_COLUMNS = ['id', 'question', 'answer', 'comment', 'evidenceRef'] as const;
export type QuestionRow = { row: number } & Record<(typeof READ_COLUMNS)[number], CellRead>;

export type SupplierRowRead = { row: number } & Record<SupplierColumn, CellRead>;

export interface ReturnedWorkbook {
  /** SHA-256 of the file as read, for the audit record. */
  sha256: string;
  control: Record<ControlField, CellRead>;
  /** The rows after the headings, up to the last that holds anything. */
  rows: QuestionRow[];
  /** The Suppliers sheet's rows that hold anything (none from a workbook written before the sheet). */
  suppliers: SupplierRowRead[];
}

const NOT_AN_XLSX = 'it is not an Excel workbook (.xlsx). Import the workbook Vetter wrote, saved as .xlsx.';

export async function readReturnedWorkbook(file: string, name: string, limits = RETURN_LIMITS): Promise<ReturnedWorkbook> {
  const size = fs.statSync(file).size;
  if (size > limits.bytes) {
    throw refused(name, `it is ${megabytes(size)}, more than the ${megabytes(limits.bytes)} a returned questionnaire may be (Vetter writes a few tens of KB).`);
  }
  const bytes = fs.readFileSync(file);
  if (!looksLikeZip(bytes)) throw refused(name, NOT_AN_XLSX);
  await unpackWithinLimits(bytes, name, limits);
  const { Workbook, ValueType } = await loadExcel();
  const workbook = new Workbook();
  try {
    // exceljs types its argument as the Buffer of older @types/node; it is the same bytes.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (err) {
    throw refused(name, `it cannot be read as an Excel workbook (${quoteValue(err instanceof Error ? err.message : String(err), 100)}). Save it again as .xlsx.`);
  }
  for (const sheet of workbook.worksheets) refuseFormulas(sheet, name, ValueType.Formula);
  const questions = sheetNamed(workbook, SHEETS.questions, name);
  const control = sheetNamed(workbook, SHEETS.control, name);
  if (questions.rowCount > limits.rows) {
    throw refusedAt(name, SHEETS.questions, `A${limits.rows + 1}`, `the sheet has ${questions.rowCount.toLocaleString('en-US')} rows; a questionnaire has one per question.`);
  }
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    control: Object.fromEntries(Object.entries(CONTROL).map(([field, address]) => [field, read(control.getCell(address), control, name)])) as Record<ControlField, CellRead>,
    rows: questionRows(questions, name),
    suppliers: supplierRows(workbook.getWorksheet(SHEETS.suppliers), name, limits),
  };
}

/** Every part unpacked once under the limits, so exceljs, which unpacks the archive whole, meets nothing larger. */
async function unpackWithinLimits(bytes: Buffer, name: string, limits: typeof RETURN_LIMITS): Promise<void> {
  try {
    const zip = await ZipArchive.open(bytes, { maxEntries: limits.zipEntries, maxEntryBytes: limits.zipPartBytes, maxTotalBytes: limits.zipTotalBytes });
    if (zip.repeated.length > 0) throw refused(name, `its zip archive stores "${zip.repeated[0]}" twice: it was not saved by a spreadsheet program.`);
    if (!zip.has('xl/workbook.xml')) throw refused(name, NOT_AN_XLSX);
    const parts = [...zip.entries.keys()];
    zip.checkDeclared(parts);
    for (const part of parts) for await (const _chunk of zip.stream(part));
  } catch (err) {
    if (err instanceof ZipError) throw refused(name, `${err.message}.`);
    throw err;
  }
}

function sheetNamed(workbook: Workbook, sheet: string, name: string): Worksheet {
  const found = workbook.getWorksheet(sheet);
  if (!found) throw refused(name, `it has no sheet "${sheet}": it is not a questionnaire Vetter wrote, or the sheet was renamed or deleted.`);
  return found;
}

/** A formula anywhere is refused: an answer is a value the vendor typed or picked, and a formula could run code. */
function refuseFormulas(sheet: Worksheet, name: string, formula: ValueType): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === formula) {
        throw refusedAt(name, sheet.name, cell.address, `it holds a formula (${quoteValue(`=${cell.formula ?? ''}`, 60)}): type the answer itself.`);
      }
    }),
  );
}

function questionRows(sheet: Worksheet, name: string): QuestionRow[] {
  const rows: QuestionRow[] = [];
  for (let r = FIRST_QUESTION_ROW; r <= sheet.rowCount; r++) {
    const row = { row: r } as QuestionRow;
    for (const column of READ_COLUMNS) row[column] = read(sheet.getCell(`${COLUMNS[column]}${r}`), sheet, name);
    rows.push(row);
  }
  while (rows.length > 0 && READ_COLUMNS.every((c) => rows.at(-1)![c].text === '' && rows.at(-1)![c].date === undefined)) rows.pop();
  return rows;
}

/** The filled rows of the Suppliers sheet, each cell as text; rows left blank are skipped. */
function supplierRows(sheet: Worksheet | undefined, name: string, limits: typeof RETURN_LIMITS): SupplierRowRead[] {
  if (!sheet) return [];
  if (sheet.rowCount > limits.supplierRows + 1) {
    throw refusedAt(name, sheet.name, `A${limits.supplierRows + 2}`, `the sheet has ${sheet.rowCount.toLocaleString('en-US')} rows; Vetter reads at most ${limits.supplierRows} suppliers.`);
  }
  const rows: SupplierRowRead[] = [];
  for (let r = FIRST_SUPPLIER_ROW; r <= sheet.rowCount; r++) {
    const row = { row: r } as SupplierRowRead;
    for (const column of Object.keys(SUPPLIER_COLUMNS) as SupplierColumn[]) row[column] = read(sheet.getCell(`${SUPPLIER_COLUMNS[column]}${r}`), sheet, name);
    if (Object.keys(SUPPLIER_COLUMNS).some((c) => row[c as SupplierColumn].text !== '')) rows.push(row);
  }
  return rows;
}

/** A cell as text (rich text joined, a link's text), or its day when it holds a date; an error value is refused. */
function read(cell: Cell, sheet: Worksheet, name: string): CellRead {
  const address = cell.address;
  const value = cell.value;
  if (value === null || value === undefined) return { address, text: '' };
  if (value instanceof Date) {
    const day = value.toISOString().slice(0, 10);
    return { address, text: day, date: day };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { address, text: String(value).trim() };
  if ('richText' in value) return { address, text: value.richText.map((run) => run.text).join('').trim() };
  if ('error' in value) throw refusedAt(name, sheet.name, address, `it holds the error value ${value.error}: type the answer itself.`);
  if ('text' in value && typeof value.text === 'string') return { address, text: value.text.trim() };
  return { address, text: String(cell.text ?? '').trim() };
}
