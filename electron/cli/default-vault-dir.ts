import { homedir } from 'node:os';
import { join } from 'node:path';

/** Mirrors Electron's `app.getPath('userData')` for the product name, so the CLI finds the app's vault. */
export function defaultVaultDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const product = 'Safe Harbor';
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), product, 'vault');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', product, 'vault');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), product, 'vault');
}
