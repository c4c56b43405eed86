// Times a warm `npm start` in the browser host: from spawning `npm start -- --no-open --port 0 --data-dir DIR` (a new,
// empty data folder each run) to the line with the address. "Warm": dist/ is up to date (built once first if a source
// changed) and a first launch already happened (one untimed run first, which is when the Electron runtime is fetched,
// or its failure remembered). Where Electron is installed, VETTER_BROWSER=1 picks the browser host, so the same path is
// timed everywhere. Prints the median (min, max) of several runs and checks that start printed one line.
// Run: npm run bench:start [-- --runs N]   (target ≤ 2 s)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const TARGET = 2;
const URL_LINE = /Vetter is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

const electronInstalled = (() => {
  try {
    const dir = path.join(root, 'node_modules', 'electron');
    return fs.existsSync(path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
})();
const env = electronInstalled ? { ...process.env, VETTER_BROWSER: '1' } : process.env;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-start-'));

function stop(child) {
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
  else process.kill(-child.pid, 'SIGTERM');
}

/** One `npm start`: seconds to the address line, and what it printed by then (npm's own "> ..." lines aside). */
function startOnce() {
  const dataDir = fs.mkdtempSync(path.join(tmp, 'data-'));
  const started = process.hrtime.bigint();
  const child = spawn('npm', ['start', '--', '--no-open', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env,
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no address within 300 s:\n${output}`)), 300_000);
    let done = false;
    const finish = (err, seconds) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const settle = () => (err ? reject(err) : resolve({ seconds, lines: output.split('\n').filter((l) => l.trim() && !l.startsWith('> ')) }));
      if (child.exitCode !== null || child.signalCode !== null) return settle();
      child.once('exit', settle);
      try {
        stop(child);
      } catch {
        // It ended on its own meanwhile.
      }
    };
    const onData = (chunk) => {
      output += chunk.toString();
      if (URL_LINE.test(output)) finish(null, Number(process.hrtime.bigint() - started) / 1e9);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('exit', (code) => finish(new Error(`npm start exited (${code}) before printing the address:\n${output}`)));
  });
}

const built = await buildAll({ logging: 'silent' });
const firstLaunch = await startOnce();
const times = [];
let lines = [];
for (let i = 0; i < RUNS; i++) {
  const run = await startOnce();
  times.push(run.seconds);
  lines = run.lines;
}
times.sort((a, b) => a - b);
const median = times[Math.floor((times.length - 1) / 2)];
const s = (x) => `${x.toFixed(2)} s`;
console.log(`npm start, warm, browser host: node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`dist/ ${built.built ? 'was rebuilt first' : 'was up to date'}; untimed first launch took ${s(firstLaunch.seconds)}${electronInstalled ? '; Electron is installed, so VETTER_BROWSER=1 was set' : ''}.`);
console.log(`${RUNS} runs, a new data folder each: median ${s(median)} (min ${s(times[0])}, max ${s(times[times.length - 1])}) to the address; target ≤ ${TARGET} s ${median <= TARGET ? 'met' : 'MISSED'}.`);
console.log(`It printed ${lines.length} line(s) (npm's own "> ..." lines aside):`);
for (const line of lines) console.log(`  ${line}`);
fs.rmSync(tmp, { recursive: true, force: true });
