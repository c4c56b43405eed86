// Shared by the list importer tests: the real reference files (tests/reference-data.ts), and the check that a
// file was refused as bad.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import type { ListFile } from '../../electron/core/lists/entry';
import { refPath } from '../reference-data';

export { refPath };

/** A reference file as an import would see it, optionally under another name. */
export const refFile = (rel: string, name = path.basename(rel)): ListFile => ({ name, bytes: new Uint8Array(fs.readFileSync(refPath(rel))) });

export const textFile = (value: string, name: string): ListFile => ({ name, bytes: new TextEncoder().encode(value) });

/** Awaits a parse that must fail as a bad file, and returns the error for its message. */
export async function rejection(promise: Promise<unknown>): Promise<VetterError> {
  const outcome = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(outcome).toBeInstanceOf(VetterError);
  expect((outcome as VetterError).code).toBe('bad_file');
  return outcome as VetterError;
}
