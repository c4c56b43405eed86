// Similarity of two normalised tokens, shared by the candidate index and the scorer so that both agree on which
// tokens can match at all.
import { FUZZY_MIN_LENGTH } from './deletion-index';
import { osaDistance } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';

/** What two tokens that sound alike under common romanisation differences score when spelling says less. */
export const SAME_SOUND_SIMILARITY = 0.9;

const DIGIT = /\d/;
/** Tokens at least this long that sound the same may differ in length by up to four letters (else two). */
const SAME_SOUND_LONG = 6;

/** Jaro-Winkler from which two different tokens may match. */
const JARO_WINKLER_FLOOR = 0.88;
/** Least similarity of a fuzzy match; anything weaker is no match. */
const SIMILARITY_FLOOR = 0.7;
/** What one edit costs per letter of the longer token (see editSimilarity). */
const EDIT_COST = 1.2;

/**
 * Similarity from the number of edits (insertions, deletions, substitutions, adjacent swaps): one edit costs 1.2
 * letters' worth, so one typo leaves a 5-letter word at 0.76, an 8-letter word at 0.85, a 12-letter word at 0.90.
 * Two edits count only in words of nine letters or more. Jaro-Winkler alone misjudges some single typos (it
 * pairs letters greedily: "sefari"/"safari" 0.84, "nvgorodnefteproduct"/"novgorodnefteproduct" 0.87).
 */
function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  const maxEdits = longer >= 9 ? 2 : 1;
  const edits = osaDistance(a, b, maxEdits);
  return edits > maxEdits ? 0 : 1 - (EDIT_COST * edits) / longer;
}

/**
 * 1 for equal tokens, 0 for unrelated ones, otherwise the better of two readings of a near-spelling: Jaro-Winkler
 * stretched from [0.88, 1] to [0.76, 1] (to [0.70, 1] in words of five letters or fewer, where a changed letter
 * usually makes another word: "intel"/"inter"), and the edit similarity above. Below 0.7 there is no match.
 * Tokens that differ in length by more than two letters are never fuzzy matches (one is then a part of the other:
 * "gemini" in "capgemini"); short tokens and tokens with digits must be equal (another acronym or number).
 * `sameSound`: the tokens have the same phonetic key (see phoneticKey), which lifts the score to at least 0.9
 * (in words of four letters only when the lengths differ by at most one).
 */
export function tokenSimilarity(a: string, b: string, sameSound = false): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  const shorter = Math.min(la, lb);
  // Romanisations that sound the same may differ by more letters ("Swjosdotschka"/"Zvezdochka").
  if (shorter < FUZZY_MIN_LENGTH || Math.abs(la - lb) > (sameSound && shorter >= SAME_SOUND_LONG ? 4 : 2)) return 0;
  if (DIGIT.test(a) || DIGIT.test(b)) return 0;
  const jw = jaroWinkler(a, b);
  const byJw = jw < JARO_WINKLER_FLOOR ? 0 : 1 - (shorter <= 5 ? 2.5 : 2) * (1 - jw);
  const s = Math.max(byJw, byJw >= 0.94 ? 0 : editSimilarity(a, b));
  // Phonetic keys collapse too much for a short word of quite another length ("tata" and "taatta" share one).
  if (sameSound && (shorter >= 5 || Math.abs(la - lb) <= 1)) return Math.max(s, SAME_SOUND_SIMILARITY);
  return s < SIMILARITY_FLOOR ? 0 : s;
}

/** Spelling differences between romanisations of the same sound (Russian, Arabic, Persian, Chinese names written
 *  by different hands): "Aqsa"/"Aksa", "Tsentr"/"Centr", "Djamal"/"Jamal", "Phenix"/"Feniks". Since 2026.12-10 the
 *  German romanisation of Russian too: "j" for й and for the "y" of я, е, ё ("Baltijskaja"/"Baltiyskaya",
 *  "Mekhanicheskii"/"Mehanicheskij"), where pinyin, whose "j" always comes before "i" or "u", never writes one;
 *  "shch" and "sch" for щ; and "kh", "ch" and "c" alike at a word's end. Each rule names the letters it needs: most
 *  rules find nothing in a word, and looking for those letters first is cheaper than running the pattern. */
const SOUND_RULES: readonly [RegExp, string, string][] = [
  // The Polish romanisation of Russian (since 2026.12-11): "sz" for ш, "cz" for ч ("Tułamaszzawod", "Czelabinsk");
  // pinyin writes neither.
  [/sz/g, 'sh', 'sz'],
  [/cz/g, 'ch', 'cz'],
  [/dzh|dj/g, 'j', 'd'],
  [/shch/g, 'sh', 'shch'],
  [/sch/g, 'sh', 'sch'],
  [/tch/g, 'ch', 'tch'],
  // х at the end of a word: "Rostekh", "Rostech", "Rostec"; "Shaikh", "Sheik"; ч too: "Abramovich", "Abramovic".
  [/(?:kh|ch)$/, 'k', 'h'],
  [/kh/g, 'h', 'kh'],
  [/ph/g, 'f', 'ph'],
  [/ck/g, 'k', 'ck'],
  [/gh/g, 'g', 'gh'],
  [/ts/g, 'c', 'ts'],
  [/q/g, 'k', 'q'],
  [/x/g, 'ks', 'x'],
  [/w/g, 'v', 'w'],
  // ё after a consonant, which English writes "e" and others "yo", "jo" or "io": "Fjodorov"/"Fyodorov"/"Fedorov",
  // "Swjosdotschka"/"Zvezdochka". Not after "n" or "g", where pinyin writes "yong" ("Xinyong", "Zhongyong").
  [/([bcdfhklmpstvz])[jy]o(?=[bcdfghklmnpqrstvxz])/g, '$1e', 'o'],
  // е after a vowel, which English often writes "e" and German "je" ("Tutajew" / "Tutaev"; since 2026.12-11), and
  // at a word's start, "Yekaterinburg" / "Ekaterinburg" / French "Iekaterinbourg" (since 2026.12-12).
  [/([aeiou])[jy]e/g, '$1e', 'e'],
  [/^[ijy]e/, 'e', 'e'],
  [/y/g, 'i', 'y'],
  [/j(?=[aeo])/g, 'i', 'j'],
  // "ju" after a consonant pinyin never ends a syllable with: "Iljuschin"/"Ilyushin" (not "Xinjun", "Tongju").
  [/([bcdfhklmpstvz])j(?=u)/g, '$1i', 'ju'],
  [/([aeiou])j(?![aeiou])/g, '$1i', 'j'],
  [/ou|oo/g, 'u', 'o'],
  [/ee/g, 'i', 'ee'],
  [/c(?=[ei])/g, 's', 'c'],
  [/c/g, 'k', 'c'],
  [/z/g, 's', 'z'],
  // A silent final e: "Servis"/"Service" ("Aviaservis"), "Marin"/"Marine".
  [/([^aeiou])e$/, '$1', 'e'],
];

/** "Mohammed" as "Mohamed": a letter written twice or more counts once (a loop: the pattern /(.)\1+/ took 40% of
 *  the key's time). */
function withoutDoubledLetters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** A word romanised the German (or Polish, Czech) way: "sch", a "j" before a, e or o (pinyin writes "j" only before i
 *  and u), or a "w" in an adjective ending "-ij"/"-yj". Not the "-ij" alone, which registers also write after an
 *  English "ch" ("Mehanicheskij"). */
const GERMAN_ROMANISATION_RE = /sch|j[aeo]/;
const ADJECTIVE_J_RE = /[iy]j$/;
const germanRomanisation = (token: string): boolean => GERMAN_ROMANISATION_RE.test(token) || (ADJECTIVE_J_RE.test(token) && token.includes('w'));

/** A phonetic key for romanised names; equal keys mean "probably the same word in another romanisation". */
export function phoneticKey(token: string): string {
  // In a word romanised the German way "ch" is х, which English writes "kh" (since 2026.12-11: "Chimitscheskij" /
  // "Khimicheskiy", "Chabarowskij" / "Khabarovskiy"); elsewhere it is ч, as in "Chelyabinsk" and pinyin's "Chang".
  let s = germanRomanisation(token) ? token.replace(/(?<![st])ch/g, 'kh') : token;
  for (const [re, to, needs] of SOUND_RULES) if (s.includes(needs)) s = s.replace(re, to);
  return withoutDoubledLetters(s);
}
