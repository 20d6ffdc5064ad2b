import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who may read the vault's files: its owner only. On Linux and macOS the folder is 0700 and every file in it 0600;
 * on Windows the folder's access list is cut down to the user, and the files inherit it.
 */

const OWNER_ONLY_FILE = 0o600;
const OWNER_ONLY_FOLDER = 0o700;

/** Runs a program to completion: injected so the Windows branch can be tested on any platform. */
export type RunProgram = (command: string, args: readonly string[]) => { status: number | null };

const runProgram: RunProgram = (command, args) =>
  spawnSync(command, args, { stdio: 'ignore', windowsHide: true });

/** Makes one new file or folder owner-only. */
export function restrictToOwner(
  path: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: RunProgram = runProgram,
): void {
  if (platform === 'win32') {
    if (statSync(path).isDirectory()) restrictWindowsFolder(path, env, run);
    return;
  }
  chmodSync(path, statSync(path).isDirectory() ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
}

/**
 * The folder's access list on Windows: inheritance from the parent removed, full control for the user alone, and
 * inherited by everything created inside it (`(OI)(CI)`). Failure is not fatal: the folder keeps the access of its
 * parent, the user's own profile.
 */
function restrictWindowsFolder(dir: string, env: NodeJS.ProcessEnv, run: RunProgram): void {
  const user = env.USERNAME;
  if (!user) return;
  const account = env.USERDOMAIN ? `${env.USERDOMAIN}\\${user}` : user;
  run('icacls', [dir, '/inheritance:r', '/grant:r', `${account}:(OI)(CI)F`]);
}

/**
 * An existing vault made owner-only, on every opening (a folder copied from elsewhere, or made by an older version,
 * may be readable by others). Returns what it changed, for the notice; nothing on Windows, where the folder's access
 * list is set when the vault is made.
 */
export function tightenVaultModes(dir: string, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32' || !existsSync(dir)) return [];
  const changed: string[] = [];
  const tighten = (path: string, name: string, mode: number): void => {
    const stat = statSync(path);
    if ((stat.mode & 0o777 & ~mode) === 0) return;
    chmodSync(path, mode);
    changed.push(name);
  };
  tighten(dir, 'the vault folder', OWNER_ONLY_FOLDER);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) tighten(path, name, OWNER_ONLY_FILE);
  }
  return changed;
}
