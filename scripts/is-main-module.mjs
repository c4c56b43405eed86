// "Was this script run directly (`node scripts/x.mjs`), or imported?" for the scripts that are both.
// import.meta.url is a file URL: percent-encoded (a space is %20), with forward slashes and a drive letter on Windows,
// and the real path of the file (symbolic links resolved). process.argv[1] is a plain path as the shell gave it. So the
// path is turned into a URL the way Node does it, never by gluing "file://" to it (that breaks on Windows and on any
// path with a space, and `npm run dist` then silently built nothing).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * True when `importMetaUrl` is the file `argv1` names. `windows` says how to read `argv1` (by default, as this
 * machine does); Windows paths compare without regard to case, as the file system does.
 */
export function isMainModule(importMetaUrl, argv1 = process.argv[1], { windows = process.platform === 'win32' } = {}) {
  if (!importMetaUrl || !argv1) return false;
  const candidates = [argv1];
  try {
    candidates.push(fs.realpathSync.native(argv1));
  } catch {
    // Not a file on this machine (or not readable): compare the path as given.
  }
  const same = windows ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
  return candidates.some((file) => same(pathToFileURL(file, { windows }).href, importMetaUrl));
}
