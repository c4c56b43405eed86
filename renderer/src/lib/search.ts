/**
 * Folds text for matching: case, accents (é -> e) and full-width forms (Ａ -> A) are ignored.
 * Chinese and other scripts without case pass through unchanged, so "阿里" still matches "阿里云".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
