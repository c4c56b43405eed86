// Prints how long a bulk vendor import takes (read + check, then the one write transaction), and memory.
// Run: npm run bench:import [-- ROWS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/core/db/open';
import { applyImport, planImport } from '../electron/core/vendors/import';
import { VendorRepository } from '../electron/core/vendors/repository';
import { exportCsv } from '../electron/core/vendors/export';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-'));
  const lines = ['name,aliases,country,parent,website,services,data_shared,criticality,owner,notes'];
  for (let i = 0; i < rows; i++) {
    lines.push(`Vendor ${i} Cloud Ltd,V${i};供应商${i},GB,Parent ${i % 100} plc,https://v${i}.example,SaaS;AI model/API,Customer personal data,high,Owner ${i % 7},note ${i}`);
  }
  const file = path.join(dir, 'vendors.csv');
  fs.writeFileSync(file, lines.join('\n'));
  const db = openDatabase(dir);
  const repo = new VendorRepository(db);

  let t = performance.now();
  const plan = await planImport(repo, file);
  const checkMs = performance.now() - t;
  t = performance.now();
  await applyImport(db, repo, plan, { onDuplicate: 'skip', actor: 'bench' });
  const writeMs = performance.now() - t;
  t = performance.now();
  const list = repo.list();
  const listMs = performance.now() - t;
  t = performance.now();
  exportCsv(list);
  const exportMs = performance.now() - t;

  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`vendors: ${rows} (${mb} MB CSV)`);
  console.log(`read + check: ${checkMs.toFixed(0)} ms`);
  console.log(`write (one transaction, with ${rows + 1} audit events): ${writeMs.toFixed(0)} ms (${Math.round(rows / (writeMs / 1000))} vendors/s)`);
  console.log(`list all: ${listMs.toFixed(0)} ms; export CSV: ${exportMs.toFixed(0)} ms`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
