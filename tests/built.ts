// For the tests that run the built app (dist/) in a process of its own, as users do: `node dist/cli.cjs`, the
// browser host, the packaged app. They build it first when a source changed since the last build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers';

/** The CLI bundle: what `npm run cli -- ARGS` runs, and what the installed app's `vetter-cli` loads. */
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.cjs');

/**
 * Builds dist/ unless it is up to date (scripts/build.mjs compares its inputs with the last build's, so this costs
 * a few milliseconds when nothing changed). Test files running in parallel wait for one build rather than racing.
 */
export function buildIfStale(): void {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8', timeout: 300_000 });
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`The build failed:\n${stdout}${stderr}`);
  }
}
