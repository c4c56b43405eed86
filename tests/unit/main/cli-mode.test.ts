// `Vetter --cli ARGS`: the installed app's command line (the vetter-cli launchers). The main entry is loaded the way
// Electron loads it, with `electron` mocked and the CLI bundle's loader pointed at the CLI's sources; the commands
// run for real on a temporary data folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers';

vi.mock('electron', () => import('./electron-mock'));
// In the app this is require('dist/cli.cjs'); here the same module from its sources.
vi.mock('../../../electron/main/cli-bundle', async () => {
  const cli = await import('../../../electron/cli');
  return { loadCli: () => cli, CLI_BUNDLE: 'dist/cli.cjs' };
});

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

/** Starts the main entry with this command line and waits until it exits; returns what it printed and did. */
async function runApp(commandLine: string[]) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as typeof import('./electron-mock');
  electron.app.removeAllListeners();
  electron.app.exit.mockClear();
  electron.app.quit.mockClear();
  electron.app.requestSingleInstanceLock.mockClear();
  electron.app.disableHardwareAcceleration.mockClear();
  electron.protocol.registerSchemesAsPrivileged.mockClear();
  electron.FakeBrowserWindow.instances.length = 0;
  const output = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output[stream] += String(chunk);
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write);
  capture('stdout');
  capture('stderr');

  process.argv = commandLine;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled(), { timeout: 30_000, interval: 20 });
  vi.mocked(process.stdout.write).mockRestore();
  vi.mocked(process.stderr.write).mockRestore();
  return { ...electron, ...output, code: electron.app.exit.mock.calls[0]?.[0] };
}

describe('CLI mode of the installed app (Vetter --cli)', () => {
  it('reads the command after --cli (and after the `--` the launchers add), and nothing without --cli', async () => {
    const { cliArguments } = await import('../../../electron/main/cli-mode');
    expect(cliArguments(['/opt/Vetter/vetter', '--cli', '--', 'vendors', 'list', '--format', 'json'])).toEqual(['vendors', 'list', '--format', 'json']);
    expect(cliArguments(['C:\\Vetter\\Vetter.exe', '--ozone-platform=headless', '--cli', '--', '--help'])).toEqual(['--help']);
    expect(cliArguments(['/usr/bin/electron', '.', '--cli', 'audit', 'verify'])).toEqual(['audit', 'verify']);
    expect(cliArguments(['/opt/Vetter/vetter', '--cli'])).toEqual([]);
    expect(cliArguments(['/opt/Vetter/vetter'])).toBeNull();
    expect(cliArguments(['/opt/Vetter/vetter', '--data-dir', '/x'])).toBeNull();
  });

  it('runs a command: prints its output, exits with 0, opens no window and takes no single-instance lock', async () => {
    const data = tempDir();
    const csv = path.join(tempDir(), 'v.csv');
    fs.writeFileSync(csv, 'name,country,criticality\nAcme Cloud,US,high\n');
    const imported = await runApp(['/opt/Vetter/vetter', '--cli', '--', 'vendors', 'import', csv, '--data-dir', data]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/1 added/);
    expect(imported.code).toBe(0);

    const listed = await runApp(['/opt/Vetter/vetter', '--cli', '--', 'vendors', 'list', '--format', 'json', '--data-dir', data]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ legalName: 'Acme Cloud', countryOfIncorporation: 'US', criticality: 'high' }]);
    expect(listed.FakeBrowserWindow.instances).toHaveLength(0);
    expect(listed.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(listed.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(listed.app.disableHardwareAcceleration).toHaveBeenCalled();
    // A report's hidden print window closing must not end the run: CLI mode keeps a window-all-closed listener.
    expect(listed.app.listenerCount('window-all-closed')).toBe(1);
    listed.app.emit('window-all-closed');
    expect(listed.app.quit).not.toHaveBeenCalled();
  });

  it('exits with 2 and the usage on a bad command, and with 1 and the reason when a command fails', async () => {
    const usage = await runApp(['/opt/Vetter/vetter', '--cli', '--', 'vendors', 'list', '--format', 'yaml', '--data-dir', tempDir()]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format takes json or csv/);
    expect(usage.stdout).toBe('');

    const failed = await runApp(['/opt/Vetter/vetter', '--cli', '--', 'vendors', 'import', '/no/such/file.csv', '--data-dir', tempDir()]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/No such file/);
    expect(failed.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('uses the app data folder by default and says that reports print in the app', async () => {
    const help = await runApp(['/opt/Vetter/vetter', '--cli', '--', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
    expect(help.stdout).toContain('the app\'s own data folder is used (/fake/userData)');
    expect(help.stdout).toContain('Reports print in a hidden window of the app.');
  });
});
