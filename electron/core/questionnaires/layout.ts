// Where things are in a questionnaire workbook: the writer puts them there and the reader looks for them there, and
// every refusal names the sheet and the cell it is about.
import { VetterError } from '../errors';

export const SHEETS = { instructions: 'Instructions', questions: 'Questions', suppliers: 'Suppliers', control: 'Vetter' } as const;

/** The columns of the Suppliers sheet, all the vendor's to fill: one of its own suppliers per row. Not covered by the
 *  checksum (it covers the questions): the rows are the vendor's answer, checked cell by cell on return. */
export const SUPPLIER_COLUMNS = { supplier: 'A', service: 'B', dataShared: 'C', country: 'D' } as const;
export type SupplierColumn = keyof typeof SUPPLIER_COLUMNS;
export const FIRST_SUPPLIER_ROW = 2;
/** Rows made ready (unlocked, with the service drop-down) for the vendor to fill. */
export const SUPPLIER_ROWS_OFFERED = 40;

/** The columns of the Questions sheet; the vendor fills in the last three. */
export const COLUMNS = {
  id: 'A',
  pillar: 'B',
  question: 'C',
  guidance: 'D',
  evidenceExpected: 'E',
  allowed: 'F',
  answer: 'G',
  comment: 'H',
  evidenceRef: 'I',
} as const;
export type Column = keyof typeof COLUMNS;

/** Row 1 holds the headings; the questions follow. */
export const FIRST_QUESTION_ROW = 2;

/** The cells of the (very hidden) Vetter sheet that tie a workbook to the questionnaire Vetter recorded. */
export const CONTROL = {
  format: 'B1',
  questionnaireId: 'B2',
  vendorId: 'B3',
  vendorName: 'B4',
  catalogId: 'B5',
  catalogVersion: 'B6',
  checksum: 'B7',
} as const;
export type ControlField = keyof typeof CONTROL;

/** Written in CONTROL.format: a workbook without it is no Vetter questionnaire (or one of a layout this Vetter does not read). */
export const FORMAT = 'vetter-questionnaire-1';

/** The drop-down lists: one row of the Vetter sheet per question, from this row, the question id in column A. */
export const FIRST_LIST_ROW = 10;

/**
 * What a returned workbook may be. A questionnaire Vetter writes is a few tens of KB with one row per question: these
 * leave room for any spreadsheet program's re-save and refuse the rest before it is read.
 */
export const RETURN_LIMITS = {
  bytes: 5 * 1024 * 1024,
  zipEntries: 500,
  zipPartBytes: 20 * 1024 * 1024,
  zipTotalBytes: 64 * 1024 * 1024,
  /** Rows of the Questions sheet. */
  rows: 1000,
  answerChars: 4000,
  commentChars: 2000,
  evidenceRefChars: 500,
  /** Rows of the Suppliers sheet. */
  supplierRows: 200,
};

/** A workbook refused because of one cell: the message names the file, the sheet and the cell; nothing is written. */
export function refusedAt(file: string, sheet: string, cell: string, problem: string): VetterError {
  return new VetterError('bad_file', `${file}: sheet "${sheet}", cell ${cell}: ${problem} Nothing was imported.`, { sheet, cell });
}

/** A workbook refused as a whole (too large, not a workbook, a sheet missing). */
export function refused(file: string, problem: string): VetterError {
  return new VetterError('bad_file', `${file}: ${problem} Nothing was imported.`);
}
