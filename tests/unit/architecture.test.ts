// Boundaries the design depends on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PILLAR_LABELS } from '../../electron/core/assessment/catalog';
import { COMPONENT_LABELS } from '../../electron/core/scoring/types';
import { ROOT } from '../helpers';

/** The project's files, relative to ROOT: tracked ones and new ones not ignored (git ls-files), or, outside a git
 *  checkout, every file but the generated folders that .gitignore names. */
function projectFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(ROOT, f)));
  const generated = new Set(['.git', 'node_modules', 'dist', 'release', 'test-results', 'playwright-report', '.vetter-data']);
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.posix.join(dir, e.name);
      return generated.has(e.name) ? [] : e.isDirectory() ? walk(rel) : [rel];
    });
  return walk('');
}

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

  it('the renderer keeps no copy of the label tables the core owns (pillars, factor components)', () => {
    const tables = [Object.values(PILLAR_LABELS), Object.values(COMPONENT_LABELS)];
    const copies = sources(path.join(ROOT, 'renderer/src')).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      // A copy spells out every label of a table.
      return tables.filter((labels) => labels.every((label) => text.includes(`'${label}'`))).map((labels) => `${path.relative(ROOT, f)}: ${labels.join(', ')}`);
    });
    expect(copies).toEqual([]);
  });

  it('the contract, which the renderer bundles, loads nothing Node-only, however deep its imports go', () => {
    const offenders: string[] = [];
    const seen = new Set<string>();
    const pending = [path.join(ROOT, 'electron/core/contract.ts')];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      // Value imports and re-exports only: `import type` is erased from the bundle.
      for (const [, spec = ''] of fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        if (spec.startsWith('.')) pending.push(path.resolve(path.dirname(file), `${spec}.ts`));
        else if (/^(node:|electron$|better-sqlite3$|fs$|path$|os$|crypto$)/.test(spec)) offenders.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no file reads the reference data beside the repository: what tests and benches need is inside it', () => {
    // Spelled in pieces so that this file does not name the folder itself. Markdown files are left out: they only
    // describe where the data came from (tests/fixtures/reference-data/SOURCES.md).
    const folder = ['sha', 'red'].join('');
    const patterns = [
      new RegExp(`\\.\\.[\\\\/]+${folder}\\b`), // ../<folder>, ..\<folder>
      new RegExp(`\\b${folder}[\\\\/]+reference-data`), // <folder>/reference-data
      new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${folder}['"]`), // path.join(…, '..', '<folder>')
      new RegExp(`['"]${folder}['"]\\s*,\\s*['"]reference-data['"]`), // path.join(…, '<folder>', 'reference-data')
    ];
    const offenders = projectFiles()
      .filter((f) => !f.endsWith('.md'))
      .flatMap((f) => {
        const bytes = fs.readFileSync(path.join(ROOT, f));
        if (bytes.subarray(0, 8000).includes(0)) return []; // binary: images, fonts, spreadsheets
        return bytes
          .toString('utf8')
          .split('\n')
          .flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${f}:${i + 1}: ${line.trim().slice(0, 160)}`] : []));
      });
    expect(offenders).toEqual([]);
  });

  it('the whole project type-checks under strict TypeScript', () => {
    const tsc = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
