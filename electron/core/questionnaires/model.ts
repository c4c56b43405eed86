// Questionnaires: a vendor's questions sent as a workbook, and the answers the vendor returned in it, kept as a
// vendor-submitted draft beside the analyst's answers until the analyst accepts (or dismisses) each.
import { z } from 'zod';
import { download, fileRef } from '../schemas';
import { supplierFields } from '../suppliers/model';
import { QUESTIONNAIRE_LANGS } from './texts';

export { LANG_NAMES, QUESTIONNAIRE_LANGS, type QuestionnaireLang } from './texts';

export const sentQuestionnaire = z.object({
  id: z.string(),
  vendorId: z.string(),
  lang: z.enum(QUESTIONNAIRE_LANGS),
  catalog: z.object({ id: z.string(), version: z.number() }),
  /** The criterion ids asked, in the workbook's order. */
  questions: z.array(z.string()),
  /** SHA-256 of the question ids and texts, written in the workbook too. */
  checksum: z.string(),
  sentBy: z.string(),
  sentAt: z.string(),
  /** When a workbook returned for it was last imported; null while none was. */
  returnedAt: z.string().nullable(),
});
export type SentQuestionnaire = z.infer<typeof sentQuestionnaire>;

/** One answer of a returned workbook, waiting for the analyst. Never verified: the vendor says it, nobody checked it. */
export const returnedAnswer = z.object({
  returnId: z.string(),
  questionnaireId: z.string(),
  criterionId: z.string(),
  value: z.union([z.string(), z.array(z.string())]),
  comment: z.string().nullable(),
  evidenceRef: z.string().nullable(),
  fileName: z.string(),
  importedBy: z.string(),
  importedAt: z.string(),
});
export type ReturnedAnswer = z.infer<typeof returnedAnswer>;

/** One supplier a returned workbook lists, waiting for the analyst like the answers: never written without acceptance. */
export const returnedSupplier = supplierFields.extend({
  returnId: z.string(),
  questionnaireId: z.string(),
  /** Its row on the workbook's Suppliers sheet. */
  row: z.number(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type ReturnedSupplier = z.infer<typeof returnedSupplier>;

export const questionnaireReview = z.object({
  /** The questionnaires sent to the vendor, the latest first. */
  sent: z.array(sentQuestionnaire),
  /** The answers of the latest returned workbook that are neither accepted nor dismissed yet, in catalog order. */
  pending: z.array(returnedAnswer),
  /** The suppliers it lists that are neither accepted nor dismissed yet, by row. */
  pendingSuppliers: z.array(returnedSupplier),
});
export type QuestionnaireReview = z.infer<typeof questionnaireReview>;

export const sendInput = z.object({ vendorId: z.string().min(1), lang: z.enum(QUESTIONNAIRE_LANGS) });

export const sendOutput = z.object({ questionnaire: sentQuestionnaire, workbook: download });

/** The most questionnaires one bulk send writes (a zip of workbooks of some tens of KB each). */
export const MAX_BULK_QUESTIONNAIRES = 500;

export const sendManyInput = z.object({
  vendorIds: z.array(z.string().min(1)).min(1, 'Tick the vendors to send questionnaires to').max(MAX_BULK_QUESTIONNAIRES, `At most ${MAX_BULK_QUESTIONNAIRES} vendors at once`),
  lang: z.enum(QUESTIONNAIRE_LANGS),
});

/** The questionnaires recorded, and one zip holding each one's workbook under its own name. */
export const sendManyOutput = z.object({ questionnaires: z.array(sentQuestionnaire), zip: download });

export const importInput = z.object({
  file: fileRef,
  /** Imported on this vendor's page: a workbook sent to another vendor is refused. */
  vendorId: z.string().min(1).optional(),
});

export const importOutput = z.object({
  questionnaireId: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  /** The answers imported (questions left blank are not). */
  answers: z.number(),
  /** The suppliers its Suppliers sheet lists, waiting for review like the answers. */
  suppliers: z.number(),
  /** What was read but not kept (a comment on a question left blank), each naming its cell. */
  warnings: z.array(z.string()),
});
export type ImportOutput = z.infer<typeof importOutput>;

/** Some answers of one returned workbook: the return shown is the one decided on, not a newer one imported meanwhile. */
export const decideInput = z.object({
  vendorId: z.string().min(1),
  returnId: z.string().min(1),
  criterionIds: z.array(z.string().min(1).max(20)).min(1, 'Choose at least one answer').max(200),
});

/** Some suppliers of one returned workbook, by their rows on its Suppliers sheet. */
export const decideSuppliersInput = z.object({
  vendorId: z.string().min(1),
  returnId: z.string().min(1),
  rows: z.array(z.number().int().min(1)).min(1, 'Choose at least one supplier').max(200),
});
