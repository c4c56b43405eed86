// The password file libpq reads (PGPASSFILE, else ~/.pgpass, on Windows %APPDATA%\postgresql\pgpass.conf), so that a
// password never has to be in the workspace's address or on a command line. pg reads it too, but deprecated (a
// warning on every CLI run) and removed in pg 9; this is libpq's rule, in a few lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PasswordFor {
  host: string;
  port: number;
  database: string;
  user: string;
}

export function passwordFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PGPASSFILE) return env.PGPASSFILE;
  if (process.platform === 'win32') return path.join(env.APPDATA ?? os.homedir(), 'postgresql', 'pgpass.conf');
  return path.join(os.homedir(), '.pgpass');
}

/** `host:port:database:user:password` lines, `*` matching anything, `\:` and `\\` escaped; the first match wins. */
export function passwordFrom(text: string, want: PasswordFor): string | undefined {
  // A socket directory is "localhost" to libpq.
  const wanted = [want.host.startsWith('/') ? 'localhost' : want.host, String(want.port), want.database, want.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || !line.trim()) continue;
    const fields = [...line.matchAll(/((?:\\.|[^:\\])*)(?::|$)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')).slice(0, 5);
    if (fields.length === 5 && wanted.every((w, i) => fields[i] === '*' || fields[i] === w)) return fields[4];
  }
  return undefined;
}

/** The password the file gives for this connection; none when there is no file, or when others may read it (as libpq). */
export function passwordFileLookup(want: PasswordFor, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = passwordFile(env);
  try {
    if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) return undefined;
    return passwordFrom(fs.readFileSync(file, 'utf8'), want);
  } catch {
    return undefined;
  }
}
