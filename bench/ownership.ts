// How long an ownership import of 100,000 links takes (target: at most 10 s), and how fast the ownership rules
// evaluate a portfolio of 10,000 vendors. A generated graph shaped like real group structures: each vendor held by a
// few holding companies, each holding company by two more or by an ultimate owner, a few cross-holdings that make
// cycles, some control by agreement, some ended links, and a few hundred owners on the SDN or the 1260H list.
//
// Run: npm run bench:ownership              (-- --vendors N for another size; about ten links per vendor)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, openDatabase } from '../electron/core/db/open';
import { SqliteStore } from '../electron/core/db/sqlite-store';
import { WriteQueue } from '../electron/core/db/write-queue';
import { readOwnershipFile } from '../electron/core/ownership/files';
import { graphOf } from '../electron/core/ownership/graph';
import type { Listing } from '../electron/core/ownership/model';
import { OwnershipRepository } from '../electron/core/ownership/repository';
import { evaluateOwnership } from '../electron/core/ownership/rules';
import { OwnerHits } from '../electron/core/ownership/owner-hits';
import { packScreeningVersions } from '../electron/core/lists/default-pack';
import { readScreeningFile } from '../electron/core/screening/entries';
import { ScreeningEngine, type ScreenedVendor } from '../electron/core/screening/engine';

const arg = process.argv.indexOf('--vendors');
const VENDORS = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
/** Groups of five vendors, fifteen holding companies and five ultimate owners: about ten links per vendor. */
const GROUPS = Math.ceil(VENDORS / 5);
const GROUP = { holdings: 15, ultimate: 5 };
const AS_OF = '2026-06-30';

/** A seeded generator, so every run measures the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const id = {
  vendor: (i: number) => `v${i}`,
  holding: (group: number, j: number) => `h${group}-${j}`,
  ultimate: (group: number, j: number) => `u${group}-${j}`,
};

/** Writes the graph as FollowTheMoney JSON lines; returns the file and the listings of the listed owners. */
function generate(dir: string): { file: string; links: number; parties: number; listings: Map<string, Listing[]> } {
  const rnd = random(7);
  const pick = (n: number) => Math.floor(rnd() * n);
  const lines: string[] = [];
  const entity = (eid: string, schema: string, properties: Record<string, string[]>) => lines.push(JSON.stringify({ id: eid, schema, properties, datasets: ['bench'] }));
  for (let i = 0; i < VENDORS; i++) entity(id.vendor(i), 'Company', { name: [`Vendor ${i} Cloud Ltd`], jurisdiction: ['gb'] });
  for (let g = 0; g < GROUPS; g++) {
    for (let j = 0; j < GROUP.holdings; j++) entity(id.holding(g, j), 'Company', { name: [`Holding ${g}-${j} Ltd`], jurisdiction: ['cy'] });
    for (let j = 0; j < GROUP.ultimate; j++) entity(id.ultimate(g, j), j % 2 ? 'Person' : 'Company', { name: [`Owner ${g}-${j}`] });
  }

  let links = 0;
  const own = (owner: string, asset: string, share: number) => {
    const props: Record<string, string[]> = { owner: [owner], asset: [asset], startDate: ['2015'] };
    const r = rnd();
    if (r < 0.05) props.ownershipType = ['VIE agreement'];
    else props.percentage = [share.toFixed(2)];
    if (r > 0.9) props.endDate = ['2022-12-31'];
    entity(`o${links++}`, 'Ownership', props);
  };
  /** Shares of a company among its owners: the first the largest, adding up to at most 100. */
  const split = (n: number) => {
    const first = 40 + rnd() * 40;
    return [first, ...Array.from({ length: n - 1 }, () => ((100 - first) / (n - 1)) * rnd())];
  };
  for (let i = 0; i < VENDORS; i++) split(4).forEach((share) => own(id.holding(i % GROUPS, pick(GROUP.holdings)), id.vendor(i), share));
  for (let g = 0; g < GROUPS; g++) {
    for (let j = 0; j < GROUP.holdings; j++) {
      split(2).forEach((share) => {
        // Up the group's chain (a higher holding, or an ultimate owner); one in fifty a holding of another group,
        // which makes cross-holdings and cycles.
        const r = rnd();
        const owner =
          r < 0.02 ? id.holding(pick(GROUPS), pick(GROUP.holdings)) : r < 0.6 && j < GROUP.holdings - 1 ? id.holding(g, j + 1 + pick(GROUP.holdings - j - 1)) : id.ultimate(g, pick(GROUP.ultimate));
        if (owner !== id.holding(g, j)) own(owner, id.holding(g, j), share);
      });
    }
  }
  const file = path.join(dir, 'graph.ftm.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  // One group in five has an owner on the SDN list, one in ten one on the 1260H list.
  const listings = new Map<string, Listing[]>();
  for (let g = 0; g < GROUPS; g += 5) listings.set(id.ultimate(g, pick(GROUP.ultimate)), [{ list: 'ofac-sdn', label: 'SDN', effect: 'blocking' }]);
  for (let g = 2; g < GROUPS; g += 10) listings.set(id.ultimate(g, pick(GROUP.ultimate)), [{ list: 'dod-1260h', label: '1260H', effect: 'control' }]);
  return { file, links, parties: VENDORS + GROUPS * (GROUP.holdings + GROUP.ultimate), listings };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-bench-ownership-'));
  const { file, links, parties, listings } = generate(dir);
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);

  const data = path.join(dir, 'data');
  const db = openDatabase(data);
  const store = new SqliteStore(db, connect(data, { readonly: true }), new WriteQueue());
  const repo = new OwnershipRepository(store);
  const t0 = performance.now();
  const read = readOwnershipFile(file, path.basename(file));
  const t1 = performance.now();
  const result = await repo.import({ ...read, name: path.basename(file) }, 'bench');
  const t2 = performance.now();
  console.log(`import: ${links.toLocaleString('en-US')} links, ${parties.toLocaleString('en-US')} parties, ${mb} MB of FtM JSON lines`);
  console.log(`  read and check ${((t1 - t0) / 1000).toFixed(2)} s, write ${((t2 - t1) / 1000).toFixed(2)} s, total ${((t2 - t0) / 1000).toFixed(2)} s (target 10 s); ${result.links.created} links stored`);

  // The whole graph in memory, every vendor evaluated: a portfolio's ownership in one pass.
  const t3 = performance.now();
  const whole = await repo.all();
  const graph = graphOf(whole.parties, whole.links);
  const t4 = performance.now();
  const statuses: Record<string, number> = {};
  for (let i = 0; i < VENDORS; i++) {
    const e = evaluateOwnership(graph, `ftm:${id.vendor(i)}`, (p) => listings.get(p.slice(4)) ?? [], AS_OF);
    statuses[e.status] = (statuses[e.status] ?? 0) + 1;
  }
  const t5 = performance.now();
  console.log(`rules: graph read ${((t4 - t3) / 1000).toFixed(2)} s; ${VENDORS.toLocaleString('en-US')} vendors in ${((t5 - t4) / 1000).toFixed(2)} s, ${Math.round(VENDORS / ((t5 - t4) / 1000)).toLocaleString('en-US')} vendors/s`);
  console.log(`  ${Object.entries(statuses).map(([s, n]) => `${s} ${n}`).join(', ')}`);

  // As ownership.vendor reads it: one vendor's ancestry from the store, then the rules (screening not included).
  const sample = Math.min(1000, VENDORS);
  let ancestors = 0;
  const t6 = performance.now();
  for (let i = 0; i < sample; i++) {
    const target = `ftm:${id.vendor(i)}`;
    const up = await repo.ancestry([target]);
    ancestors += up.parties.length;
    evaluateOwnership(graphOf(up.parties, up.links), target, (p) => listings.get(p.slice(4)) ?? [], AS_OF);
  }
  const t7 = performance.now();
  console.log(`one vendor at a time from the store: ${Math.round(sample / ((t7 - t6) / 1000)).toLocaleString('en-US')} vendors/s (${sample} vendors, ${Math.round(ancestors / sample)} parties in a vendor's ancestry on average)`);
  // As a screening run does it (screening/tasks.ts): every vendor screened by name against the bundled lists, then
  // through its owners, each party of the whole graph screened once by name and the rules applied. The generated
  // names resemble no list entry, so this measures the screening of the graph's parties and the walk, not hits.
  const engine = new ScreeningEngine((v) => readScreeningFile(v.packFile!.path, v.packFile!.sha256));
  const loaded = await engine.load(packScreeningVersions(path.join(__dirname, '..', 'assets', 'reference-pack')));
  const asVendor = (p: { id: string; name: string; aliases: string[]; country: string | null }): ScreenedVendor => ({
    id: p.id,
    legalName: p.name,
    otherNames: p.aliases.map((name) => ({ name, kind: 'other' as const })),
    parentName: null,
    countryOfIncorporation: p.country,
    countryOfHeadquarters: null,
    identifiers: [],
  });
  const vendors = whole.parties.filter((p) => p.id.startsWith('ftm:v'));
  const t8 = performance.now();
  const owners = new OwnerHits(whole.parties, whole.links, (p) => engine.find(loaded, asVendor(p)), AS_OF);
  let hits = 0;
  for (const v of vendors) {
    const vendor = asVendor(v);
    hits += engine.find(loaded, vendor).length + owners.find(vendor).length;
  }
  const t9 = performance.now();
  console.log(
    `screening with ownership graphs: ${vendors.length.toLocaleString('en-US')} vendors and the ${(whole.parties.length - vendors.length).toLocaleString('en-US')} other parties of their graphs in ${((t9 - t8) / 1000).toFixed(2)} s, ${Math.round(vendors.length / ((t9 - t8) / 1000)).toLocaleString('en-US')} vendors/s (target 2,000); ${hits} hits`,
  );
  console.log(`peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
