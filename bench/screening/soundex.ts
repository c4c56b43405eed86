// American Soundex (the census variant): first letter, then up to three digits for the consonant classes;
// H and W do not separate letters of one class, vowels do. "" for a word that does not start with A-Z.

const CODES: Readonly<Record<string, string>> = {
  B: '1', F: '1', P: '1', V: '1',
  C: '2', G: '2', J: '2', K: '2', Q: '2', S: '2', X: '2', Z: '2',
  D: '3', T: '3', L: '4', M: '5', N: '5', R: '6',
};

export function soundex(word: string): string {
  const s = word.toUpperCase();
  const first = s[0];
  if (!first || first < 'A' || first > 'Z') return '';
  let out = first;
  let last = CODES[first] ?? '';
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const c = s[i]!;
    const code = CODES[c];
    if (code) {
      if (code !== last) out += code;
      last = code;
    } else if (c !== 'H' && c !== 'W') {
      last = '';
    }
  }
  return out.padEnd(4, '0');
}
