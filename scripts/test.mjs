// `npm test`: builds the app, runs every test of every runner (vitest, then Playwright against the
// browser host), and ends with one plain line: "N passed, N failed" (", N skipped" when any were).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
// Every temporary file of the run (data folders, PostgreSQL servers, browser profiles) goes under one folder, removed
// at the end: a run leaves nothing behind in the system's temporary folder. Readable by all, as the PostgreSQL server
// the tests start runs as its own user. Node keeps the bundles it compiled there for the next of the run's hundreds of
// CLI and worker starts, as `npm run cli` does for a user (scripts/cli.mjs).
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-npm-test-'));
fs.chmodSync(scratch, 0o755);
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function run(command, args, env = {}) {
  console.log(`\n> ${path.basename(command)} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', TMPDIR: scratch, NODE_COMPILE_CACHE: path.join(scratch, 'node-compile-cache'), ...env } }).status;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };

await buildAll({ quiet: true });

const vitestJson = path.join(results, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
// The build above leaves NODE_ENV=production in this process (Vite sets it); the tests run as tests, answers checked.
// The worker threads the build just made start in a moment; from sources each start compiles them through tsx
// (tests/helpers.ts: coreOn).
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  NODE_ENV: 'test',
  VETTER_TEST_WORKER_DIR: path.join(root, 'dist', 'electron'),
});
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
// A runner that crashed or failed outside any test still fails the run.
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) totals.failed += 1;

const e2eJson = path.join(results, 'e2e.json');
fs.rmSync(e2eJson, { force: true });
const e2eStatus = run(bin('playwright'), ['test']);
const e2e = readJson(e2eJson);
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (!e2e || (e2eStatus !== 0 && e2e.stats.unexpected === 0)) totals.failed += 1;

const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
console.log(`\n${summary}`);
process.exit(totals.failed > 0 ? 1 : 0);
