import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argumentValue, type DataDirInputs, resolveDataDir } from '../../../electron/main/data-dir';

const exeDir = path.resolve('/opt/Vetter');

function inputs(overrides: Partial<DataDirInputs> = {}): DataDirInputs {
  return {
    argv: [path.join(exeDir, 'vetter')],
    cwd: path.resolve('/home/ana'),
    exePath: path.join(exeDir, 'vetter'),
    env: {},
    userData: path.resolve('/home/ana/.config/Vetter'),
    isDirectory: () => false,
    ...overrides,
  };
}

describe('resolveDataDir', () => {
  it('uses Electron userData by default', () => {
    expect(resolveDataDir(inputs())).toEqual({ dir: path.resolve('/home/ana/.config/Vetter'), source: 'userData' });
  });

  it('honours --data-dir DIR and --data-dir=DIR, relative to the working directory', () => {
    const argv = (...args: string[]) => inputs({ argv: ['vetter', ...args] });
    expect(resolveDataDir(argv('--data-dir', '/srv/vetter'))).toEqual({ dir: path.resolve('/srv/vetter'), source: 'argument' });
    expect(resolveDataDir(argv('--data-dir=/srv/vetter'))).toEqual({ dir: path.resolve('/srv/vetter'), source: 'argument' });
    expect(resolveDataDir(argv('--data-dir', 'team data'))).toEqual({ dir: path.resolve('/home/ana/team data'), source: 'argument' });
  });

  it('ignores a --data-dir without a value', () => {
    expect(resolveDataDir(inputs({ argv: ['vetter', '--data-dir'] })).source).toBe('userData');
    expect(resolveDataDir(inputs({ argv: ['vetter', '--data-dir', '--inspect'] })).source).toBe('userData');
    expect(resolveDataDir(inputs({ argv: ['vetter', '--data-dir='] })).source).toBe('userData');
  });

  it('is portable when a vetter-data folder sits next to the executable', () => {
    const besideExe = path.join(exeDir, 'vetter-data');
    const result = resolveDataDir(inputs({ isDirectory: (dir) => dir === besideExe }));
    expect(result).toEqual({ dir: besideExe, source: 'portable' });
  });

  it('is portable under electron-builder portable .exe, next to the real .exe', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: path.resolve('/media/usb') };
    expect(resolveDataDir(inputs({ env }))).toEqual({ dir: path.join(path.resolve('/media/usb'), 'vetter-data'), source: 'portable' });
  });

  it('looks next to the .AppImage file, not inside its read-only mount', () => {
    const besideAppImage = path.join(path.resolve('/home/ana/Apps'), 'vetter-data');
    const env = { APPIMAGE: path.join(path.resolve('/home/ana/Apps'), 'Vetter.AppImage') };
    const result = resolveDataDir(inputs({ env, exePath: '/tmp/.mount_Vetter/vetter', isDirectory: (dir) => dir === besideAppImage }));
    expect(result).toEqual({ dir: besideAppImage, source: 'portable' });
  });

  it('lets --data-dir win over portable mode', () => {
    const result = resolveDataDir(
      inputs({ argv: ['vetter', '--data-dir', '/srv/x'], env: { PORTABLE_EXECUTABLE_DIR: '/media/usb' }, isDirectory: () => true }),
    );
    expect(result.source).toBe('argument');
  });
});

describe('argumentValue', () => {
  it('reads --workspace URL and --workspace=URL as --data-dir is read', () => {
    expect(argumentValue(['vetter', '--workspace', 'postgresql://ana@db/vetter'], '--workspace')).toBe('postgresql://ana@db/vetter');
    expect(argumentValue(['vetter', '--workspace=postgresql://ana@db/vetter'], '--workspace')).toBe('postgresql://ana@db/vetter');
    expect(argumentValue(['vetter', '--workspace', '--data-dir', 'x'], '--workspace')).toBeUndefined();
  });
});
