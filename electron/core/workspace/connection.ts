// A PostgreSQL workspace's address (postgresql://USER@HOST:PORT/DATABASE?sslmode=…) as pg's settings, the way libpq
// reads it, filling what pg does not do: the PG* variables for TLS (PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY),
// libpq's sslmode meanings, and the password file (pgpass.ts). The password comes from the address, PGPASSWORD (pg
// reads it itself) or the password file; Vetter never stores one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { ConnectionOptions } from 'node:tls';
import { VetterError } from '../errors';
import { passwordFileLookup } from './pgpass';

/** The address's settings Vetter reads; any other is refused rather than quietly ignored. */
const KNOWN = new Set(['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'host', 'port', 'user', 'password', 'dbname', 'application_name', 'connect_timeout', 'options']);

/** Long enough for a slow server, short enough that an unreachable one is said so soon. */
const CONNECT_TIMEOUT_S = 10;

export function postgresConnection(url: string, env: NodeJS.ProcessEnv = process.env): pg.PoolConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new VetterError('invalid_input', 'The workspace address is not a URL: write it as postgresql://USER@HOST:PORT/DATABASE.');
  }
  const param = (name: string) => parsed.searchParams.get(name) ?? undefined;
  const unknown = [...parsed.searchParams.keys()].filter((k) => !KNOWN.has(k));
  if (unknown.length) throw new VetterError('invalid_input', `The workspace address has settings Vetter does not read: ${unknown.join(', ')}.`);

  const user = decodeURIComponent(parsed.username) || param('user') || env.PGUSER || os.userInfo().username;
  const host = param('host') || decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, '$1') || env.PGHOST || 'localhost';
  const port = Number(parsed.port || param('port') || env.PGPORT || 5432);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || param('dbname') || env.PGDATABASE || user;
  const given = decodeURIComponent(parsed.password) || param('password');
  return {
    host,
    port,
    database,
    user,
    ssl: tls(param, env),
    application_name: param('application_name') ?? 'Vetter',
    options: param('options'),
    connectionTimeoutMillis: Number(param('connect_timeout') ?? CONNECT_TIMEOUT_S) * 1000,
    // A connection whose server went away is found out, not waited on for ever.
    keepAlive: true,
    // Left out, pg reads PGPASSWORD; else the password file, asked when the server wants a password.
    password: given ?? (env.PGPASSWORD ? undefined : async () => passwordFileLookup({ host, port, database, user }, env) ?? noPassword(user, host)),
  };
}

function noPassword(user: string, host: string): never {
  throw new VetterError('invalid_input', `The server at ${host} asks for ${user}'s password: set PGPASSWORD, or add it to your password file (~/.pgpass). Vetter never stores it.`);
}

/** Where libpq looks when the address names no file. */
const postgresDir = () => path.join(os.homedir(), '.postgresql');

/**
 * libpq's sslmode: disable (no TLS, and the default here as in pg), require (TLS; the server's certificate is checked
 * against a root certificate only when one is given), verify-ca (checked against the CA), verify-full (and the host
 * name). allow and prefer fall back to no TLS, which pg cannot do: they are refused, to be said plainly.
 */
function tls(param: (name: string) => string | undefined, env: NodeJS.ProcessEnv): boolean | ConnectionOptions {
  const mode = param('sslmode') ?? env.PGSSLMODE ?? 'disable';
  if (mode === 'disable') return false;
  if (mode !== 'require' && mode !== 'verify-ca' && mode !== 'verify-full') {
    throw new VetterError('invalid_input', `sslmode=${mode} is not supported: use disable, require, verify-ca or verify-full.`);
  }
  const file = (name: string, envName: string, fallback: string) => {
    const given = param(name) ?? env[envName];
    const chosen = given ?? path.join(postgresDir(), fallback);
    if (!fs.existsSync(chosen)) {
      if (given) throw new VetterError('not_found', `The ${name} file ${given} does not exist.`);
      return undefined;
    }
    return fs.readFileSync(chosen, 'utf8');
  };
  const ca = file('sslrootcert', 'PGSSLROOTCERT', 'root.crt');
  const cert = file('sslcert', 'PGSSLCERT', 'postgresql.crt');
  const key = cert === undefined ? undefined : file('sslkey', 'PGSSLKEY', 'postgresql.key');
  const client = cert !== undefined && key !== undefined ? { cert, key } : {};
  if (mode === 'require' && ca === undefined) return { rejectUnauthorized: false, ...client };
  // verify-ca, and require with a root certificate (as libpq): the chain is checked, not the name (pg gives TLS the
  // host name to check). Without a root certificate, verify-* checks against the CAs Node trusts.
  const anyName = mode !== 'verify-full' ? { checkServerIdentity: () => undefined } : {};
  return { ca, ...anyName, ...client };
}
