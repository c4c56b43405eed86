// The renderer's reads as queries: equal reads share a key, and each depends on areas some write changes.
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../../electron/core/changes';
import { READ_AREAS, read, type ReadMethod } from '../../renderer/src/lib/reads';

describe('reads', () => {
  it('gives equal reads one key, and different inputs different keys', () => {
    expect(read('vendors.get', { id: 'v1' }).key).toBe(read('vendors.get', { id: 'v1' }).key);
    expect(read('vendors.get', { id: 'v1' }).key).not.toBe(read('vendors.get', { id: 'v2' }).key);
    expect(read('reports.list', {}).key).not.toBe(read('reports.list', { vendorId: 'v1' }).key);
  });

  it('lists only reads, each depending on areas that writes change', () => {
    const changed = new Set(Object.values(CHANGES).flat());
    for (const method of Object.keys(READ_AREAS) as ReadMethod[]) {
      expect(CHANGES[method], method).toEqual([]);
      for (const area of READ_AREAS[method]) expect(changed.has(area), `${method}: ${area}`).toBe(true);
    }
  });
});
