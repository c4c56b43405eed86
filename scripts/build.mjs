// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild):
// dist/renderer/, dist/electron/{main,preload,host}.cjs. better-sqlite3 (native) and playwright-core (it finds its
// own files at run time) stay external. The report fonts are copied to dist/report-fonts.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The fontsource files reports embed (electron/core/reports/report-fonts.json), beside the bundles: they are
 * devDependencies, so the packaged app has no node_modules copy of them. Only the weights used, only woff2, and the
 * font licences.
 */
function copyReportFonts() {
  const fonts = JSON.parse(fs.readFileSync(path.join(root, 'electron/core/reports/report-fonts.json'), 'utf8'));
  const require = createRequire(import.meta.url);
  const out = path.join(root, 'dist/report-fonts');
  fs.rmSync(out, { recursive: true, force: true });
  for (const font of fonts) {
    const to = path.join(out, font.package);
    fs.mkdirSync(path.join(to, 'files'), { recursive: true });
    for (const weight of font.weights) {
      const cssFile = require.resolve(`${font.package}/${weight}.css`);
      fs.copyFileSync(cssFile, path.join(to, `${weight}.css`));
      for (const [, file] of fs.readFileSync(cssFile, 'utf8').matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)/g)) {
        fs.copyFileSync(path.join(path.dirname(cssFile), file), path.join(to, file));
      }
    }
    fs.copyFileSync(require.resolve(`${font.package}/LICENSE`), path.join(to, 'LICENSE'));
  }
}

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'warn' : 'info' });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    logLevel: quiet ? 'warning' : 'info',
    legalComments: 'none',
  };
  await Promise.all([
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') }),
    esbuild({ ...common, entryPoints: [path.join(root, 'electron/browser-host-main.ts')], outfile: path.join(root, 'dist/electron/host.cjs') }),
  ]);
  copyReportFonts();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll({ quiet: process.argv.includes('--quiet') });
}
