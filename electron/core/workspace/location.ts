// Where a workspace is, as the CLI and the browser host are told it: `--workspace` (a postgres:// URL, or a folder),
// `--data-dir` (a folder), or VETTER_WORKSPACE; else the app's own data folder. Loads nothing heavy: a host reads it
// before it opens anything.
import path from 'node:path';
import { defaultDataDir } from '../paths';
import type { WorkspaceLocation } from './model';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** `given` (a PostgreSQL URL or a folder) or, without it, VETTER_WORKSPACE, else the folder `fallback` names. */
export function workspaceLocation(given: string | undefined, fallback: () => string, env: NodeJS.ProcessEnv = process.env): WorkspaceLocation {
  const where = given || env.VETTER_WORKSPACE || fallback();
  return POSTGRES_URL.test(where) ? { engine: 'postgres', url: where } : { engine: 'sqlite', dataDir: path.resolve(where) };
}

/** A PostgreSQL URL as it may be shown or logged: without its password. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}

/**
 * The folder on this machine for what is never shared: the browser window's profile, uploads in flight, the user's
 * signing keys. A data folder's own; for a team workspace, the app's data folder (`appFolder`: the default one unless
 * the host chose another, as the installed app's portable mode does).
 */
export function localFolder(location: WorkspaceLocation, appFolder: string = defaultDataDir()): string {
  return location.engine === 'sqlite' ? location.dataDir : appFolder;
}
