// A real PostgreSQL server for tests: the Debian package's binaries, a throwaway cluster in a temp dir, listening on
// 127.0.0.1 only. Call stop() from afterAll: it stops the server whatever happened in the tests.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
/** Generous: initdb and startup on a loaded 2-core machine can take long. */
const COMMAND_TIMEOUT_MS = 180_000;

export interface PostgresServer {
  /** The server's `postgres` database, as superuser `vetter` (trust auth). */
  url: string;
  /** A connected client (to `url` by default); stop() ends it if the test has not. */
  connect(url?: string): Promise<pg.Client>;
  /** Creates an empty database (or a copy of `template`, a database nobody is connected to) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** With startPostgres({ tls: true }): the CA certificate that signed the server's (for 127.0.0.1), as a file. */
  caFile?: string;
  stop(): Promise<void>;
}

/**
 * A throwaway CA and a server certificate it signs for 127.0.0.1 and localhost, in `dir` (openssl, EC keys: quick to
 * make). The server's files belong to `owner` when given: PostgreSQL reads its key only when it owns it, mode 0600.
 */
async function certificates(dir: string, owner?: string): Promise<{ ca: string; cert: string; key: string }> {
  const file = (name: string) => path.join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '2', '-subj', '/CN=Vetter test CA']);
  await run('openssl', ['req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1']);
  fs.writeFileSync(file('server.ext'), 'subjectAltName = IP:127.0.0.1, DNS:localhost\n');
  await run('openssl', ['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.crt'), '-days', '2', '-extfile', file('server.ext')]);
  fs.chmodSync(file('server.key'), 0o600);
  if (owner) await run('chown', [`${owner}:`, file('server.key'), file('server.crt')]);
  return { ca: file('ca.crt'), cert: file('server.crt'), key: file('server.key') };
}

/** The newest installed version's bin directory. */
function binDir(): string {
  const versions = fs.existsSync(PG_ROOT) ? fs.readdirSync(PG_ROOT).filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
  if (!newest) {
    throw new Error(`No PostgreSQL server in ${PG_ROOT}/*/bin: these tests run a real one. Install the Debian package "postgresql" (apt-get install postgresql).`);
  }
  return path.join(PG_ROOT, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `tls`: the server also speaks TLS, with a certificate from a CA of its own (PostgresServer.caFile). `passwords`:
 * every login but the superuser `vetter` connects over TCP with its password (SCRAM), as on a company's server.
 */
export async function startPostgres(options: { tls?: boolean; passwords?: boolean } = {}): Promise<PostgresServer> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  // initdb and postgres refuse to run as root: then the cluster belongs to the package's `postgres` user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:', dir]);
  const pgTool = async (tool: string, args: string[]) => {
    const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    try {
      await run(command, commandArgs, { cwd: dir, timeout: COMMAND_TIMEOUT_MS });
    } catch (err) {
      const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-4000) : '';
      const { stderr = '' } = err as { stderr?: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${(err as Error).message}\n${stderr}\n${serverLog}`);
    }
  };

  const port = await freePort();
  let caFile: string | undefined;
  const url = `postgresql://vetter@127.0.0.1:${port}/postgres`;
  const clients: pg.Client[] = [];
  const connect = async (to = url) => {
    const client = new pg.Client({ connectionString: to });
    clients.push(client);
    await client.connect();
    return client;
  };

  const stop = async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    // No pid file: the server never started (or already stopped), and there is nothing to stop.
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) await pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '120', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    // C locale: the same on every machine (initdb fails on an environment locale that is not installed).
    await pgTool('initdb', ['-D', data, '-U', 'vetter', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const tls = options.tls ? await certificates(dir, asRoot ? 'postgres' : undefined) : null;
    caFile = tls?.ca;
    // The settings go in the cluster's config rather than on pg_ctl's command line, which a shell re-splits.
    fs.appendFileSync(
      path.join(data, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        ...(tls ? ['ssl = on', `ssl_cert_file = '${tls.cert}'`, `ssl_key_file = '${tls.key}'`] : []),
        '',
      ].join('\n'),
    );
    if (options.passwords) {
      // Written over initdb's file, which keeps its owner: the first line that matches a connection decides.
      fs.writeFileSync(path.join(data, 'pg_hba.conf'), ['local all all trust', 'host all vetter 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'));
    }
    await pgTool('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '120', 'start']);
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    url,
    caFile,
    connect,
    async createDatabase(name, template) {
      const admin = await connect();
      try {
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`);
      } finally {
        clients.splice(clients.indexOf(admin), 1);
        await admin.end();
      }
      return `postgresql://vetter@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    stop,
  };
}

/** A TCP relay to the server that a test can cut (every connection dropped, new ones refused) and restore. */
export async function tcpProxy(target: number): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
  const cut = () =>
    new Promise<void>((resolve) => {
      relay.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  await listen(0);
  const { port } = relay.address() as net.AddressInfo;
  return { port, cut, restore: () => listen(port), close: () => (relay.listening ? cut() : Promise.resolve()) };
}

/** What a statement did: "ok", "denied" (no grant), or "refused: <message>" (a trigger). */
export async function attempt(client: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await client.query(sql, params);
    return 'ok';
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    if (code === '42501') return 'denied';
    if (code === 'P0001') return `refused: ${message}`;
    throw err;
  }
}
