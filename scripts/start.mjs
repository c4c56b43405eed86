// `npm start`: build, then open the desktop app. The Electron runtime is fetched on first launch
// (Electron's own installer: it honours ELECTRON_MIRROR and its download cache). Where no Electron
// binary can be had, the same UI opens in a local browser window, served by the browser host.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/** The Electron binary's path, fetching it once if it is missing; or the reason there is none. */
function electronBinary() {
  if (process.env.VETTER_BROWSER === '1') return { reason: 'VETTER_BROWSER=1 was set' };
  const installed = () => {
    try {
      const file = require('electron');
      return typeof file === 'string' && fs.existsSync(file) ? file : null;
    } catch {
      return null;
    } finally {
      delete require.cache[require.resolve('electron')];
    }
  };
  const existing = installed();
  if (existing) return { file: existing };
  console.log('Fetching the Electron runtime (first launch only)...');
  const install = spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    cwd: path.join(root, 'node_modules/electron'),
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
    encoding: 'utf8',
  });
  const fetched = installed();
  if (fetched) return { file: fetched };
  const why = (install.stderr ?? '').split('\n').find((l) => /error/i.test(l))?.trim() || 'the download did not complete';
  return { reason: why.slice(0, 160) };
}

await buildAll({ quiet: true });
const electron = electronBinary();
const child = electron.file
  ? spawn(electron.file, [root, ...args], { stdio: 'inherit' })
  : (console.log(`Electron is not available here (${electron.reason}); opening Vetter in your browser instead.`),
    spawn(process.execPath, [path.join(root, 'dist/electron/host.cjs'), ...args], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
