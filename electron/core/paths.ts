// Where Vetter keeps its data when nobody says otherwise: the same folder Electron calls userData
// for an app named "Vetter", so the CLI and the browser host open the app's own database.
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Vetter');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Vetter');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Vetter');
}
