import { describe, expect, it } from 'vitest';
import { correctionOf, hasEdits, NO_EDITS, withCorrection, withSkipped } from '../../renderer/src/vendors/importEdits';

describe('the import preview edits', () => {
  it('keeps one correction per row, the latest, and takes a corrected row back in', () => {
    let edits = withSkipped(NO_EDITS, 5, true);
    edits = withCorrection(edits, 3, { country: 'FR' });
    edits = withCorrection(edits, 3, { country: 'DE' });
    expect(correctionOf(edits, 3)).toEqual({ country: 'DE' });
    expect(edits.corrections).toHaveLength(1);
    expect(withCorrection(edits, 5, { name: 'Named Ltd' }).skipped).toEqual([]);
  });

  it('skips and includes a row again; no edits is no edits', () => {
    const skipped = withSkipped(NO_EDITS, 4, true);
    expect(skipped.skipped).toEqual([4]);
    expect(hasEdits(skipped)).toBe(true);
    expect(withSkipped(skipped, 4, false)).toEqual(NO_EDITS);
    expect(hasEdits(NO_EDITS)).toBe(false);
  });
});
