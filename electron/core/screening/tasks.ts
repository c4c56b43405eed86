// What the screening worker thread does: keep the index over the lists in use and screen vendors against it, off
// the thread that answers requests (building the index and screening thousands of vendors take seconds). It reads
// list entries and vendors through a read-only store over its own connection, so little crosses between the threads.
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { BUILD_ID } from '../build-id';
import type { Store } from '../db/store';
import { yieldToEventLoop } from '../jobs/jobs';
import type { PartsControl } from '../jobs/worker';
import { readScreeningFile, type ScreenedList, screenedEntry } from './entries';
import { type EngineVersion, type FoundHit, type Loaded, ScreeningEngine, type ScreenedVendor } from './engine';
import { PREBUILT_INDEX_FILE, readPrebuilt } from './prebuilt';
import { ListVersions } from '../lists/versions';
import { OwnerHits } from '../ownership/owner-hits';
import { screenedAs } from '../ownership/listings';
import { OwnershipRepository } from '../ownership/repository';
import { SupplierHits } from '../suppliers/supplier-hits';
import { SupplierRepository } from '../suppliers/repository';
import { VendorRepository } from '../vendors/repository';
import type { WorkerWorkspace } from '../workspace/model';
import { openWorkerStore } from '../workspace/worker-store';

/** A vendor's hits, with the vendor as it was read: commit() stores them only if it has not changed since. */
export interface ScreenedResult {
  vendor: { id: string; legalName: string; updatedAt: string };
  found: FoundHit[];
}

/** Vendors screened between two looks for a cancel. */
const CHUNK = 200;

let data: Promise<{ store: Store; lists: ListVersions; vendors: VendorRepository; ownership: OwnershipRepository; suppliers: SupplierRepository }> | null = null;
let engine: ScreeningEngine | null = null;

/** The workspace, and the folder of the bundles (where the bundled pack's prebuilt index is, prebuilt.ts). */
const options = workerData as { workspace: WorkerWorkspace; workerDir?: string };

/** The lists, vendors and ownership graph, read through a store over this thread's own read-only connection: opened
 *  on first need. */
function theData(): NonNullable<typeof data> {
  // A failed open is tried again at the next need.
  data ??= openWorkerStore(options.workspace).then(
    (store) => ({
      store,
      lists: new ListVersions(store),
      vendors: new VendorRepository(store),
      ownership: new OwnershipRepository(store),
      suppliers: new SupplierRepository(store),
    }),
    (err: unknown) => {
      data = null;
      throw err;
    },
  );
  return data;
}

/** A version's entries as the matcher reads them: from the database, or from the bundled pack's screening file for
 *  a pack list not stored. */
async function entriesOf(version: EngineVersion): Promise<ScreenedList> {
  if (version.packFile) return readScreeningFile(version.packFile.path, version.packFile.sha256);
  const rows = await (await theData()).lists.entries(version.id);
  return { rows: rows.map((r) => ({ entry: screenedEntry(r.entry), fingerprint: r.fingerprint })) };
}

function theEngine(): ScreeningEngine {
  const prebuilt = options.workerDir && path.join(options.workerDir, PREBUILT_INDEX_FILE);
  engine ??= new ScreeningEngine(entriesOf, prebuilt ? (versions) => readPrebuilt(prebuilt, BUILD_ID, versions) : undefined);
  return engine;
}

/** The vendors to screen (all when ids is null), as the inventory holds them now: read through the store. */
async function readVendors(ids: string[] | null): Promise<(ScreenedVendor & { updatedAt: string })[]> {
  const { vendors } = await theData();
  return ids === null ? vendors.list() : vendors.live(ids);
}

/** Vendors screened at once beyond which the whole ownership graph is read, rather than each vendor's ancestry. */
const WHOLE_GRAPH = 1_000;

/**
 * The owner hits of these vendors (ownership/owner-hits.ts), as of today: their ownership graph read in one state
 * (the whole graph for many vendors, their parties' ancestries for a few), each party screened once.
 */
async function ownerHits(loaded: Loaded, vendors: readonly OwnedVendor[]): Promise<OwnerHits> {
  const { ownership } = await theData();
  const graph =
    vendors.length > WHOLE_GRAPH
      ? await ownership.all()
      : await ownership.ancestry((await ownership.partiesNamed(vendors.flatMap((v) => [v.legalName, ...v.otherNames.map((n) => n.name)]))).map((p) => p.id));
  return new OwnerHits(graph.parties, graph.links, (party) => theEngine().find(loaded, asVendor(party)), new Date().toISOString().slice(0, 10));
}

type OwnedVendor = Pick<ScreenedVendor, 'legalName' | 'otherNames'>;

/** The supplier hits of these vendors (suppliers/supplier-hits.ts): their suppliers read once (all of them for many
 *  vendors), each name screened once as a vendor's would be. */
async function supplierHits(loaded: Loaded, vendors: readonly { id: string }[]): Promise<SupplierHits> {
  const { suppliers } = await theData();
  const recorded = vendors.length > WHOLE_GRAPH ? await suppliers.all() : await suppliers.ofVendors(vendors.map((v) => v.id));
  return new SupplierHits(recorded, (s) =>
    theEngine().find(loaded, asVendor({ id: `supplier:${s.vendorId}`, kind: null, name: s.name, aliases: [], country: s.country })),
  );
}

/** A party screened as a vendor would be, by its names and country (listings.ts). */
function asVendor(party: Parameters<typeof screenedAs>[0]): ScreenedVendor {
  const p = screenedAs(party);
  return {
    id: party.id,
    legalName: p.name,
    otherNames: p.aliases.map((name) => ({ name, kind: 'other' as const })),
    parentName: null,
    countryOfIncorporation: p.countries[0] ?? null,
    countryOfHeadquarters: null,
    identifiers: [],
  };
}

/** A vendor's own hits, then those through its owners, then through its suppliers, each on entries none before reached. */
function withOwners(own: FoundHit[], owners: OwnerHits, vendor: OwnedVendor, suppliers?: SupplierHits, vendorId?: string): FoundHit[] {
  const out = [...own];
  const seen = new Set(own.map((f) => `${f.versionId}\u0000${f.entryId}`));
  for (const f of [...owners.find(vendor), ...(suppliers && vendorId ? suppliers.find(vendorId) : [])]) {
    const key = `${f.versionId}\u0000${f.entryId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export const screeningTasks = {
  /** Builds the index ahead of need (after the lists changed), so the next screening starts at once. */
  async prepare(request: { versions: EngineVersion[] }): Promise<void> {
    await theEngine().load(request.versions);
  },

  /**
   * Screens vendors of the inventory (all when vendorIds is null) against these list versions, handing the results
   * over a chunk of vendors at a time, in order: 100,000 vendors' results in one message took the thread that answers
   * requests 1.6 s to take in, every write waiting meanwhile.
   */
  async screen(request: { versions: EngineVersion[]; vendorIds: string[] | null }, control: PartsControl<ScreenedResult[]>): Promise<void> {
    control.progress('Preparing the lists', 0, 1);
    const loaded = await theEngine().load(request.versions);
    const vendors = await readVendors(request.vendorIds);
    const owners = await ownerHits(loaded, vendors);
    const suppliers = await supplierHits(loaded, vendors);
    for (let i = 0; i < vendors.length; i += CHUNK) {
      await yieldToEventLoop();
      control.throwIfCancelled();
      control.part(
        vendors.slice(i, i + CHUNK).map((vendor) => ({
          vendor: { id: vendor.id, legalName: vendor.legalName, updatedAt: vendor.updatedAt },
          found: withOwners(theEngine().find(loaded, vendor), owners, vendor, suppliers, vendor.id),
        })),
      );
      control.progress('Screening vendors', Math.min(i + CHUNK, vendors.length), vendors.length);
    }
  },

  /**
   * Screens names that are not in the inventory (the CLI's batch screening); through their owners too when the
   * workspace's ownership graph holds parties of those names (`owned`: a data folder that does not exist has none).
   */
  async screenNames(request: { versions: EngineVersion[]; vendors: ScreenedVendor[]; owned: boolean }): Promise<FoundHit[][]> {
    const loaded = await theEngine().load(request.versions);
    const owners = request.owned ? await ownerHits(loaded, request.vendors) : null;
    return request.vendors.map((vendor) => {
      const own = theEngine().find(loaded, vendor);
      return owners ? withOwners(own, owners, vendor) : own;
    });
  },
};

export type ScreeningTasks = typeof screeningTasks;
