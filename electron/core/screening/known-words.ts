// Misspelt dictionary words ("Limted", "Technolgies", "Otvetstvenostyu"): a long word one edit away from a legal
// form, an abbreviation's full form or a generic word is taken to be that word. Otherwise a typo in "Limited"
// would leave a legal form in the name and count as its rarest word (no list carries the misspelling). The word as
// written is kept too (NormalisedName.respelt): a listed "Elektroniks" reads "electronic", and the index still finds
// it from a vendor's "Elekroniks", one letter from the list's spelling but two from the dictionary's.
import { osaDistance } from './edit-distance';
import { LEGAL_WORDS } from './legal-forms';
import { CANONICAL, GENERIC_WORDS, RUSSIAN_ADJECTIVES } from './vocabulary';

/** Shorter words are left alone: one edit away from a dictionary word there is usually another real word. */
const MIN_LENGTH = 7;
/** Longer ones too: no dictionary word is that long, and looking would cost time in proportion to its length. */
const MAX_LENGTH = 40;

// And since 2026.12-12 the Russian industry adjectives ("Proivzodstvennoe" is "proizvodstvennoe", which normalise.ts
// then reads as "production"), not the other TRADE_PHRASES words ("ticaret" is one letter from the city "Tiaret").
const KNOWN: ReadonlySet<string> = new Set([...LEGAL_WORDS, ...CANONICAL.keys(), ...GENERIC_WORDS, ...RUSSIAN_ADJECTIVES.keys()]);

interface Entry {
  /** The known word this key came from (for the edit-distance check). */
  word: string;
  /** What a misspelling of it is read as: its canonical form ("nacional" and "national" both give "national"). */
  reading: string;
  /** What it means: its reading, or an adjective's translation (its endings all mean the same). */
  means: string;
}

/** Every known word of MIN_LENGTH or more under itself and each one-letter deletion (the symmetric-deletion
 *  method, as in deletion-index.ts); null where two known words with different readings share a key. */
const BY_DELETION: ReadonlyMap<string, Entry | null> = (() => {
  const map = new Map<string, Entry | null>();
  for (const word of KNOWN) {
    if (word.length < MIN_LENGTH) continue;
    const reading = CANONICAL.get(word) ?? word;
    const means = RUSSIAN_ADJECTIVES.get(word) ?? reading;
    for (let skip = -1; skip < word.length; skip++) {
      const key = skip < 0 ? word : word.slice(0, skip) + word.slice(skip + 1);
      const current = map.get(key);
      map.set(key, current === undefined ? { word, reading, means } : current?.means === means ? current : null);
    }
  }
  return map;
})();

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** The known word `token` misspells by one edit, or `token` itself. */
export function correctKnownWord(token: string): string {
  if (token.length < MIN_LENGTH - 1 || token.length > MAX_LENGTH || KNOWN.has(token)) return token;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let result = token;
  for (let skip = -1; skip < token.length; skip++) {
    const key = skip < 0 ? token : token.slice(0, skip) + token.slice(skip + 1);
    const entry = BY_DELETION.get(key);
    if (entry && entry.word[0] === token[0] && osaDistance(token, entry.word, 1) <= 1) {
      result = entry.reading;
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, result);
  return result;
}
