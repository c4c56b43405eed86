// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). Jaro-Winkler misjudges long words
// with an early edit ("nvgorodnefteproduct" against "novgorodnefteproduct" is only 0.87, because Jaro pairs
// letters greedily and then counts the shifted ones as transpositions); counting edits does not.

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/** Edit distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb * 2 + 1);
    rowB = new Int32Array(lb * 2 + 1);
    rowC = new Int32Array(lb * 2 + 1);
  }
  // rowA: row i - 2, rowB: row i - 1, rowC: row i.
  for (let j = 0; j <= lb; j++) rowB[j] = j;
  for (let i = 1; i <= la; i++) {
    rowC[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min((rowB[j] ?? 0) + 1, (rowC[j - 1] ?? 0) + 1, (rowB[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, (rowA[j - 2] ?? 0) + 1);
      rowC[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [rowA, rowB, rowC] = [rowB, rowC, rowA];
  }
  const d = rowB[lb] ?? 0;
  return d > max ? max + 1 : d;
}
