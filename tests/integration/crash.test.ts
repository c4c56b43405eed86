// Kill -9 the process that writes, at 20 points of the three long writes (7 of a vendor import, 7 of a list import,
// 6 of the first-use load of the bundled lists), then reopen the data folder: the database is intact, the audit chain
// verifies, and each write is there entirely or not at all; the bundled lists load whole on the next start.
//
// Each point is a state seen from outside the process, not a moment in time: a line it printed, the size of the
// write-ahead log, the write lock it holds on the database (Linux: /proc/locks), or how much of the list it has staged
// (read from the database meanwhile); only "mid-transaction" adds a share of the transaction's length in a whole run.
// What the process had done when it died is recorded with each point (printed after the tests), and each group checks
// that its kills landed before the write was committed, not after the process was done.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import { sqliteSql } from '../../electron/core/db/sqlite-store';
import { openDatabase } from '../../electron/core/db/open';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { PACK_DIR, ROOT, tempDir } from '../helpers';

const WORKER_DIR = path.join(ROOT, 'dist', 'electron');
const IMPORT_LIST = path.join(ROOT, 'tests/fixtures/processes/import-list.ts');
const LIST_FILE = path.join(PACK_DIR, 'ofac-sdn/2024-05-03/sdn.csv');
/** No run should take this long, even on a busy machine: past it the process is killed and the test fails. */
const RUN_LIMIT_MS = 120_000;

beforeAll(buildIfStale, 300_000);

// ---------------------------------------------------------------------------------------------------------------
// Running a writer and killing it once a condition on what it did holds.

interface Seen {
  /** Milliseconds since the process started: for the record, never for a condition that decides a test. */
  ms: number;
  /** Size of vetter.db-wal (-1: not there yet). */
  wal: number;
  /** Whether the process holds SQLite's WAL write lock (a write transaction is open); null where this cannot be seen. */
  writing: boolean | null;
  /** Lines printed so far, stdout and stderr. */
  lines: string[];
  /** What `probe` read from the database, if given. */
  probe: StageProgress | null;
}

interface Run {
  outcome: 'killed' | 'finished';
  code: number | null;
  /** What had been seen when the kill was sent. */
  at: Seen | null;
  /** The killed process's child processes at the kill (null where they cannot be listed). */
  children: number[] | null;
  output: string;
}

/** Processes whose parent is `pid` (Linux: /proc), or null where that cannot be seen. */
function childProcesses(pid: number): number[] | null {
  if (process.platform !== 'linux') return null;
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/**
 * Whether `pid` holds the WAL write lock of the database: a POSIX write lock on byte 120 of vetter.db-shm, which
 * SQLite takes for a write transaction and keeps until it commits or rolls back. Null where /proc/locks is not there.
 */
function holdsWriteLock(pid: number, dataDir: string): boolean | null {
  if (process.platform !== 'linux') return null;
  let locks: string;
  let inode: number;
  try {
    locks = fs.readFileSync('/proc/locks', 'utf8');
  } catch {
    return null;
  }
  try {
    inode = fs.statSync(path.join(dataDir, 'vetter.db-shm')).ino;
  } catch {
    return false;
  }
  // "1: POSIX  ADVISORY  WRITE 6693 fe:00:2474759 120 120" (a waiting lock has "->" after the number).
  return locks.split('\n').some((line) => {
    const f = line.replace('->', ' ').trim().split(/\s+/);
    return f[1] === 'POSIX' && f[3] === 'WRITE' && Number(f[4]) === pid && f[5]?.split(':')[2] === String(inode) && f[6] === '120';
  });
}

function walSize(dataDir: string): number {
  try {
    return fs.statSync(path.join(dataDir, 'vetter.db-wal')).size;
  } catch {
    return -1;
  }
}

/**
 * Starts `node ARGS` (the writer itself: the CLI bundle, or a script run with tsx loaded in the same process) and
 * SIGKILLs it the first time `killWhen` holds, checked on every line it prints and every millisecond or so.
 * `killWhen` may also just take notes (the calibration runs) and never hold: then the run finishes.
 */
function runAndKill(args: string[], dataDir: string, killWhen: (seen: Seen, pid: number) => boolean, probe?: Probe): Promise<Run> {
  const started = Date.now();
  // NODE_PATH: a script bundled into a temporary folder finds better-sqlite3 in the project's node_modules.
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
  const pid = child.pid!;
  const lines: string[] = [];
  let output = '';
  let at: Seen | null = null;
  let children: number[] | null = null;
  let lastProbe = 0;
  let probed: StageProgress | null = null;
  let exited = false;
  const check = () => {
    if (at || exited) return;
    if (probe && Date.now() - lastProbe >= 5) {
      probed = probe.read() ?? probed;
      lastProbe = Date.now();
    }
    const seen: Seen = { ms: Date.now() - started, wal: walSize(dataDir), writing: holdsWriteLock(pid, dataDir), lines, probe: probed };
    if (!killWhen(seen, pid)) return;
    at = { ...seen, lines: [...lines] };
    children = childProcesses(pid);
    child.kill('SIGKILL');
  };
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const complete = output.split('\n');
    complete.pop();
    if (complete.length > lines.length) {
      lines.push(...complete.slice(lines.length));
      check();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const timer = setInterval(check, 1);
  const limit = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      exited = true;
      clearInterval(timer);
      clearTimeout(limit);
      probe?.close();
      if (signal === 'SIGKILL' && !at) reject(new Error(`node ${args.join(' ')} ran for more than ${RUN_LIMIT_MS} ms:\n${output}`));
      else resolve({ outcome: signal === 'SIGKILL' ? 'killed' : 'finished', code, at, children, output });
    });
  });
}

function cli(dataDir: string, ...args: string[]): string[] {
  return [CLI_BUNDLE, ...args, '--data-dir', dataDir];
}

/** Runs a CLI command to its end, failing on a non-zero exit. */
async function runCli(dataDir: string, ...args: string[]): Promise<string> {
  const run = await runAndKill(cli(dataDir, ...args), dataDir, () => false);
  if (run.code !== 0) throw new Error(`vetter ${args.join(' ')} exited ${run.code}:\n${run.output}`);
  return run.output;
}

function progressLines(lines: readonly string[]): { done: number; total: number; phase: string }[] {
  return lines.flatMap((l) => {
    const m = /^progress (\d+) (\d+) (.*)$/.exec(l);
    return m ? [{ done: Number(m[1]), total: Number(m[2]), phase: m[3]! }] : [];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the data folder after the kill, as the next start would find it.

interface StageProgress {
  /** Versions staged by this run (none of them in use yet), and their entries so far. */
  versions: number;
  entries: number;
}

interface Probe {
  read(): StageProgress | null;
  close(): void;
}

/** Reads, while the writer runs, how many list versions and entries it has staged since `since`. */
function stageProbe(dataDir: string, since: string): Probe {
  let db: Database.Database | null = null;
  return {
    read() {
      try {
        db ??= new Database(path.join(dataDir, 'vetter.db'), { readonly: true, fileMustExist: true });
        const ids = db.prepare("SELECT id FROM list_versions WHERE state = 'staged' AND imported_at >= ?").pluck().all(since) as string[];
        const count = db.prepare('SELECT count(*) FROM list_entries WHERE version_id = ?').pluck();
        return { versions: ids.length, entries: ids.reduce((n, id) => n + (count.get(id) as number), 0) };
      } catch {
        return null; // not created yet, or busy for a moment: read again at the next check
      }
    },
    close() {
      db?.close();
    },
  };
}

interface Folder {
  integrity: unknown;
  chainOk: boolean;
  events: number;
  vendors: number;
  eventsByAction: Record<string, number>;
  /** Lists in use: entries stored for each, and the count its version records. */
  ready: { listKey: string; entries: number; entryCount: number }[];
  staged: number;
  /** Entries of no version in use (left by a staging that was killed). */
  stagedEntries: number;
  hits: number;
  runs: number;
  screened: number;
  user: unknown;
}

async function inspect(dataDir: string): Promise<Folder> {
  const raw = new Database(path.join(dataDir, 'vetter.db'));
  const count = (sql: string) => raw.prepare(sql).pluck().get() as number;
  const folder: Omit<Folder, 'chainOk'> = {
    integrity: raw.pragma('integrity_check', { simple: true }),
    events: count('SELECT count(*) FROM audit_events'),
    vendors: count('SELECT count(*) FROM vendors'),
    eventsByAction: Object.fromEntries(
      (raw.prepare('SELECT action, count(*) AS n FROM audit_events GROUP BY action').all() as { action: string; n: number }[]).map((r) => [r.action, r.n]),
    ),
    ready: raw
      .prepare(
        `SELECT list_key AS listKey, entry_count AS entryCount, (SELECT count(*) FROM list_entries e WHERE e.version_id = v.id) AS entries
         FROM list_versions v WHERE state = 'ready' ORDER BY list_key`,
      )
      .all() as Folder['ready'],
    staged: count("SELECT count(*) FROM list_versions WHERE state = 'staged'"),
    stagedEntries: count("SELECT count(*) FROM list_entries WHERE version_id NOT IN (SELECT id FROM list_versions WHERE state = 'ready')"),
    hits: count('SELECT count(*) FROM screening_hits'),
    runs: count('SELECT count(*) FROM screening_runs'),
    screened: count('SELECT count(*) FROM vendor_screening'),
    user: raw.prepare("SELECT value FROM settings WHERE key = 'user'").pluck().get(),
  };
  raw.close();
  // Then opened as Vetter opens it (recovering the log, migrations), and the audit chain checked link by link.
  const db = openDatabase(dataDir);
  const chainOk = (await verifyChain(sqliteSql(db))).ok;
  db.close();
  return { ...folder, chainOk };
}

/** What a list write left: the lists in use, and what is staged beside them. */
const pickLists = (f: Folder) => ({ ready: f.ready, staged: f.staged, stagedEntries: f.stagedEntries });

/** One line per point for the test's output: where each kill landed and what it left. */
const summary: string[] = [];
afterAll(() => {
  if (summary.length) console.log(`Crash points:\n${summary.join('\n')}`);
});

function describeAt(run: Run): string {
  const at = run.at;
  if (!at) return `finished (exit ${run.code})`;
  const last = at.lines.at(-1)?.slice(0, 60) ?? '';
  const staged = at.probe ? `, staged ${at.probe.versions} version(s) ${at.probe.entries} entries` : '';
  return `killed at ${at.ms} ms, WAL ${at.wal} B, ${at.writing === null ? 'lock unknown' : at.writing ? 'in a write transaction' : 'no write transaction'}${staged}, last line "${last}"`;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Vendor import: `node dist/cli.cjs vendors import big.csv`, one transaction.

describe('a vendor import killed at 7 points', () => {
  // Over 10,000 rows: the import's one transaction keeps its pages in a large cache and writes them all at the commit.
  const ROWS = 12_000;
  let bigCsv = '';
  /** From one whole import: the bytes its commit writes to the log, and how long its transaction was open before. */
  const calibrated = { commitBytes: 0, lockToCommitMs: 0, warningToCommitMs: 0 };
  const results: { point: string; dataDir: string; run: Run; after: Folder }[] = [];

  beforeAll(async () => {
    // The column "batch" is not one Vetter imports: the CLI warns about it once the file is checked, before it writes.
    const lines = ['name,aliases,country,services,data_shared,criticality,notes,batch'];
    for (let i = 0; i < ROWS; i++) lines.push(`Vendor ${i} Ltd,Alias ${i};别名${i},GB,SaaS;Data processing,Customer personal data,medium,${'note '.repeat(20)},b1`);
    bigCsv = path.join(tempDir(), 'big.csv');
    fs.writeFileSync(bigCsv, lines.join('\n'));

    const dataDir = tempDir();
    const t: { warning?: number; walBefore?: number; lock?: number; commit?: number; maxWal: number } = { maxWal: 0 };
    const run = await runAndKill(cli(dataDir, 'vendors', 'import', bigCsv), dataDir, (seen) => {
      t.maxWal = Math.max(t.maxWal, seen.wal);
      if (t.warning === undefined && seen.lines.some((l) => l.startsWith('warning:'))) [t.warning, t.walBefore] = [seen.ms, seen.wal];
      if (t.lock === undefined && t.warning !== undefined && seen.writing) t.lock = seen.ms;
      if (t.commit === undefined && t.walBefore !== undefined && seen.wal > t.walBefore) t.commit = seen.ms;
      return false;
    });
    expect(run.code, run.output).toBe(0);
    expect((await inspect(dataDir)).vendors).toBe(ROWS);
    expect(t.warning).toBeDefined();
    expect(t.commit).toBeDefined();
    calibrated.commitBytes = t.maxWal - t.walBefore!;
    calibrated.lockToCommitMs = t.lock === undefined ? 0 : t.commit! - t.lock;
    calibrated.warningToCommitMs = t.commit! - t.warning!;
  }, 180_000);

  type Trigger = () => (seen: Seen) => boolean;
  const warned = (seen: Seen) => seen.lines.some((l) => l.startsWith('warning:'));
  /**
   * Once the import's write transaction is open (its write lock taken after the file was checked) and this share of
   * its length in the whole import has passed; where the lock cannot be seen, after the check instead.
   */
  const inTransaction = (share: number): Trigger => () => {
    let since: number | null = null;
    return (seen) => {
      if (!warned(seen)) return false;
      if (seen.writing === null) {
        since ??= seen.ms;
        return seen.ms - since >= calibrated.warningToCommitMs * (0.5 + share / 2);
      }
      if (!seen.writing) return false;
      since ??= seen.ms;
      return seen.ms - since >= calibrated.lockToCommitMs * share;
    };
  };
  /** Once the commit has written this share of its pages to the log (the commit record comes last). */
  const committing = (share: number): Trigger => () => {
    let before: number | null = null;
    return (seen) => {
      if (before === null && warned(seen)) before = seen.wal;
      return before !== null && seen.wal >= before + Math.max(1, calibrated.commitBytes * share);
    };
  };
  const points: [string, Trigger][] = [
    ['opened: the data folder is open, the file not read yet', () => (seen) => seen.wal >= 0],
    ['checked: the file was read and checked in the worker', () => warned],
    ['transaction begun: the write lock taken', inTransaction(0)],
    ['mid-transaction: rows going into the page cache, none in the log yet', inTransaction(0.5)],
    ['commit under way: 3 % of its pages in the log', committing(0.03)],
    ['commit half written', committing(0.5)],
    ['just before commit: 90 % of its pages in the log', committing(0.9)],
  ];

  it.each(points)('%s', async (point, trigger) => {
    const dataDir = tempDir();
    // An earlier, committed change that must survive the crash.
    const db = openDatabase(dataDir);
    db.prepare("INSERT INTO settings (key, value) VALUES ('user', 'Ana')").run();
    db.close();

    const run = await runAndKill(cli(dataDir, 'vendors', 'import', bigCsv), dataDir, trigger());
    // The process killed is the one that writes: it has no child process that could go on writing.
    if (run.outcome === 'killed' && run.children !== null) expect(run.children).toEqual([]);
    const after = await inspect(dataDir);
    results.push({ point, dataDir, run, after });
    summary.push(`vendors | ${point} | ${describeAt(run)} | ${after.vendors} vendors`);

    expect(after.integrity).toBe('ok');
    expect(after.chainOk).toBe(true);
    expect(after.user).toBe('Ana');
    // All of it (killed after the commit, or finished) or none of it: never part.
    expect([0, ROWS]).toContain(after.vendors);
    const imported = after.vendors === ROWS;
    expect(after.eventsByAction['vendor.create'] ?? 0).toBe(after.vendors);
    expect(after.eventsByAction['vendor.import'] ?? 0).toBe(imported ? 1 : 0);
  }, 120_000);

  it('the kills landed before the commit, and nothing wrote after them', async () => {
    expect(results).toHaveLength(points.length);
    // The points up to the transaction's start are surely before the commit; those after it nearly always are.
    const before = results.filter((r) => r.run.outcome === 'killed' && r.after.vendors === 0);
    expect(before.length, summary.join('\n')).toBeGreaterThanOrEqual(4);
    for (const r of results.slice(0, 3)) expect({ point: r.point, outcome: r.run.outcome, vendors: r.after.vendors }).toEqual({ point: r.point, outcome: 'killed', vendors: 0 });
    // Nothing finishes an import later (no orphaned writer): each folder is still as the kill left it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const r of results) expect((await inspect(r.dataDir)).vendors).toBe(r.after.vendors);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. List import: a process that imports OFAC's sdn.csv into a folder with the demo vendors (staged in steps, then
// published with the screening of every vendor in one transaction).

describe('a list import killed at 7 points', () => {
  let seeded = '';
  let complete: Folder;
  let before: Folder;
  const results: { point: string; dataDir: string; run: Run; after: Folder }[] = [];
  /** The import script bundled as the CLI is (it then starts in a fraction of the time tsx takes to load the core). */
  const script = path.join(tempDir(), 'import-list.cjs');
  const importList = (dataDir: string) => [script, dataDir, WORKER_DIR, LIST_FILE];
  const copyOfSeeded = () => {
    const dataDir = tempDir();
    fs.cpSync(seeded, dataDir, { recursive: true });
    return dataDir;
  };

  beforeAll(async () => {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [IMPORT_LIST],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['better-sqlite3', 'electron', 'playwright-core'],
      logLevel: 'error',
    });
    seeded = tempDir();
    await runCli(seeded, 'demo', 'load');
    before = await inspect(seeded);
    // One whole import: what "all of it" is.
    const dataDir = copyOfSeeded();
    const run = await runAndKill(importList(dataDir), dataDir, () => false);
    expect(run.output).toMatch(/^done$/m);
    complete = await inspect(dataDir);
    expect(complete.ready).toHaveLength(1);
    expect(complete.ready[0]!.entries).toBeGreaterThan(10_000);
  }, 180_000);

  const storing = (share: number) => (seen: Seen) =>
    progressLines(seen.lines).some((p) => p.phase.startsWith('Storing') && p.done >= p.total * share && (share === 0 || p.done > 0));
  const points: [string, (seen: Seen) => boolean][] = [
    ['reading: the worker is parsing the file, nothing written', (seen) => progressLines(seen.lines).some((p) => p.phase === 'Reading the list')],
    ['staging begun: the version row is written, no entries yet', storing(0)],
    ['a fifth of the entries staged', storing(0.2)],
    ['half of the entries staged', storing(0.5)],
    ['most entries staged', storing(0.85)],
    ['all staged, the vendors being screened against it', (seen) => progressLines(seen.lines).some((p) => p.phase === 'Preparing the lists')],
    ['just before commit: screened, the publish transaction next', (seen) => progressLines(seen.lines).some((p) => p.phase === 'Screening vendors' && p.done === p.total)],
  ];

  it.each(points)('%s', async (point, killWhen) => {
    const dataDir = copyOfSeeded();
    const run = await runAndKill(importList(dataDir), dataDir, killWhen);
    if (run.outcome === 'killed' && run.children !== null) expect(run.children).toEqual([]);
    const after = await inspect(dataDir);
    results.push({ point, dataDir, run, after });
    summary.push(`lists   | ${point} | ${describeAt(run)} | ${after.ready.length} list(s) in use, ${after.staged} staged version(s) with ${after.stagedEntries} entries left`);

    expect(after.integrity).toBe('ok');
    expect(after.chainOk).toBe(true);
    expect(after.vendors).toBe(before.vendors);
    const pick = (f: Folder) => ({ ready: f.ready, hits: f.hits, runs: f.runs, screened: f.screened, events: f.eventsByAction });
    // Wholly absent (the folder as it was, a staged leftover aside) or wholly present (as after a whole import).
    expect([pick(before), pick(complete)]).toContainEqual(pick(after));
  }, 120_000);

  it('the kills landed before the commit, and nothing wrote after them', async () => {
    expect(results).toHaveLength(points.length);
    const absent = results.filter((r) => r.run.outcome === 'killed' && r.after.ready.length === 0);
    expect(absent.length, summary.join('\n')).toBeGreaterThanOrEqual(5);
    for (const r of results.slice(0, 5)) expect({ point: r.point, outcome: r.run.outcome, ready: r.after.ready.length }).toEqual({ point: r.point, outcome: 'killed', ready: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const r of results) expect(pickLists(await inspect(r.dataDir))).toEqual(pickLists(r.after));
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------------------------
// 3. First-use load of the bundled lists: `node dist/cli.cjs score --format json` in a folder with a vendor and no
// lists screens it, which loads the pack first (each list staged in steps, all published in one transaction). The
// kills follow one another in one folder: each start is the next start of the one killed before it, and staging again
// from the beginning it goes further before it is killed in turn; the start after the last kill loads it all.

describe('the first-use load of the bundled lists killed at 6 points, then completed by the next start', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PACK_DIR, 'manifest.json'), 'utf8')) as { lists: { key: string; prepared: string }[] };
  /** Entries each list stores once loaded: the distinct entry ids of its prepared rows. */
  const expected = new Map(
    manifest.lists.map((l) => {
      const prepared = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(PACK_DIR, l.prepared))).toString('utf8')) as { list: { listKey: string }; rows: [string][] };
      return [prepared.list.listKey, new Set(prepared.rows.map((r) => r[0])).size] as const;
    }),
  );
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  const dataDir = tempDir();
  const runs: { point: string; run: Run; after: Folder }[] = [];

  beforeAll(async () => {
    const csv = path.join(tempDir(), 'vendor.csv');
    fs.writeFileSync(csv, 'name,country\nHuawei Technologies Co. Ltd,CN\n');
    await runCli(dataDir, 'vendors', 'import', csv);
  }, 120_000);

  const staged = (share: number) => (seen: Seen) => (seen.probe?.versions ?? 0) > 0 && seen.probe!.entries >= total * share;
  const points: [string, (seen: Seen) => boolean][] = [
    ['the first list staged: its version row written, hardly any entries', (seen) => (seen.probe?.versions ?? 0) > 0],
    ['a tenth of the entries staged', staged(0.1)],
    ['a third staged', staged(0.33)],
    ['two thirds staged', staged(0.66)],
    ['nearly all staged', staged(0.95)],
    // The last two lists are small (three short steps in all), then the publication follows.
    ['just before commit: the last two lists being staged', (seen) => (seen.probe?.versions ?? 0) >= manifest.lists.length - 1],
  ];

  it.each(points)('%s', async (point, killWhen) => {
    const since = new Date().toISOString();
    const run = await runAndKill(cli(dataDir, 'score', '--format', 'json'), dataDir, killWhen, stageProbe(dataDir, since));
    if (run.outcome === 'killed' && run.children !== null) expect(run.children).toEqual([]);
    const after = await inspect(dataDir);
    runs.push({ point, run, after });
    summary.push(`pack    | ${point} | ${describeAt(run)} | ${after.ready.length} list(s) in use, ${after.staged} staged version(s) with ${after.stagedEntries} entries left`);

    expect(after.integrity).toBe('ok');
    expect(after.chainOk).toBe(true);
    // No list in use, or every list of the pack whole, each with its audit event.
    if (after.ready.length > 0) expect(Object.fromEntries(after.ready.map((v) => [v.listKey, v.entries]))).toEqual(Object.fromEntries(expected));
    else expect(after.ready).toEqual([]);
    expect(after.eventsByAction['list.import'] ?? 0).toBe(after.ready.length);
  }, 120_000);

  it('the kills landed before the publication, nothing wrote after them, and the next start loads the whole pack', async () => {
    expect(runs).toHaveLength(points.length);
    // Up to two thirds staged the kill surely lands before the publication; the later points nearly always do.
    const absent = runs.filter((r) => r.run.outcome === 'killed' && r.after.ready.length === 0);
    expect(absent.length, summary.join('\n')).toBeGreaterThanOrEqual(4);
    for (const r of runs.slice(0, 4)) expect({ point: r.point, outcome: r.run.outcome, ready: r.after.ready.length }).toEqual({ point: r.point, outcome: 'killed', ready: 0 });
    // Each start staged the pack again from its beginning and got further than the one before it.
    const reached = runs.map((r) => r.run.at?.probe?.entries ?? total);
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(pickLists(await inspect(dataDir))).toEqual(pickLists(runs.at(-1)!.after));

    // The next start: the pack loads whole, the vendor is screened against it, nothing is left staged.
    const output = await runCli(dataDir, 'score', '--format', 'json');
    expect((JSON.parse(output) as { vendors: unknown[] }).vendors).toHaveLength(1);
    const done = await inspect(dataDir);
    summary.push(`pack    | the next start | finished | ${done.ready.length} list(s) in use, ${done.staged} staged, ${done.hits} hit(s)`);
    expect(done.integrity).toBe('ok');
    expect(done.chainOk).toBe(true);
    expect(Object.fromEntries(done.ready.map((v) => [v.listKey, v.entries]))).toEqual(Object.fromEntries(expected));
    expect(done.eventsByAction['list.import']).toBe(manifest.lists.length);
    expect({ staged: done.staged, stagedEntries: done.stagedEntries, screened: done.screened }).toEqual({ staged: 0, stagedEntries: 0, screened: 1 });
  }, 180_000);
});
