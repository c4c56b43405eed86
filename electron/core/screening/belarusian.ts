// Belarusian company names in Latin letters, read the way the lists romanise the same names from Russian (since
// matcher 2026.12-17). Belarus registers its companies in Belarusian, and its national romanisation writes г as "h"
// where the Russian form has "g", е as "ie", ё as "io", я as "ia", ў as "ŭ", х as "ch" and ч as "č": AAT "Hrodna
// Azot" and AAT "Bielaruskalij" are the listed GRODNO AZOT and BELARUSKALI. Belarusian also writes "a" where Russian
// has an unstressed "o" (Hrodna, Grodno; Chimvalakno, KHIMVOLOKNO); which "a" that is, only the stress says, so the
// name is read once with every "a" kept and once with every "a" after a word's first letter as "o" (in a word of four
// letters or more): one "a" differing is left to the fuzzy match of words, two are not (Khimvalakno).
import { placeKind } from './places';

/** A Belarusian legal form (open and closed joint-stock company, limited company) or the letter ў: a name written in
 *  Belarus. Other names are never read so: "h" and "ie" are Czech and Polish spellings as well. */
const BELARUSIAN_RE = /(?<![\p{L}\p{N}])(?:aat|zat|taa)(?![\p{L}\p{N}])|ŭ/iu;
/** Letters of the national romanisation beyond ASCII: with them "ch" is х; without them the name may be in BGN's
 *  romanisation, where "ch" is ч. */
const NATIONAL_RE = /[čšžśćźĺńŭ]/u;
const NATIONAL_LETTERS: Readonly<Record<string, string>> = { č: 'ch', š: 'sh', ž: 'zh', ś: 's', ć: 'ts', ź: 'z', ĺ: 'l', ń: 'n', ŭ: 'v' };
const WORD_RE = /\p{L}+/gu;

/** One word as the lists romanise it from Russian. */
function russianSpelling(word: string, national: boolean): string {
  // The national "ch" is х, "kh" in the Russian romanisation: turned before "č" (ч) becomes "ch".
  const latin = (national ? word.replace(/ch/g, 'kh') : word).replace(/[čšžśćźĺńŭ]/gu, (c) => NATIONAL_LETTERS[c] ?? c);
  return (
    latin
      // г: an "h" that is not the second letter of kh, ch, sh or zh.
      .replace(/(?<![kcsz])h/g, 'g')
      // е, ё, я, ю after a consonant: "ie" and "io" as "e" (ё as the lists write it: Mogilev), "ia" as "ya", "iu" as "yu".
      .replace(/(?<=[bcdfgklmnprstvz])i[eo]/g, 'e')
      .replace(/(?<=[bcdfgklmnprstvz])i([au])/g, 'y$1')
  );
}

/** The name as the lists would romanise it from Russian, in lower case: with its "a" kept, and with every "a" after
 *  a word's first letter as "o"; none for a name not written in Belarus, and only the readings that differ from it.
 *  The places the name ends with stay as they are: the gazetteer spells Belarusian towns the Belarusian way
 *  (Salihorsk), and they come off the name as its address. */
export function belarusianReadings(name: string): string[] {
  if (!BELARUSIAN_RE.test(name)) return [];
  const text = name.normalize('NFC').toLowerCase();
  const national = NATIONAL_RE.test(text);
  const words = [...text.matchAll(WORD_RE)];
  let address = words.length;
  while (address > 1 && placeKind([words[address - 1]?.[0] ?? '']) !== null) address--;
  const read = (akanne: boolean): string => {
    let i = 0;
    return text.replace(WORD_RE, (word) => {
      if (i++ >= address) return word;
      const russian = russianSpelling(word, national);
      // Not in a word of three letters or fewer: the legal forms (AAT) and acronyms.
      return akanne && russian.length >= 4 ? russian[0] + russian.slice(1).replace(/a/g, 'o') : russian;
    });
  };
  return [...new Set([read(false), read(true)])].filter((r) => r !== text);
}
