// Boundaries the design depends on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('architecture', () => {
  it('electron/core never imports electron, so it runs and is tested under plain Node', () => {
    const offenders = sources(path.join(ROOT, 'electron/core')).filter((f) =>
      /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer reaches the core only through the contract, never through Node or Electron', () => {
    const offenders = sources(path.join(ROOT, 'renderer/src')).filter((f) =>
      /from\s+['"](electron|node:[a-z_]+|fs|path|better-sqlite3)['"]|from\s+['"][./]+\/electron\/(?!core\/contract['"])/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the whole project type-checks under strict TypeScript', () => {
    const tsc = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
