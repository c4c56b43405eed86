// What each method changes (changes.ts): the reads change nothing, every write says what it changed.
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../../electron/core/changes';
import { contract, DATA_AREAS, type Method } from '../../electron/core/contract';

describe('what each method changes', () => {
  const methods = Object.keys(contract) as Method[];

  it('names every method of the contract, with known areas only', () => {
    expect(Object.keys(CHANGES).sort()).toEqual([...methods].sort());
    for (const m of methods) for (const area of CHANGES[m]) expect(DATA_AREAS, m).toContain(area);
  });

  it('every write is audited, and the methods that only look change nothing', () => {
    const writes = methods.filter((m) => CHANGES[m].length > 0);
    for (const m of writes) expect(CHANGES[m], m).toContain('audit');
    for (const m of ['vendors.list', 'vendors.get', 'audit.list', 'lists.list', 'screening.check', 'scores.portfolio', 'reports.verify', 'jobs.cancel'] as const) {
      expect(CHANGES[m], m).toEqual([]);
    }
    // A score reads the vendor, its hits, the allegations reaching it and its answers: their writes move it.
    for (const m of ['vendors.update', 'screening.review', 'allegations.create', 'assessment.answer', 'lists.import', 'methodology.update'] as const) {
      expect(CHANGES[m], m).toContain('scores');
    }
  });
});
