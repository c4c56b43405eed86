// Persian and Arabic names in Latin letters differ most in their vowels. Arabic script writes short vowels not at
// all, so each hand supplies its own: the Persian way ("Hekmat", "Emam", "Mehdi", "Hossein", "Qods") or the Arabic
// way ("Hikmat", "Imam", "Mahdi", "Husayn", "Quds"), and Persian writes a long o as "ow" ("Jowza", "Nowsazi"). Since
// 2026.12-24 a word of a listed name of an Iranian or Arab entry is also filed under its vowel-blind key, and a
// vendor's word with that key reaches it as surely as a word that sounds the same (candidate-index.ts). English
// words take no part on either side: "HOMES" is not "HAMAS".

/** Where the lists' names are Persian or Arabic in Latin letters: Iran, Afghanistan, Tajikistan (Persian in Cyrillic
 *  letters at home), Pakistan, the Arab states. */
export const PERSIAN_ARABIC_COUNTRIES: ReadonlySet<string> = new Set([
  'IR', 'AF', 'TJ', 'PK', 'AE', 'BH', 'DZ', 'DJ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS',
  'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE',
]);

/** Words of three letters differ in a vowel too often to mean the same ("ali", "ala"). */
const MIN_LETTERS = 4;

/** Letter groups written for one sound by different hands, in the order they are replaced. */
const SOUNDS: readonly (readonly [RegExp, string])[] = [
  // "ow" for a long o before a consonant or at the end ("Jowza", "Khosrow").
  [/ow(?![aeiou])/g, 'o'],
  [/dj|dzh/g, 'j'],
  [/kh/g, 'x'],
  // ق and غ, which Persian both writes "gh" and Arabic "q" and "gh" ("Ghods", "Qods").
  [/gh|q/g, 'q'],
  [/ph/g, 'f'],
  // A y between a vowel and a consonant or the end is the vowel's ("Husayn", "Hosein").
  [/([aeiou])y(?![aeiou])/g, '$1'],
];

/** The key two spellings of one Persian or Arabic word share: its consonants as above, letters written twice once,
 *  every run of vowels one mark ("Hekmat" and "Hikmat": "h_km_t"). Null for a word too short, with a digit, or
 *  with nothing but vowels between too few consonants to tell it from others. */
export function vowelBlindKey(token: string): string | null {
  if (token.length < MIN_LETTERS || /[^a-z]/.test(token)) return null;
  let s = token;
  for (const [re, to] of SOUNDS) s = s.replace(re, to);
  let key = '';
  let consonants = 0;
  for (const c of s) {
    const mark = 'aeiou'.includes(c) ? '_' : c;
    if (mark === key[key.length - 1]) continue;
    if (mark !== '_') consonants++;
    key += mark;
  }
  return consonants >= 2 ? key : null;
}
