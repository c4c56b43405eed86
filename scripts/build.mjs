// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild):
// dist/renderer/, dist/electron/{main,preload,host}.cjs. better-sqlite3 stays external (native).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'warn' : 'info' });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3'],
    logLevel: quiet ? 'warning' : 'info',
    legalComments: 'none',
  };
  await Promise.all([
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') }),
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/browser-host-main.ts')], outfile: path.join(root, 'dist/electron/host.cjs') }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll({ quiet: process.argv.includes('--quiet') });
}
