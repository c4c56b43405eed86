// Names in Arabic script (Arabic, Persian). The script writes consonants and long vowels only, so no spelling of
// its words in Latin letters can be derived from it: ملت is "Mellat" on the lists, محمد is "Mohammad", "Muhammad" or
// "Mohamed". What both spellings share is their consonants. A word in Arabic script is therefore read as its
// consonant skeleton, written in capitals so that it stays recognisable as one ("ملت" → "MLT"), and the candidate
// index compares a skeleton with the skeletons of the lists' Latin words ("mellat" → "mlt"), never letter by letter.
import { foldArabicLetters, translateArabicWords } from './arabic-words';
import type { LegalForm } from './legal-forms';

const ARABIC_RE = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;

export function containsArabic(text: string): boolean {
  return ARABIC_RE.test(text);
}

/** Legal forms written in the script, longest first: "شرکت سهامی خاص" (private joint-stock company), "ذ.م.م" (LLC);
 *  matched with their letters folded as the text's are (foldArabicLetters). */
const WRITTEN_LEGAL_FORMS: readonly (readonly [string, LegalForm])[] = [
  ['شرکت سهامی خاص', 'jsc'],
  ['شرکت سهامی عام', 'jsc'],
  ['با مسئولیت محدود', 'ltd'],
  ['سهامی خاص', 'jsc'],
  ['سهامی عام', 'jsc'],
  ['مسئولیت محدود', 'ltd'],
  ['ذات مسؤولية محدودة', 'ltd'],
  ['ذ.م.م', 'ltd'],
  ['المحدودة', 'ltd'],
  ['محدودة', 'ltd'],
  ['مساهمة', 'jsc'],
  ['شرکت', 'co'],
  ['شركة', 'co'],
  ['گروه', 'group'],
  ['مجموعة', 'group'],
];
const LEGAL_FORMS = WRITTEN_LEGAL_FORMS.map(([phrase, form]) => [foldArabicLetters(phrase), form] as const);

/** Consonants as the lists' romanisations write them (Persian values where Arabic and Persian differ: ذ is "z").
 *  Long vowels and the letters that also write them (ا و ی), hamza, ayn and ta marbuta are not consonants here. */
const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', پ: 'p', ت: 't', ث: 's', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', د: 'd', ذ: 'z', ر: 'r', ز: 'z', ژ: 'zh', س: 's',
  ش: 'sh', ص: 's', ض: 'z', ط: 't', ظ: 'z', غ: 'q', ف: 'f', ق: 'q', ک: 'k', ك: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};
const DIGITS = '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
const WORD_RE = /[\u0600-\u06ff\u0750-\u077f]+/gu;
/** The article al- joined to a word: the lists write it apart ("al-Anbiya"), where it is a stop word. */
const ARTICLE_RE = /^ال(?=[\u0600-\u06ff]{2,})/u;

function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, '$1');
}

/** A word in Arabic script as its consonant skeleton, in capitals; digits as digits. */
function skeletonWord(word: string): string {
  let out = '';
  for (const c of word.replace(ARTICLE_RE, '')) {
    const digit = DIGITS.indexOf(c);
    out += digit >= 0 ? String(digit % 10) : (CONSONANTS[c] ?? '');
  }
  return collapse(out).toUpperCase();
}

/**
 * Text with its Arabic-script words read as consonant skeletons in capitals, the words the lists translate in
 * English (arabic-words.ts), and the legal forms written in the script set aside into `legalForms`. Latin parts are
 * left as they are.
 */
export function romaniseArabic(text: string, legalForms: LegalForm[]): string {
  let s = foldArabicLetters(text);
  for (const [phrase, form] of LEGAL_FORMS) {
    // With or without the article: "الشركة" is "the company".
    const re = new RegExp(`(?<![\\p{L}.])(?:ال)?${phrase.replace(/\./g, '\\.')}(?![\\p{L}])`, 'gu');
    s = s.replace(re, () => {
      legalForms.push(form);
      return ' ';
    });
  }
  return translateArabicWords(s).replace(WORD_RE, (w) => ` ${skeletonWord(w)} `);
}

/** Whether a matching token is a consonant skeleton read from Arabic script (romaniseArabic). */
export function isSkeleton(token: string): boolean {
  return /[A-Z]/.test(token);
}

const LATIN_VOWELS = 'aeiouywv';

/** The consonant skeleton of a Latin word as the lists romanise Arabic and Persian names: vowels and the letters
 *  that write them (y, w, v) dropped, "gh" and "q" alike, doubled letters once ("mellat" → "mlt"). */
export function latinSkeleton(token: string): string {
  // One pass: it runs for every new Latin word of a vendor's name while a list carries names in the script.
  let out = '';
  for (let i = 0; i < token.length; i++) {
    let c = token[i] ?? '';
    if (LATIN_VOWELS.includes(c)) continue;
    if (c === 'g' && token[i + 1] === 'h') {
      c = 'q';
      i++;
    }
    if (c !== out[out.length - 1]) out += c;
  }
  return out;
}
