// Packs the real build with electron-builder.yml (the `dir` target, nothing is installed or signed)
// and checks what would ship: the app.asar contents, the unpacked native module and the fuses.
// The Electron binary cannot be downloaded here, so electronDist is a stub: a file named `electron`
// that carries a fuse wire (sentinel + states), which lets electron-builder flip the real fuses.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, archFromString, build, getArchSuffix, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers';

const tmp = tempDir('vetter-pack-');
const arch = archFromString(process.arch);
const appOutDir = path.join(tmp, 'release', `linux${getArchSuffix(arch)}-unpacked`);
const asarPath = path.join(appOutDir, 'resources', 'app.asar');

/** What electron-builder.yml asks for, by fuse. */
const expectedFuses: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
const fuseOrder = Object.keys(expectedFuses).map(Number) as FuseV1Options[];
// On the wire a fuse is the ASCII digit '1' (on) or '0' (off), after a sentinel string.
const stateOf = (on: boolean) => (on ? 0x31 : 0x30);
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in Electron: its fuse wire starts as the opposite of what we want, so a pass proves the flip. */
function writeStubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.from([1 /* wire version */, fuseOrder.length, ...fuseOrder.map((fuse) => stateOf(!expectedFuses[fuse]))]);
  const file = path.join(dir, 'electron');
  writeFileSync(file, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), wire]));
  chmodSync(file, 0o755);
}

let files: string[];

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/electron/main.cjs'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  }
}, 120_000);

beforeAll(async () => {
  const electronDist = path.join(tmp, 'electron-dist');
  writeStubElectron(electronDist);
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir', arch),
    publish: 'never',
    config: { directories: { output: path.join(tmp, 'release') }, electronDist },
  });
  files = listPackage(asarPath, { isPack: false }).map((file) => file.replace(/\\/g, '/'));
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('packaged app', () => {
  it('contains the built app and its package.json', () => {
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']) {
      expect(files, file).toContain(file);
    }
  });

  it('ships better-sqlite3 with its prebuilt binary unpacked, where Electron loads it from', () => {
    const binary = `node_modules/better-sqlite3/prebuilds/linux-${Arch[arch]}.node`;
    expect(existsSync(path.join(appOutDir, 'resources', 'app.asar.unpacked', binary))).toBe(true);
    expect(statFile(asarPath, binary)).toMatchObject({ unpacked: true });
    expect(files).toContain('/node_modules/better-sqlite3/lib/binding.js');
  });

  it('ships no other dependency: the rest is bundled into dist/', () => {
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    expect([...modules]).toEqual(['better-sqlite3']);
  });

  it('ships no sources, tests, source maps or native build inputs', () => {
    expect(files.filter((f) => /\.(ts|tsx|mts|cts|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/(tests|electron|renderer|scripts|bench|docs|src)(\/|$)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.includes('/renderer/src') || f.includes('/electron/core'))).toEqual([]);
    expect(files.filter((f) => /^\/node_modules\/better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it('flips every Electron fuse as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'vetter'));
    for (const fuse of fuseOrder) expect(wire[fuse], FuseV1Options[fuse]).toBe(stateOf(expectedFuses[fuse]));
  });
});
