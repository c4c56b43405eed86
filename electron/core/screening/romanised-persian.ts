// Persian company words in Latin letters that the lists print romanised in some names and translated in others, as
// ملی is in Arabic script (arabic-words.ts): MELLI in BANK MELLI IRAN, NATIONAL in NATIONAL IRANIAN OIL COMPANY. They
// stay as written, and a name that has one is also screened with it translated (since matcher 2026.12-31):
// "Sherkat-e Melli-ye Naft-e Iran" is the listed NATIONAL IRANIAN OIL COMPANY.

const ALSO_TRANSLATED: Readonly<Record<string, readonly string[]>> = {
  national: ['melli', 'meli'],
  export: ['saderat', 'saderate'],
  insurance: ['bimeh', 'bime'],
  guard: ['pasdaran', 'pasdarane'],
  corps: ['sepah', 'sepahe'],
};

const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(ALSO_TRANSLATED).flatMap(([latin, written]) => written.map((w) => [w, latin] as const)));
const WORD_RE = /[a-z]+/gi;
/** Whether a name may hold one of them at all: most names are passed over with one test. */
const ANY_RE = new RegExp([...WORDS.keys()].join('|'), 'i');

/** The name with those words translated (their ezafe left for the normaliser), or null when it has none. */
export function persianTranslation(name: string): string | null {
  if (!ANY_RE.test(name)) return null;
  let changed = false;
  const out = name.replace(WORD_RE, (w) => {
    const latin = WORDS.get(w.toLowerCase());
    if (latin === undefined) return w;
    changed = true;
    return latin;
  });
  return changed ? out : null;
}
