// Name normalisation for duplicate detection and alias classification.

/**
 * The comparison key behind "same legal name": case, accents on Latin letters, punctuation and
 * spacing are ignored, so "ACME, Inc." and "Acmé Inc" collide; non-Latin scripts are kept intact.
 */
export function normaliseName(name: string): string {
  return (
    name
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
