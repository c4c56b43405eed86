// Checks a handler's answer against its method's output schema, in tests and development (service.ts): a field
// missing, of the wrong type, or not in the schema at all is named with its path, so a handler and the contract
// cannot drift apart unnoticed. The answer itself is sent as the handler made it, checked or not.
import type { z } from 'zod';

/** What is wrong with `value` as an output of `schema` ("result.factors.3.label: expected string"), or null. */
export function outputProblem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue ? `${where(issue.path)}: ${issue.message}` : 'not valid';
  }
  // Zod drops the fields a schema does not name; any the handler sent is a field the renderer's types do not know.
  const extra = extraField(value, parsed.data, []);
  return extra ? `${where(extra)}: not in the contract's schema` : null;
}

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the whole value)' : path.map(String).join('.');
}

function extraField(sent: unknown, kept: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (sent === kept || typeof sent !== 'object' || sent === null || typeof kept !== 'object' || kept === null) return null;
  if (Array.isArray(sent)) {
    if (!Array.isArray(kept)) return null;
    for (let i = 0; i < sent.length; i += 1) {
      const found = extraField(sent[i], kept[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (Object.getPrototypeOf(sent) !== Object.prototype && Object.getPrototypeOf(sent) !== null) return null;
  const keptFields = kept as Record<string, unknown>;
  for (const [key, field] of Object.entries(sent)) {
    if (field === undefined) continue;
    if (!Object.hasOwn(keptFields, key)) return [...path, key];
    const found = extraField(field, keptFields[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Outputs are checked when the core is told to, and by default under NODE_ENV development or test (vitest sets it). */
export function checkOutputsByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.VETTER_CHECK_OUTPUTS !== undefined) return env.VETTER_CHECK_OUTPUTS === '1';
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}
