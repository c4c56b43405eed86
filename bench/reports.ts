// Prints how long reports take: one vendor report with a cold printer (Chromium starting) and warm, and a
// portfolio report of 500 vendors, with PDF sizes, page counts and peak memory (Node, and Chromium's processes); and
// what signing adds to each (every report is signed by its preparer: a key made on first use, as the CLI does).
// Run: npm run bench:reports [-- VENDORS]   (targets: vendor report ≤ 1 s warm, 500-vendor portfolio ≤ 15 s, signing ≤ 100 ms)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createChromiumPrinter, findChromium } from '../electron/chromium-printer';
import type { Envelope, Input, Method, Output } from '../electron/core/contract';
import { newVendorInput } from '../electron/core/contract';
import { openCore } from '../electron/core/service';
import { SigningKeys } from '../electron/core/signing/keys';
import { signPdf } from '../electron/core/signing/sign';
import { openFolderWorkspace } from '../electron/core/workspace/folder';
import pkg from '../package.json';

const WARM_RUNS = 10;
const SIGN_RUNS = 10;
const unlocker = { passphrase: async () => 'bench passphrase' };
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CN', 'SG', 'JP', 'KR', 'IN', 'CA'];
const SERVICES = ['IaaS/PaaS', 'SaaS', 'AI model/API', 'Data processing', 'Professional services', 'Hardware'] as const;
const DATA = ['Customer personal data', 'IP addresses / device data', 'Payment data', 'Source code'] as const;
const CRITICALITY = ['low', 'medium', 'high', 'critical'] as const;

/**
 * Memory of the Chromium processes this bench started, as the sum of their proportional set sizes (shared pages
 * split between the processes that share them, so the sum is honest). Linux /proc only; elsewhere 0.
 */
function chromiumRssMb(): number {
  if (process.platform !== 'linux') return 0;
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd) || !cmd.includes('playwright')) continue;
      kb += Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024;
}

function pages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 500);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-reports-'));
  const core = openCore(openFolderWorkspace(dataDir, { account: 'bench' }), {
    host: 'cli',
    version: pkg.version,
    packDir: path.join(__dirname, '..', 'assets', 'reference-pack'),
    makePrinter: () => createChromiumPrinter(),
    signing: { keysFolder: dataDir, unlocker },
  });
  const host = { resolveFile: () => '', emitProgress: () => {} };
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = (await core.invoke(method, input, host)) as Envelope<Output<M>>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  let chromiumPeak = 0;
  const sampler = setInterval(() => (chromiumPeak = Math.max(chromiumPeak, chromiumRssMb())), 100);

  await call('demo.load', {});
  const { vendors: demo } = await call('vendors.list', {});
  for (let i = demo.length; i < total; i++) {
    await call('vendors.create', {
      ...newVendorInput(`Synthetic Vendor ${i} ${['Cloud', 'Analytics', 'AI', 'Systems', 'Data'][i % 5]} Ltd`),
      countryOfIncorporation: COUNTRIES[i % COUNTRIES.length]!,
      services: [SERVICES[i % SERVICES.length]!, SERVICES[(i + 2) % SERVICES.length]!],
      dataShared: [DATA[i % DATA.length]!],
      criticality: CRITICALITY[i % CRITICALITY.length]!,
    });
  }
  let t = performance.now();
  await call('screening.run', { jobId: 'bench-screen' });
  const screenMs = performance.now() - t;
  const { vendors } = await call('vendors.list', {});

  const vendorReport = async (i: number) => {
    const start = performance.now();
    const r = await call('reports.vendor', { vendorId: vendors[i % vendors.length]!.id, jobId: `bench-v${i}` });
    return { ms: performance.now() - start, bytes: r.pdfBytes, id: r.id };
  };
  const cold = await vendorReport(0);
  const warm = [];
  for (let i = 1; i <= WARM_RUNS; i++) warm.push(await vendorReport(i * 7));
  const warmMs = warm.map((w) => w.ms).sort((a, b) => a - b);

  t = performance.now();
  const portfolio = await call('reports.portfolio', { jobId: 'bench-p' });
  const portfolioMs = performance.now() - t;
  const portfolioPdf = Buffer.from((await call('reports.export', { id: portfolio.id, format: 'pdf' })).base64, 'base64');
  const sample = Buffer.from((await call('reports.export', { id: cold.id, format: 'pdf' })).base64, 'base64');
  // Signing alone, on the reports just made: a session unlocks the key once, then signs each report.
  t = performance.now();
  const identity = await new SigningKeys(dataDir, unlocker).unlock('bench', 'bench');
  const unlockMs = performance.now() - t;
  const signingMs = async (pdf: Buffer) => {
    const runs: number[] = [];
    for (let i = 0; i < SIGN_RUNS; i++) {
      const start = performance.now();
      await signPdf(pdf, identity, 'bench');
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[Math.floor(SIGN_RUNS / 2)] ?? 0;
  };
  const signVendorMs = await signingMs(sample);
  const signPortfolioMs = await signingMs(portfolioPdf);
  clearInterval(sampler);
  chromiumPeak = Math.max(chromiumPeak, chromiumRssMb());

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const median = warmMs[Math.floor(warmMs.length / 2)] ?? 0;
  const chromium = (() => {
    try {
      return execFileSync(findChromium() ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'Chromium (version unknown)';
    }
  })();
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${chromium}`);
  console.log(`vendors: ${vendors.length} (screened in ${s(screenMs)})`);
  console.log(`vendor report, cold printer (Chromium starts): ${s(cold.ms)}`);
  console.log(`vendor report, warm printer, ${WARM_RUNS} runs: median ${s(median)}, min ${s(warmMs[0] ?? 0)}, max ${s(warmMs.at(-1) ?? 0)} (target ≤ 1 s): ${median <= 1000 ? 'PASS' : 'FAIL'}`);
  console.log(`vendor report PDF: ${(sample.length / 1024).toFixed(0)} KB, ${pages(sample)} pages`);
  console.log(`portfolio report, ${vendors.length} vendors: ${s(portfolioMs)} (target ≤ 15 s): ${portfolioMs <= 15_000 ? 'PASS' : 'FAIL'}`);
  console.log(`portfolio report PDF: ${(portfolioPdf.length / 1024).toFixed(0)} KB, ${pages(portfolioPdf)} pages`);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(
    `signing, ${SIGN_RUNS} runs each: vendor report median ${ms(signVendorMs)}, portfolio report median ${ms(signPortfolioMs)} (target ≤ 100 ms): ` +
      `${Math.max(signVendorMs, signPortfolioMs) <= 100 ? 'PASS' : 'FAIL'}; unlocking the key, once a session: ${ms(unlockMs)}`,
  );
  console.log(`peak memory: Node ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (RSS); Chromium ${chromiumPeak.toFixed(0)} MB (PSS of all its processes)`);
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

void main();
