// The command line, loaded by `Vetter --cli` from its own bundle: dist/cli.cjs, the file `npm run cli` runs, which
// ships in app.asar beside dist/electron/ (this module is bundled into dist/electron/main.cjs, so __dirname is
// dist/electron). Loaded only in CLI mode: the windowed app never pays for it.
import { createRequire } from 'node:module';
import path from 'node:path';

export type CliModule = typeof import('../cli');

export const CLI_BUNDLE = path.join(__dirname, '..', 'cli.cjs');

export function loadCli(): CliModule {
  return createRequire(__filename)(CLI_BUNDLE) as CliModule;
}
