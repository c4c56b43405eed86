// `Vetter --cli [--] ARGS...`: the installed app runs one CLI command and exits, with no window of its own, so a user
// with only the installed app (no Node, no npm) has the README's commands. The vetter-cli / vetter-cli.cmd launchers
// beside the executable call it (build/launchers/). The fuses stay as they are: this is the app's own main process
// running the CLI's code, not Electron run as Node.
import { statSync } from 'node:fs';
import { app } from 'electron';
import { loadCli } from './cli-bundle';
import { resolveDataDir } from './data-dir';
import { createElectronPrinter } from './report-printer';

export const CLI_SWITCH = '--cli';

/**
 * The CLI's arguments when the app was started in CLI mode, else null. The launchers pass `--cli --`: after `--`,
 * Chromium reads no switch (the CLI's --name, --out ... stay the CLI's) and Electron no URL-like argument.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH, 1);
  if (at < 0) return null;
  const rest = argv.slice(at + 1);
  return rest[0] === '--' ? rest.slice(1) : rest;
}

/** Resolves once everything written to the stream so far has been handed to the OS (pipes can be asynchronous). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

async function runCommand(args: string[]): Promise<number> {
  const io = { out: (t: string) => process.stdout.write(`${t}\n`), err: (t: string) => process.stderr.write(`${t}\n`) };
  let code = 1;
  try {
    // The app's own data folder, portable mode included, unless the command says --data-dir.
    const { dir } = resolveDataDir({
      argv: [],
      cwd: process.cwd(),
      exePath: process.execPath,
      env: process.env,
      userData: app.getPath('userData'),
      isDirectory: (d) => statSync(d, { throwIfNoEntry: false })?.isDirectory() ?? false,
    });
    code = await loadCli().run(args, io, { defaultDataDir: dir, makePrinter: createElectronPrinter });
  } catch (err) {
    io.err(`Vetter failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  return code;
}

/** Runs the command, prints to stdout and stderr, and exits with the command's code. */
export function startCliMode(args: string[]): void {
  // No single-instance lock: the windowed app may be open (the database takes both, as with `npm run cli`), and a CLI
  // holding the lock would stop the app from starting.
  app.disableHardwareAcceleration();
  // macOS: no Dock icon for a command.
  app.dock?.hide();
  // Electron quits when its last window closes unless told otherwise: the hidden window a report prints in is one.
  app.on('window-all-closed', () => undefined);
  // Ready first: reports print in a hidden window (nothing else needs Chromium, but exiting before ready is not clean).
  void app.whenReady().then(async () => app.exit(await runCommand(args)));
}
