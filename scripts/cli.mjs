// `npm run cli -- ARGS`: builds dist/ first when a source changed since the last build (silently: only a failure
// prints), then runs the CLI bundle, `node dist/cli.cjs ARGS`, and exits with its code. Nothing else is printed, so
// `npm run --silent cli -- ... --format json` is the CLI's output and nothing more.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  await buildAll({ logging: 'silent' });
} catch (err) {
  if (!err?.errors) console.error(err instanceof Error ? err.message : String(err));
  console.error('The CLI could not be built (see above).');
  process.exit(1);
}
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.cjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  // Node keeps the compiled bundle between runs (it checks the source is unchanged): a faster start.
  env: { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(root, 'node_modules', '.cache', 'vetter', 'node-compile-cache') },
});
if (run.error) {
  console.error(`The CLI could not be started: ${run.error.message}`);
  process.exit(1);
}
if (run.signal) process.kill(process.pid, run.signal);
process.exit(run.status ?? 1);
