// Russian company names spelt in another language's romanisation, read the way the lists romanise Russian (since
// matcher 2026.12-19). A German vendor master writes завод "Sawod", ч "tsch" and х "ch"; a Polish one "Zawod", "cz"
// and "ch"; a French one ж "j", у "ou" and ш "ch"; a library catalogue (ISO 9, GOST) ч "č", щ "ŝ" and х "x" or "h".
// The lists write ZAVOD, CH, KH, ZH, U and SH: "OAO Mytiŝinskij mašinostroitelʹnyj zavod" is the listed MYTISHCHINSKI
// MASHINOSTROITELNY ZAVOD, "OAO Zawod imieni W.A. Diegtiariowa" the listed PLANT IM VA DEGTYAREVA. The same letters
// mean other sounds in each romanisation, so a name is read in every one whose letters it has, and only a name that
// says it is Russian: these letters are German, Polish, French and Czech words as well.

/** The Russian legal forms as Russian writes them: joint-stock companies open, closed, public and not, the limited
 *  company, the state unitary enterprise. */
export const RUSSIAN_LEGAL_FORMS: readonly string[] = ['ao', 'oao', 'zao', 'pao', 'nao', 'ooo', 'fgup', 'gup'];

/** A Russian legal form or a letter only a scholarly romanisation of Russian has (ŝ for щ, ʹ and ʺ for the soft and
 *  hard signs). */
const RUSSIAN_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${RUSSIAN_LEGAL_FORMS.join('|')})(?![\\p{L}\\p{N}])|[ŝʹʺ]`, 'iu');

const CONSONANT = '[bcdfghklmnprstvz]';
const VOWEL = '[aeiouy]';

/** The letters that say which romanisation a name is in. */
const SCHOLARLY_RE = /[čšžŝʹʺâû]/u;
const GERMAN_RE = /sch/u;
const POLISH_RE = /cz|sz|rz|[łżźśćń]/u;
const FRENCH_RE = /ou|tch|ï/u;
/** Letters several romanisations share and the lists' romanisation never has: "w" (German, Polish) and "j" (those two, the
 *  scholarly ones for й, French for ж). A name with them and no romanisation's own letters is read in German, Polish
 *  and, with a "j" no consonant precedes (Ijevsk; "Bjuro" is German or Polish), French. */
const SHARED_RE = /[wj]/u;
const SOFTENING_J_RE = new RegExp(`${CONSONANT}j`, 'u');

const AFTER_CONSONANT = `(?<=${CONSONANT})`;
const BETWEEN_VOWELS_S = new RegExp(`(?<=${VOWEL})s(?=${VOWEL})`, 'g');

/** ISO 9 and the GOST and library systems: č š ž, ŝ (or šč) for щ, c for ц, x or h for х, j for й, â and û for я, ю.
 *  An English "ch", "sh", "zh" or "kh" in the same name stays as it is. */
function fromScholarly(text: string): string {
  return text
    .replace(/(?<![sczk])h/g, 'kh')
    .replace(/c(?!h)/g, 'ts')
    .replace(/x/g, 'kh')
    .replace(/šč|ŝ/g, 'shch')
    .replace(/č/g, 'ch')
    .replace(/š/g, 'sh')
    .replace(/ž/g, 'zh')
    .replace(/â/g, 'ya')
    .replace(/û/g, 'yu')
    .replace(/[ëě]/g, 'e')
    .replace(/[ʹʺ]/g, '')
    .replace(/j/g, 'y');
}

/** Ё after a consonant, which German writes "jo" and Polish "io": the lists write it "e" (DEGTYAREVA). */
const GERMAN_YO_RE = new RegExp(`${AFTER_CONSONANT}jo`, 'g');
const POLISH_YO_RE = new RegExp(`${AFTER_CONSONANT}io`, 'g');
/** Е, я and ю after a consonant in Polish: "ie", "ia", "iu". */
const POLISH_YE_RE = new RegExp(`${AFTER_CONSONANT}ie`, 'g');
const POLISH_YA_YU_RE = new RegExp(`${AFTER_CONSONANT}i([au])`, 'g');

/** German (Duden): ch for х, sch for ш and ж, tsch for ч, schtsch for щ, z for ц, w for в, j for й; з is "s", and
 *  с between vowels "ss", so a single "s" between vowels is з. */
function fromGerman(text: string): string {
  return text
    .replace(/(?<!s)ch/g, 'kh')
    .replace(/schtsch/g, 'shch')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/z/g, 'ts')
    .replace(/w/g, 'v')
    .replace(BETWEEN_VOWELS_S, 'z')
    .replace(/ss/g, 's')
    .replace(GERMAN_YO_RE, 'e')
    .replace(/j/g, 'y');
}

/** Polish: ch for х, cz for ч, sz for ш, szcz for щ, ż (or rz) for ж, c for ц, w for в, j for й, and a soft consonant
 *  written with i before the vowel ("Diegtiariowa", Degtyareva). */
function fromPolish(text: string): string {
  return text
    .replace(/ch/g, 'kh')
    .replace(/c(?!z)/g, 'ts')
    .replace(/szcz/g, 'shch')
    .replace(/cz/g, 'ch')
    .replace(/sz/g, 'sh')
    .replace(/rz|ż/g, 'zh')
    .replace(/ć/g, 'ts')
    .replace(/[śź]/g, (c) => (c === 'ś' ? 's' : 'z'))
    .replace(/ń/g, 'n')
    .replace(/ł/g, 'l')
    .replace(/w/g, 'v')
    .replace(POLISH_YO_RE, 'e')
    .replace(POLISH_YE_RE, 'e')
    .replace(POLISH_YA_YU_RE, 'y$1')
    .replace(/j/g, 'y');
}

/** French: ch for ш, tch for ч, j for ж, ou for у, ï for й, ss between vowels for с (a single "s" there is з), and ie
 *  at a word's start for е ("Iekaterinbourg"). */
function fromFrench(text: string): string {
  return text
    .replace(/(?<!t)ch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/j/g, 'zh')
    .replace(/ou/g, 'u')
    .replace(/ï/g, 'i')
    .replace(/(?<!\p{L})ie/gu, 'ye')
    .replace(BETWEEN_VOWELS_S, 'z')
    .replace(/ss/g, 's');
}

/** The name as the lists would romanise it from Russian, in lower case, once for each romanisation whose letters it
 *  has; none for a name that does not say it is Russian, and only the readings that differ from it. */
export function russianReadings(name: string): string[] {
  if (!RUSSIAN_RE.test(name)) return [];
  const text = name.normalize('NFC').toLowerCase();
  const scholarly = SCHOLARLY_RE.test(text);
  const german = GERMAN_RE.test(text);
  const polish = POLISH_RE.test(text);
  const french = FRENCH_RE.test(text);
  const shared = !scholarly && !german && !polish && !french && SHARED_RE.test(text);
  const readings: string[] = [];
  if (scholarly) readings.push(fromScholarly(text));
  if (german || shared) readings.push(fromGerman(text));
  if (polish || shared) readings.push(fromPolish(text));
  if (french || (shared && text.includes('j') && !SOFTENING_J_RE.test(text))) readings.push(fromFrench(text));
  return [...new Set(readings)].filter((r) => r !== text);
}
