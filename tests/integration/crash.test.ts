// Kill -9 in the middle of a large import, reopen: the database is intact and the import is all there or not at all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import { openDatabase } from '../../electron/core/db/open';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { ROOT, tempDir } from '../helpers';

const ROWS = 20_000;
let bigCsv = '';

beforeAll(buildIfStale, 300_000);

beforeAll(() => {
  const lines = ['name,aliases,country,services,data_shared,criticality,notes'];
  for (let i = 0; i < ROWS; i++) lines.push(`Vendor ${i} Ltd,Alias ${i};别名${i},GB,SaaS;Data processing,Customer personal data,medium,${'note '.repeat(20)}`);
  bigCsv = path.join(tempDir(), 'big.csv');
  fs.writeFileSync(bigCsv, lines.join('\n'));
});

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
 * Starts an import and SIGKILLs it once the write-ahead log has grown past `walBytes` (mid-transaction). The process
 * killed is the one that writes: `node dist/cli.cjs` itself (reading runs in a worker thread of the same process),
 * with no wrapper in between and no child process of its own left to finish the write.
 */
function importAndKill(dataDir: string, walBytes: number): Promise<{ outcome: 'killed' | 'finished'; children: number[] | null }> {
  const child = spawn(process.execPath, [CLI_BUNDLE, 'vendors', 'import', bigCsv, '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const wal = path.join(dataDir, 'vetter.db-wal');
  let children: number[] | null = null;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (fs.existsSync(wal) && fs.statSync(wal).size > walBytes) {
        clearInterval(timer);
        children = childProcesses(child.pid!);
        child.kill('SIGKILL');
      }
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ outcome: signal === 'SIGKILL' ? 'killed' : 'finished', children });
    });
  });
}

function inspect(dataDir: string) {
  const raw = new Database(path.join(dataDir, 'vetter.db'));
  const integrity = raw.pragma('integrity_check', { simple: true });
  const vendors = raw.prepare('SELECT count(*) FROM vendors').pluck().get() as number;
  const events = raw.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
  raw.close();
  const db = openDatabase(dataDir);
  const chain = verifyChain(db);
  db.close();
  return { integrity, vendors, events, chainOk: chain.ok };
}

describe('crash safety', () => {
  it.each([64 * 1024, 1024 * 1024, 4 * 1024 * 1024, 12 * 1024 * 1024])(
    'SIGKILL once the log holds %i bytes leaves the import wholly absent or wholly present',
    async (walBytes) => {
      const dataDir = tempDir();
      // An earlier, committed change that must survive the crash.
      const db = openDatabase(dataDir);
      db.prepare("INSERT INTO settings (key, value) VALUES ('user', 'Ana')").run();
      db.close();

      const { outcome, children } = await importAndKill(dataDir, walBytes);
      // The writer itself was killed: it had no child process that could go on writing.
      if (outcome === 'killed' && children !== null) expect(children).toEqual([]);
      const after = inspect(dataDir);
      // And nothing finishes the import later: the database stays as the kill left it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(inspect(dataDir).vendors).toBe(after.vendors);
      expect(after.integrity).toBe('ok');
      expect(after.chainOk).toBe(true);
      // All of it (killed after the commit, or finished) or none of it: never part.
      expect(after.vendors === 0 ? after.events : after.events - 1).toBe(after.vendors);
      expect([0, ROWS]).toContain(after.vendors);
      const check = new Database(path.join(dataDir, 'vetter.db'), { readonly: true });
      expect(check.prepare("SELECT value FROM settings WHERE key = 'user'").pluck().get()).toBe('Ana');
      check.close();
      // In these cases the kill surely landed mid-write, or the test would prove nothing.
      if (walBytes <= 1024 * 1024) expect({ outcome, vendors: after.vendors }).toEqual({ outcome: 'killed', vendors: 0 });
    },
  );
});
