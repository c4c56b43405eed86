// `npm start`: builds what changed since the last build (nothing, usually), then opens the desktop app. Where no
// Electron binary can be had, the same app is served by the browser host and opened in a local browser window, and
// `npm start` prints one line saying so, with the address.
//
// The Electron runtime is not in the npm package: Electron's own installer (node_modules/electron/install.js) fetches
// it, honouring ELECTRON_MIRROR and its download cache. It is tried on the first launch only. When it fails, that is
// remembered in node_modules/.cache/vetter/electron-fetch.json (per Electron version and download settings), and later
// launches go straight to the browser window without trying again. It is tried again when the download settings
// change (ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, electron_config_cache, proxy variables), when Electron's zip appears in
// its download cache (an administrator put it there), when the Electron version changes, or with
// VETTER_FETCH_ELECTRON=1. VETTER_BROWSER=1 chooses the browser window without looking for Electron at all.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = path.join(root, 'node_modules', 'electron');
// VETTER_CACHE_DIR moves it (the tests use their own).
const CACHE_DIR = process.env.VETTER_CACHE_DIR || path.join(root, 'node_modules', '.cache', 'vetter');
const FETCH_STAMP = path.join(CACHE_DIR, 'electron-fetch.json');
const FETCH_TIMEOUT_MS = 300_000;
const args = process.argv.slice(2);
const env = process.env;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The Electron binary, found the way node_modules/electron/index.js finds it, but without requiring that module:
 * requiring it starts a download (with its output and stack traces on the terminal) when the binary is missing.
 */
function installedElectron() {
  let relative;
  try {
    relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8');
  } catch {
    return null;
  }
  const file = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron') : path.join(ELECTRON_DIR, 'dist', relative);
  return fs.existsSync(file) ? file : null;
}

const electronVersion = () => readJson(path.join(ELECTRON_DIR, 'package.json'))?.version ?? 'unknown';

/** What decides whether another download could go differently: the version and every setting the installer reads. */
function downloadSettings() {
  const names = ['ELECTRON_MIRROR', 'ELECTRON_CUSTOM_DIR', 'ELECTRON_CUSTOM_FILENAME', 'electron_config_cache', 'ELECTRON_GET_USE_PROXY', 'GLOBAL_AGENT_HTTPS_PROXY', 'HTTPS_PROXY', 'https_proxy'];
  const settings = { version: electronVersion(), platform: process.platform, arch: process.arch };
  for (const name of names) settings[name] = env[name] ?? env[`npm_config_${name.toLowerCase()}`] ?? null;
  return settings;
}

/** Electron's download cache (electron_config_cache, or @electron/get's default folder). */
function electronCacheRoot() {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'electron');
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'electron');
}

/** Whether the zip the installer would download is already in its cache (the cache keeps it one folder down). */
function zipInCache(version) {
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const cache = electronCacheRoot();
  try {
    if (fs.existsSync(path.join(cache, zip))) return true;
    return fs.readdirSync(cache, { withFileTypes: true }).some((d) => d.isDirectory() && fs.existsSync(path.join(cache, d.name, zip)));
  } catch {
    return false;
  }
}

const settingsKey = (settings) => crypto.createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);

/** The remembered failures, newest last: { [settingsKey]: { at, from, why } }. */
function readFailures() {
  const stamp = readJson(FETCH_STAMP);
  return stamp && typeof stamp.failures === 'object' ? stamp.failures : {};
}

function writeFailures(failures) {
  // The last few settings only: tests and changed mirrors each leave one.
  const kept = Object.fromEntries(Object.entries(failures).slice(-8));
  try {
    fs.mkdirSync(path.dirname(FETCH_STAMP), { recursive: true });
    fs.writeFileSync(FETCH_STAMP, `${JSON.stringify({ note: 'Electron downloads that failed; delete this file (or set VETTER_FETCH_ELECTRON=1) to try again.', failures: kept }, null, 1)}\n`);
  } catch {
    // A read-only node_modules: the download is tried again next time, which is all this costs.
  }
}

/** Where the download came from and why it failed, in a few words, from the installer's stderr (a stack trace). */
function failureReason(install, settings) {
  const source = settings.ELECTRON_MIRROR ?? 'github.com';
  let from = source;
  try {
    from = new URL(source).host || source;
  } catch {
    // Not a URL: named as it is.
  }
  if (install.error?.code === 'ETIMEDOUT') return { from, why: `not finished within ${FETCH_TIMEOUT_MS / 60_000} minutes` };
  const first = (install.stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  return { from, why: (first ?? 'it did not complete').replace(/^(\w*Error): /, '').slice(0, 100) };
}

/** The Electron binary, fetching it when that is worth a try; or the reason there is none. */
function electronBinary() {
  if (env.VETTER_BROWSER === '1') return { reason: null };
  const existing = installedElectron();
  if (existing) return { file: existing };

  const settings = downloadSettings();
  const key = settingsKey(settings);
  const failures = readFailures();
  const failed = failures[key];
  if (failed && env.VETTER_FETCH_ELECTRON !== '1' && !zipInCache(settings.version)) {
    return { reason: `its download from ${failed.from} failed on ${String(failed.at).slice(0, 10)}: ${failed.why}; VETTER_FETCH_ELECTRON=1 tries again` };
  }

  // A message for the wait; on a terminal it is erased again, so what stays is one line either way.
  const interactive = process.stdout.isTTY;
  const message = 'Fetching the Electron runtime (first launch only)...';
  if (interactive) process.stdout.write(message);
  else console.log(message);
  const install = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: FETCH_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (interactive) process.stdout.write('\r\x1b[2K');
  const fetched = installedElectron();
  delete failures[key];
  if (fetched) {
    writeFailures(failures);
    return { file: fetched };
  }
  const { from, why } = failureReason(install, settings);
  writeFailures({ ...failures, [key]: { at: new Date().toISOString(), from, why } });
  return { reason: `its download from ${from} failed: ${why}` };
}

try {
  // Silent: a build prints nothing unless it fails (then it says where, and `npm start` stops).
  await buildAll({ logging: 'silent' });
} catch (err) {
  if (!err?.errors) console.error(err instanceof Error ? err.message : String(err));
  console.error('Vetter could not be built (see above); nothing was started.');
  process.exit(1);
}

const electron = electronBinary();
const child = electron.file
  ? spawn(electron.file, [root, ...args], { stdio: 'inherit' })
  : // The browser host prints the one line: the reason, then the address.
    spawn(process.execPath, [path.join(root, 'dist/electron/host.cjs'), ...args], {
      stdio: 'inherit',
      env: {
        ...env,
        // Node keeps the compiled bundle between launches (it checks the source is unchanged): a faster start.
        NODE_COMPILE_CACHE: env.NODE_COMPILE_CACHE ?? path.join(CACHE_DIR, 'node-compile-cache'),
        ...(electron.reason ? { VETTER_FALLBACK_REASON: electron.reason } : {}),
      },
    });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
