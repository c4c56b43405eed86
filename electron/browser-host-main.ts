// `node dist/electron/host.cjs`: starts the browser host and opens Vetter in a local browser window.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';
import { chromiumCandidates } from './chromium-printer';
import { defaultDataDir } from './core/paths';
import pkg from '../package.json';

function openBrowser(url: string, dataDir: string): boolean {
  const browser = chromiumCandidates().find((p) => fs.existsSync(p));
  if (!browser) return false;
  const profile = path.join(dataDir, 'browser-profile');
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
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.VETTER_DATA_DIR ?? defaultDataDir());
  // Bundled as dist/electron/host.cjs: the renderer is dist/renderer, the list pack assets/reference-pack.
  const host = await startBrowserHost({
    dataDir,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    packDir: path.join(__dirname, '..', '..', 'assets', 'reference-pack'),
    version: pkg.version,
    port: Number(values.port),
  });
  console.log(`Vetter is running at ${host.url}`);
  if (!values['no-open'] && !openBrowser(host.url, dataDir)) console.log('No Chrome, Edge or Chromium was found: open the address above in your browser.');
  console.log('Press Ctrl+C to stop Vetter.');
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
