// Where the database lives. Pure: every fact about the machine is passed in, so it is testable.
import path from 'node:path';

export const PORTABLE_FOLDER = 'vetter-data';

export interface DataDirInputs {
  argv: readonly string[];
  cwd: string;
  /** process.execPath */
  exePath: string;
  env: { PORTABLE_EXECUTABLE_DIR?: string; APPIMAGE?: string };
  /** app.getPath('userData') */
  userData: string;
  isDirectory: (dir: string) => boolean;
}

export type DataDirSource = 'argument' | 'portable' | 'userData';

/** `--data-dir DIR` (or `--data-dir=DIR`), else portable mode, else Electron's userData. */
export function resolveDataDir(inputs: DataDirInputs): { dir: string; source: DataDirSource } {
  const fromArgument = argumentValue(inputs.argv, '--data-dir');
  if (fromArgument !== undefined) return { dir: path.resolve(inputs.cwd, fromArgument), source: 'argument' };

  // electron-builder's portable .exe runs from a temp extraction and says where the real .exe is;
  // it is portable by nature, so the folder is used (and created by the core) even if missing.
  if (inputs.env.PORTABLE_EXECUTABLE_DIR) {
    return { dir: path.join(inputs.env.PORTABLE_EXECUTABLE_DIR, PORTABLE_FOLDER), source: 'portable' };
  }
  // An AppImage runs from a read-only mount; "next to the executable" means next to the .AppImage file.
  const exeDir = path.dirname(inputs.env.APPIMAGE || inputs.exePath);
  const besideExe = path.join(exeDir, PORTABLE_FOLDER);
  if (inputs.isDirectory(besideExe)) return { dir: besideExe, source: 'portable' };

  return { dir: inputs.userData, source: 'userData' };
}

/** `NAME VALUE` or `NAME=VALUE` (`--data-dir`, `--workspace`). */
export function argumentValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === name) {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (arg?.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined;
  }
  return undefined;
}
