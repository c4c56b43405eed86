// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild, NODE_BUNDLES below):
// dist/renderer/, dist/electron/{main,preload,host}.cjs and dist/cli.cjs. better-sqlite3 (native) and playwright-core
// (it finds its own files at run time) stay external; pg (the team workspace's driver) is bundled. The report fonts are copied to dist/report-fonts, and the bundled
// pack's screening index is built ahead by this build's own matcher (dist/electron/screening-pack-index.bin).
//
// A build is skipped when no input changed since the last one: dist/.build-stamp.json keeps the SHA-256 of every
// input file (BUILD_INPUTS) and the list of outputs, and a build happens when a hash differs, a file came or went, or
// an output is missing. `node scripts/build.mjs --force` rebuilds regardless; `--status` only says whether dist/ is
// up to date (exit 0) or not (exit 1, and why). Two builds never run at once (tests build in parallel processes):
// the second waits for dist/.build-lock and then finds dist/ up to date.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainModule } from './is-main-module.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Node-side bundles, one line each (entry from the repo root, then its output file). */
export const NODE_BUNDLES = [
  { entry: 'electron/main/index.ts', outfile: 'dist/electron/main.cjs' },
  { entry: 'electron/preload/index.ts', outfile: 'dist/electron/preload.cjs' },
  { entry: 'electron/browser-host-main.ts', outfile: 'dist/electron/host.cjs' },
  { entry: 'electron/cli.ts', outfile: 'dist/cli.cjs' },
  // Worker threads the core starts for long work (CoreOptions.workerDir is their folder).
  { entry: 'electron/core/lists/worker.ts', outfile: 'dist/electron/lists-worker.cjs' },
  { entry: 'electron/core/screening/worker.ts', outfile: 'dist/electron/screening-worker.cjs' },
  { entry: 'electron/core/scoring/worker.ts', outfile: 'dist/electron/scoring-worker.cjs' },
  { entry: 'electron/core/vendors/worker.ts', outfile: 'dist/electron/vendors-worker.cjs' },
  { entry: 'electron/core/questionnaires/worker.ts', outfile: 'dist/electron/questionnaires-worker.cjs' },
  // Run once by the build itself: the bundled pack's screening index, built ahead (PREBUILT_INDEX below).
  { entry: 'electron/core/screening/prebuild.ts', outfile: 'dist/electron/screening-prebuild.cjs' },
];

/** The pack's screening index, read by the screening worker of this same build (electron/core/screening/prebuilt.ts). */
const PACK_DIR = 'assets/reference-pack';
export const PREBUILT_INDEX = 'dist/electron/screening-pack-index.bin';

/**
 * What a build reads: the sources (the renderer imports electron/core too), the bundled list pack (the prebuilt index
 * is made from it), the dependency versions (the lock file; the report fonts come from node_modules), the build
 * configuration, and this script (a new bundle above is a change).
 * Folders are read recursively; files whose name starts with a dot are ignored.
 */
export const BUILD_INPUTS = ['renderer', 'electron', PACK_DIR, 'package.json', 'package-lock.json', 'vite.config.mts', 'tsconfig.json', 'scripts/build.mjs'];

const STAMP = path.join(root, 'dist', '.build-stamp.json');
const LOCK = path.join(root, 'dist', '.build-lock');

/** Every file a build must leave behind; a missing one means dist/ is not complete. */
function outputs() {
  return [...NODE_BUNDLES.map((b) => b.outfile), PREBUILT_INDEX, 'dist/renderer/index.html', 'dist/report-fonts'];
}

/** repo-relative path (forward slashes) → SHA-256 of the content, for every input file. */
export function hashInputs() {
  const hashes = {};
  const visit = (rel) => {
    const full = path.join(root, rel);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) {
        if (!name.startsWith('.') && name !== 'node_modules') visit(`${rel}/${name}`);
      }
    } else if (stat.isFile()) {
      hashes[rel] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  for (const input of BUILD_INPUTS) visit(input);
  return hashes;
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

/** Whether dist/ was built from exactly these inputs; when it was not, one short reason. */
export function buildStatus(hashes = hashInputs()) {
  const stamp = readStamp();
  if (!stamp?.inputs) return { upToDate: false, reason: 'dist/ has no build stamp (never built, or the last build did not finish)' };
  const missing = outputs().filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length) return { upToDate: false, reason: `${missing[0]} is missing` };
  const changed = [...new Set([...Object.keys(hashes), ...Object.keys(stamp.inputs)])].filter((file) => hashes[file] !== stamp.inputs[file]).sort();
  if (changed.length) {
    const named = changed.slice(0, 3).join(', ');
    return { upToDate: false, reason: `${changed.length} input file(s) changed: ${named}${changed.length > 3 ? ', ...' : ''}` };
  }
  return { upToDate: true, reason: 'no input changed since the last build' };
}

/**
 * The fontsource files reports embed (electron/core/reports/report-fonts.json), beside the bundles: they are
 * devDependencies, so the packaged app has no node_modules copy of them. Only the weights used, only woff2, and the
 * font licences.
 */
function copyReportFonts() {
  const fonts = JSON.parse(fs.readFileSync(path.join(root, 'electron/core/reports/report-fonts.json'), 'utf8'));
  const require = createRequire(import.meta.url);
  const out = path.join(root, 'dist/report-fonts');
  fs.rmSync(out, { recursive: true, force: true });
  for (const font of fonts) {
    const to = path.join(out, font.package);
    fs.mkdirSync(path.join(to, 'files'), { recursive: true });
    for (const weight of font.weights) {
      const cssFile = require.resolve(`${font.package}/${weight}.css`);
      fs.copyFileSync(cssFile, path.join(to, `${weight}.css`));
      for (const [, file] of fs.readFileSync(cssFile, 'utf8').matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)/g)) {
        fs.copyFileSync(path.join(path.dirname(cssFile), file), path.join(to, file));
      }
    }
    fs.copyFileSync(require.resolve(`${font.package}/LICENSE`), path.join(to, 'LICENSE'));
  }
}

/** Vite and esbuild are loaded only when something is built: a warm `npm start` never pays for them. */
async function buildEverything(logging, buildId) {
  const [{ build: esbuild }, { build: viteBuild }] = await Promise.all([import('esbuild'), import('vite')]);
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: { info: 'info', quiet: 'warn', silent: 'error' }[logging] });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // pg-native: pg's optional binding (a libpq build), which Vetter does not use; pg requires it only when asked to.
    external: ['electron', 'better-sqlite3', 'pg-native'],
    plugins: [lazyPlaywright],
    logLevel: { info: 'info', quiet: 'warning', silent: 'error' }[logging],
    legalComments: 'none',
    // Which build this is (electron/core/build-id.ts): files one build makes for itself are not read by another.
    define: { __VETTER_BUILD_ID__: JSON.stringify(buildId) },
  };
  // All settled before going on: a failed bundle must not leave the others writing after the lock is released.
  const results = await Promise.allSettled(NODE_BUNDLES.map((b) => esbuild({ ...common, entryPoints: [path.join(root, b.entry)], outfile: path.join(root, b.outfile) })));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  copyReportFonts();
  execFileSync(process.execPath, [path.join(root, 'dist/electron/screening-prebuild.cjs'), path.join(root, PACK_DIR), path.join(root, PREBUILT_INDEX)], { stdio: 'inherit' });
}

/**
 * playwright-core (external: it finds its own files at run time) drives the system Chromium that prints reports in the
 * CLI and the browser host. Required where electron/chromium-printer.ts loads, it would cost every start of the
 * browser host about 0.3 s for a module that only printing uses; this stand-in requires it on first use instead. It
 * offers playwright-core's exports by name (PLAYWRIGHT_EXPORTS): one not listed is undefined in the bundles.
 */
const PLAYWRIGHT_EXPORTS = ['chromium', 'firefox', 'webkit', 'selectors', 'devices', 'errors', 'request', '_android', '_electron'];
const lazyPlaywright = {
  name: 'lazy-playwright-core',
  setup(build) {
    build.onResolve({ filter: /^playwright-core$/ }, (args) =>
      args.namespace === 'lazy-playwright-core' ? { path: 'playwright-core', external: true } : { path: 'playwright-core', namespace: 'lazy-playwright-core' },
    );
    // A getter per export: the bundle copies them (esbuild's ESM interop) without reading them.
    build.onLoad({ filter: /.*/, namespace: 'lazy-playwright-core' }, () => ({
      loader: 'js',
      contents: `let real;
const load = () => (real ??= require('playwright-core'));
for (const name of ${JSON.stringify(PLAYWRIGHT_EXPORTS)}) {
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
}`,
    }));
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes dist/.build-lock (a directory: creating one is atomic), waiting while a live process holds it. */
async function lock() {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return () => fs.rmSync(LOCK, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')) || 0;
    } catch {
      // Just taken (no pid yet) or just released.
    }
    let alive = true;
    if (holder) {
      try {
        process.kill(holder, 0);
      } catch (err) {
        alive = err.code === 'EPERM';
      }
    }
    const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    // A lock left by a build that died (or one older than any build takes) is taken over.
    if (!alive || (!holder && age > 10_000) || age > 10 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`Another build (process ${holder}) has held ${LOCK} for too long.`);
    else await sleep(200);
  }
}

/**
 * Builds dist/ when an input changed since the last build (or with `force`), and returns what it did.
 * logging: 'info' (everything), 'quiet' (warnings and errors), 'silent' (errors only).
 */
export async function buildAll({ force = false, quiet = false, logging = quiet ? 'quiet' : 'info' } = {}) {
  if (!force) {
    const status = buildStatus();
    if (status.upToDate) return { built: false, reason: status.reason };
  }
  const unlock = await lock();
  try {
    // Hashed before building: a file saved during the build is seen as changed by the next one.
    const hashes = hashInputs();
    const status = buildStatus(hashes);
    // Another process may have built while this one waited for the lock.
    if (status.upToDate && !force) return { built: false, reason: status.reason };
    fs.rmSync(STAMP, { force: true });
    await buildEverything(logging, crypto.createHash('sha256').update(JSON.stringify(hashes)).digest('hex'));
    fs.writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString(), outputs: outputs(), inputs: hashes }, null, 1)}\n`);
    return { built: true, reason: force ? '--force' : status.reason };
  } finally {
    unlock();
  }
}

if (isMainModule(import.meta.url)) {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  if (args.includes('--status')) {
    const status = buildStatus();
    console.log(status.upToDate ? `dist/ is up to date: ${status.reason}.` : `dist/ is out of date: ${status.reason}.`);
    process.exit(status.upToDate ? 0 : 1);
  }
  try {
    const result = await buildAll({ force: args.includes('--force'), quiet });
    if (!quiet) console.log(result.built ? `Built dist/ (${result.reason}).` : `dist/ is up to date (${result.reason}); --force rebuilds it.`);
  } catch (err) {
    // Vite and esbuild have printed what failed, with file and line; their stack traces say nothing more.
    if (!err?.errors) console.error(err instanceof Error ? err.message : String(err));
    console.error('The build failed.');
    process.exitCode = 1;
  }
}
