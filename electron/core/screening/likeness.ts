// How a vendor word is like the list word it was paired with: the candidate index records the way it reached the
// listed word, explanations and the hit's word-by-word table say it (since matcher 2026.12-27).

/** In words: the same word, a near spelling, another romanisation of the same sound, a Persian or Arabic word with
 *  other vowels, the consonants of a word in Arabic script (which leaves short vowels unwritten), an abbreviation,
 *  a place and its Russian adjective. */
export const LIKENESS_WORDS = {
  exact: 'the same word',
  spelling: 'spelt nearly the same',
  sound: 'sounds the same',
  vowels: 'same consonants, other vowels',
  consonants: 'same consonants as written in Arabic script',
  abbreviation: 'one abbreviates the other',
  place: 'a place and its adjective',
} as const;
export type Likeness = keyof typeof LIKENESS_WORDS;
