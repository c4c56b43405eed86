// The words of a questionnaire that are Vetter's own (headings, instructions, how to write an answer), in English
// and Simplified Chinese. The questions, guidance, evidence and answers are the criteria catalog's, in English only:
// audit criteria are not translated by machine, and the catalog has no reviewed Chinese text.
import type { Column } from './layout';

export const QUESTIONNAIRE_LANGS = ['en', 'en+zh'] as const;
export type QuestionnaireLang = (typeof QUESTIONNAIRE_LANGS)[number];

export interface Words {
  en: string;
  zh: string;
}

/** English, or English and Chinese one under the other (`separator`). */
export function inLang(words: Words, lang: QuestionnaireLang, separator = '\n'): string {
  return lang === 'en' ? words.en : `${words.en}${separator}${words.zh}`;
}

export const LANG_NAMES: Record<QuestionnaireLang, string> = { en: 'English', 'en+zh': 'English and Simplified Chinese (简体中文)' };

export const HEADINGS: Record<Column, Words> = {
  id: { en: 'Id', zh: '编号' },
  pillar: { en: 'Area', zh: '评估维度' },
  question: { en: 'Question', zh: '问题' },
  guidance: { en: 'Guidance', zh: '填写指引' },
  evidenceExpected: { en: 'Evidence expected', zh: '应提供的证据' },
  allowed: { en: 'Allowed answers', zh: '可选答案' },
  answer: { en: 'Answer', zh: '答案' },
  comment: { en: 'Comment', zh: '说明' },
  evidenceRef: { en: 'Evidence reference', zh: '证据出处' },
};

export const TITLE: Words = { en: 'Vendor assessment questionnaire', zh: '供应商评估问卷' };

export const FACTS = {
  sentTo: { en: 'Sent to', zh: '发送对象' },
  sentBy: { en: 'Sent by', zh: '发送人' },
  sentAt: { en: 'Date sent', zh: '发送日期' },
  id: { en: 'Questionnaire id', zh: '问卷编号' },
  criteria: { en: 'Criteria', zh: '评估标准' },
  questions: { en: 'Questions', zh: '问题数量' },
} satisfies Record<string, Words>;

export const HOW_TO: Words = { en: 'How to answer', zh: '填写说明' };

export const STEPS: Words[] = [
  {
    en: 'Answer each question on the "Questions" sheet in the Answer column (G): pick the answer from the drop-down list.',
    zh: '请在“Questions”工作表的“答案”列（G 列）中作答：从下拉列表中选择答案。',
  },
  {
    en: 'Where a question allows several answers, write them in the one cell separated by ";" (semicolon), spelled exactly as in the list.',
    zh: '如某问题允许多个答案，请在同一单元格内填写，用英文分号“;”分隔，写法须与下拉列表完全一致。',
  },
  { en: 'Write dates as YYYY-MM-DD, for example 2026-03-31.', zh: '日期请按 YYYY-MM-DD 格式填写，例如 2026-03-31。' },
  {
    en: 'Explain an answer in the Comment column (H), and name the document that supports it in the Evidence reference column (I): a file name, a page or section, or a link. Send those documents with the workbook.',
    zh: '可在“说明”列（H 列）中解释答案，并在“证据出处”列（I 列）中注明支持该答案的文件：文件名、页码或章节，或链接。请将相关文件与本工作簿一并发回。',
  },
  { en: 'A question left blank counts as not answered.', zh: '留空的问题视为未作答。' },
  {
    en: 'Leave every other cell as it is: do not add, remove or move rows, rename sheets or type formulas. A workbook whose questions were changed is refused on return, naming the cell.',
    zh: '请勿改动其他单元格：不要增加、删除或移动行，不要重命名工作表，也不要输入公式。问题被改动的工作簿在发回后将被拒收，并指明所涉单元格。',
  },
  { en: 'Save the workbook as an Excel workbook (.xlsx) and send it back to the sender.', zh: '请将工作簿保存为 Excel 工作簿（.xlsx）格式，并发回给发送人。' },
];

export const ENGLISH_ONLY: Words = {
  en: 'The questions, guidance and answers are in English only: Vetter does not translate audit criteria.',
  zh: '问题、填写指引及答案仅提供英文版本：Vetter 不翻译审计标准。',
};

/** What the Allowed answers column says of answers that are not a single pick from the list. */
export const ANSWER_HINTS = {
  several: { en: 'One or more; separate several with ";"', zh: '可选一项或多项；多项之间用“;”分隔' },
  date: { en: 'A date, YYYY-MM-DD, not after today', zh: '日期，格式 YYYY-MM-DD，不得晚于填写当日' },
  text: { en: 'Your answer in words', zh: '请用文字作答' },
} satisfies Record<string, Words>;

/** The drop-down's message when a value is not in its list. */
export const NOT_IN_LIST: Words = { en: 'Pick an answer from the list.', zh: '请从列表中选择答案。' };

/** The Suppliers sheet: its headings, and the instruction the workbook adds for it. */
export const SUPPLIER_HEADINGS: Record<'supplier' | 'service' | 'dataShared' | 'country', Words> = {
  supplier: { en: 'Supplier', zh: '供应商' },
  service: { en: 'Service', zh: '服务' },
  dataShared: { en: 'Data shared', zh: '共享的数据' },
  country: { en: 'Country', zh: '国家/地区' },
};

export const SUPPLIER_STEP: Words = {
  en: 'On the "Suppliers" sheet, list your own suppliers that serve us through you (hosting, sub-processors, AI models or APIs you build on): one per row, its service from the drop-down, the data that flows to it (the categories of the Data shared list, separated by ";"), and its country (a two-letter code such as US, or the English name).',
  zh: '请在“Suppliers”工作表中列出通过贵方为我方提供服务的贵方供应商（托管、子处理方、贵方所依赖的 AI 模型或 API）：每行一个，从下拉列表中选择服务，填写流向该供应商的数据（数据类别，多项用“;”分隔），以及其所在国家/地区（如 US 等两位代码，或英文名称）。',
};
