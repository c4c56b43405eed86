// scripts/build.mjs: run from any folder (a path with a space, Windows paths), and building only when an input changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, without type declarations
import { isMainModule } from '../../scripts/is-main-module.mjs';
import { ROOT, tempDir } from '../helpers';

describe('isMainModule (was the script run, or imported?)', () => {
  it('matches a path with spaces and other characters a URL encodes', () => {
    for (const file of ['/home/ana/My Projects/vetter/scripts/build.mjs', '/tmp/a#b/100% done/build.mjs']) {
      expect(isMainModule(pathToFileURL(file).href, file, { windows: false })).toBe(true);
      // What the scripts used to compare: never equal once the path has a space (or a # or %).
      expect(pathToFileURL(file).href).not.toBe(`file://${file}`);
    }
  });

  it('matches Windows paths: backslashes, a drive letter, spaces, and any letter case', () => {
    const url = 'file:///C:/Users/Ana%20Lima/Vetter%20app/scripts/build.mjs';
    expect(isMainModule(url, 'C:\\Users\\Ana Lima\\Vetter app\\scripts\\build.mjs', { windows: true })).toBe(true);
    expect(isMainModule(url, 'c:\\users\\ana lima\\vetter app\\scripts\\BUILD.mjs', { windows: true })).toBe(true);
    expect(isMainModule(url, 'C:\\Users\\Ana Lima\\Vetter app\\scripts\\test.mjs', { windows: true })).toBe(false);
  });

  it('is false for another file, or when there is no script path', () => {
    expect(isMainModule('file:///repo/scripts/build.mjs', '/repo/scripts/test.mjs', { windows: false })).toBe(false);
    expect(isMainModule('file:///repo/scripts/build.mjs', undefined, { windows: false })).toBe(false);
  });

  it('no script compares import.meta.url with a hand-made file:// string', () => {
    const scripts = fs.readdirSync(path.join(ROOT, 'scripts')).filter((f) => f.endsWith('.mjs'));
    const offenders = scripts.filter((f) => /import\.meta\.url\s*===?\s*`file:\/\//.test(fs.readFileSync(path.join(ROOT, 'scripts', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/** A copy of the build script in a folder whose path has spaces, with a few stand-in inputs and outputs. */
function spacedCopy() {
  const repo = path.join(tempDir(), 'My Projects', 'Vetter repo');
  fs.mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  for (const f of ['build.mjs', 'is-main-module.mjs']) fs.copyFileSync(path.join(ROOT, 'scripts', f), path.join(repo, 'scripts', f));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.writeFileSync(path.join(repo, rel), text);
  };
  write('package.json', '{"name":"vetter","version":"1.0.0"}\n');
  write('electron/main/index.ts', 'export {};\n');
  write('renderer/index.html', '<title>Vetter</title>\n');
  const status = () => spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), '--status'], { cwd: tempDir(), encoding: 'utf8' });
  return { repo, write, status };
}

describe('scripts/build.mjs', () => {
  it('runs as a script from a path with spaces (before the fix it silently did nothing there)', () => {
    const { status } = spacedCopy();
    const r = status();
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('dist/ is out of date: dist/ has no build stamp (never built, or the last build did not finish).\n');
    expect(r.status).toBe(1);
  });

  it('says dist/ is up to date only while no input changed, no input came or went, and every output is there', async () => {
    const { repo, write, status } = spacedCopy();
    const build = await import(pathToFileURL(path.join(repo, 'scripts', 'build.mjs')).href);
    // What a finished build leaves: every output, and the stamp with the inputs' hashes.
    const outputs: string[] = [...build.NODE_BUNDLES.map((b: { outfile: string }) => b.outfile), build.PREBUILT_INDEX, 'dist/renderer/index.html', 'dist/report-fonts/x'];
    for (const out of outputs) write(out, 'built\n');
    write('dist/.build-stamp.json', JSON.stringify({ inputs: build.hashInputs() }));
    expect(status().stdout).toMatch(/^dist\/ is up to date/);
    expect(status().status).toBe(0);

    // Saved again unchanged: still up to date (contents are compared, not times).
    write('electron/main/index.ts', 'export {};\n');
    expect(status().status).toBe(0);

    write('electron/main/index.ts', 'export const changed = true;\n');
    expect(status().stdout).toBe('dist/ is out of date: 1 input file(s) changed: electron/main/index.ts.\n');
    write('electron/main/index.ts', 'export {};\n');
    expect(status().status).toBe(0);

    write('renderer/src/new.tsx', 'export {};\n');
    expect(status().stdout).toMatch(/changed: renderer\/src\/new\.tsx/);
    fs.rmSync(path.join(repo, 'renderer/src'), { recursive: true });
    expect(status().status).toBe(0);

    // The bundled list pack is an input too: the build makes the pack's screening index from it.
    write('assets/reference-pack/manifest.json', '{}\n');
    expect(status().stdout).toBe('dist/ is out of date: 1 input file(s) changed: assets/reference-pack/manifest.json.\n');
    fs.rmSync(path.join(repo, 'assets'), { recursive: true });
    expect(status().status).toBe(0);

    fs.rmSync(path.join(repo, 'dist/cli.cjs'));
    expect(status().stdout).toBe('dist/ is out of date: dist/cli.cjs is missing.\n');
  });
});
