// Packs the real build with electron-builder.yml (the `dir` target, nothing is installed or signed)
// and checks what would ship: the app.asar contents, the unpacked native module, the fuses and the CLI (its bundle
// and the vetter-cli launcher). The Electron binary cannot be downloaded here, so electronDist is a stub: a file named
// `electron` that carries a fuse wire (sentinel + states), which lets electron-builder flip the real fuses; as a
// shell script it prints the arguments it was given, which shows what the launcher passes to the app.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, archFromString, build, getArchSuffix, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../built';
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
  const script = '#!/bin/sh\nfor arg in "$@"; do printf \'%s\\n\' "$arg"; done\nexit "${STUB_EXIT:-0}"\n';
  writeFileSync(file, Buffer.concat([Buffer.from(script), Buffer.from(FUSE_SENTINEL), wire]));
  chmodSync(file, 0o755);
}

let files: string[];

// Packs what the sources build to now: dist/ is rebuilt first when a source changed since the last build.
beforeAll(buildIfStale, 300_000);

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

  it('ships the CLI: its bundle, with the list pack where the bundle looks for it, and the vetter-cli launcher', () => {
    expect(files).toContain('/dist/cli.cjs');
    // dist/cli.cjs looks one folder up for assets/reference-pack (PACK_DIR in electron/cli.ts).
    expect(files).toContain('/assets/reference-pack/manifest.json');
    // With the pack's screening index its build made (the screening worker reads it beside itself), not its maker.
    expect(files).toContain('/dist/electron/screening-pack-index.bin');
    expect(files).not.toContain('/dist/electron/screening-prebuild.cjs');
    const launcher = path.join(appOutDir, 'vetter-cli');
    expect(existsSync(launcher)).toBe(true);
    expect(statSync(launcher).mode & 0o111, 'vetter-cli is executable').toBe(0o111);
    expect(existsSync(path.join(appOutDir, 'vetter'))).toBe(true);
  });

  it('vetter-cli runs the app in CLI mode with the arguments as given, from a link elsewhere too, and keeps its exit code', () => {
    const run = (launcher: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(launcher, args, { encoding: 'utf8', env: { PATH: process.env.PATH, DISPLAY: ':0', ...env } });
    const direct = run(path.join(appOutDir, 'vetter-cli'), ['vendors', 'list', '--format', 'json', '--data-dir', '/tmp/a folder']);
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout.trimEnd().split('\n')).toEqual(['--cli', '--', 'vendors', 'list', '--format', 'json', '--data-dir', '/tmp/a folder']);

    const bin = tempDir();
    symlinkSync(path.join(appOutDir, 'vetter-cli'), path.join(bin, 'vetter-cli'));
    const linked = run(path.join(bin, 'vetter-cli'), ['audit', 'verify'], { STUB_EXIT: '1' });
    expect(linked.status).toBe(1);
    expect(linked.stdout.trimEnd().split('\n')).toEqual(['--cli', '--', 'audit', 'verify']);

    // No desktop session (a server, SSH): Chromium's headless platform, so no X server is needed.
    const headless = run(path.join(appOutDir, 'vetter-cli'), ['--help'], { DISPLAY: '' });
    expect(headless.stdout.trimEnd().split('\n')).toEqual(['--ozone-platform=headless', '--disable-gpu', '--cli', '--', '--help']);
  });

  it('the Windows and macOS launchers are configured, and the Windows one passes --cli -- and the exit code', () => {
    const config = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^win:\n(?: .*\n)*? {2}extraFiles:\n {4}- from: build\/launchers\/vetter-cli\.cmd\n {6}to: vetter-cli\.cmd$/m);
    expect(config).toMatch(/^mac:\n(?: .*\n)*? {2}extraResources:\n {4}- from: build\/launchers\/vetter-cli\n {6}to: vetter-cli$/m);
    const cmd = readFileSync(path.join(ROOT, 'build/launchers/vetter-cli.cmd'), 'utf8');
    expect(cmd).toContain('"%~dp0Vetter.exe" --cli -- %*');
    expect(cmd).toContain('exit /b %ERRORLEVEL%');
    // cmd.exe reads batch files line by line with CRLF endings.
    expect(cmd.split('\r\n').length).toBe(cmd.split('\n').length);
    const sh = readFileSync(path.join(ROOT, 'build/launchers/vetter-cli'), 'utf8');
    expect(sh).toContain('../MacOS/Vetter');
  });

  it('the packaged CLI bundle runs from the app folder: it finds the list pack and its workers', () => {
    // Node stands in for the app's executable (it cannot run here): the same bundle, from the packaged files.
    const app = path.join(tmp, 'extracted');
    extractAll(asarPath, app);
    const help = spawnSync(process.execPath, [path.join(app, 'dist/cli.cjs'), '--help'], { encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    const vendors = path.join(tempDir(), 'v.csv');
    writeFileSync(vendors, 'name,aliases,country,parent\nHuawei Cloud,,CN,Huawei Technologies Co. Ltd.\n');
    const screened = spawnSync(process.execPath, [path.join(app, 'dist/cli.cjs'), 'screen', '--vendors', vendors, '--format', 'json', '--data-dir', tempDir()], { encoding: 'utf8', cwd: tempDir() });
    expect(screened.status, screened.stderr).toBe(0);
    const out = JSON.parse(screened.stdout);
    expect(out.lists.length).toBeGreaterThan(0);
    expect(out.results[0].status).toBe('match');
  }, 120_000);

  it('flips every Electron fuse as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'vetter'));
    for (const fuse of fuseOrder) expect(wire[fuse], FuseV1Options[fuse]).toBe(stateOf(expectedFuses[fuse]));
  });
});
