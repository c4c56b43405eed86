// `node dist/electron/host.cjs [--data-dir DIR | --workspace URL] [--port N] [--no-open]`: starts the browser host and
// opens Vetter in a local browser window (--no-open: only prints the address). It prints one line, with the address.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';
import { chromiumCandidates } from './chromium-printer';
import { defaultDataDir } from './core/paths';
import { workspaceStart } from './workspace-choice';
import pkg from '../package.json';

/** `localDir`: this machine's folder for the browser window's profile (workspace/location.ts: localFolder). */
function openBrowser(url: string, localDir: string): boolean {
  const browser = chromiumCandidates().find((p) => fs.existsSync(p));
  if (!browser) return false;
  const profile = path.join(localDir, 'browser-profile');
  const child = spawn(
    browser,
    [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    { stdio: 'ignore', detached: false },
  );
  child.on('error', () => console.log(`Open ${url} in your browser.`));
  return true;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      workspace: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  if (values.workspace !== undefined && values['data-dir'] !== undefined) throw new Error('Give --workspace or --data-dir, not both.');
  // A workspace given wins; else the team workspace chosen in Settings (remembered in the data folder), else the data
  // folder (workspace-choice.ts).
  const workspace = workspaceStart({ workspace: values.workspace, dataDir: values['data-dir'] }, path.resolve(process.env.VETTER_DATA_DIR ?? defaultDataDir()), false);
  // Bundled as dist/electron/host.cjs: the renderer is dist/renderer, the list pack assets/reference-pack.
  const host = await startBrowserHost({
    workspace,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    packDir: path.join(__dirname, '..', '..', 'assets', 'reference-pack'),
    // The worker threads are bundled beside this file.
    workerDir: __dirname,
    version: pkg.version,
    port: Number(values.port),
  });
  // One line, with a space after the address so it can be copied (and matched) on its own. `npm start` passes the
  // reason it fell back to this host; it becomes the start of the line.
  const reason = process.env.VETTER_FALLBACK_REASON;
  delete process.env.VETTER_FALLBACK_REASON;
  // When the remembered team workspace did not open, the page opens on Settings, which says why.
  const url = host.startProblem ? `${host.url}#/settings` : host.url;
  const where = values['no-open']
    ? '(open it in your browser)'
    : openBrowser(url, workspace.folder)
      ? 'in your browser'
      : '(no Chrome, Edge or Chromium was found: open it in your browser)';
  if (host.startProblem) console.log(host.startProblem);
  console.log(`${reason ? `Electron is not available here (${reason}); ` : ''}Vetter is running at ${url} ${where}. Ctrl+C stops it.`);
  const stop = () => {
    host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
