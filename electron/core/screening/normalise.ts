// Name normalisation: the same steps for vendor names and list names, so that spelling differences that carry no
// identity (width, case, accents, punctuation, script, legal form, abbreviation) disappear before scoring.
import { containsArabic, romaniseArabic } from './abjad';
import { containsHan, romaniseHan } from './chinese';
import { correctKnownWord } from './known-words';
import { stripLegalForms, type LegalForm } from './legal-forms';
import { RUSSIAN_LEGAL_FORMS } from './russian';
import { CANONICAL, COUNTRY_ADJECTIVES, COUNTRY_STYLES, PINYIN_WORDS, RUSSIAN_INITIALS, STOP_WORDS, TRADE_PHRASES, TURKISH_ABBREVIATIONS } from './vocabulary';

export interface NormalisedName {
  /** Canonical tokens used for matching, in name order. */
  tokens: string[];
  /** Legal forms that were set aside, canonicalised ("GmbH", "Ltd." and 有限公司 are all "ltd"). */
  legalForms: LegalForm[];
  /** Tokens read as another word than written, with the written form: a misspelt or foreign dictionary word
   *  (known-words.ts: "elektroniks" read "electronic"), a country's adjective ("german" read "germany") or, since
   *  2026.12-32, Russian initials read as the English ones ("npts" read "spc"). The index
   *  keeps a listed name's own spellings, so that a typo in one ("elekroniks", two letters from "electronics") is
   *  still found. Abbreviations and inflections ("intl", "centre") are left out: a word one letter from one of them
   *  is usually another word ("intel"). */
  respelt: { written: string; token: string }[];
  /** The tokens before a repeated word was dropped, only when one was: places appended to a name repeat its words
   *  ("COMMERCIAL BANK OF SYRIA DAMASCUS SYRIAN ARAB REPUBLIC"), and are found in this sequence. */
  repeated?: string[];
}

/** Letters that NFD does not decompose into base letter + accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Russian/Ukrainian (BGN/PCGN-style) and Greek letters to Latin, so a name written in either script meets its
 *  romanised list spelling ("ООО Ромашка" → "ooo romashka"). */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const TRANSLIT_RE = new RegExp(`[${Object.keys(TRANSLITERATION).join('')}]`, 'g');
/** Latin accents only: NFD also splits kana (デ) and Hangul, whose marks are letters, not accents. */
const ACCENTS_RE = /[\u0300-\u036f]+/g;
/** "株式会社NTTデータ": a Latin word glued to another script is a separate word. */
const SCRIPT_BOUNDARY_RE =
  /(?<=[a-z0-9])(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[a-z0-9])/gu;
// ʹ and ʺ: the soft and hard signs of ISO 9 ("mašinostroitelʹnyj"; since 2026.12-11).
const APOSTROPHES_RE = /['’‘`´ʼʹʺ]/g;
/** Initialisms written with dots ("S.A.", "U.S.A", "S.p.A.") become one word before dots turn into spaces. */
const INITIALISM_RE = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
/** Initials written apart by single spaces, as vendor masters keep them once the dots are gone ("P C C", "S A S U";
 *  not "S. A.", a person's initials). */
const SPACED_INITIALS_RE = /(?<![\p{L}\p{N}])\p{L}(?: \p{L})+(?![\p{L}\p{N}])/gu;
/** Two one-character words in a row: a cheap test, so that the Unicode expression above runs on few names. */
const SPACED_INITIALS_HINT = /(?:^|\s)\S \S(?:\s|$)/;
const FORMAT_CHARS_RE = /\p{Cf}+/gu;
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Cyrillic and Greek letters that look like Latin ones, by the Latin letter they look like (not how they sound). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', α: 'a', τ: 't', υ: 'u',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
const MIXED_WORD_RE = /[\p{L}\p{M}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;

/** A word that mixes Latin with Cyrillic or Greek look-alikes ("Huаwei" with a Cyrillic а) is read as the Latin
 *  word it shows; a word wholly in Cyrillic or Greek is transliterated as usual ("ООО" is "ooo"). */
function foldConfusables(text: string): string {
  if (!/[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/u.test(text)) return text;
  return text.replace(MIXED_WORD_RE, (word) => (LATIN_RE.test(word) ? word.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c) : word));
}

/** The words a name writes as initials, with dots or apart, lower case and without dots or spaces ("S.A." and
 *  "S A L" → "sa", "sal"): written so, a short legal form is one wherever it stands ("THAINGUI S A L OFFSHORE"). */
function writtenInitialisms(text: string): ReadonlySet<string> {
  const dotted = text.includes('.');
  const spaced = SPACED_INITIALS_HINT.test(text);
  if (!dotted && !spaced) return NO_INITIALISMS;
  const found = new Set<string>();
  if (dotted) for (const m of text.matchAll(INITIALISM_RE)) found.add(m[0].replace(/\./g, '').toLowerCase());
  if (spaced) for (const m of text.matchAll(SPACED_INITIALS_RE)) found.add(m[0].replace(/ /g, '').toLowerCase());
  return found;
}
const NO_INITIALISMS: ReadonlySet<string> = new Set();

/** The Persian ezafe a romanised word takes before the next ("Sazandegi-ye Khatam"), dropped as "-e" is (a stop
 *  word); since 2026.12-10. */
const EZAFE_RE = /(\p{L}{2})-ye\b/gu;

/**
 * Folds a string to lower-case, accent-free Latin words separated by single spaces: NFKC (full-width and
 * compatibility forms), Chinese to pinyin/English (chinese.ts), case folding, diacritics, Cyrillic and Greek
 * transliteration, Arabic script to consonant skeletons (the only words in capitals, abjad.ts), and punctuation
 * ("&" reads "and", apostrophes join, everything else separates). Initials are one word whether written with dots
 * or apart: "P.C.C." and "P C C" are both "pcc".
 */
export function foldText(raw: string, legalForms: LegalForm[] = []): string {
  // Most names are plain ASCII, which none of the script steps change.
  const s = ASCII_RE.test(raw) ? raw.toLowerCase() : foldScripts(raw, legalForms);
  const words = s.replace(APOSTROPHES_RE, '').replace(/&/g, ' and ').replace(EZAFE_RE, '$1').replace(INITIALISM_RE, (m) => m.replace(/\./g, ''));
  // Not Arabic-script skeletons' single consonants, the only capitals left.
  const joined = SPACED_INITIALS_HINT.test(words) ? words.replace(SPACED_INITIALS_RE, (m) => (m === m.toLowerCase() ? m.replace(/ /g, '') : m)) : words;
  return joined.replace(NON_WORD_RE, ' ').trim();
}

/** foldText's steps for text beyond ASCII: every script to lower-case Latin (or consonant skeletons), accents off. */
function foldScripts(raw: string, legalForms: LegalForm[]): string {
  // Invisible format characters (zero-width space and joiners, soft hyphen, direction marks) split nothing: a name
  // with one inside a word is that word ("Tech\u200Bnologies" is "Technologies").
  let s = foldConfusables(raw.replace(FORMAT_CHARS_RE, '')).normalize('NFKC');
  if (containsHan(s)) {
    const romanised = romaniseHan(s);
    s = romanised.text;
    legalForms.push(...romanised.legalForms);
  }
  s = s.toLowerCase().replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c).replace(TRANSLIT_RE, (c) => TRANSLITERATION[c] ?? c);
  // After case folding: Arabic-script words become consonant skeletons in capitals (abjad.ts).
  if (containsArabic(s)) s = romaniseArabic(s, legalForms);
  return s.normalize('NFD').replace(ACCENTS_RE, '').normalize('NFC').replace(SCRIPT_BOUNDARY_RE, ' ');
}

/** Words of a name kept for matching (the longest company names have about 20). */
const MAX_TOKENS = 48;

/** Characters of a vendor's name the matcher reads: the longest listed name has under 400. */
const MAX_NAME_CHARS = 1000;
const SPACE_RUN_RE = /\s{2,}/gu;
const MARK_RUN_RE = /([^\p{L}\p{N}\s])\1+/gu;

/**
 * A vendor's name as the matcher reads it: runs of spaces or of one punctuation mark written once, and at most
 * MAX_NAME_CHARS characters, so that no string costs more than a long name (a pasted paragraph is cut, as its words
 * are by MAX_TOKENS). The hit still shows the name as recorded.
 */
export function boundedName(raw: string): string {
  const collapsed = raw.replace(SPACE_RUN_RE, ' ').replace(MARK_RUN_RE, '$1');
  return collapsed.length > MAX_NAME_CHARS ? collapsed.slice(0, MAX_NAME_CHARS) : collapsed;
}

/** What a word is read as: abbreviations and inflections in full, a country's adjective as the country, a pinyin
 *  company word as its English. */
const READ_AS: ReadonlyMap<string, string> = new Map([...CANONICAL, ...COUNTRY_ADJECTIVES, ...PINYIN_WORDS]);
const readAs = (word: string): string => READ_AS.get(word) ?? word;

/** Words the Turkish register joins with "ve" (and): "San. ve Tic.", "Iç ve Dış". */
const TURKISH_JOINED: ReadonlySet<string> = new Set(['san', 'tic', 'sanayi', 'ticaret', 'ic', 'dis']);

/** The legal forms of a Russian company, as written in Russian or in English. */
const RUSSIAN_FORMS: ReadonlySet<string> = new Set([...RUSSIAN_LEGAL_FORMS, 'jsc', 'ojsc', 'cjsc', 'pjsc']);

/** A name with a Russian legal form: its RUSSIAN_INITIALS are read as the English ones. */
function russianRegister(written: readonly string[]): boolean {
  return written.some((w) => RUSSIAN_FORMS.has(w));
}

/** A name as the Turkish register writes it: its "Ltd. Şti." or "Şirketi", or "ve" joining its trade words. Its
 *  abbreviations (TURKISH_ABBREVIATIONS) are read in full there only. */
function turkishRegister(written: readonly string[]): boolean {
  return written.some((w, i) => w === 'sti' || w === 'sirketi' || (w === 've' && (TURKISH_JOINED.has(written[i - 1] ?? '') || TURKISH_JOINED.has(written[i + 1] ?? ''))));
}

/** A Russian surname in the genitive, as "imeni" (named after) wants it: "Kalinina", "Degtyareva", the German
 *  "Toropowa", "Gorkogo". */
const GENITIVE_SURNAME_RE = /^(\p{L}{3,}?)(ova|eva|owa|ewa|ina|yna|ogo)$/u;
const NOMINATIVE_ENDINGS: Readonly<Record<string, string>> = { ova: 'ov', eva: 'ev', owa: 'ow', ewa: 'ew', ina: 'in', yna: 'yn', ogo: 'iy' };
/** Initials before the surname ("M.I." reads "mi"). */
const INITIALS_LENGTH = 2;

/**
 * "Named after" and the person as the lists' English prints them (since 2026.12-12): the Russian "im." inside a name
 * before a surname in the genitive ("ZAVOD IM. M.I. KALININA") reads "named after", and the surname after it reads
 * in the nominative ("PLANT NAMED AFTER M.I. KALININ", "DEGTYAREV PLANT"). Only after "named after": elsewhere
 * "-ina" and "-ova" are names of their own.
 */
function namedAfter(words: string[]): string[] {
  const at = words.findIndex((w, i) => i > 0 && (w === 'im' || (w === 'named' && words[i + 1] === 'after')));
  if (at < 0) return words;
  const from = at + (words[at] === 'im' ? 1 : 2);
  // The surname after the initials, or (a list's English written backwards, "ZARYANOVA PLANT NAMED AFTER") the first
  // word before "named after" that reads as one.
  let surname = from;
  while (surname < words.length - 1 && (words[surname]?.length ?? 0) <= INITIALS_LENGTH) surname++;
  if (from === words.length) surname = words.findIndex((w) => GENITIVE_SURNAME_RE.test(w));
  const m = GENITIVE_SURNAME_RE.exec(words[surname] ?? '');
  if (!m) return words;
  const out = [...words.slice(0, at), 'named', 'after', ...words.slice(from)];
  out[surname < at ? surname : surname + (out.length - words.length)] = `${m[1]}${NOMINATIVE_ENDINGS[m[2] ?? ''] ?? ''}`;
  return out;
}

/** COUNTRY_STYLES and TRADE_PHRASES by their first word, longest first. */
const STYLES_BY_FIRST: ReadonlyMap<string, readonly (readonly [readonly string[], string])[]> = (() => {
  const map = new Map<string, (readonly [readonly string[], string])[]>();
  for (const style of [...COUNTRY_STYLES, ...TRADE_PHRASES].sort((a, b) => b[0].length - a[0].length)) {
    const first = style[0][0] ?? '';
    map.set(first, [...(map.get(first) ?? []), style]);
  }
  return map;
})();

/** The words with a country's style read as one word (COUNTRY_STYLES), and abbreviated trade words read together
 *  (TRADE_PHRASES). */
function foldPhrases(words: string[]): string[] {
  if (!words.some((w) => STYLES_BY_FIRST.has(w))) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const style = STYLES_BY_FIRST.get(words[i] ?? '')?.find(([phrase]) => phrase.every((p, k) => words[i + k] === p));
    out.push(...(style ? style[1].split(' ') : [words[i] ?? '']));
    i += style ? style[0].length : 1;
  }
  return out;
}

/** "Scientific research" reads "research" (since 2026.12-19): the lists translate the Russian NII (nauchno-
 *  issledovatelskiy institut) as "scientific research institute" and as "research institute" alike. */
function withoutScientific(words: string[]): string[] {
  const at = words.indexOf('scientific');
  return at < 0 || words[at + 1] !== 'research' ? words : [...words.slice(0, at), ...words.slice(at + 1)];
}

/** normaliseName, or a copy of it that remembers (normalisingOnce). */
export type Normaliser = (raw: string) => NormalisedName;

/**
 * normaliseName that normalises each text once. Indexing the lists meets a third of their names more than once (the
 * CSL carries OFAC's own, and a bracketed name is normalised to tell its variants, then as each).
 */
export function normalisingOnce(): Normaliser {
  const known = new Map<string, NormalisedName>();
  return (raw) => {
    let normalised = known.get(raw);
    if (!normalised) known.set(raw, (normalised = normaliseName(raw)));
    return normalised;
  };
}

/** Full normalisation of a company (or person) name into matching tokens. */
export function normaliseName(raw: string): NormalisedName {
  const legalForms: LegalForm[] = [];
  const written = foldText(raw, legalForms)
    .split(' ')
    .filter((w) => w.length > 0);
  // Loops rather than map and filter, as in matcher.ts (why there): the matcher normalises every name it is given.
  const words: string[] = [];
  const content: string[] = [];
  for (const w of written) {
    const word = correctKnownWord(w);
    words.push(word);
    if (!STOP_WORDS.has(word)) content.push(word);
  }
  const stripped = stripLegalForms(content.length > 0 ? content : words, writtenInitialisms(raw.normalize('NFKC')));
  legalForms.push(...stripped.forms);
  // A repeated word ("Aerospace CH UAV Co., Ltd (CH UAV)") adds no identity, so it counts once. No name has more
  // words than MAX_TOKENS: a pasted paragraph is cut, so that it costs no more than a name.
  const russian = russianRegister(written);
  const read = turkishRegister(written)
    ? (w: string) => TURKISH_ABBREVIATIONS.get(w) ?? readAs(w)
    : russian
      ? (w: string) => RUSSIAN_INITIALS.get(w) ?? readAs(w)
      : readAs;
  const readWords: string[] = [];
  for (const w of stripped.tokens) readWords.push(read(w));
  const all = withoutScientific(namedAfter(foldPhrases(readWords)));
  const tokens = [...new Set(all)].slice(0, MAX_TOKENS);
  // Words read as a dictionary word they misspell, countries' adjectives and Russian initials read as English ones
  // (so that a list's "NPTS NEDRA AO" is still found as "NPTs Nedra"); not abbreviations and inflections.
  const respelt: NormalisedName['respelt'] = [];
  written.forEach((w, i) => {
    const corrected = words[i] ?? w;
    const token = corrected !== w ? readAs(corrected) : (COUNTRY_ADJECTIVES.get(w) ?? (russian ? RUSSIAN_INITIALS.get(w) : undefined));
    if (token !== undefined && token !== w && tokens.includes(token)) respelt.push({ written: w, token });
  });
  return { tokens, legalForms, respelt, repeated: tokens.length < all.length && all.length <= MAX_TOKENS ? all : undefined };
}

/** A variant of a normalised name (its tokens without places, a brand, …), in the shape normaliseName gives: the
 *  matcher is compiled for the shapes it meets, and meeting another costs a recompilation. */
export function readTokens(tokens: string[], legalForms: LegalForm[]): NormalisedName {
  return { tokens, legalForms, respelt: [], repeated: undefined };
}
