// Every output has a real schema, and a handler answering another shape is caught (in tests and development),
// naming the method and the path.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CATALOG } from '../../electron/core/assessment/catalog';
import { contract } from '../../electron/core/contract';
import { checkOutputsByDefault, outputProblem } from '../../electron/core/output-check';
import { DEFAULT_METHODOLOGY } from '../../electron/core/scoring/methodology';
import { openCore } from '../../electron/core/service';
import { openFolderWorkspace } from '../../electron/core/workspace/folder';
import { tempDir, testCore, vendorInput } from '../helpers';

/** The kinds of schema inside `schema` that accept any value at all. */
function anyValueKinds(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const found = def.type === 'custom' || def.type === 'any' ? [String(def.type)] : [];
  for (const value of Object.values(def)) {
    if (!value || typeof value !== 'object') continue;
    // Inner schemas sit in the definition directly (element, valueType, innerType) or in a shape or a list of options.
    const inner = '_zod' in value ? [value] : Object.values(value);
    for (const s of inner) found.push(...anyValueKinds(s));
  }
  return found;
}

describe('contract outputs', () => {
  it('no output is left unchecked (z.custom or z.any stand for any value)', () => {
    expect(anyValueKinds(z.object({ a: z.array(z.object({ b: z.custom<number>() })), c: z.record(z.string(), z.any()) }))).toEqual(['custom', 'any']);
    const unchecked = Object.entries(contract).flatMap(([method, spec]) => anyValueKinds(spec.output).map((k) => `${method}: z.${k}()`));
    expect(unchecked).toEqual([]);
  });

  it('the catalog and the default methodology are what their schemas say', () => {
    expect(outputProblem(contract['methodology.update'].output, DEFAULT_METHODOLOGY)).toBeNull();
    for (const criterion of CATALOG.criteria) expect(outputProblem(contract['assessment.get'].output.shape.criteria.element, criterion)).toBeNull();
  });

  it('names the path of a wrong, missing or unknown field', async () => {
    const t = testCore();
    const vendor = await t.call('vendors.create', vendorInput());
    const score = await t.call('scores.vendor', { vendorId: vendor.id });
    const schema = contract['scores.vendor'].output;
    expect(outputProblem(schema, score)).toBeNull();
    const factors = score.result.factors.map((f, i) => (i === 1 ? { ...f, label: 7 } : f));
    expect(outputProblem(schema, { ...score, result: { ...score.result, factors } })).toMatch(/^result\.factors\.1\.label: /);
    const { tier: _tier, ...noTier } = score.result;
    expect(outputProblem(schema, { ...score, result: noTier })).toMatch(/^result\.tier: /);
    const snapshot = { id: 's1', at: '2025-01-01T00:00:00.000Z', methodologyVersion: 1, score: 1, tier: 'Low', reason: 'First score' };
    expect(outputProblem(schema, { ...score, history: [snapshot] })).toBeNull();
    expect(outputProblem(schema, { ...score, history: [{ ...snapshot, dataDir: '/home/someone' }] })).toBe("history.0.dataDir: not in the contract's schema");
    await t.core.close();
  });

  it('a core that checks answers refuses one its contract does not allow, naming the method and the path', async () => {
    // A host the contract does not know makes app.info answer outside its schema.
    const dataDir = tempDir();
    const core = openCore(openFolderWorkspace(dataDir), { host: 'pager' as never, version: '0.0.0-test', checkOutputs: true });
    const host = { resolveFile: () => '', emitProgress: () => {} };
    const errors: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      expect(await core.invoke('app.info', {}, host)).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^app\.info answered a value its contract does not allow, at host: /) } });
      expect(errors).toHaveLength(1);
      const unchecked = openCore(openFolderWorkspace(dataDir), { host: 'pager' as never, version: '0.0.0-test', checkOutputs: false });
      expect(await unchecked.invoke('app.info', {}, host)).toMatchObject({ ok: true, value: { host: 'pager' } });
      await unchecked.close();
    } finally {
      spy.mockRestore();
      await core.close();
    }
  });

  it('the tests check every answer: the test core does, and so does any core vitest opens', () => {
    expect(checkOutputsByDefault()).toBe(true);
    expect(checkOutputsByDefault({ NODE_ENV: 'production' })).toBe(false);
    expect(checkOutputsByDefault({})).toBe(false);
    expect(checkOutputsByDefault({ NODE_ENV: 'development' })).toBe(true);
    expect(checkOutputsByDefault({ NODE_ENV: 'production', VETTER_CHECK_OUTPUTS: '1' })).toBe(true);
  });
});
