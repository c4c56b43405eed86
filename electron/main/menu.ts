// The application menu: standard roles (they carry the platform's shortcuts) plus About.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** DevTools only in development builds. */
  isPackaged: boolean;
  showAbout: () => void;
}

export function buildMenuTemplate({ platform, isPackaged, showAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Vetter', click: showAbout };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: 'Quit Vetter', accelerator: 'CmdOrCtrl+Q' };

  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Vetter',
    submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit],
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', accelerator: 'CmdOrCtrl+R' },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];

  return [
    ...(isMac ? [macAppMenu] : []),
    { label: 'File', submenu: isMac ? [{ role: 'close' }] : [quit] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    // On macOS About lives in the app menu.
    ...(isMac ? [] : [{ label: 'Help', submenu: [about] }]),
  ];
}

export function installMenu(): void {
  const showAbout = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: 'About Vetter',
      message: `Vetter ${app.getVersion()}`,
      detail: 'Offline vendor screening, scoring and audit reports.',
    });
  };
  const template = buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, showAbout });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
