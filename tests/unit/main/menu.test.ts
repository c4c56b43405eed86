import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu } from '../../../electron/main/menu';
import { app, dialog, Menu } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const showAbout = vi.fn();

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const submenu = template.find((item) => item.label === label)?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

const roles = (entries: MenuItemConstructorOptions[]) => entries.map((item) => item.role).filter(Boolean);

describe('application menu', () => {
  const windows = buildMenuTemplate({ platform: 'win32', isPackaged: true, showAbout });
  const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true, showAbout });

  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(windows.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu(windows, 'File')).toContainEqual(expect.objectContaining({ role: 'quit', accelerator: 'CmdOrCtrl+Q' }));
    expect(roles(menu(windows, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(menu(windows, 'View'))).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(menu(windows, 'View')).toContainEqual(expect.objectContaining({ role: 'reload', accelerator: 'CmdOrCtrl+R' }));
    expect(roles(menu(windows, 'Window'))).toEqual(['minimize', 'close']);
  });

  it('offers DevTools only in development builds', () => {
    expect(roles(items(windows))).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate({ platform: 'linux', isPackaged: false, showAbout });
    expect(roles(menu(dev, 'View'))).toContain('toggleDevTools');
  });

  it('on macOS starts with the app menu, which holds About and Quit', () => {
    expect(mac.map((item) => item.label)).toEqual(['Vetter', 'File', 'Edit', 'View', 'Window']);
    expect(roles(menu(mac, 'Vetter'))).toContain('quit');
    expect(menu(mac, 'Vetter')[0]?.label).toBe('About Vetter');
    expect(roles(menu(mac, 'File'))).toEqual(['close']);
  });

  it('About opens a dialog with the app version', () => {
    installMenu();
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const about = items(template).find((item) => item.label === 'About Vetter');
    about?.click?.({} as never, undefined, {} as never); // menu item, window and event are unused
    expect(app.getVersion).toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Vetter 1.2.3' }));
  });
});
