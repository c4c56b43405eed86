// Does Vetter answer while it works? Starts the real browser host (dist/electron/host.cjs, as `npm start` does) on a
// fresh data folder and, while a long job runs, fires the simple requests a user makes (save the user name, open the
// vendor list, read the audit log, open a vendor's page) one after another, printing their latency: p50, p95 and max.
//   1. first use: the bundled pack loads and the screening index is built (36 demo vendors screened);
//   2. "Screen all vendors" over 10,000 vendors (ten runs in a row), after the same probes with nothing running.
// Targets (issue #10): p95 at most 100 ms, max at most 300 ms. Run: npm run bench:responsiveness
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pct } from './latency';
import { vendorCsv } from './vendor-csv';

const ROOT = path.resolve(__dirname, '..');
const HOST = path.join(ROOT, 'dist/electron/host.cjs');
const VENDORS = Number(process.env.BENCH_VENDORS ?? 10_000);

interface Host {
  child: ChildProcess;
  origin: string;
  token: string;
}

function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [HOST, '--data-dir', dataDir, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let launched = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      // The launch link, opened once, gives the page its session token: the API takes that one.
      if (m && !launched) {
        launched = true;
        fetch(`${m[1]}/?token=${m[2]}`)
          .then((res) => res.text())
          .then((html) => {
            const session = /<meta name="vetter-session" content="([^"]+)">/.exec(html)?.[1];
            if (!session) throw new Error('the launch link gave no session');
            resolve({ child, origin: m[1]!, token: session });
          })
          .catch(reject);
      }
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${out}`)));
  });
}

async function call<T>(host: Host, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vetter-token': host.token, origin: host.origin },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

async function upload(host: Host, file: string): Promise<{ ref: string; name: string }> {
  const res = await fetch(`${host.origin}/api/files?name=${encodeURIComponent(path.basename(file))}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-vetter-token': host.token, origin: host.origin },
    body: fs.readFileSync(file),
  });
  const body = (await res.json()) as { ok: boolean; value: { ref: string; name: string } };
  return body.value;
}

/** The requests fired, in turn; a vendor page is what opening one vendor asks for. */
type Probe = [label: string, request: (host: Host, i: number) => Promise<unknown>];
let vendorIds: string[] = [];
const PROBES: Probe[] = [
  ['settings save', (host, i) => call(host, 'settings.setUser', { name: `Analyst ${i}` })],
  // What the vendor list asks for when it opens: the first window of rows (vendors.page), as searched and sorted.
  ['vendor list', (host, i) => call(host, 'vendors.page', i % 8 < 4 ? {} : { query: 'cloud', sort: { key: 'screening', direction: 'desc' } })],
  ['audit list', (host) => call(host, 'audit.list', { limit: 50 })],
  [
    'vendor page',
    (host, i) => {
      const vendorId = vendorIds[i % vendorIds.length];
      return Promise.all([call(host, 'vendors.get', { id: vendorId }), call(host, 'screening.vendor', { vendorId }), call(host, 'assessment.get', { vendorId })]);
    },
  ],
];

/** Fires the probes in turn until `job` settles; returns each probe's latencies and the job's duration. */
async function probeWhile(host: Host, job: () => Promise<unknown>): Promise<{ jobMs: number; latencies: Map<string, number[]> }> {
  const latencies = new Map(PROBES.map(([label]) => [label, [] as number[]]));
  let running = true;
  const started = performance.now();
  const work = job().finally(() => {
    running = false;
  });
  let i = 0;
  while (running) {
    const [label, request] = PROBES[i % PROBES.length]!;
    const t = performance.now();
    await request(host, i);
    latencies.get(label)!.push(performance.now() - t);
    i += 1;
    await new Promise((r) => setTimeout(r, 20));
  }
  await work;
  return { jobMs: performance.now() - started, latencies };
}

function print(title: string, result: { jobMs: number; latencies: Map<string, number[]> }): void {
  console.log(`\n${title} (job took ${(result.jobMs / 1000).toFixed(1)} s)`);
  console.log('  request         n     p50      p95      max');
  const all: number[] = [];
  for (const [label, values] of result.latencies) {
    const sorted = [...values].sort((a, b) => a - b);
    all.push(...values);
    console.log(`  ${label.padEnd(14)} ${String(values.length).padStart(3)} ${pct(sorted, 50).toFixed(1).padStart(6)} ms ${pct(sorted, 95).toFixed(1).padStart(6)} ms ${(sorted.at(-1) ?? 0).toFixed(1).padStart(6)} ms`);
  }
  const sorted = all.sort((a, b) => a - b);
  const p95 = pct(sorted, 95);
  const max = sorted.at(-1) ?? 0;
  console.log(`  all            ${String(all.length).padStart(3)} ${pct(sorted, 50).toFixed(1).padStart(6)} ms ${p95.toFixed(1).padStart(6)} ms ${max.toFixed(1).padStart(6)} ms   targets p95 <= 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'}, max <= 300 ms: ${max <= 300 ? 'met' : 'MISSED'}`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(HOST)) throw new Error('dist/electron/host.cjs is missing: run "npm run build" first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-responsive-'));
  const host = await startHost(path.join(dir, 'data'));
  try {
    // What a first launch does: the host starts loading the bundled pack as it opens (the demo data goes in
    // meanwhile, a fraction of a second); Screen all waits for the pack, then builds the index.
    await call(host, 'demo.load');
    vendorIds = (await call<{ vendors: { id: string }[] }>(host, 'vendors.list')).vendors.map((v) => v.id);
    print(
      'First use: the bundled pack loads and the index is built, then 36 demo vendors are screened',
      await probeWhile(host, () => call(host, 'screening.run', { jobId: 'bench-first-use' })),
    );
    print('Idle', await probeWhile(host, () => new Promise((r) => setTimeout(r, 3000))));

    const file = await upload(host, vendorCsv(dir, VENDORS));
    const preview = await call<{ mapping: unknown }>(host, 'vendors.importPreview', { file });
    await call(host, 'vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'bench-import' });
    await call(host, 'screening.run', { jobId: 'bench-warm' });
    // With 10,000 vendors in the table, the list's windows cost something by themselves: this is the baseline to compare with.
    print(`Idle, ${VENDORS + 36} vendors`, await probeWhile(host, () => new Promise((r) => setTimeout(r, 3000))));
    print(
      `Screen all vendors, ${VENDORS + 36} vendors, ten times over`,
      await probeWhile(host, async () => {
        for (let run = 0; run < 10; run++) await call(host, 'screening.run', { jobId: `bench-screen-all-${run}` });
      }),
    );
  } finally {
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
