// Questionnaires in plain words: the languages a workbook is written in, and what a return holds.
import type { Output, QuestionnaireLang } from '../../../electron/core/contract';

export type Review = Output<'questionnaires.review'>;
export type Sent = Review['sent'][number];
export type Returned = Review['pending'][number];

export const LANG_LABELS: Record<QuestionnaireLang, string> = {
  en: 'English',
  'en+zh': 'English and Simplified Chinese (简体中文)',
};
