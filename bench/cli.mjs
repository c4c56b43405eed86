// Cold times of the CLI bundle: every run is a fresh `node dist/cli.cjs ...` process, timed from spawn to exit, and
// each case prints the median (with min and max) of several runs.
//   --help                                   target ≤ 0.4 s
//   vendors list --format json               on an empty data folder (a new one each run: the database is created)
//                                            target ≤ 0.5 s
//   screen --vendors 10.csv --format json    10 vendors (a CSV written here), target ≤ 1.5 s, measured twice:
//     fresh data folder                      a new folder each run: the vendors are screened against the bundled
//                                            lists as installed, through the pack's screening index that
//                                            `npm run build` prebuilt (nothing is stored)
//     lists loaded in the folder             a folder whose database holds the lists (the bundled pack, loaded by a
//                                            `vetter score` first): the index is built from the database's entries
// The differences between the cases give the breakdown of a cold `screen`: Node starting and loading the bundle
// (--help, which loads no core module), loading the core and creating a database (list − help), reading the prebuilt
// index and screening (screen fresh − list), and building the index from the lists instead (screen loaded − fresh).
// Run: npm run bench:cli [-- --runs N]   (builds dist/ first if a source changed)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli.cjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const VENDORS = [
  'name,aliases,country,parent',
  'Huawei Cloud,华为云,CN,Huawei Technologies Co. Ltd.',
  'Amazon Web Services,AWS,US,Amazon.com Inc.',
  'Alibaba Cloud,阿里云,CN,Alibaba Group Holding Ltd',
  'SAP SE,,DE,',
  'Hikvision Digital Technology,海康威视,CN,',
  'OVHcloud,OVH,FR,',
  'Naver Cloud,,KR,Naver Corporation',
  'Acme Widgets Ltd,,GB,',
  'Tata Consultancy Services,TCS,IN,Tata Sons',
  'SenseTime Group,商汤科技,CN,',
].join('\n');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-cli-'));
const freshDir = () => fs.mkdtempSync(path.join(tmp, 'data-'));
const vendorsCsv = path.join(tmp, 'vendors-10.csv');
fs.writeFileSync(vendorsCsv, `${VENDORS}\n`);

/** One fresh process, timed from spawn to exit; fails loudly if the command failed. */
function timeOnce(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`node dist/cli.cjs ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  return { seconds, stdout: run.stdout };
}

function measure(makeArgs) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(timeOnce(makeArgs()).seconds);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor((times.length - 1) / 2)], min: times[0], max: times[times.length - 1] };
}

const built = await buildAll({ logging: 'silent' });
// A folder whose database holds the lists: `score` loads the bundled pack to screen the vendors it scores.
const loaded = freshDir();
timeOnce(['vendors', 'import', vendorsCsv, '--data-dir', loaded]);
timeOnce(['score', '--format', 'json', '--data-dir', loaded]);
const first = JSON.parse(timeOnce(['screen', '--vendors', vendorsCsv, '--format', 'json', '--data-dir', freshDir()]).stdout);

const cases = [
  { name: '--help', target: 0.4, result: measure(() => ['--help']) },
  { name: 'vendors list (empty data folder)', target: 0.5, result: measure(() => ['vendors', 'list', '--format', 'json', '--data-dir', freshDir()]) },
  { name: 'screen 10 vendors (fresh data folder)', target: 1.5, result: measure(() => ['screen', '--vendors', vendorsCsv, '--format', 'json', '--data-dir', freshDir()]) },
  { name: 'screen 10 vendors (lists loaded in the folder)', target: 1.5, result: measure(() => ['screen', '--vendors', vendorsCsv, '--format', 'json', '--data-dir', loaded]) },
];

const s = (x) => `${x.toFixed(2)} s`;
console.log(`CLI cold start: node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${RUNS} runs per case, a fresh process each; dist/ ${built.built ? 'was rebuilt first' : 'was up to date'}.`);
console.log(`The screen cases screen ${first.results.length} vendors against ${first.lists.length} lists (${first.lists.reduce((n, l) => n + l.entries, 0)} entries).\n`);
const width = Math.max(...cases.map((c) => c.name.length));
for (const c of cases) {
  const { median, min, max } = c.result;
  console.log(`${c.name.padEnd(width)}  median ${s(median)}  (min ${s(min)}, max ${s(max)})  target ≤ ${c.target} s  ${median <= c.target ? 'met' : 'MISSED'}`);
}
const [help, list, screenFresh, screenLoaded] = cases.map((c) => c.result.median);
console.log(`\nBreakdown of a cold screen on a fresh data folder (differences of medians):`);
const rows = [
  ['Node starting, reading and compiling the CLI bundle', help],
  ['loading the core modules, creating the database', list - help],
  ['reading the prebuilt index of the bundled lists, screening 10', screenFresh - list],
  ['building the index from the lists in the database instead', screenLoaded - screenFresh],
];
for (const [what, seconds] of rows) console.log(`  ${what.padEnd(62)} ${s(Math.max(0, seconds))}`);

fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results', 'cli-latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), runs: RUNS, cases: cases.map((c) => ({ name: c.name, target: c.target, ...c.result })) }, null, 2)}\n`,
);
fs.rmSync(tmp, { recursive: true, force: true });
