// `npm run screenshots`: refreshes the README's pictures in docs/screenshots. Builds the app, then runs the
// Playwright journeys tagged @readme with VETTER_SCREENSHOTS=1, which makes them write their README picture there
// (tests/e2e/fixtures.ts, readmeScreenshot). Any other run, `npm test` included, writes those pictures under
// test-results/ only, so tests never change a tracked file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await buildAll({ quiet: true });
const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const { status } = spawnSync(process.execPath, [playwright, 'test', '--grep', '@readme'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VETTER_SCREENSHOTS: '1' },
});
if (status === 0) console.log(`\nREADME pictures written to ${path.join('docs', 'screenshots')}; review them with git diff before committing.`);
process.exit(status ?? 1);
