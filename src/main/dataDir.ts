// Where GridDesk keeps its data by default: the same folder Electron uses for the app's user data,
// so the desktop app and browser mode on one machine open the same register.
import os from 'node:os';
import path from 'node:path';

export const appFolderName = 'GridDesk';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', appFolderName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), appFolderName);
}
