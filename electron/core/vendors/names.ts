// Name normalisation for duplicate detection and alias classification.

const ASCII = /^[\x00-\x7f]*$/;
/** Every ASCII character in \p{P} or \p{S}. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/g;

/**
 * The comparison key behind "same legal name": case, accents on Latin letters, punctuation and
 * spacing are ignored, so "ACME, Inc." and "Acmé Inc" collide; non-Latin scripts are kept intact.
 */
export function vendorNameKey(name: string): string {
  // ASCII names (most of any inventory) need none of the Unicode steps below, and give the same key without them.
  if (ASCII.test(name)) return name.toLowerCase().replace(ASCII_PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
  return (
    name
      // Invisible format characters (zero-width space, soft hyphen, direction marks) split nothing: "Tech\u200Bnologies"
      // is "Technologies".
      .replace(/\p{Cf}+/gu, '')
      .normalize('NFKC')
      // Upper-then-lower is a closer approximation of full case folding than lower alone (ß -> ss, ς -> σ).
      .toUpperCase()
      .toLowerCase()
      .normalize('NFD')
      // Only marks on Latin letters are accents; in kana, Hangul or Devanagari the marks are part of the letter.
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** 'other' when the name has any letter outside the Latin script (e.g. 华为, Яндекс), else 'latin'. */
export function nameScript(name: string): 'latin' | 'other' {
  return /(?!\p{Script=Latin})\p{L}/u.test(name) ? 'other' : 'latin';
}
